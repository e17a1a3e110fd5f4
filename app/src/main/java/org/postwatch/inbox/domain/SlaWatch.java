package org.postwatch.inbox.domain;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.postwatch.audit.Actor;
import org.postwatch.audit.AuditTrail;
import org.postwatch.inbox.InboundSlaBreached;
import org.postwatch.platform.Tenancy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Marks items whose deadline passed with no response, once each, and announces {@link InboundSlaBreached}. */
@Component
public class SlaWatch {

    private final ItemRepository items;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SlaWatch(
            ItemRepository items,
            AuditTrail audit,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock) {
        this.items = items;
        this.audit = audit;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Returns how many items were newly marked as breached. */
    public int markBreaches() {
        List<ItemRepository.Overdue> overdue =
                Tenancy.asSystem(() -> transactions.execute(s -> items.overdue(clock.instant(), 500)));
        int marked = 0;
        for (ItemRepository.Overdue o : overdue) {
            Boolean done = Tenancy.asForce(
                    o.force(),
                    () -> transactions.execute(s -> items.lock(o.force(), o.item())
                            .filter(Item::markBreached)
                            .map(item -> {
                                items.save(item);
                                audit.recordFor(
                                        o.force(),
                                        Actor.system(),
                                        InboxActions.SLA_BREACHED,
                                        InboxActions.ITEM,
                                        item.id(),
                                        null,
                                        Map.of(
                                                "category", item.category().name(),
                                                "dueAt", item.slaDueAt().toString()));
                                events.publishEvent(new InboundSlaBreached(
                                        item.id(), o.force(), item.account(), item.category(), item.slaDueAt()));
                                return true;
                            })
                            .orElse(false)));
            if (Boolean.TRUE.equals(done)) {
                marked++;
            }
        }
        return marked;
    }
}
