package org.postwatch.conduct.domain;

import java.time.Clock;
import java.util.Map;
import org.postwatch.audit.Actor;
import org.postwatch.audit.AuditTrail;
import org.postwatch.conduct.AccountSuspensionLifted;
import org.postwatch.conduct.AccountSuspensionRequested;
import org.postwatch.conduct.PostingSuspensionImposed;
import org.postwatch.conduct.PostingSuspensionLifted;
import org.postwatch.platform.BusinessRuleException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Imposes and lifts interim measures: records, history, audit and the events that make them take effect. */
@Component
class MeasureRecords {

    private final InterimMeasureRepository measures;
    private final CaseHistory history;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MeasureRecords(
            InterimMeasureRepository measures,
            CaseHistory history,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.measures = measures;
        this.history = history;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    InterimMeasure suspendPosting(ConductCase on, String reason, Actor by) {
        boolean alreadySuspended = measures.of(on.force(), on.id()).stream()
                .anyMatch(m -> m.isActive() && m.kind() == InterimMeasure.Kind.POSTING_SUSPENSION);
        if (alreadySuspended) {
            throw new BusinessRuleException("Posting rights are already suspended in this case");
        }
        InterimMeasure measure = InterimMeasure.suspendPosting(on, reason, by, clock.instant());
        measures.insert(measure, by.staffId());
        recordImposed(on, measure, by);
        events.publishEvent(
                new PostingSuspensionImposed(on.subject().staffId(), on.force(), measure.reason(), on.reference()));
        return measure;
    }

    InterimMeasure suspendAccount(ConductCase on, String account, String reason, Actor by) {
        InterimMeasure measure = InterimMeasure.suspendAccount(on, account, reason, by, clock.instant());
        boolean alreadySuspended = measures.of(on.force(), on.id()).stream()
                .anyMatch(m -> m.isActive()
                        && m.kind() == InterimMeasure.Kind.ACCOUNT_SUSPENSION
                        && m.account().equalsIgnoreCase(measure.account()));
        if (alreadySuspended) {
            throw new BusinessRuleException("The account " + measure.account() + " is already suspended in this case");
        }
        measures.insert(measure, by.staffId());
        recordImposed(on, measure, by);
        events.publishEvent(
                new AccountSuspensionRequested(on.force(), measure.account(), measure.reason(), on.reference()));
        return measure;
    }

    void lift(ConductCase on, InterimMeasure measure, String reason, Actor by) {
        measure.lift(reason, by, clock.instant());
        measures.saveLifted(measure);
        history.add(on.force(), on.id(), by, measure.kind().label() + ": lifted", measure.liftReason());
        audit.recordFor(
                on.force(),
                by,
                ConductActions.MEASURE_LIFTED,
                "conduct-measure",
                measure.id(),
                measure.liftReason(),
                Map.of("case", on.reference(), "kind", measure.kind().name()));
        switch (measure.kind()) {
            case POSTING_SUSPENSION ->
                events.publishEvent(new PostingSuspensionLifted(
                        measure.subject(), on.force(), measure.liftReason(), on.reference()));
            case ACCOUNT_SUSPENSION ->
                events.publishEvent(new AccountSuspensionLifted(
                        on.force(), measure.account(), measure.liftReason(), on.reference()));
        }
    }

    private void recordImposed(ConductCase on, InterimMeasure measure, Actor by) {
        String what = measure.kind() == InterimMeasure.Kind.POSTING_SUSPENSION
                ? "Posting rights suspended"
                : "Account " + measure.account() + " suspended";
        history.add(on.force(), on.id(), by, what, measure.reason());
        audit.recordFor(
                on.force(),
                by,
                ConductActions.MEASURE_IMPOSED,
                "conduct-measure",
                measure.id(),
                measure.reason(),
                Map.of(
                        "case", on.reference(),
                        "kind", measure.kind().name(),
                        "target", measure.subject() != null ? measure.subject().toString() : measure.account()));
    }
}
