package org.postwatch.inbox;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.postwatch.audit.Actor;
import org.postwatch.audit.AuditTrail;
import org.postwatch.inbox.domain.InboxActions;
import org.postwatch.inbox.domain.ItemRepository;
import org.postwatch.inbox.domain.ReplyRepository;
import org.postwatch.platform.LondonTime;
import org.postwatch.platform.Tenancy;
import org.postwatch.publishing.PostPublished;
import org.postwatch.publishing.PublicationFailed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Follows replies out: publishing says a reply is on the platform (the item is answered; the first response is
 * announced) or failed (the item goes back to the desk with the platform's words; the text is kept for a retry).
 * Also counts broadcast posts per account and day for the dialogue ratio. Runs after publishing commits, in its own
 * transaction.
 */
@Component
class ReplyOutcomes {

    private static final Logger log = LoggerFactory.getLogger(ReplyOutcomes.class);

    private final ReplyRepository replies;
    private final ItemRepository items;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    ReplyOutcomes(
            ReplyRepository replies,
            ItemRepository items,
            AuditTrail audit,
            ApplicationEventPublisher events,
            JdbcClient jdbc,
            PlatformTransactionManager transactions) {
        this.replies = replies;
        this.items = items;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PostPublished event) {
        try {
            Tenancy.asForce(
                    event.force(),
                    () -> transactions.executeWithoutResult(status -> {
                        if (!event.postReference().startsWith("inbox-reply:")) {
                            if (!event.isReply()) {
                                countBroadcast(event);
                            }
                            return;
                        }
                        replies.byPublication(event.force(), event.publication().value())
                                .ifPresent(reply -> {
                                    if (reply.state() == InboxReply.State.PUBLISHED) {
                                        return;
                                    }
                                    replies.update(
                                            event.force(),
                                            reply.id(),
                                            InboxReply.State.PUBLISHED,
                                            reply.attempt(),
                                            reply.publication(),
                                            null,
                                            null,
                                            null,
                                            event.at(),
                                            event.platformPostId(),
                                            event.url());
                                    items.lock(event.force(), reply.item()).ifPresent(item -> {
                                        InboundItemAnswered answered =
                                                item.replied(event.at().truncatedTo(ChronoUnit.MICROS));
                                        items.save(item);
                                        audit.recordFor(
                                                event.force(),
                                                Actor.system(),
                                                InboxActions.REPLY_PUBLISHED,
                                                InboxActions.ITEM,
                                                reply.item(),
                                                null,
                                                event.url() == null
                                                        ? Map.of(
                                                                "reply",
                                                                reply.id().toString())
                                                        : Map.of(
                                                                "reply",
                                                                reply.id().toString(),
                                                                "url",
                                                                event.url()));
                                        if (answered != null) {
                                            events.publishEvent(answered);
                                        }
                                    });
                                });
                    }));
        } catch (RuntimeException e) {
            log.error("Could not record that inbox reply {} was published", event.postReference(), e);
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PublicationFailed event) {
        if (!event.postReference().startsWith("inbox-reply:")) {
            return;
        }
        try {
            Tenancy.asForce(
                    event.force(),
                    () -> transactions.executeWithoutResult(status -> replies.byPublication(
                                    event.force(), event.publication().value())
                            .ifPresent(reply -> {
                                replies.update(
                                        event.force(),
                                        reply.id(),
                                        InboxReply.State.FAILED,
                                        reply.attempt(),
                                        reply.publication(),
                                        event.platformMessage(),
                                        null,
                                        null,
                                        null,
                                        null,
                                        null);
                                items.lock(event.force(), reply.item()).ifPresent(item -> {
                                    item.replyStopped();
                                    items.save(item);
                                });
                                audit.recordFor(
                                        event.force(),
                                        Actor.system(),
                                        InboxActions.REPLY_FAILED,
                                        InboxActions.ITEM,
                                        reply.item(),
                                        event.platformMessage(),
                                        Map.of("reply", reply.id().toString()));
                            })));
        } catch (RuntimeException e) {
            log.error("Could not record that inbox reply {} failed", event.postReference(), e);
        }
    }

    private void countBroadcast(PostPublished event) {
        LocalDate day = LocalDate.ofInstant(event.at(), LondonTime.ZONE);
        jdbc.sql("""
                        insert into inbox.broadcast_day (force_id, account_id, day, posts) values (?, ?, ?, 1)
                        on conflict (force_id, account_id, day) do update set posts = inbox.broadcast_day.posts + 1
                        """).params(event.force().value(), event.account(), day).update();
    }
}
