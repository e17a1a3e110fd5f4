package org.postwatch.conduct.domain;

import java.time.Clock;
import java.util.Map;
import org.postwatch.accounts.AccountId;
import org.postwatch.accounts.AccountRegister;
import org.postwatch.accounts.PostingRights;
import org.postwatch.accounts.PostingSuspension;
import org.postwatch.audit.Actor;
import org.postwatch.audit.AuditTrail;
import org.postwatch.conduct.AccountSuspensionLifted;
import org.postwatch.conduct.AccountSuspensionRequested;
import org.postwatch.platform.BusinessRuleException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Imposes and lifts interim measures: the case's own record, history and audit, and the effect elsewhere. Both
 * kinds take effect through the accounts module in the same transaction: a posting suspension through its posting
 * rights, an account suspension through its register. The events tell anyone else who needs to know.
 */
@Component
class MeasureRecords {

    private final InterimMeasureRepository measures;
    private final PostingRights postingRights;
    private final AccountRegister accountRegister;
    private final CaseHistory history;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MeasureRecords(
            InterimMeasureRepository measures,
            PostingRights postingRights,
            AccountRegister accountRegister,
            CaseHistory history,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.measures = measures;
        this.postingRights = postingRights;
        this.accountRegister = accountRegister;
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
        postingRights.suspendPosting(on.subject().staffId(), measure.reason(), on.reference());
        return measure;
    }

    InterimMeasure suspendAccount(ConductCase on, AccountId account, String label, String reason, Actor by) {
        InterimMeasure measure = InterimMeasure.suspendAccount(on, account, label, reason, by, clock.instant());
        boolean alreadySuspended = measures.of(on.force(), on.id()).stream()
                .anyMatch(m -> m.isActive()
                        && m.kind() == InterimMeasure.Kind.ACCOUNT_SUSPENSION
                        && account.equals(m.accountId()));
        if (alreadySuspended) {
            throw new BusinessRuleException("The account " + label + " is already suspended in this case");
        }
        measures.insert(measure, by.staffId());
        recordImposed(on, measure, by);
        if (!accountRegister.suspendAsInterimMeasure(account)) {
            history.add(
                    on.force(),
                    on.id(),
                    by,
                    "Account " + label + " was already suspended or closed",
                    "It stays as it is; lifting this measure will not reinstate it");
        }
        events.publishEvent(
                new AccountSuspensionRequested(on.force(), account, label, measure.reason(), on.reference()));
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
            case POSTING_SUSPENSION -> {
                // Lift only this case's suspension: one imposed for another reason, or already lifted, stays as it is.
                boolean ours = postingRights
                        .suspensionOf(measure.subject())
                        .map(PostingSuspension::caseReference)
                        .filter(on.reference()::equals)
                        .isPresent();
                if (ours) {
                    postingRights.liftPostingSuspension(measure.subject(), measure.liftReason());
                }
            }
            case ACCOUNT_SUSPENSION -> {
                // Another case may hold the same account suspended: it stays suspended until the last is lifted.
                boolean heldElsewhere = measures.activeAccountSuspensions(on.force(), measure.accountId()) > 0;
                if (!heldElsewhere) {
                    accountRegister.liftInterimMeasure(measure.accountId());
                }
                events.publishEvent(new AccountSuspensionLifted(
                        on.force(), measure.accountId(), measure.account(), measure.liftReason(), on.reference()));
            }
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
                        "case",
                        on.reference(),
                        "kind",
                        measure.kind().name(),
                        "target",
                        measure.subject() != null
                                ? measure.subject().toString()
                                : measure.accountId().toString()));
    }
}
