package org.postwatch.publishing.connector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The AT Protocol against a stub PDS: sessions, records with a fixed key, blobs, limits, errors, read-back. */
class BlueskyConnectorTests {

    @RegisterExtension
    static WireMockExtension pds = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    static final Map<String, String> CREDENTIALS =
            Map.of("identifier", "glospolicedogs.bsky.social", "appPassword", "abcd-efgh-ijkl-mnop");
    static final String DID = "did:plc:z72i7hdynmk6r22z27h6tvur";

    BlueskyConnector connector;

    @BeforeEach
    void connectToStub() {
        var settings = Posts.settings(pds.baseUrl());
        connector = new BlueskyConnector(Posts.http(settings), Posts.JSON, Clock.systemUTC(), settings);
        pds.stubFor(post("/xrpc/com.atproto.server.createSession")
                .willReturn(aResponse()
                        .withStatus(200)
                        .withBody(
                                "{\"accessJwt\":\"jwt-1\",\"refreshJwt\":\"r\",\"handle\":\"glospolicedogs.bsky.social\","
                                        + "\"did\":\"" + DID + "\"}")));
    }

    @Test
    void createsAPostRecordUnderAKeyFixedForThePublication() {
        var post = Posts.dogUnitPost("Found safe https://glos.police.uk/news/1");
        String rkey = BlueskyConnector.recordKey(post);
        pds.stubFor(post("/xrpc/com.atproto.repo.createRecord")
                .willReturn(aResponse()
                        .withStatus(200)
                        .withBody(
                                "{\"uri\":\"at://" + DID + "/app.bsky.feed.post/" + rkey + "\",\"cid\":\"bafyrei\"}")));

        var result = connector.publish(post, CREDENTIALS);

        assertThat(result)
                .isEqualTo(new PublishResult.Published(
                        "at://" + DID + "/app.bsky.feed.post/" + rkey,
                        "https://bsky.app/profile/GlosPoliceDogs/post/" + rkey));
        pds.verify(postRequestedFor(urlEqualTo("/xrpc/com.atproto.server.createSession"))
                .withRequestBody(equalToJson(
                        "{\"identifier\":\"glospolicedogs.bsky.social\",\"password\":\"abcd-efgh-ijkl-mnop\"}")));
        pds.verify(postRequestedFor(urlEqualTo("/xrpc/com.atproto.repo.createRecord"))
                .withHeader("Authorization", equalTo("Bearer jwt-1"))
                .withRequestBody(matchingJsonPath("$.repo", equalTo(DID)))
                .withRequestBody(matchingJsonPath("$.rkey", equalTo(rkey)))
                .withRequestBody(matchingJsonPath("$.record.text", equalTo("Found safe https://glos.police.uk/news/1")))
                .withRequestBody(matchingJsonPath("$.record.facets[0].index.byteStart", equalTo("11")))
                .withRequestBody(matchingJsonPath(
                        "$.record.facets[0].features[0].uri", equalTo("https://glos.police.uk/news/1"))));
        assertThat(BlueskyConnector.recordKey(post)).hasSize(13).isEqualTo(rkey);
    }

    @Test
    void uploadsImagesAsBlobsWithAltText() {
        pds.stubFor(post("/xrpc/com.atproto.repo.uploadBlob")
                .willReturn(aResponse()
                        .withStatus(200)
                        .withBody("{\"blob\":{\"$type\":\"blob\",\"ref\":{\"$link\":\"bafkreib\"},"
                                + "\"mimeType\":\"image/png\",\"size\":12}}")));
        pds.stubFor(post("/xrpc/com.atproto.repo.createRecord")
                .willReturn(aResponse()
                        .withStatus(200)
                        .withBody("{\"uri\":\"at://d/app.bsky.feed.post/k\",\"cid\":\"c\"}")));

        connector.publish(Posts.withPuppyPhoto(Posts.dogUnitPost("Juno")), CREDENTIALS);

        pds.verify(postRequestedFor(urlEqualTo("/xrpc/com.atproto.repo.uploadBlob"))
                .withHeader("Content-Type", equalTo("image/png")));
        pds.verify(postRequestedFor(urlEqualTo("/xrpc/com.atproto.repo.createRecord"))
                .withRequestBody(matchingJsonPath(
                        "$.record.embed.images[0].alt", equalTo("A German Shepherd puppy sitting on grass")))
                .withRequestBody(matchingJsonPath("$.record.embed.images[0].image.ref.$link", equalTo("bafkreib"))));
    }

