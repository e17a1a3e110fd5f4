package org.postwatch.publishing.outbox;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import org.postwatch.audit.Actor;
import org.postwatch.audit.AuditTrail;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.LondonTime;
import org.postwatch.platform.Tenancy;
import org.postwatch.publishing.PostTakenDown;
import org.postwatch.publishing.PublicationId;
import org.postwatch.publishing.TakedownFailed;
import org.postwatch.publishing.connector.ChannelConnector;
import org.postwatch.publishing.connector.PostOnPlatform;
import org.postwatch.publishing.connector.TakedownResult;
import org.postwatch.publishing.domain.Publication;
import org.postwatch.publishing.domain.PublicationRepository;
import org.postwatch.publishing.domain.PublishingActions;
import org.postwatch.publishing.domain.Takedown;
import org.postwatch.publishing.domain.TakedownRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One run of the outbox for one takedown: count the try and commit, call the platform once outside any transaction,
 * record the answer. Deleting is safe to repeat (a post already gone counts as removed), so a run revived after an
 * instance died simply calls again; what matters is that the takedown finishes once, and it does, under the row lock.
 * A critical-incident pause does not hold takedowns: removing a post is what an incident may need.
 */
@Component
public class TakedownRunner {

    private static final Logger log = LoggerFactory.getLogger(TakedownRunner.class);

    private record Call(Publication publication, PostOnPlatform post) {}

    private final TakedownRepository takedowns;
    private final PublicationRepository publications;
    private final Connectors connectors;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final OutboxSettings settings;
    private final Clock clock;

    public TakedownRunner(
            TakedownRepository takedowns,
            PublicationRepository publications,
            Connectors connectors,
            AuditTrail audit,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            OutboxSettings settings,
            Clock clock) {
        this.takedowns = takedowns;
        this.publications = publications;
        this.connectors = connectors;
        this.audit = audit;
        this.events = events;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    public PublicationRunner.Next run(ForceId force, PublicationId id) {
        return Tenancy.asForce(force, () -> {
            Object step = transactions.execute(status -> decide(force, id));
            if (step instanceof PublicationRunner.Next next) {
                return next;
            }
            Call call = (Call) step;
            TakedownResult result = call(call);
            return transactions.execute(status -> record(force, id, result));
        });
    }

    private Object decide(ForceId force, PublicationId id) {
        Optional<Takedown> found = takedowns.lock(force, id);
        if (found.isEmpty() || found.get().finished()) {
            return new PublicationRunner.Next.Done();
        }
        Takedown takedown = found.get();
        Instant now = now();
        if (takedown.nextAttemptAt() != null && takedown.nextAttemptAt().isAfter(now)) {
            return new PublicationRunner.Next.RunAt(takedown.nextAttemptAt());
        }
        Publication publication = publications.find(force, id).orElseThrow();
        takedown.trying();
        takedowns.save(takedown);
        return new Call(
                publication,
                new PostOnPlatform(
                        id, force, publication.account(), publication.handle(), publication.platformPostId()));
    }

    private TakedownResult call(Call call) {
        Publication publication = call.publication();
        Optional<ChannelConnector> connector = connectors.forChannel(publication.channel());
        if (connector.isEmpty()) {
            return new TakedownResult.Refused(
                    null,
                    "Postwatch has no connector for " + publication.channel().label());
        }
        try {
            Map<String, String> credentials = connectors.credentialsFor(publication.account(), publication.channel());
            return connector.get().takeDown(call.post(), credentials);
        } catch (Connectors.CredentialsUnavailable e) {
            return new TakedownResult.Refused(null, e.getMessage());
        } catch (RuntimeException e) {
            log.warn("Takedown on {} failed unexpectedly", publication.channel(), e);
            return new TakedownResult.TryAgain(null, "Unexpected error while taking the post down: " + e.getMessage());
        }
    }

    private PublicationRunner.Next record(ForceId force, PublicationId id, TakedownResult result) {
        Takedown takedown = takedowns.lock(force, id).orElseThrow();
        if (takedown.finished()) {
            return new PublicationRunner.Next.Done();
        }
        Publication publication = publications.find(force, id).orElseThrow();
        Instant now = now();
        return switch (result) {
            case TakedownResult.Removed(boolean gone) -> {
                takedown.removed(gone, now);
                takedowns.save(takedown);
                audit.recordFor(
                        force,
                        Actor.system(),
                        PublishingActions.TAKEN_DOWN,
                        "publication",
                        id,
                        takedown.reason(),
                        Map.of(
                                "post", publication.postReference(),
                                "channel", publication.channel().name(),
                                "platformPostId", publication.platformPostId(),
                                "alreadyGone", String.valueOf(gone),
                                "tries", String.valueOf(takedown.tries())));
                events.publishEvent(new PostTakenDown(
                        id,
                        force,
                        publication.postReference(),
                        publication.account(),
                        publication.channel(),
                        publication.platformPostId(),
                        gone,
                        now));
                yield new PublicationRunner.Next.Done();
            }
            case TakedownResult.Refused(Integer status, String message) -> {
                fail(takedown, publication, status, message, now);
                yield new PublicationRunner.Next.Done();
            }
            case TakedownResult.RateLimited(Instant until, Integer status, String message) -> {
                String reason = "Rate limited by " + publication.channel().label() + " until "
                        + new LondonTime().dateTime(until) + ": " + message;
                takedown.retryAt(until, status, reason);
                takedowns.save(takedown);
                attemptFailed(takedown, status, message);
                yield new PublicationRunner.Next.RunAt(until);
            }
            case TakedownResult.TryAgain(Integer status, String message) -> {
                if (takedown.tries() >= settings.maxAttempts()) {
                    fail(takedown, publication, status, message, now);
                    yield new PublicationRunner.Next.Done();
                }
                Instant retryAt = now.plus(settings.backoff(takedown.tries()));
                takedown.retryAt(retryAt, status, message);
                takedowns.save(takedown);
                attemptFailed(takedown, status, message);
                yield new PublicationRunner.Next.RunAt(retryAt);
            }
        };
    }

    private void fail(Takedown takedown, Publication publication, Integer status, String message, Instant now) {
        String reason = message == null || message.isBlank() ? "The platform refused to delete the post" : message;
        takedown.failed(status, reason, now);
        takedowns.save(takedown);
        audit.recordFor(
                takedown.force(),
                Actor.system(),
                PublishingActions.TAKEDOWN_FAILED,
                "publication",
                takedown.publication(),
                reason,
                Map.of(
                        "post", publication.postReference(),
                        "channel", publication.channel().name(),
                        "tries", String.valueOf(takedown.tries())));
        events.publishEvent(new TakedownFailed(
                takedown.publication(),
                takedown.force(),
                publication.postReference(),
                publication.account(),
                publication.channel(),
                reason,
                now));
    }

    private void attemptFailed(Takedown takedown, Integer status, String message) {
        audit.recordFor(
                takedown.force(),
                Actor.system(),
                PublishingActions.TAKEDOWN_ATTEMPT_FAILED,
                "publication",
                takedown.publication(),
                message,
                Map.of(
                        "try",
                        String.valueOf(takedown.tries()),
                        "httpStatus",
                        status == null ? "none" : String.valueOf(status)));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
