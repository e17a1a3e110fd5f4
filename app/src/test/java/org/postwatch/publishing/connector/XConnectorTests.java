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
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** X API v2 against a stub that answers as X documents: tweets, media, rate limits, errors, read-back. */
class XConnectorTests {

    @RegisterExtension
    static WireMockExtension x = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    static final Map<String, String> CREDENTIALS = Map.of("accessToken", "user-context-token");

    XConnector connector;

    @BeforeEach
    void connectToStub() {
        var settings = Posts.settings(x.baseUrl());
        connector = new XConnector(Posts.http(settings), Posts.JSON, Clock.systemUTC(), settings);
    }

    @Test
    void postsTheTextWithTheUsersBearerTokenAndAnswersWithTheTweet() {
        x.stubFor(post("/2/tweets")
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"data\":{\"id\":\"1445880548472328192\",\"text\":\"PD Bramble found him\"}}")));

        var result = connector.publish(Posts.dogUnitPost("PD Bramble found him"), CREDENTIALS);

        assertThat(result)
                .isEqualTo(new PublishResult.Published(
                        "1445880548472328192", "https://x.com/GlosPoliceDogs/status/1445880548472328192"));
        x.verify(postRequestedFor(urlEqualTo("/2/tweets"))
                .withHeader("Authorization", equalTo("Bearer user-context-token"))
                .withRequestBody(equalToJson("{\"text\":\"PD Bramble found him\"}")));
    }

    @Test
    void uploadsImagesWithAltTextAndRepliesInThread() {
        x.stubFor(
                post("/2/media/upload")
                        .willReturn(
                                aResponse()
                                        .withStatus(200)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                "{\"data\":{\"id\":\"1880028106020515840\",\"media_key\":\"3_1880028106020515840\"}}")));
        x.stubFor(
                post("/2/media/metadata").willReturn(aResponse().withStatus(200).withBody("{\"data\":{}}")));
        x.stubFor(post("/2/tweets")
                .willReturn(aResponse().withStatus(201).withBody("{\"data\":{\"id\":\"99\",\"text\":\"t\"}}")));

        var post = Posts.replyingTo(Posts.withPuppyPhoto(Posts.dogUnitPost("Juno says hello")), "1234");
        var result = connector.publish(post, CREDENTIALS);

        assertThat(result).isInstanceOf(PublishResult.Published.class);
        x.verify(postRequestedFor(urlEqualTo("/2/media/metadata"))
                .withRequestBody(matchingJsonPath(
                        "$.metadata.alt_text.text", equalTo("A German Shepherd puppy sitting on grass"))));
        x.verify(postRequestedFor(urlEqualTo("/2/tweets"))
                .withRequestBody(equalToJson("{\"text\":\"Juno says hello\",\"media\":{\"media_ids\":"
                        + "[\"1880028106020515840\"]},\"reply\":{\"in_reply_to_tweet_id\":\"1234\"}}")));
    }

    @Test
    void unauthorisedIsRefusedWithXsOwnWordsAndNotRetried() {
        x.stubFor(post("/2/tweets")
                .willReturn(aResponse()
                        .withStatus(401)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"title\":\"Unauthorized\",\"type\":\"about:blank\",\"status\":401,"
                                + "\"detail\":\"Unauthorized\"}")));

        assertThat(connector.publish(Posts.dogUnitPost("text"), CREDENTIALS))
                .isEqualTo(new PublishResult.Rejected(401, "Unauthorized"));
    }

    @Test
    void forbiddenIsRefusedWithXsOwnWords() {
        x.stubFor(post("/2/tweets")
                .willReturn(aResponse()
                        .withStatus(403)
                        .withBody("{\"detail\":\"When authenticating requests to the Twitter API v2 endpoints, you"
                                + " must use keys and tokens from a Twitter developer App that is attached to a"
                                + " Project.\",\"title\":\"Client Forbidden\",\"reason\":\"client-not-enrolled\","
                                + "\"type\":\"https://api.twitter.com/2/problems/client-forbidden\"}")));

        var result = connector.publish(Posts.dogUnitPost("text"), CREDENTIALS);

        assertThat(result).isInstanceOf(PublishResult.Rejected.class);
        assertThat(((PublishResult.Rejected) result).message()).startsWith("When authenticating requests");
    }

    @Test
    void duplicateContentMayMeanAnEarlierAttemptPostedItSoItIsAmbiguous() {
        x.stubFor(post("/2/tweets")
                .willReturn(aResponse()
                        .withStatus(403)
                        .withBody("{\"detail\":\"You are not allowed to create a Tweet with duplicate content.\","
                                + "\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403}")));

        assertThat(connector.publish(Posts.dogUnitPost("text"), CREDENTIALS))
                .isInstanceOf(PublishResult.Ambiguous.class);
    }

    @Test
    void tooManyRequestsWaitsUntilTheRateLimitResets() {
        long reset = Instant.now().plusSeconds(600).getEpochSecond();
        x.stubFor(post("/2/tweets")
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("x-rate-limit-limit", "200")
                        .withHeader("x-rate-limit-remaining", "0")
                        .withHeader("x-rate-limit-reset", String.valueOf(reset))
                        .withBody("{\"title\":\"Too Many Requests\",\"detail\":\"Too Many Requests\","
                                + "\"type\":\"about:blank\",\"status\":429}")));

        assertThat(connector.publish(Posts.dogUnitPost("text"), CREDENTIALS))
                .isEqualTo(new PublishResult.RateLimited(Instant.ofEpochSecond(reset), 429, "Too Many Requests"));
    }

    @Test
    void theDailyUserLimitWaitsForItsOwnReset() {
        long window = Instant.now().plusSeconds(300).getEpochSecond();
        long daily = Instant.now().plusSeconds(36_000).getEpochSecond();
        x.stubFor(post("/2/tweets")
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("x-rate-limit-remaining", "150")
                        .withHeader("x-rate-limit-reset", String.valueOf(window))
                        .withHeader("x-user-limit-24hour-remaining", "0")
                        .withHeader("x-user-limit-24hour-reset", String.valueOf(daily))
                        .withBody("{\"title\":\"Too Many Requests\",\"detail\":\"Too Many Requests\"}")));

        var result = (PublishResult.RateLimited) connector.publish(Posts.dogUnitPost("text"), CREDENTIALS);

        assertThat(result.until()).isEqualTo(Instant.ofEpochSecond(daily));
    }

    @Test
    void aServerErrorMayFollowACreatedTweetSoItIsAmbiguous() {
        x.stubFor(post("/2/tweets")
                .willReturn(aResponse()
                        .withStatus(503)
                        .withBody("{\"title\":\"Service Unavailable\",\"detail\":\"Service Unavailable\","
                                + "\"type\":\"about:blank\",\"status\":503}")));

        assertThat(connector.publish(Posts.dogUnitPost("text"), CREDENTIALS))
                .isEqualTo(new PublishResult.Ambiguous(503, "Service Unavailable"));
    }

    @Test
    void noAnswerInTimeIsAmbiguous() {
        x.stubFor(post("/2/tweets")
                .willReturn(aResponse()
                        .withStatus(201)
                        .withFixedDelay(Posts.SLOWER_THAN_TIMEOUT)
                        .withBody("{\"data\":{\"id\":\"1\"}}")));

        assertThat(connector.publish(Posts.dogUnitPost("text"), CREDENTIALS))
                .isInstanceOf(PublishResult.Ambiguous.class);
    }

    @Test
    void aRefusedConnectionSentNothingSoItIsSafeToRetry() throws Exception {
        var settings = Posts.settings(Posts.closedPort());
        var offline = new XConnector(Posts.http(settings), Posts.JSON, Clock.systemUTC(), settings);

        assertThat(offline.publish(Posts.dogUnitPost("text"), CREDENTIALS))
                .isInstanceOf(PublishResult.RetryableError.class);
    }

    @Test
    void readBackListsTheAccountsTweetsSinceTheFirstAttempt() {
        x.stubFor(get("/2/users/me")
                .willReturn(aResponse()
                        .withStatus(200)
                        .withBody("{\"data\":{\"id\":\"2244994945\",\"name\":\"Glos Police Dogs\","
                                + "\"username\":\"GlosPoliceDogs\"}}")));
        x.stubFor(get(urlPathEqualTo("/2/users/2244994945/tweets"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withBody("{\"data\":[{\"id\":\"1460323737035677698\",\"text\":\"Dogs &amp; handlers"
                                + " https://t.co/abc\",\"created_at\":\"2026-11-21T10:00:00.000Z\"}],"
                                + "\"meta\":{\"result_count\":1}}")));

        var result = connector.recentPosts(
                Posts.dogUnitPost("Dogs & handlers https://example.org/news"),
                CREDENTIALS,
                Instant.parse("2026-11-21T09:58:00Z"));

        assertThat(result)
                .isEqualTo(new ReadBack.Listed(java.util.List.of(new PlatformPost(
                        "1460323737035677698",
                        "https://x.com/GlosPoliceDogs/status/1460323737035677698",
                        "Dogs & handlers https://t.co/abc",
                        Instant.parse("2026-11-21T10:00:00Z"),
                        null))));
        x.verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                        urlPathEqualTo("/2/users/2244994945/tweets"))
                .withQueryParam("start_time", equalTo("2026-11-21T09:58:00Z")));
    }

    @Test
    void readBackThatFailsSaysSoInsteadOfClaimingNothingWasPosted() {
        x.stubFor(get("/2/users/me")
                .willReturn(aResponse().withStatus(503).withBody("{\"title\":\"Service Unavailable\"}")));

        assertThat(connector.recentPosts(Posts.dogUnitPost("t"), CREDENTIALS, Instant.now()))
                .isEqualTo(new ReadBack.Unavailable(503, "Service Unavailable"));
    }
}
