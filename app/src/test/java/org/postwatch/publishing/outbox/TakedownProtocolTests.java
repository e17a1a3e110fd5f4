package org.postwatch.publishing.outbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.postwatch.audit.AuditTrail;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.Tenancy;
import org.postwatch.publishing.Channel;
import org.postwatch.publishing.PostTakenDown;
import org.postwatch.publishing.PublicationId;
import org.postwatch.publishing.TakedownFailed;
import org.postwatch.publishing.TakedownState;
import org.postwatch.publishing.domain.Publication;
import org.postwatch.publishing.domain.PublicationRepository;
import org.postwatch.publishing.domain.Takedown;
import org.postwatch.publishing.domain.TakedownRepository;
import org.postwatch.support.DemoUsers;
import org.postwatch.support.PostwatchIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Taking a published post down through the outbox, against each platform's stub, run step by step with the clock moved
 * by the test: the documented delete call, retries after server errors, waiting out a rate limit, a post already
 * gone, a refusal, giving up; and never a second takedown once the first has finished.
 */
@PostwatchIntegrationTest
class TakedownProtocolTests {

    static final Duration TIMEOUT = Duration.ofSeconds(2);

    @RegisterExtension
    static WireMockExtension wire = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @Autowired
    PublicationRepository publications;

    @Autowired
    TakedownRepository takedowns;

    @Autowired
    AuditTrail audit;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    DemoUsers demo;

