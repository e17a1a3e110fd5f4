package org.postwatch.publishing.outbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.postwatch.publishing.Channel;
import org.postwatch.publishing.connector.BlueskyConnector;
import org.postwatch.publishing.connector.ChannelConnector;
import org.postwatch.publishing.connector.ConnectorSettings;
import org.postwatch.publishing.connector.FacebookConnector;
import org.postwatch.publishing.connector.MastodonConnector;
import org.postwatch.publishing.connector.Outgoing;
import org.postwatch.publishing.connector.PlatformHttp;
import org.postwatch.publishing.connector.XConnector;
import tools.jackson.databind.json.JsonMapper;

/**
 * A platform played by WireMock, with the requests, answers and errors its documentation describes. The stub has one
 * scenario: "posted" once a create call has been accepted, so read-back shows the post only after it was made.
 */
abstract class StubPlatform {

    static final String SCENARIO = "platform";
    static final String POSTED = "posted";
    static final JsonMapper JSON = JsonMapper.builder().build();

    final WireMockExtension wire;
    final ConnectorSettings settings;
    final Clock clock;

    StubPlatform(WireMockExtension wire, Clock clock, Duration timeout) {
        this.wire = wire;
        this.clock = clock;
        this.settings = ConnectorSettings.pointingAt(wire.baseUrl(), timeout);
    }

    abstract Channel channel();

    abstract ChannelConnector connector();

    abstract Map<String, String> credentials();

    /** The create call (the one that makes the post). */
    abstract MappingBuilder create();

    abstract RequestPatternBuilder created();

    abstract ResponseDefinitionBuilder createdResponse(Outgoing post);

    abstract ResponseDefinitionBuilder unauthorised();

    abstract ResponseDefinitionBuilder rateLimited(Instant reset);

    abstract ResponseDefinitionBuilder serverError();

    /** Stubs the account's recent posts: empty before the post is made, the post afterwards. */
    abstract void readBack(Outgoing post);

    /** Calls every platform needs before the create call (sessions), answered the same in every state. */
    void background() {}

    /** The create call succeeds and marks the scenario posted. */
    void acceptsPosts(Outgoing post, String inState) {
        wire.stubFor(create().inScenario(SCENARIO)
                .whenScenarioStateIs(inState)
                .willSetStateTo(POSTED)
                .willReturn(createdResponse(post)));
    }

    void answersFirst(ResponseDefinitionBuilder answer, String nextState) {
        wire.stubFor(create().inScenario(SCENARIO)
                .whenScenarioStateIs(STARTED)
                .willSetStateTo(nextState)
                .willReturn(answer));
    }

    /** Makes the post, then never answers in time: the worst case for exactly-once. */
    void postsThenTimesOut(Outgoing post) {
        wire.stubFor(create().inScenario(SCENARIO)
                .whenScenarioStateIs(STARTED)
                .willSetStateTo(POSTED)
                .willReturn(createdResponse(post).withFixedDelay(5_000)));
    }

    int createCalls() {
        return wire.findAll(created()).size();
    }

    static String iso(Instant at) {
        return at.toString();
    }

    PlatformHttp http() {
        return new PlatformHttp(settings);
    }

    static final class X extends StubPlatform {

        X(WireMockExtension wire, Clock clock, Duration timeout) {
            super(wire, clock, timeout);
        }

        Channel channel() {
            return Channel.X;
        }

        ChannelConnector connector() {
            return new XConnector(http(), JSON, clock, settings);
        }

        Map<String, String> credentials() {
            return Map.of("accessToken", "x-token");
        }

        MappingBuilder create() {
            return post("/2/tweets");
        }

        RequestPatternBuilder created() {
            return postRequestedFor(urlPathEqualTo("/2/tweets"));
        }

        ResponseDefinitionBuilder createdResponse(Outgoing post) {
            return aResponse().withStatus(201).withBody("{\"data\":{\"id\":\"1001\",\"text\":\"t\"}}");
        }

        ResponseDefinitionBuilder unauthorised() {
            return aResponse()
                    .withStatus(401)
                    .withBody("{\"title\":\"Unauthorized\",\"type\":\"about:blank\",\"status\":401,"
                            + "\"detail\":\"Unauthorized\"}");
        }

        ResponseDefinitionBuilder rateLimited(Instant reset) {
            return aResponse()
                    .withStatus(429)
                    .withHeader("x-rate-limit-remaining", "0")
                    .withHeader("x-rate-limit-reset", String.valueOf(reset.getEpochSecond()))
                    .withBody("{\"title\":\"Too Many Requests\",\"detail\":\"Too Many Requests\",\"status\":429}");
        }

