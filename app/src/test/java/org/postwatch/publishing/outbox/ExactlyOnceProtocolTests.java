package org.postwatch.publishing.outbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.postwatch.audit.AuditTrail;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.Tenancy;
import org.postwatch.publishing.AttemptOutcome;
import org.postwatch.publishing.Channel;
import org.postwatch.publishing.PauseId;
import org.postwatch.publishing.PauseNotice;
import org.postwatch.publishing.PostPublished;
import org.postwatch.publishing.PublicationFailed;
import org.postwatch.publishing.PublicationId;
import org.postwatch.publishing.PublicationState;
import org.postwatch.publishing.connector.ConnectorSettings;
import org.postwatch.publishing.connector.Outgoing;
import org.postwatch.publishing.connector.PlatformHttp;
import org.postwatch.publishing.domain.AccountHolds;
import org.postwatch.publishing.domain.Attempt;
import org.postwatch.publishing.domain.PauseRepository;
import org.postwatch.publishing.domain.Publication;
import org.postwatch.publishing.domain.PublicationRepository;
import org.postwatch.support.DemoUsers;
import org.postwatch.support.PostwatchIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox's exactly-once protocol against each platform's stub, with the outbox run step by step and time moved by
 * the test: server errors, lost answers, rate limits, refusals, abandoned attempts, pauses and look-alike posts.
 */
@PostwatchIntegrationTest
class ExactlyOnceProtocolTests {

    static final Duration TIMEOUT = Duration.ofSeconds(2);
    static final OutboxSettings SETTINGS = new OutboxSettings(
            3,
            Duration.ofSeconds(10),
            Duration.ofMinutes(1),
            Duration.ofSeconds(5),
            3,
            Duration.ofMinutes(2),
            Duration.ofMinutes(1),
            Duration.ofHours(24),
            Duration.ofSeconds(30));

    @RegisterExtension
    static WireMockExtension wire = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @Autowired
    PublicationRepository publications;

    @Autowired
    PauseRepository pauses;

    @Autowired
    AccountHolds holds;

    @Autowired
    AuditTrail audit;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    DemoUsers demo;