    final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.MICROS));
    final List<Object> events = new CopyOnWriteArrayList<>();
    ForceId force;

    static Stream<BiFunction<WireMockExtension, MutableClock, StubPlatform>> platforms() {
        return ExactlyOnceProtocolTests.platforms();
    }

    @BeforeEach
    void freshPlatform() {
        wire.resetAll();
        force = demo.force("GLO");
    }

    /** The platform's post id as its create call answers it. */
    static String platformPostId(Channel channel) {
        return switch (channel) {
            case X -> "1860000000000000001";
            case FACEBOOK -> "555_999";
            case MASTODON -> "109";
            case BLUESKY -> "at://" + StubPlatform.Bluesky.DID + "/app.bsky.feed.post/3kbcdefghij22";
            default -> throw new IllegalArgumentException(channel.name());
        };
    }

    /** The documented delete call of each platform. */
    static MappingBuilder deleteCall(Channel channel) {
        return switch (channel) {
            case X -> delete(urlPathEqualTo("/2/tweets/1860000000000000001"));
            case FACEBOOK -> delete(urlPathEqualTo("/v23.0/555_999"));
            case MASTODON -> delete(urlPathEqualTo("/api/v1/statuses/109"));
            case BLUESKY -> post(urlPathEqualTo("/xrpc/com.atproto.repo.deleteRecord"));
            default -> throw new IllegalArgumentException(channel.name());
        };
    }

    static RequestPatternBuilder deleted(Channel channel) {
        return switch (channel) {
            case BLUESKY ->
                com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                        urlPathEqualTo("/xrpc/com.atproto.repo.deleteRecord"));
            case X ->
                com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor(
                        urlPathEqualTo("/2/tweets/1860000000000000001"));
            case FACEBOOK ->
                com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor(urlPathEqualTo("/v23.0/555_999"));
            case MASTODON ->
                com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor(
                        urlPathEqualTo("/api/v1/statuses/109"));
            default -> throw new IllegalArgumentException(channel.name());
        };
    }

    static ResponseDefinitionBuilder removed(Channel channel) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(
                        switch (channel) {
                            case X -> "{\"data\":{\"deleted\":true}}";
                            case FACEBOOK -> "{\"success\":true}";
                            case MASTODON -> "{\"id\":\"109\",\"text\":\"Road closed\"}";
                            default -> "{}";
                        });
    }

    TakedownRunner runner(StubPlatform platform, int maxAttempts) {
        Map<String, String> credentials = platform.credentials();
        var connectors = new Connectors(List.of(platform.connector()), List.of((a, c) -> Optional.of(credentials)));
        var settings = new OutboxSettings(
                maxAttempts,
                Duration.ofSeconds(10),
                Duration.ofMinutes(1),
                Duration.ofSeconds(5),
                3,
                Duration.ofMinutes(2),
                Duration.ofMinutes(1),
                Duration.ofHours(24),
                Duration.ofSeconds(30));
        return new TakedownRunner(
                takedowns, publications, connectors, audit, events::add, transactions, settings, clock);
    }

    /** A publication already on the platform, with a takedown asked for now. */
    PublicationId publishedAndAskedToTakeDown(Channel channel) {
        PublicationId id = PublicationId.random();
        Instant now = clock.instant();
        Tenancy.asForce(
                force,
                () -> transactions.executeWithoutResult(status -> {
                    Publication publication = Publication.schedule(
                            id,
                            force,
                            "post-" + id,
                            UUID.randomUUID(),
                            channel,
                            "@GlosPoliceDogs",
                            "Road closed on the A40 " + id,
                            null,
                            now,
                            now,
                            "test");
                    publications.insertIfAbsent(publication);
                    publication.published(platformPostId(channel), "https://example.test/" + id, now);
                    publications.save(publication);
                    takedowns.insertIfAbsent(
                            Takedown.request(publication, "Posted to the wrong account", "Sam Reviewer", now));
                }));
        return id;
    }

    PublicationRunner.Next drive(TakedownRunner runner, PublicationId id) {
        return clock.drive(() -> runner.run(force, id), 20);
    }

    Takedown takedown(PublicationId id) {
        return Tenancy.asForce(force, () -> takedowns.find(force, id).orElseThrow());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("platforms")
    void aServerErrorThenSuccessTakesThePostDownOnceWithTheDocumentedCall(
            BiFunction<WireMockExtension, MutableClock, StubPlatform> make) {
        StubPlatform platform = make.apply(wire, clock);
        platform.background();
        Channel channel = platform.channel();
        PublicationId id = publishedAndAskedToTakeDown(channel);
        wire.stubFor(deleteCall(channel)
                .inScenario("takedown")
                .whenScenarioStateIs(STARTED)
                .willSetStateTo("failed-once")
                .willReturn(platform.serverError()));
        wire.stubFor(deleteCall(channel)
                .inScenario("takedown")
                .whenScenarioStateIs("failed-once")
                .willSetStateTo("gone")
                .willReturn(removed(channel)));
        TakedownRunner runner = runner(platform, 5);

        assertThat(drive(runner, id)).isInstanceOf(PublicationRunner.Next.Done.class);
        assertThat(runner.run(force, id)).isInstanceOf(PublicationRunner.Next.Done.class);

        Takedown done = takedown(id);
        assertThat(done.state()).isEqualTo(TakedownState.TAKEN_DOWN);
        assertThat(done.alreadyGone()).isFalse();
        assertThat(done.tries()).isEqualTo(2);
        assertThat(wire.findAll(deleted(channel))).hasSize(2);
        assertThat(events).singleElement().isInstanceOf(PostTakenDown.class);
        if (channel == Channel.BLUESKY) {
            wire.verify(deleted(channel)
                    .withRequestBody(equalToJson("{\"repo\":\"" + StubPlatform.Bluesky.DID
                            + "\",\"collection\":\"app.bsky.feed.post\",\"rkey\":\"3kbcdefghij22\"}")));
        } else {
            wire.verify(deleted(channel).withHeader("Authorization", equalTo("Bearer " + token(platform))));
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("platforms")
    void aRateLimitIsWaitedOutBeforeTheNextCall(BiFunction<WireMockExtension, MutableClock, StubPlatform> make) {
        StubPlatform platform = make.apply(wire, clock);
        platform.background();
        Channel channel = platform.channel();
        PublicationId id = publishedAndAskedToTakeDown(channel);
        Instant reset = clock.instant().plus(Duration.ofMinutes(7)).truncatedTo(ChronoUnit.SECONDS);
        wire.stubFor(deleteCall(channel)
                .inScenario("takedown")
                .whenScenarioStateIs(STARTED)
                .willSetStateTo("limited")
                .willReturn(platform.rateLimited(reset)));
        wire.stubFor(deleteCall(channel)
                .inScenario("takedown")
                .whenScenarioStateIs("limited")
                .willReturn(removed(channel)));
        TakedownRunner runner = runner(platform, 5);

        PublicationRunner.Next first = runner.run(force, id);
        PublicationRunner.Next early = runner.run(force, id);

        assertThat(first).isInstanceOf(PublicationRunner.Next.RunAt.class);
        Instant waitUntil = ((PublicationRunner.Next.RunAt) first).at();
        // Facebook gives minutes to regain access rather than a time, so allow for its rounding down.
        assertThat(waitUntil).isAfter(clock.instant().plus(Duration.ofMinutes(5)));
        assertThat(early).isEqualTo(first);
        assertThat(wire.findAll(deleted(channel))).hasSize(1);
        assertThat(takedown(id).lastMessage()).startsWith("Rate limited by");

        assertThat(drive(runner, id)).isInstanceOf(PublicationRunner.Next.Done.class);
        assertThat(takedown(id).state()).isEqualTo(TakedownState.TAKEN_DOWN);
        assertThat(wire.findAll(deleted(channel))).hasSize(2);
    }

    @Test
    void aPostAlreadyGoneCountsAsTakenDown() {
        StubPlatform platform = new StubPlatform.X(wire, clock, TIMEOUT);
        PublicationId id = publishedAndAskedToTakeDown(Channel.X);
        wire.stubFor(deleteCall(Channel.X)
                .willReturn(aResponse()
                        .withStatus(404)
                        .withBody("{\"title\":\"Not Found Error\",\"detail\":\"Could not find tweet\"}")));

        drive(runner(platform, 5), id);

        assertThat(takedown(id).state()).isEqualTo(TakedownState.TAKEN_DOWN);
        assertThat(takedown(id).alreadyGone()).isTrue();
        assertThat(events)
                .singleElement()
                .isInstanceOfSatisfying(
                        PostTakenDown.class, e -> assertThat(e.alreadyGone()).isTrue());
    }

    @Test
    void aFacebookObjectThatNoLongerExistsCountsAsTakenDown() {
        StubPlatform platform = new StubPlatform.Facebook(wire, clock, TIMEOUT);
        PublicationId id = publishedAndAskedToTakeDown(Channel.FACEBOOK);
        wire.stubFor(deleteCall(Channel.FACEBOOK)
                .willReturn(aResponse()
                        .withStatus(400)
                        .withBody("{\"error\":{\"message\":\"Unsupported delete request. Object with ID '555_999'"
                                + " does not exist\",\"type\":\"GraphMethodException\",\"code\":100,"
                                + "\"error_subcode\":33}}")));

        drive(runner(platform, 5), id);

        assertThat(takedown(id).state()).isEqualTo(TakedownState.TAKEN_DOWN);
        assertThat(takedown(id).alreadyGone()).isTrue();
    }

    @Test
    void refusedCredentialsFailTheTakedownWithThePlatformsWordsAndSayItIsStillUp() {
        StubPlatform platform = new StubPlatform.Mastodon(wire, clock, TIMEOUT);
        PublicationId id = publishedAndAskedToTakeDown(Channel.MASTODON);
        wire.stubFor(deleteCall(Channel.MASTODON)
                .willReturn(aResponse().withStatus(401).withBody("{\"error\":\"The access token is invalid\"}")));

        drive(runner(platform, 5), id);

        assertThat(takedown(id).state()).isEqualTo(TakedownState.FAILED);
        assertThat(takedown(id).lastMessage()).isEqualTo("The access token is invalid");
        assertThat(wire.findAll(anyRequestedFor(urlPathEqualTo("/api/v1/statuses/109"))))
                .hasSize(1);
        assertThat(events)
                .singleElement()
                .isInstanceOfSatisfying(
                        TakedownFailed.class,
                        e -> assertThat(e.platformMessage()).isEqualTo("The access token is invalid"));
    }

    @Test
    void serverErrorsOnEveryTryFailAfterTheLastAttempt() {
        StubPlatform platform = new StubPlatform.X(wire, clock, TIMEOUT);
        PublicationId id = publishedAndAskedToTakeDown(Channel.X);
        wire.stubFor(deleteCall(Channel.X).willReturn(platform.serverError()));

        drive(runner(platform, 3), id);

        assertThat(takedown(id).state()).isEqualTo(TakedownState.FAILED);
        assertThat(takedown(id).tries()).isEqualTo(3);
        assertThat(wire.findAll(deleted(Channel.X))).hasSize(3);
        assertThat(events).singleElement().isInstanceOf(TakedownFailed.class);
    }

    private static String token(StubPlatform platform) {
        Map<String, String> credentials = platform.credentials();
        return credentials.getOrDefault("accessToken", credentials.get("pageAccessToken"));
    }
}