    @Test
    void aWrongAppPasswordIsRefusedWithBlueskysOwnWords() {
        pds.stubFor(
                post("/xrpc/com.atproto.server.createSession")
                        .willReturn(
                                aResponse()
                                        .withStatus(401)
                                        .withBody(
                                                "{\"error\":\"AuthenticationRequired\",\"message\":\"Invalid identifier or password\"}")));

        assertThat(connector.publish(
                        Posts.dogUnitPost("t"), Map.of("identifier", "other.bsky.social", "appPassword", "x")))
                .isEqualTo(new PublishResult.Rejected(401, "Invalid identifier or password"));
    }

    @Test
    void aTakenDownAccountIsRefused() {
        pds.stubFor(post("/xrpc/com.atproto.repo.createRecord")
                .willReturn(aResponse()
                        .withStatus(403)
                        .withBody("{\"error\":\"AccountTakedown\",\"message\":\"Account has been taken down\"}")));

        assertThat(connector.publish(Posts.dogUnitPost("t"), CREDENTIALS))
                .isEqualTo(new PublishResult.Rejected(403, "Account has been taken down"));
    }

    @Test
    void tooManyRequestsWaitsUntilTheRateLimitResets() {
        long reset = Instant.now().plusSeconds(900).getEpochSecond();
        pds.stubFor(post("/xrpc/com.atproto.repo.createRecord")
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("ratelimit-limit", "5000")
                        .withHeader("ratelimit-remaining", "0")
                        .withHeader("ratelimit-reset", String.valueOf(reset))
                        .withHeader("ratelimit-policy", "5000;w=3600")
                        .withBody("{\"error\":\"RateLimitExceeded\",\"message\":\"Rate Limit Exceeded\"}")));

        assertThat(connector.publish(Posts.dogUnitPost("t"), CREDENTIALS))
                .isEqualTo(new PublishResult.RateLimited(Instant.ofEpochSecond(reset), 429, "Rate Limit Exceeded"));
    }

    @Test
    void aServerErrorWhileCreatingIsAmbiguous() {
        pds.stubFor(post("/xrpc/com.atproto.repo.createRecord")
                .willReturn(aResponse().withStatus(502).withBody("{\"error\":\"UpstreamFailure\"}")));

        assertThat(connector.publish(Posts.dogUnitPost("t"), CREDENTIALS))
                .isEqualTo(new PublishResult.Ambiguous(502, "UpstreamFailure"));
    }

    @Test
    void noAnswerInTimeIsAmbiguous() {
        pds.stubFor(post("/xrpc/com.atproto.repo.createRecord")
                .willReturn(aResponse()
                        .withStatus(200)
                        .withFixedDelay(Posts.SLOWER_THAN_TIMEOUT)
                        .withBody("{}")));

        assertThat(connector.publish(Posts.dogUnitPost("t"), CREDENTIALS)).isInstanceOf(PublishResult.Ambiguous.class);
    }

    @Test
    void readBackRecognisesThePostByItsRecordKey() {
        var post = Posts.dogUnitPost("t");
        String rkey = BlueskyConnector.recordKey(post);
        pds.stubFor(get(urlPathEqualTo("/xrpc/com.atproto.repo.listRecords"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withBody("{\"records\":[{\"uri\":\"at://" + DID + "/app.bsky.feed.post/" + rkey
                                + "\",\"cid\":\"c\",\"value\":{\"$type\":\"app.bsky.feed.post\",\"text\":\"t\","
                                + "\"createdAt\":\"2026-11-21T10:00:00.000Z\"}}]}")));

        var result = connector.recentPosts(post, CREDENTIALS, Instant.parse("2026-11-21T09:00:00Z"));

        assertThat(result)
                .isEqualTo(new ReadBack.Listed(List.of(new PlatformPost(
                        "at://" + DID + "/app.bsky.feed.post/" + rkey,
                        "https://bsky.app/profile/GlosPoliceDogs/post/" + rkey,
                        "t",
                        Instant.parse("2026-11-21T10:00:00Z"),
                        rkey))));
        assertThat(connector.marker(post)).isEqualTo(rkey);
    }
}
