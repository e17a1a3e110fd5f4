package org.postwatch.publishing.outbox;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.postwatch.audit.Actor;
import org.postwatch.audit.AuditTrail;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.LondonTime;
import org.postwatch.platform.Tenancy;
import org.postwatch.publishing.AttemptOutcome;
import org.postwatch.publishing.MediaItem;
import org.postwatch.publishing.PauseNotice;
import org.postwatch.publishing.PostPublished;
import org.postwatch.publishing.PublicationFailed;
import org.postwatch.publishing.PublicationId;
import org.postwatch.publishing.connector.ChannelConnector;
import org.postwatch.publishing.connector.Outgoing;
import org.postwatch.publishing.connector.PlatformPost;
import org.postwatch.publishing.connector.PublishResult;
import org.postwatch.publishing.connector.ReadBack;
import org.postwatch.publishing.domain.AccountHolds;
import org.postwatch.publishing.domain.Attempt;
import org.postwatch.publishing.domain.PauseRepository;
import org.postwatch.publishing.domain.Publication;
import org.postwatch.publishing.domain.PublicationRepository;
import org.postwatch.publishing.domain.PublishingActions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One run of the outbox for one publication: the exactly-once protocol (docs/publishing.md).
 *
 * <ol>
 *   <li>In one committed transaction: lock the publication; if an earlier attempt is unresolved, go to read-back; else
 *       check the pause and the account's rate-limit hold, then record a new attempt (number, time, content hash,
 *       instance) before any call.
 *   <li>Call the platform once, outside any transaction.
 *   <li>In a second transaction: record what the platform said. An ambiguous answer (or an attempt left unfinished by
 *       an instance that died) is never retried until read-back has looked for the post.
 * </ol>
 *
 * Safe to run again at any point: every decision is taken from what the database says, under the row lock.
 */