    final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.MICROS));
    final List<Object> events = new CopyOnWriteArrayList<>();
    ForceId force;
    UUID account;

    static Stream<BiFunction<WireMockExtension, MutableClock, StubPlatform>> platforms() {
        return Stream.of(
                (w, c) -> new StubPlatform.X(w, c, TIMEOUT),
                (w, c) -> new StubPlatform.Facebook(w, c, TIMEOUT),
                (w, c) -> new StubPlatform.Mastodon(w, c, TIMEOUT),
                (w, c) -> new StubPlatform.Bluesky(w, c, TIMEOUT));
    }

    /** The first request in a fresh JVM is slow; it must not be mistaken for a platform that did not answer. */
    @BeforeAll
    static void warmUp() throws Exception {
        new PlatformHttp(Duration.ofSeconds(10), Duration.ofSeconds(30))
                .send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(wire.baseUrl() + "/warm-up"))
                        .GET());
    }

    @BeforeEach
    void newAccountOnAFreshPlatform() {
        wire.resetAll();
        force = demo.force("GLO");
        account = UUID.randomUUID();
    }

    PublicationRunner runner(StubPlatform platform) {
        Map<String, String> credentials = platform.credentials();
        var connectors = new Connectors(List.of(platform.connector()), List.of((a, c) -> Optional.of(credentials)));
        return new PublicationRunner(
                publications,
                pauses,
                holds,
                connectors,
                audit,
                events::add,
                transactions,
                SETTINGS,
                ConnectorSettings.pointingAt(wire.baseUrl(), TIMEOUT),
                clock,
                new OutboxInstance("test-instance"));
    }

    /** Schedules a publication straight into the outbox table (no scheduler run), due now. */
    Outgoing scheduled(Channel channel, String text) {
        PublicationId id = PublicationId.random();
        Instant now = clock.instant();
        Tenancy.asForce(
                force,
                () -> transactions.executeWithoutResult(status -> publications.insertIfAbsent(Publication.schedule(
                        id, force, "post-" + id, account, channel, "@GlosPoliceDogs", text, null, now, now, "test"))));
        return new Outgoing(id, force, account, "@GlosPoliceDogs", text, List.of(), null, id.toString(), now);
    }

    /** Runs the outbox as db-scheduler would, moving the clock to each requested time, until it is done. */
    PublicationRunner.Next drive(PublicationRunner runner, PublicationId id) {
        return clock.drive(() -> runner.run(force, id), 30);
    }

    Publication publication(PublicationId id) {
        return Tenancy.asForce(force, () -> publications.find(force, id).orElseThrow());
    }

    List<AttemptOutcome> outcomes(PublicationId id) {
        return Tenancy.asForce(
                force,
                () -> publications.attempts(force, id).stream()
                        .map(Attempt::outcome)
                        .toList());
    }

    List<Attempt> attempts(PublicationId id) {
        return Tenancy.asForce(force, () -> publications.attempts(force, id));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("platforms")
    void aServerErrorThenSuccessPublishesExactlyOnce(BiFunction<WireMockExtension, MutableClock, StubPlatform> make) {
        StubPlatform platform = make.apply(wire, clock);
        platform.background();
        Outgoing post = scheduled(platform.channel(), "Road closed on the A40 near Northleach " + UUID.randomUUID());
        platform.readBack(post);
        platform.answersFirst(platform.serverError(), "failed-once");
        platform.acceptsPosts(post, "failed-once");

        drive(runner(platform), post.publication());

        assertThat(publication(post.publication()).state()).isEqualTo(PublicationState.PUBLISHED);
        assertThat(platform.createCalls()).isEqualTo(2);
        AttemptOutcome first = platform.channel() == Channel.MASTODON
                ? AttemptOutcome.RETRYABLE_ERROR // the Idempotency-Key makes the retry safe without a read-back
                : AttemptOutcome.NOT_FOUND_BY_READ_BACK;
        assertThat(outcomes(post.publication())).containsExactly(first, AttemptOutcome.PUBLISHED);
        assertThat(events).singleElement().isInstanceOf(PostPublished.class);
        if (platform.channel() == Channel.MASTODON) {
            var keys = wire.findAll(platform.created()).stream()
                    .map(request -> request.getHeader("Idempotency-Key"))
                    .distinct()
                    .toList();
            assertThat(keys).containsExactly(post.idempotencyKey());
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("platforms")
    void anAnswerLostAfterThePostWasMadeIsFoundByReadBackAndNeverPostedAgain(
            BiFunction<WireMockExtension, MutableClock, StubPlatform> make) {
        StubPlatform platform = make.apply(wire, clock);
        platform.background();
        Outgoing post = scheduled(platform.channel(), "Missing man found safe in Tewkesbury " + UUID.randomUUID());
        platform.readBack(post);
        platform.postsThenTimesOut(post);

        drive(runner(platform), post.publication());

        Publication published = publication(post.publication());
        assertThat(published.state()).isEqualTo(PublicationState.PUBLISHED);
        assertThat(platform.createCalls()).isEqualTo(1);
        assertThat(outcomes(post.publication())).containsExactly(AttemptOutcome.FOUND_BY_READ_BACK);
        assertThat(published.platformPostId()).isNotBlank();
        assertThat(events)
                .singleElement()
                .isInstanceOfSatisfying(
                        PostPublished.class,
                        event -> assertThat(event.platformPostId()).isEqualTo(published.platformPostId()));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("platforms")
    void refusedCredentialsFailAtOnceWithThePlatformsOwnWords(
            BiFunction<WireMockExtension, MutableClock, StubPlatform> make) {
        StubPlatform platform = make.apply(wire, clock);
        platform.background();
        Outgoing post = scheduled(platform.channel(), "Appeal for witnesses " + UUID.randomUUID());
        platform.answersFirst(platform.unauthorised(), "refused");

        drive(runner(platform), post.publication());

        Publication failed = publication(post.publication());
        assertThat(failed.state()).isEqualTo(PublicationState.FAILED);
        assertThat(failed.text()).isEqualTo(post.text());
        assertThat(platform.createCalls()).isEqualTo(1);
        assertThat(attempts(post.publication())).singleElement().satisfies(a -> {
            assertThat(a.outcome()).isEqualTo(AttemptOutcome.REJECTED);
            assertThat(a.httpStatus()).isEqualTo(401);
        });
        assertThat(events).singleElement().isInstanceOfSatisfying(PublicationFailed.class, event -> {
            assertThat(event.platformMessage()).isEqualTo(failed.failure()).isNotBlank();
            assertThat(event.postReference()).isEqualTo("post-" + post.publication());
        });
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("platforms")
    void aRateLimitIsWaitedOutUntilTheResetTimeThenThePostGoesOut(
            BiFunction<WireMockExtension, MutableClock, StubPlatform> make) {
        StubPlatform platform = make.apply(wire, clock);
        platform.background();
        Outgoing post = scheduled(platform.channel(), "Drink-drive campaign starts today " + UUID.randomUUID());
        Instant reset = clock.instant().plus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.SECONDS);
        platform.answersFirst(platform.rateLimited(reset), "limited");
        platform.acceptsPosts(post, "limited");

        drive(runner(platform), post.publication());

        assertThat(publication(post.publication()).state()).isEqualTo(PublicationState.PUBLISHED);
        List<Attempt> attempts = attempts(post.publication());
        assertThat(attempts)
                .extracting(Attempt::outcome)
                .containsExactly(AttemptOutcome.RATE_LIMITED, AttemptOutcome.PUBLISHED);
        assertThat(attempts.get(1).startedAt()).isAfterOrEqualTo(reset.minusSeconds(60));
        assertThat(attempts.get(1).startedAt())
                .isAfterOrEqualTo(attempts.get(0).startedAt().plus(Duration.ofMinutes(9)));
        assertThat(platform.createCalls()).isEqualTo(2);
    }

    @Test
    void anAttemptLeftUnfinishedByAnInstanceThatDiedIsReadBackBeforeAnythingIsSent() {
        StubPlatform platform = new StubPlatform.X(wire, clock, TIMEOUT);
        Outgoing post = scheduled(Channel.X, "Police dog Rocco retires " + UUID.randomUUID());
        abandonedAttempt(post.publication(), clock.instant().minus(Duration.ofMinutes(10)));
        platform.readBack(post);
        wire.setScenarioState(StubPlatform.SCENARIO, StubPlatform.POSTED);

        drive(runner(platform), post.publication());

        assertThat(publication(post.publication()).state()).isEqualTo(PublicationState.PUBLISHED);
        assertThat(outcomes(post.publication())).containsExactly(AttemptOutcome.FOUND_BY_READ_BACK);
        assertThat(platform.createCalls()).isZero();
    }

    @Test
    void anAttemptStillWithinItsLeaseIsLeftAlone() {
        StubPlatform platform = new StubPlatform.X(wire, clock, TIMEOUT);
        Outgoing post = scheduled(Channel.X, "Still sending " + UUID.randomUUID());
        Instant started = clock.instant().minusSeconds(10);
        abandonedAttempt(post.publication(), started);

        var next = runner(platform).run(force, post.publication());

        assertThat(next).isEqualTo(new PublicationRunner.Next.RunAt(started.plus(SETTINGS.inFlightLease())));
        assertThat(wire.getAllServeEvents()).isEmpty();
    }

    @Test
    void aPostOwnedByAnotherPublicationIsNeverTakenForThisOne() {
        StubPlatform platform = new StubPlatform.X(wire, clock, TIMEOUT);
        String text = "Lock your car, it only takes a second " + UUID.randomUUID();
        Outgoing earlier = scheduled(Channel.X, text);
        platform.readBack(earlier);
        platform.acceptsPosts(earlier, STARTED);
        drive(runner(platform), earlier.publication());
        assertThat(publication(earlier.publication()).platformPostId()).isEqualTo("1001");

        wire.resetAll();
        Outgoing again = scheduled(Channel.X, text);
        wire.stubFor(get("/2/users/me").willReturn(aResponse().withBody("{\"data\":{\"id\":\"42\"}}")));
        wire.stubFor(get(urlPathEqualTo("/2/users/42/tweets"))
                .willReturn(aResponse()
                        .withBody("{\"data\":[{\"id\":\"1001\",\"text\":\"" + text + "\",\"created_at\":\""
                                + clock.instant() + "\"}]}")));
        platform.answersFirst(platform.serverError(), "failed-once");
        wire.stubFor(platform.create()
                .inScenario(StubPlatform.SCENARIO)
                .whenScenarioStateIs("failed-once")
                .willReturn(aResponse().withStatus(201).withBody("{\"data\":{\"id\":\"1002\"}}")));

        drive(runner(platform), again.publication());

        assertThat(publication(again.publication()).platformPostId()).isEqualTo("1002");
        assertThat(outcomes(again.publication()))
                .containsExactly(AttemptOutcome.NOT_FOUND_BY_READ_BACK, AttemptOutcome.PUBLISHED);
    }

    @Test
    void whenReadBackKeepsFailingThePostFailsAsUnconfirmedAndIsNeverSentTwice() {
        StubPlatform platform = new StubPlatform.X(wire, clock, TIMEOUT);
        Outgoing post = scheduled(Channel.X, "Unconfirmed " + UUID.randomUUID());
        platform.postsThenTimesOut(post);
        wire.stubFor(get("/2/users/me")
                .willReturn(aResponse().withStatus(503).withBody("{\"title\":\"Service Unavailable\"}")));

        drive(runner(platform), post.publication());

        Publication failed = publication(post.publication());
        assertThat(failed.state()).isEqualTo(PublicationState.FAILED);
        assertThat(failed.failure()).contains("could not confirm whether this post was published");
        assertThat(outcomes(post.publication())).containsExactly(AttemptOutcome.UNCONFIRMED);
        assertThat(platform.createCalls()).isEqualTo(1);
    }

    @Test
    void afterTheLastRetryThePostFailsWithThePlatformsMessage() {
        StubPlatform platform = new StubPlatform.Mastodon(wire, clock, TIMEOUT);
        Outgoing post = scheduled(Channel.MASTODON, "Keeps failing " + UUID.randomUUID());
        wire.stubFor(platform.create().willReturn(aResponse().withStatus(503).withBody("{\"error\":\"Maintenance\"}")));

        drive(runner(platform), post.publication());

        assertThat(publication(post.publication()).state()).isEqualTo(PublicationState.FAILED);
        assertThat(publication(post.publication()).failure()).isEqualTo("Maintenance");
        assertThat(platform.createCalls()).isEqualTo(SETTINGS.maxAttempts());
        assertThat(events).singleElement().isInstanceOf(PublicationFailed.class);
    }

    @Test
    void aPauseStopsNewAttemptsUntilItEnds() {
        StubPlatform platform = new StubPlatform.X(wire, clock, TIMEOUT);
        Outgoing post = scheduled(Channel.X, "Held by the pause " + UUID.randomUUID());
        platform.readBack(post);
        platform.acceptsPosts(post, STARTED);
        PauseId pause = new PauseId(UUID.randomUUID());
        Tenancy.asForce(
                force,
                () -> transactions.executeWithoutResult(status -> pauses.insert(
                        force,
                        new PauseNotice(
                                pause,
                                Set.of(account),
                                "Major incident",
                                "Jo Bennett",
                                clock.instant(),
                                null,
                                null,
                                null),
                        null)));
        PublicationRunner runner = runner(platform);

        var next = runner.run(force, post.publication());

        assertThat(next)
                .isEqualTo(new PublicationRunner.Next.RunAt(clock.instant().plus(SETTINGS.pausePoll())));
        assertThat(publication(post.publication()).waitingReason()).isEqualTo("Posting is paused: Major incident");
        assertThat(publication(post.publication()).heldByPause()).isEqualTo(pause);
        assertThat(platform.createCalls()).isZero();

        Tenancy.asForce(
                force,
                () -> transactions.executeWithoutResult(
                        status -> pauses.resume(force, pause, null, "Jo Bennett", "Incident over", clock.instant())));
        drive(runner, post.publication());

        assertThat(publication(post.publication()).state()).isEqualTo(PublicationState.PUBLISHED);
        assertThat(platform.createCalls()).isEqualTo(1);
    }

    /** An attempt recorded by an instance that stopped before it wrote down the platform's answer. */
    void abandonedAttempt(PublicationId id, Instant startedAt) {
        Tenancy.asForce(
                force,
                () -> transactions.executeWithoutResult(status -> {
                    Publication publication = publications.lock(force, id).orElseThrow();
                    publications.insertAttempt(
                            force,
                            id,
                            new Attempt(
                                    1, startedAt, null, AttemptOutcome.IN_FLIGHT, null, null, "dead-instance", "h", 0));
                    publication.attempting();
                    publications.save(publication);
                }));
    }
}