        ResponseDefinitionBuilder serverError() {
            return aResponse()
                    .withStatus(503)
                    .withBody("{\"title\":\"Service Unavailable\",\"detail\":\"Service Unavailable\",\"status\":503}");
        }

        void readBack(Outgoing post) {
            wire.stubFor(get("/2/users/me").willReturn(aResponse().withBody("{\"data\":{\"id\":\"42\"}}")));
            wire.stubFor(get(urlPathEqualTo("/2/users/42/tweets"))
                    .willReturn(aResponse().withBody("{\"meta\":{\"result_count\":0}}")));
            wire.stubFor(get(urlPathEqualTo("/2/users/42/tweets"))
                    .inScenario(SCENARIO)
                    .whenScenarioStateIs(POSTED)
                    .willReturn(aResponse()
                            .withBody("{\"data\":[{\"id\":\"1001\",\"text\":" + JSON.writeValueAsString(post.text())
                                    + ",\"created_at\":\"" + iso(clock.instant()) + "\"}]}")));
        }
    }

    static final class Facebook extends StubPlatform {

        Facebook(WireMockExtension wire, Clock clock, Duration timeout) {
            super(wire, clock, timeout);
        }

        Channel channel() {
            return Channel.FACEBOOK;
        }

        ChannelConnector connector() {
            return new FacebookConnector(http(), JSON, clock, settings);
        }

        Map<String, String> credentials() {
            return Map.of("pageId", "555", "pageAccessToken", "page-token");
        }

        MappingBuilder create() {
            return post("/v23.0/555/feed");
        }

        RequestPatternBuilder created() {
            return postRequestedFor(urlPathEqualTo("/v23.0/555/feed"));
        }

        ResponseDefinitionBuilder createdResponse(Outgoing post) {
            return aResponse().withStatus(200).withBody("{\"id\":\"555_1001\"}");
        }

        ResponseDefinitionBuilder unauthorised() {
            return aResponse()
                    .withStatus(401)
                    .withBody("{\"error\":{\"message\":\"Error validating access token: The session has been"
                            + " invalidated because the user changed their password.\",\"type\":\"OAuthException\","
                            + "\"code\":190,\"error_subcode\":460,\"fbtrace_id\":\"A1\"}}");
        }

        ResponseDefinitionBuilder rateLimited(Instant reset) {
            long minutes = Math.max(1, Duration.between(clock.instant(), reset).toMinutes());
            return aResponse()
                    .withStatus(400)
                    .withHeader(
                            "X-Business-Use-Case-Usage",
                            "{\"555\":[{\"type\":\"pages\",\"call_count\":100,\"estimated_time_to_regain_access\":"
                                    + minutes + "}]}")
                    .withBody(
                            "{\"error\":{\"message\":\"(#32) Page request limit reached\",\"type\":\"OAuthException\","
                                    + "\"code\":32,\"fbtrace_id\":\"A2\"}}");
        }

        ResponseDefinitionBuilder serverError() {
            return aResponse()
                    .withStatus(500)
                    .withBody("{\"error\":{\"message\":\"An unexpected error has occurred. Please retry your request"
                            + " later.\",\"type\":\"OAuthException\",\"is_transient\":true,\"code\":2}}");
        }

        void readBack(Outgoing post) {
            wire.stubFor(get(urlPathEqualTo("/v23.0/555/feed"))
                    .willReturn(aResponse().withBody("{\"data\":[]}")));
            String created = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ")
                    .format(clock.instant().atOffset(ZoneOffset.UTC));
            wire.stubFor(get(urlPathEqualTo("/v23.0/555/feed"))
                    .inScenario(SCENARIO)
                    .whenScenarioStateIs(POSTED)
                    .willReturn(aResponse()
                            .withBody("{\"data\":[{\"id\":\"555_1001\",\"message\":"
                                    + JSON.writeValueAsString(post.text()) + ",\"created_time\":\"" + created
                                    + "\"}]}")));
        }
    }

    static final class Mastodon extends StubPlatform {

        Mastodon(WireMockExtension wire, Clock clock, Duration timeout) {
            super(wire, clock, timeout);
        }

        Channel channel() {
            return Channel.MASTODON;
        }

        ChannelConnector connector() {
            return new MastodonConnector(http(), JSON, clock, settings);
        }

        Map<String, String> credentials() {
            return Map.of("instanceUrl", wire.baseUrl(), "accessToken", "m-token");
        }

        MappingBuilder create() {
            return post("/api/v1/statuses");
        }

        RequestPatternBuilder created() {
            return postRequestedFor(urlPathEqualTo("/api/v1/statuses"));
        }

        ResponseDefinitionBuilder createdResponse(Outgoing post) {
            return aResponse()
                    .withStatus(200)
                    .withBody("{\"id\":\"1001\",\"url\":\"https://mastodon.police.uk/@GlosPoliceDogs/1001\"}");
        }