@Component
public class PublicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PublicationRunner.class);

    /** What the scheduler should do after a run. */
    public sealed interface Next {

        /** Nothing more to do: published, failed, cancelled or gone. */
        record Done() implements Next {}

        /** Run again at this time. */
        record RunAt(Instant at) implements Next {}
    }

    private sealed interface Step {}

    private record Stop(Next next) implements Step {}

    private record Send(Publication publication, Attempt attempt, Outgoing outgoing) implements Step {}

    private record Check(Publication publication, Attempt attempt, Outgoing outgoing) implements Step {}

    private final PublicationRepository publications;
    private final PauseRepository pauses;
    private final AccountHolds holds;
    private final Connectors connectors;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final OutboxSettings settings;
    private final Clock clock;
    private final String instance;
    private final java.time.Duration readBackSkew;

    public PublicationRunner(
            PublicationRepository publications,
            PauseRepository pauses,
            AccountHolds holds,
            Connectors connectors,
            AuditTrail audit,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            OutboxSettings settings,
            org.postwatch.publishing.connector.ConnectorSettings connectorSettings,
            Clock clock,
            OutboxInstance instance) {
        this.publications = publications;
        this.pauses = pauses;
        this.holds = holds;
        this.connectors = connectors;
        this.audit = audit;
        this.events = events;
        this.transactions = transactions;
        this.settings = settings;
        this.readBackSkew = connectorSettings.readBackSkew();
        this.clock = clock;
        this.instance = instance.name();
    }

    public Next run(ForceId force, PublicationId id) {
        return Tenancy.asForce(force, () -> {
            Step step = transactions.execute(status -> decide(force, id));
            return switch (step) {
                case Stop(Next next) -> next;
                case Send send -> send(send);
                case Check check -> check(check);
            };
        });
    }

    private Step decide(ForceId force, PublicationId id) {
        Optional<Publication> found = publications.lock(force, id);
        if (found.isEmpty()) {
            log.warn("Publication {} was not found: nothing to publish", id);
            return new Stop(new Next.Done());
        }
        Publication publication = found.get();
        if (publication.state().isFinal()) {
            return new Stop(new Next.Done());
        }
        Instant now = now();
        List<Attempt> attempts = publications.attempts(force, id);
        Attempt last = attempts.isEmpty() ? null : attempts.getLast();
        if (last != null && !last.outcome().resolved()) {
            Instant leaseEnds = last.startedAt().plus(settings.inFlightLease());
            if (last.outcome() == AttemptOutcome.IN_FLIGHT && leaseEnds.isAfter(now)) {
                // Another run may still be waiting for the platform: leave it alone until its lease ends.
                return new Stop(new Next.RunAt(leaseEnds));
            }
            if (publication.nextAttemptAt() != null
                    && publication.nextAttemptAt().isAfter(now)) {
                return new Stop(new Next.RunAt(publication.nextAttemptAt()));
            }
            return new Check(
                    publication, last, outgoing(publication, attempts.getFirst().startedAt()));
        }
        if (publication.nextAttemptAt() != null && publication.nextAttemptAt().isAfter(now)) {
            return new Stop(new Next.RunAt(publication.nextAttemptAt()));
        }
        pauses.lockShared(force);
        Optional<PauseNotice> pause = pauses.active(force).stream()
                .filter(p -> p.covers(publication.account()))
                .findFirst();
        if (pause.isPresent()) {
            Instant recheck = now.plus(settings.pausePoll());
            if (!pause.get().id().equals(publication.heldByPause())) {
                log.info("Publication {} is held by pause {}", id, pause.get().id());
            }
            publication.holdFor(
                    pause.get().id(),
                    recheck,
                    "Posting is paused: " + pause.get().reason());
            publications.save(publication);
            return new Stop(new Next.RunAt(recheck));
        }
        Optional<AccountHolds.Hold> hold = holds.find(force, publication.account());
        if (hold.isPresent() && hold.get().until().isAfter(now)) {
            publication.waitUntil(hold.get().until(), hold.get().reason());
            publications.save(publication);
            return new Stop(new Next.RunAt(hold.get().until()));
        }
        if (!attempts.isEmpty()
                && attempts.getFirst().startedAt().plus(settings.giveUpAfter()).isBefore(now)) {
            fail(
                    publication,
                    "Gave up: still not published " + settings.giveUpAfter().toHours()
                            + " hours after the first try. Last answer: " + lastMessage(attempts),
                    now);
            return new Stop(new Next.Done());
        }
        Attempt attempt = new Attempt(
                attempts.size() + 1,
                now,
                null,
                AttemptOutcome.IN_FLIGHT,
                null,
                null,
                instance,
                publication.contentHash(),
                0);
        publications.insertAttempt(force, id, attempt);
        publication.attempting();
        publications.save(publication);
        Instant firstAttemptAt = attempts.isEmpty() ? now : attempts.getFirst().startedAt();
        return new Send(publication, attempt, outgoing(publication, firstAttemptAt));
    }

    private Next send(Send send) {
        Publication publication = send.publication();
        Optional<ChannelConnector> connector = connectors.forChannel(publication.channel());
        PublishResult result;
        if (connector.isEmpty()) {
            result = new PublishResult.Rejected(
                    null,
                    "Postwatch has no connector for " + publication.channel().label());
        } else {
            try {
                Map<String, String> credentials =
                        connectors.credentialsFor(publication.account(), publication.channel());
                result = call(connector.get(), send.outgoing(), credentials);
            } catch (Connectors.CredentialsUnavailable e) {
                return transactions.execute(
                        status -> finishWithoutCall(publication.id(), send.attempt(), e.getMessage()));
            }
        }
        PublishResult answer = result;
        return transactions.execute(status -> record(publication.force(), publication.id(), send.attempt(), answer));
    }

    private static PublishResult call(ChannelConnector connector, Outgoing outgoing, Map<String, String> credentials) {
        try {
            return connector.publish(outgoing, credentials);
        } catch (RuntimeException e) {
            // A connector that throws may have got as far as posting: treat it like no answer.
            log.warn("Connector for {} failed unexpectedly", connector.channel(), e);
            return new PublishResult.Ambiguous(null, "Unexpected error while publishing: " + e.getMessage());
        }
    }

    private Next finishWithoutCall(PublicationId id, Attempt attempt, String message) {
        Publication publication = publications.lock(Tenancy.requireForce(), id).orElseThrow();
        Instant now = now();
        publications.finishAttempt(
                publication.force(), id, attempt.number(), AttemptOutcome.NO_CREDENTIALS, null, message, now);
        if (!publication.state().isFinal()) {
            fail(publication, message, now);
        }
        return new Next.Done();
    }

    private Next record(ForceId force, PublicationId id, Attempt attempt, PublishResult result) {
        Publication publication = publications.lock(force, id).orElseThrow();
        Instant now = now();
        boolean stillOurs = publications.attempts(force, id).stream()
                .anyMatch(a -> a.number() == attempt.number() && a.outcome() == AttemptOutcome.IN_FLIGHT);
        if (!stillOurs || publication.state().isFinal()) {
            // Another run took over after our lease ran out; it has read back and decided. Its word stands.
            log.warn(
                    "Attempt {} of {} was taken over before its answer ({}) was recorded",
                    attempt.number(),
                    id,
                    result);
            return publication.state().isFinal() ? new Next.Done() : new Next.RunAt(now);
        }
        List<Attempt> attempts = publications.attempts(force, id);
        return switch (result) {
            case PublishResult.Published(String postId, String url) -> {
                publications.finishAttempt(force, id, attempt.number(), AttemptOutcome.PUBLISHED, null, null, now);
                published(publication, postId, url, now);
                yield new Next.Done();
            }
            case PublishResult.Rejected(Integer status, String message) -> {
                publications.finishAttempt(force, id, attempt.number(), AttemptOutcome.REJECTED, status, message, now);
                fail(publication, message, now);
                yield new Next.Done();
            }
            case PublishResult.RateLimited(Instant until, Integer status, String message) -> {
                publications.finishAttempt(
                        force, id, attempt.number(), AttemptOutcome.RATE_LIMITED, status, message, now);
                String reason = "Rate limited by " + publication.channel().label() + " until "
                        + new LondonTime().dateTime(until) + ": " + message;
                holds.hold(force, publication.account(), publication.channel(), until, reason);
                publication.waitUntil(until, reason);
                publications.save(publication);
                attemptFailed(publication, attempt, AttemptOutcome.RATE_LIMITED, message);
                yield new Next.RunAt(until);
            }
            case PublishResult.RetryableError(Integer status, String message) -> {
                publications.finishAttempt(
                        force, id, attempt.number(), AttemptOutcome.RETRYABLE_ERROR, status, message, now);
                yield retryOrFail(publication, attempt, attempts, AttemptOutcome.RETRYABLE_ERROR, message, now);
            }
            case PublishResult.Ambiguous(Integer status, String message) -> {
                publications.finishAttempt(force, id, attempt.number(), AttemptOutcome.AMBIGUOUS, status, message, now);
                Instant checkAt = now.plus(settings.readBackDelay());
                publication.checkingAt(
                        checkAt,
                        "No clear answer from " + publication.channel().label()
                                + ": checking whether it was published before trying again");
                publications.save(publication);
                attemptFailed(publication, attempt, AttemptOutcome.AMBIGUOUS, message);
                yield new Next.RunAt(checkAt);
            }
        };
    }

    private Next check(Check check) {
        Publication publication = check.publication();
        Optional<ChannelConnector> connector = connectors.forChannel(publication.channel());
        ReadBack readBack;
        Optional<PlatformPost> match = Optional.empty();
        if (connector.isEmpty()) {
            readBack = new ReadBack.Unavailable(
                    null,
                    "Postwatch has no connector for " + publication.channel().label());
        } else {
            Instant since = check.outgoing().firstAttemptAt().minus(readBackSkew);
            try {
                Map<String, String> credentials =
                        connectors.credentialsFor(publication.account(), publication.channel());
                readBack = connector.get().recentPosts(check.outgoing(), credentials, since);
            } catch (Connectors.CredentialsUnavailable e) {
                readBack = new ReadBack.Unavailable(null, e.getMessage());
            } catch (RuntimeException e) {
                log.warn("Read-back for {} failed unexpectedly", publication.channel(), e);
                readBack = new ReadBack.Unavailable(null, "Unexpected error while reading back: " + e.getMessage());
            }
            if (readBack instanceof ReadBack.Listed(List<PlatformPost> posts)) {
                match = ReadBackMatch.find(
                        posts,
                        connector.get().marker(check.outgoing()),
                        publication.text(),
                        since,
                        postId -> publications.claimedByAnother(publication.account(), postId, publication.id()));
            }
        }
        ReadBack answer = readBack;
        Optional<PlatformPost> found = match;
        return transactions.execute(
                status -> resolve(publication.force(), publication.id(), check.attempt(), answer, found));
    }

    private Next resolve(
            ForceId force, PublicationId id, Attempt attempt, ReadBack readBack, Optional<PlatformPost> found) {
        Publication publication = publications.lock(force, id).orElseThrow();
        Instant now = now();
        List<Attempt> attempts = publications.attempts(force, id);
        boolean stillOpen = attempts.stream()
                .anyMatch(a -> a.number() == attempt.number() && !a.outcome().resolved());
        if (!stillOpen || publication.state().isFinal()) {
            return publication.state().isFinal() ? new Next.Done() : new Next.RunAt(now);
        }
        String earlier = attempt.outcome() == AttemptOutcome.IN_FLIGHT
                ? "The instance making this attempt stopped before it recorded the answer"
                : attempt.platformMessage();
        if (found.isPresent()) {
            PlatformPost post = found.get();
            publications.finishAttempt(
                    force,
                    id,
                    attempt.number(),
                    AttemptOutcome.FOUND_BY_READ_BACK,
                    attempt.httpStatus(),
                    join(earlier, "found on the account by read-back"),
                    now);
            published(publication, post.id(), post.url(), now);
            return new Next.Done();
        }
        if (readBack instanceof ReadBack.Unavailable(Integer status, String message)) {
            int tries = attempt.readBackTries() + 1;
            if (tries >= settings.maxReadBackTries()) {
                publications.finishAttempt(
                        force,
                        id,
                        attempt.number(),
                        AttemptOutcome.UNCONFIRMED,
                        attempt.httpStatus(),
                        join(earlier, "read-back failed: " + message),
                        now);
                fail(
                        publication,
                        "Postwatch could not confirm whether this post was published (" + message
                                + "). Check the account before posting it again.",
                        now);
                return new Next.Done();
            }
            publications.readBackTried(force, id, attempt.number(), join(earlier, "read-back failed: " + message));
            Instant checkAt = now.plus(settings.readBackDelay().multipliedBy(1L << Math.min(tries, 10)));
            publication.checkingAt(
                    checkAt,
                    "Could not yet check " + publication.channel().label() + " for the post (" + message
                            + "): nothing is sent again until it has been checked");
            publications.save(publication);
            return new Next.RunAt(checkAt);
        }
        publications.finishAttempt(
                force,
                id,
                attempt.number(),
                AttemptOutcome.NOT_FOUND_BY_READ_BACK,
                attempt.httpStatus(),
                join(earlier, "not found on the account by read-back"),
                now);
        return retryOrFail(
                publication,
                attempt,
                publications.attempts(force, id),
                AttemptOutcome.NOT_FOUND_BY_READ_BACK,
                earlier,
                now);
    }

    private Next retryOrFail(
            Publication publication,
            Attempt attempt,
            List<Attempt> attempts,
            AttemptOutcome outcome,
            String message,
            Instant now) {
        long tries = attempts.stream().filter(Attempt::countsAsTry).count();
        if (tries >= settings.maxAttempts()) {
            fail(publication, message, now);
            return new Next.Done();
        }
        Instant retryAt = now.plus(settings.backoff(tries));
        publication.waitUntil(retryAt, "Trying again at " + new LondonTime().dateTime(retryAt) + " after: " + message);
        publications.save(publication);
        attemptFailed(publication, attempt, outcome, message);
        return new Next.RunAt(retryAt);
    }

    private void published(Publication publication, String postId, String url, Instant now) {
        publication.published(postId, url, now);
        publications.save(publication);
        audit.recordFor(
                publication.force(),
                Actor.system(),
                PublishingActions.PUBLISHED,
                "publication",
                publication.id(),
                null,
                Map.of(
                        "post", publication.postReference(),
                        "channel", publication.channel().name(),
                        "handle", publication.handle(),
                        "platformPostId", postId));
        events.publishEvent(new PostPublished(
                publication.id(),
                publication.force(),
                publication.postReference(),
                publication.account(),
                publication.channel(),
                postId,
                url,
                publication.replyTo(),
                now));
    }

    private void fail(Publication publication, String message, Instant now) {
        String reason = message == null || message.isBlank() ? "The platform refused the post" : message;
        publication.failed(reason, now);
        publications.save(publication);
        audit.recordFor(
                publication.force(),
                Actor.system(),
                PublishingActions.FAILED,
                "publication",
                publication.id(),
                reason,
                Map.of(
                        "post", publication.postReference(),
                        "channel", publication.channel().name(),
                        "handle", publication.handle()));
        events.publishEvent(new PublicationFailed(
                publication.id(),
                publication.force(),
                publication.postReference(),
                publication.account(),
                publication.channel(),
                reason,
                now));
    }

    private void attemptFailed(Publication publication, Attempt attempt, AttemptOutcome outcome, String message) {
        audit.recordFor(
                publication.force(),
                Actor.system(),
                PublishingActions.ATTEMPT_FAILED,
                "publication",
                publication.id(),
                message,
                Map.of("attempt", String.valueOf(attempt.number()), "outcome", outcome.name()));
    }

    private Outgoing outgoing(Publication publication, Instant firstAttemptAt) {
        List<MediaItem> media = publications.media(publication.force(), publication.id());
        return new Outgoing(
                publication.id(),
                publication.force(),
                publication.account(),
                publication.handle(),
                publication.text(),
                media,
                publication.replyTo(),
                publication.id().toString(),
                firstAttemptAt);
    }

    private static String lastMessage(List<Attempt> attempts) {
        for (int i = attempts.size() - 1; i >= 0; i--) {
            if (attempts.get(i).platformMessage() != null) {
                return attempts.get(i).platformMessage();
            }
        }
        return "none";
    }

    private static String join(String first, String second) {
        return first == null || first.isBlank() ? second : first + "; " + second;
    }

    /** PostgreSQL keeps microseconds: work with exactly what is stored, so times read back compare equal. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
