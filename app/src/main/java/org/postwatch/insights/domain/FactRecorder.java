package org.postwatch.insights.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.postwatch.inbox.InboundItemAnswered;
import org.postwatch.inbox.InboundItemEscalated;
import org.postwatch.inbox.InboundItemReceived;
import org.postwatch.inbox.InboundSlaBreached;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.LondonTime;
import org.postwatch.platform.Tenancy;
import org.postwatch.posts.PostSentOut;
import org.postwatch.publishing.PostPublished;
import org.postwatch.publishing.PublicationFailed;
import org.postwatch.publishing.PublishingPaused;
import org.postwatch.publishing.PublishingResumed;
import org.postwatch.review.PostReviewed;
import org.postwatch.safeguard.Category;
import org.postwatch.safeguard.CheckDecisionRecorded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds insights' daily facts from what other modules announce. Runs after their transaction commits, in its own, so
 * counting can never undo what happened; each event is counted once however often it is delivered. Counts only: no
 * words, no names.
 */
@Component
class FactRecorder {

    private static final Logger log = LoggerFactory.getLogger(FactRecorder.class);
    private static final Duration HOUR = Duration.ofHours(1);

    private final FactRepository facts;
    private final TransactionTemplate transactions;

    FactRecorder(FactRepository facts, PlatformTransactionManager transactions) {
        this.facts = facts;
        this.transactions = new TransactionTemplate(transactions);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, LondonTime.ZONE);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PostSentOut event) {
        within(
                event.force(),
                null,
                () -> facts.objectiveOf(
                        event.force(),
                        event.post().toString(),
                        event.objective() == null ? null : event.objective().name()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PostPublished event) {
        within(event.force(), "published:" + event.publication().value(), () -> {
            String objective = event.isReply()
                    ? ""
                    : facts.objectiveOf(event.force(), event.postReference()).orElse("");
            facts.addPublication(
                    event.force(),
                    day(event.at()),
                    event.account(),
                    objective == null ? "" : objective,
                    event.isReply() ? 0 : 1,
                    event.isReply() ? 1 : 0,
                    0);
        });
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PublicationFailed event) {
        within(
                event.force(),
                "failed:" + event.publication().value(),
                () -> facts.addPublication(event.force(), day(event.at()), event.account(), "", 0, 0, 1));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PublishingPaused event) {
        within(
                event.force(),
                null,
                () -> facts.pauseStarted(
                        event.force(),
                        event.pause().value(),
                        event.at(),
                        event.accounts().isEmpty(),
                        event.accounts().size()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PublishingResumed event) {
        within(
                event.force(),
                null,
                () -> facts.pauseEnded(event.force(), event.pause().value(), event.at()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CheckDecisionRecorded event) {
        within(event.force(), "checked:" + event.decision().value(), () -> {
            LocalDate day = day(event.decidedAt());
            String outcome = event.outcome().name();
            facts.addCheck(event.force(), day, outcome, "", 1);
            for (Category category : event.categories()) {
                facts.addCheck(event.force(), day, outcome, category.name(), 1);
            }
        });
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PostReviewed event) {
        within(
                event.force(),
                "reviewed:" + event.post().value() + ":" + event.decidedAt().toEpochMilli(),
                () -> facts.addReview(
                        event.force(),
                        day(event.decidedAt()),
                        event.decision().name(),
                        event.officeTime().toSeconds(),
                        event.overdue()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(InboundItemReceived event) {
        within(event.force(), "received:" + event.item(), () -> {
            LocalDate day = day(event.receivedAt());
            facts.addInbound(event.force(), day, event.account(), 1, 0, 0, 0, 0, 0, 0, 0);
            facts.addInboundCategory(event.force(), day, event.category().name(), 1, 0);
        });
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(InboundItemAnswered event) {
        within(event.force(), "answered:" + event.item(), () -> {
            Duration taken = event.timeToFirstResponse().isNegative() ? Duration.ZERO : event.timeToFirstResponse();
            facts.addInbound(
                    event.force(),
                    day(event.receivedAt()),
                    event.account(),
                    0,
                    1,
                    event.response() == InboundItemAnswered.Response.REPLIED ? 1 : 0,
                    taken.toSeconds(),
                    taken.compareTo(HOUR) <= 0 ? 1 : 0,
                    event.slaBreached() ? 1 : 0,
                    0,
                    0);
        });
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(InboundItemEscalated event) {
        within(event.force(), "escalated:" + event.item(), () -> {
            LocalDate day = day(event.at());
            facts.addInbound(event.force(), day, event.account(), 0, 0, 0, 0, 0, 0, 1, 0);
            facts.addInboundCategory(event.force(), day, event.category().name(), 0, 1);
        });
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(InboundSlaBreached event) {
        within(
                event.force(),
                "breached:" + event.item(),
                () -> facts.addInbound(event.force(), day(event.dueAt()), event.account(), 0, 0, 0, 0, 0, 0, 0, 1));
    }

    /** Counts in the event's force; once only when {@code key} names the event, always when it is null. */
    private void within(ForceId force, String key, Runnable work) {
        try {
            Tenancy.asForce(
                    force,
                    () -> transactions.executeWithoutResult(status -> {
                        if (key == null || facts.firstTime(force, key)) {
                            work.run();
                        }
                    }));
        } catch (RuntimeException e) {
            log.error("Insights could not count an event ({})", key, e);
        }
    }
}
