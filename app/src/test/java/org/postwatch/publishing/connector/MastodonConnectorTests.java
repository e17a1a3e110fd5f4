package org.postwatch.publishing.connector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
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

/** Mastodon's REST API against a stub instance: statuses with an idempotency key, media, limits, errors, read-back. */
class MastodonConnectorTests {

    @RegisterExtension
    static WireMockExtension instance = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    Map<String, String> credentials;
    MastodonConnector connector;

    @BeforeEach
    void connectToStub() {
        credentials = Map.of("instanceUrl", instance.baseUrl(), "accessToken", "mastodon-token");
        var settings = Posts.settings("http://unused");
        connector = new MastodonConnector(Posts.http(settings), Posts.JSON, Clock.systemUTC(), settings);
    }

    @Test
    void postsAPublicStatusWithThePublicationAsIdempotencyKey() {
        instance.stubFor(post("/api/v1/statuses")
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"103704874086360371\",\"created_at\":\"2026-11-21T10:00:00.000Z\","
                                + "\"url\":\"https://mastodon.police.uk/@GlosPoliceDogs/103704874086360371\","
                                + "\"content\":\"<p>Hello</p>\"}")));
        var post = Posts.dogUnitPost("Hello");

        var result = connector.publish(post, credentials);

        assertThat(result)
                .isEqualTo(new PublishResult.Published(
                        "103704874086360371", "https://mastodon.police.uk/@GlosPoliceDogs/103704874086360371"));
        instance.verify(postRequestedFor(urlEqualTo("/api/v1/statuses"))
                .withHeader("Authorization", equalTo("Bearer mastodon-token"))
                .withHeader("Idempotency-Key", equalTo(post.idempotencyKey()))
                .withRequestBody(equalToJson("{\"status\":\"Hello\",\"visibility\":\"public\"}")));
    }

    @Test
    void uploadsImagesWithTheirDescriptionAndAttachesThem() {
        instance.stubFor(post("/api/v2/media")
                .willReturn(aResponse().withStatus(200).withBody("{\"id\":\"22348641\",\"type\":\"image\"}")));
        instance.stubFor(post("/api/v1/statuses")
                .willReturn(aResponse().withStatus(200).withBody("{\"id\":\"1\",\"url\":\"u\"}")));

        connector.publish(Posts.replyingTo(Posts.withPuppyPhoto(Posts.dogUnitPost("Juno")), "109"), credentials);

        instance.verify(postRequestedFor(urlEqualTo("/api/v2/media"))
                .withRequestBody(containing("A German Shepherd puppy sitting on grass")));
        instance.verify(postRequestedFor(urlEqualTo("/api/v1/statuses"))
                .withRequestBody(equalToJson("{\"status\":\"Juno\",\"visibility\":\"public\","
                        + "\"media_ids\":[\"22348641\"],\"in_reply_to_id\":\"109\"}")));
    }

    @Test
    void anInvalidTokenIsRefusedWithMastodonsOwnWords() {
        instance.stubFor(post("/api/v1/statuses")
                .willReturn(aResponse().withStatus(401).withBody("{\"error\":\"The access token is invalid\"}")));

        assertThat(connector.publish(Posts.dogUnitPost("t"), credentials))
                .isEqualTo(new PublishResult.Rejected(401, "The access token is invalid"));
    }

    @Test
    void aMissingScopeIsRefused() {
        instance.stubFor(post("/api/v1/statuses")
                .willReturn(aResponse()
                        .withStatus(403)
                        .withBody("{\"error\":\"This action is outside the authorized scopes\"}")));

        assertThat(connector.publish(Posts.dogUnitPost("t"), credentials))
                .isEqualTo(new PublishResult.Rejected(403, "This action is outside the authorized scopes"));
    }

    @Test
    void tooManyRequestsWaitsUntilTheIsoResetTime() {
        instance.stubFor(post("/api/v1/statuses")
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("X-RateLimit-Limit", "300")
                        .withHeader("X-RateLimit-Remaining", "0")
                        .withHeader("X-RateLimit-Reset", "2099-01-01T10:00:00.000Z")
                        .withBody("{\"error\":\"Too many requests\"}")));

        assertThat(connector.publish(Posts.dogUnitPost("t"), credentials))
                .isEqualTo(
                        new PublishResult.RateLimited(Instant.parse("2099-01-01T10:00:00Z"), 429, "Too many requests"));
    }

    @Test
    void aServerErrorIsRetriedUnderTheSameIdempotencyKey() {
        instance.stubFor(
                post("/api/v1/statuses").willReturn(aResponse().withStatus(502).withBody("Bad Gateway")));

        assertThat(connector.publish(Posts.dogUnitPost("t"), credentials))
                .isEqualTo(new PublishResult.RetryableError(502, "Mastodon answered HTTP 502"));
    }

    @Test
    void noAnswerInTimeIsAmbiguous() {
        instance.stubFor(post("/api/v1/statuses")
                .willReturn(aResponse()
                        .withStatus(200)
                        .withFixedDelay(Posts.SLOWER_THAN_TIMEOUT)
                        .withBody("{}")));

        assertThat(connector.publish(Posts.dogUnitPost("t"), credentials)).isInstanceOf(PublishResult.Ambiguous.class);
    }

    @Test
    void withoutAnInstanceAddressNothingIsSent() {
        assertThat(connector.publish(Posts.dogUnitPost("t"), Map.of("accessToken", "x")))
                .isInstanceOf(PublishResult.Rejected.class);
    }

    @Test
    void readBackTurnsTheStatusHtmlBackIntoText() {
        instance.stubFor(get("/api/v1/accounts/verify_credentials")
                .willReturn(
                        aResponse().withStatus(200).withBody("{\"id\":\"14715\",\"username\":\"GlosPoliceDogs\"}")));
        instance.stubFor(get(urlPathEqualTo("/api/v1/accounts/14715/statuses"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withBody("[{\"id\":\"1\",\"created_at\":\"2026-11-21T10:00:00.000Z\",\"url\":\"u1\","
                                + "\"content\":\"<p>Dogs &amp; handlers</p><p>Line two</p>\"}]")));

        var result = connector.recentPosts(Posts.dogUnitPost("t"), credentials, Instant.parse("2026-11-21T09:00:00Z"));

        assertThat(result)
                .isEqualTo(new ReadBack.Listed(List.of(new PlatformPost(
                        "1", "u1", "Dogs & handlers\nLine two", Instant.parse("2026-11-21T10:00:00Z"), null))));
    }
}