        ResponseDefinitionBuilder unauthorised() {
            return aResponse().withStatus(401).withBody("{\"error\":\"The access token is invalid\"}");
        }

        ResponseDefinitionBuilder rateLimited(Instant reset) {
            return aResponse()
                    .withStatus(429)
                    .withHeader("X-RateLimit-Remaining", "0")
                    .withHeader("X-RateLimit-Reset", iso(reset))
                    .withBody("{\"error\":\"Too many requests\"}");
        }

        ResponseDefinitionBuilder serverError() {
            return aResponse().withStatus(503).withBody("<html>503 Service Unavailable</html>");
        }

        void readBack(Outgoing post) {
            wire.stubFor(get("/api/v1/accounts/verify_credentials")
                    .willReturn(aResponse().withBody("{\"id\":\"7\"}")));
            wire.stubFor(get(urlPathEqualTo("/api/v1/accounts/7/statuses"))
                    .willReturn(aResponse().withBody("[]")));
            wire.stubFor(get(urlPathEqualTo("/api/v1/accounts/7/statuses"))
                    .inScenario(SCENARIO)
                    .whenScenarioStateIs(POSTED)
                    .willReturn(aResponse()
                            .withBody("[{\"id\":\"1001\",\"url\":\"https://mastodon.police.uk/@GlosPoliceDogs/1001\","
                                    + "\"content\":" + JSON.writeValueAsString("<p>" + post.text() + "</p>")
                                    + ",\"created_at\":\"" + iso(clock.instant()) + "\"}]")));
        }
    }

    static final class Bluesky extends StubPlatform {

        static final String DID = "did:plc:glospolicedogs";

        Bluesky(WireMockExtension wire, Clock clock, Duration timeout) {
            super(wire, clock, timeout);
        }

        Channel channel() {
            return Channel.BLUESKY;
        }

        ChannelConnector connector() {
            return new BlueskyConnector(http(), JSON, clock, settings);
        }

        Map<String, String> credentials() {
            return Map.of("identifier", "glospolicedogs.bsky.social", "appPassword", "app-password");
        }

        @Override
        void background() {
            wire.stubFor(post("/xrpc/com.atproto.server.createSession")
                    .willReturn(aResponse()
                            .withBody("{\"accessJwt\":\"jwt\",\"refreshJwt\":\"r\",\"did\":\"" + DID + "\"}")));
        }

        MappingBuilder create() {
            return post("/xrpc/com.atproto.repo.createRecord");
        }

        RequestPatternBuilder created() {
            return postRequestedFor(urlPathEqualTo("/xrpc/com.atproto.repo.createRecord"));
        }

        ResponseDefinitionBuilder createdResponse(Outgoing post) {
            return aResponse()
                    .withBody("{\"uri\":\"at://" + DID + "/app.bsky.feed.post/" + BlueskyConnector.recordKey(post)
                            + "\",\"cid\":\"bafyrei\"}");
        }

        ResponseDefinitionBuilder unauthorised() {
            return aResponse()
                    .withStatus(401)
                    .withBody("{\"error\":\"AuthenticationRequired\",\"message\":\"Invalid identifier or password\"}");
        }

        ResponseDefinitionBuilder rateLimited(Instant reset) {
            return aResponse()
                    .withStatus(429)
                    .withHeader("ratelimit-remaining", "0")
                    .withHeader("ratelimit-reset", String.valueOf(reset.getEpochSecond()))
                    .withBody("{\"error\":\"RateLimitExceeded\",\"message\":\"Rate Limit Exceeded\"}");
        }

        ResponseDefinitionBuilder serverError() {
            return aResponse()
                    .withStatus(502)
                    .withBody("{\"error\":\"UpstreamFailure\",\"message\":\"Upstream Failure\"}");
        }

        void readBack(Outgoing post) {
            wire.stubFor(get(urlPathEqualTo("/xrpc/com.atproto.repo.listRecords"))
                    .willReturn(aResponse().withBody("{\"records\":[]}")));
            wire.stubFor(get(urlPathEqualTo("/xrpc/com.atproto.repo.listRecords"))
                    .inScenario(SCENARIO)
                    .whenScenarioStateIs(POSTED)
                    .willReturn(aResponse()
                            .withBody("{\"records\":[{\"uri\":\"at://" + DID + "/app.bsky.feed.post/"
                                    + BlueskyConnector.recordKey(post) + "\",\"cid\":\"c\",\"value\":{\"text\":"
                                    + JSON.writeValueAsString(post.text()) + ",\"createdAt\":\""
                                    + iso(clock.instant()) + "\"}}]}")));
        }
    }
}
