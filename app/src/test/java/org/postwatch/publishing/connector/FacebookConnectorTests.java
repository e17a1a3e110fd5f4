package org.postwatch.publishing.connector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Graph API for Pages against a stub that answers as Meta documents, including its error codes. */
class FacebookConnectorTests {

    @RegisterExtension
    static WireMockExtension graph = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    static final Map<String, String> CREDENTIALS = Map.of("pageId", "1029384756", "pageAccessToken", "page-token");

    FacebookConnector connector;

    @BeforeEach
    void connectToStub() {
        var settings = Posts.settings(graph.baseUrl());
        connector = new FacebookConnector(Posts.http(settings), Posts.JSON, Clock.systemUTC(), settings);
    }

    static String error(int code, String message) {
        return "{\"error\":{\"message\":\"" + message + "\",\"type\":\"OAuthException\",\"code\":" + code
                + ",\"fbtrace_id\":\"AbCdEf\"}}";
    }

    @Test
    void postsToThePageFeedWithThePageToken() {
        graph.stubFor(post("/v23.0/1029384756/feed")
                .willReturn(aResponse().withStatus(200).withBody("{\"id\":\"1029384756_5566778899\"}")));

        var result = connector.publish(Posts.dogUnitPost("Bramble & Juno"), CREDENTIALS);

        assertThat(result)
                .isEqualTo(new PublishResult.Published(
                        "1029384756_5566778899", "https://www.facebook.com/1029384756_5566778899"));
        graph.verify(postRequestedFor(urlEqualTo("/v23.0/1029384756/feed"))
                .withHeader("Authorization", equalTo("Bearer page-token"))
                .withRequestBody(equalTo("message=Bramble+%26+Juno")));
    }

    @Test
    void attachesPhotosUploadedUnpublishedWithAltText() {
        graph.stubFor(post("/v23.0/1029384756/photos")
                .willReturn(aResponse().withStatus(200).withBody("{\"id\":\"777\"}")));
        graph.stubFor(post("/v23.0/1029384756/feed")
                .willReturn(aResponse().withStatus(200).withBody("{\"id\":\"1_2\"}")));

        connector.publish(Posts.withPuppyPhoto(Posts.dogUnitPost("Juno")), CREDENTIALS);

        graph.verify(postRequestedFor(urlEqualTo("/v23.0/1029384756/photos"))
                .withRequestBody(containing("A German Shepherd puppy sitting on grass")));
        graph.verify(postRequestedFor(urlEqualTo("/v23.0/1029384756/feed"))
                .withRequestBody(containing("attached_media%5B0%5D=%7B%22media_fbid%22%3A%22777%22%7D")));
    }

    @Test
    void aReplyIsACommentOnThePost() {
        graph.stubFor(post("/v23.0/1029384756_42/comments")
                .willReturn(aResponse().withStatus(200).withBody("{\"id\":\"42_9001\"}")));

        assertThat(connector.publish(Posts.replyingTo(Posts.dogUnitPost("Thanks!"), "1029384756_42"), CREDENTIALS))
                .isEqualTo(new PublishResult.Published("42_9001", "https://www.facebook.com/42_9001"));
    }

    @Test
    void anInvalidTokenIsRefusedWithMetasOwnWords() {
        graph.stubFor(post("/v23.0/1029384756/feed")
                .willReturn(aResponse()
                        .withStatus(401)
                        .withBody(error(190, "Error validating access token: Session has expired."))));

        assertThat(connector.publish(Posts.dogUnitPost("t"), CREDENTIALS))
                .isEqualTo(new PublishResult.Rejected(
                        401, "Error validating access token: Session has expired. (code 190)"));
    }

    @Test
    void aMissingPermissionIsRefused() {
        graph.stubFor(post("/v23.0/1029384756/feed")
                .willReturn(aResponse()
                        .withStatus(403)
                        .withBody(error(
                                200, "(#200) The user hasn't authorized the application to perform this action"))));

        assertThat(connector.publish(Posts.dogUnitPost("t"), CREDENTIALS))
                .isEqualTo(new PublishResult.Rejected(
                        403, "(#200) The user hasn't authorized the application to perform this action"));
    }

    @ParameterizedTest(name = "error code {0} is a rate limit")
    @ValueSource(ints = {4, 17, 32, 613})
    void rateLimitCodesWaitForTheEstimatedTimeToRegainAccess(int code) {
        graph.stubFor(post("/v23.0/1029384756/feed")
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader(
                                "X-Business-Use-Case-Usage",
                                "{\"1029384756\":[{\"type\":\"pages\",\"call_count\":100,\"total_cputime\":25,"
                                        + "\"total_time\":25,\"estimated_time_to_regain_access\":17}]}")
                        .withBody(error(code, "(#" + code + ") Calls to this api have exceeded the rate limit."))));

        var result = (PublishResult.RateLimited) connector.publish(Posts.dogUnitPost("t"), CREDENTIALS);

        assertThat(result.until()).isCloseTo(Instant.now().plus(Duration.ofMinutes(17)), within(1, ChronoUnit.MINUTES));
    }

    @Test
    void anUnknownOrTransientErrorMayFollowACreatedPostSoItIsAmbiguous() {
        graph.stubFor(post("/v23.0/1029384756/feed")
                .willReturn(aResponse().withStatus(500).withBody(error(2, "An unexpected error has occurred."))));

        assertThat(connector.publish(Posts.dogUnitPost("t"), CREDENTIALS))
                .isEqualTo(new PublishResult.Ambiguous(500, "An unexpected error has occurred. (code 2)"));
    }

    @Test
    void noAnswerInTimeIsAmbiguous() {
        graph.stubFor(post("/v23.0/1029384756/feed")
                .willReturn(aResponse()
                        .withStatus(200)
                        .withFixedDelay(Posts.SLOWER_THAN_TIMEOUT)
                        .withBody("{}")));

        assertThat(connector.publish(Posts.dogUnitPost("t"), CREDENTIALS)).isInstanceOf(PublishResult.Ambiguous.class);
    }

    @Test
    void readBackListsThePageFeedSinceTheFirstAttempt() {
        graph.stubFor(get(urlPathEqualTo("/v23.0/1029384756/feed"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withBody("{\"data\":[{\"id\":\"1029384756_1\",\"message\":\"Bramble & Juno\","
                                + "\"created_time\":\"2026-11-21T10:00:00+0000\"}],\"paging\":{}}")));

        var result = connector.recentPosts(Posts.dogUnitPost("t"), CREDENTIALS, Instant.parse("2026-11-21T09:58:00Z"));

        assertThat(result)
                .isEqualTo(new ReadBack.Listed(List.of(new PlatformPost(
                        "1029384756_1",
                        "https://www.facebook.com/1029384756_1",
                        "Bramble & Juno",
                        Instant.parse("2026-11-21T10:00:00Z"),
                        null))));
        graph.verify(getRequestedFor(urlPathEqualTo("/v23.0/1029384756/feed"))
                .withQueryParam("fields", equalTo("id,message,created_time"))
                .withQueryParam(
                        "since",
                        equalTo(String.valueOf(
                                Instant.parse("2026-11-21T09:58:00Z").getEpochSecond()))));
    }
}
