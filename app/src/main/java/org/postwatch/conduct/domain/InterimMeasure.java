package org.postwatch.conduct.domain;

import java.time.Instant;
import java.util.Objects;
import org.postwatch.accounts.AccountId;
import org.postwatch.audit.Actor;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.StaffId;

/** A restriction imposed while a case is investigated: the subject's posting rights, or an account, suspended. */
public class InterimMeasure {

    public enum Kind {
        POSTING_SUSPENSION("Posting rights suspended"),
        ACCOUNT_SUSPENSION("Account suspended");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final MeasureId id;
    private final ForceId force;
    private final CaseId caseId;
    private final Kind kind;
    private final StaffId subject;
    private final AccountId accountId;
    private final String account;
    private final String reason;
    private final String imposedByName;
    private final Instant imposedAt;
    private Instant liftedAt;
    private String liftedByName;
    private String liftReason;
    private java.util.UUID liftedBy;

    InterimMeasure(
            MeasureId id,
            ForceId force,
            CaseId caseId,
            Kind kind,
            StaffId subject,
            AccountId accountId,
            String account,
            String reason,
            String imposedByName,
            Instant imposedAt,
            Instant liftedAt,
            String liftedByName,
            String liftReason) {
        this.id = id;
        this.force = force;
        this.caseId = caseId;
        this.kind = kind;
        this.subject = subject;
        this.accountId = accountId;
        this.account = account;
        this.reason = reason;
        this.imposedByName = imposedByName;
        this.imposedAt = imposedAt;
        this.liftedAt = liftedAt;
        this.liftedByName = liftedByName;
        this.liftReason = liftReason;
    }

    public static InterimMeasure suspendPosting(ConductCase on, String reason, Actor by, Instant at) {
        on.requireOpen("impose an interim measure");
        return new InterimMeasure(
                MeasureId.random(),
                on.force(),
                on.id(),
                Kind.POSTING_SUSPENSION,
                on.subject().staffId(),
                null,
                null,
                requireReason(reason, "suspending posting rights"),
                by.name(),
                at,
                null,
                null,
                null);
    }

    /** Suspends one of the force's accounts, named as the register names it (for example "@GlosPoliceDogs on X"). */
    public static InterimMeasure suspendAccount(
            ConductCase on, AccountId accountId, String account, String reason, Actor by, Instant at) {
        on.requireOpen("impose an interim measure");
        if (accountId == null) {
            throw new BusinessRuleException("Choose the account to suspend");
        }
        return new InterimMeasure(
                MeasureId.random(),
                on.force(),
                on.id(),
                Kind.ACCOUNT_SUSPENSION,
                null,
                accountId,
                account,
                requireReason(reason, "suspending the account"),
                by.name(),
                at,
                null,
                null,
                null);
    }

    /** Lifts the measure once; a reason is required. */
    public void lift(String why, Actor by, Instant at) {
        if (!isActive()) {
            throw new BusinessRuleException("This measure was already lifted");
        }
        this.liftReason = requireReason(why, "lifting the measure");
        this.liftedAt = at;
        this.liftedByName = by.name();
        this.liftedBy = by.staffId();
    }

    private static String requireReason(String reason, String forWhat) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("Give a reason for " + forWhat);
        }
        if (reason.strip().length() > 2000) {
            throw new BusinessRuleException("The reason must be 2000 characters or fewer");
        }
        return reason.strip();
    }

    public boolean isActive() {
        return liftedAt == null;
    }

    /** What the measure restricts, in words. */
    public String target(String subjectName) {
        return kind == Kind.POSTING_SUSPENSION ? "Posting rights of " + subjectName : "Account " + account;
    }

    public MeasureId id() {
        return id;
    }

    public ForceId force() {
        return force;
    }

    public CaseId caseId() {
        return caseId;
    }

    public Kind kind() {
        return kind;
    }

    public StaffId subject() {
        return subject;
    }

    public AccountId accountId() {
        return accountId;
    }

    public String account() {
        return account;
    }

    public String reason() {
        return reason;
    }

    public String imposedByName() {
        return imposedByName;
    }

    public Instant imposedAt() {
        return imposedAt;
    }

    public Instant liftedAt() {
        return liftedAt;
    }

    public String liftedByName() {
        return liftedByName;
    }

    public String liftReason() {
        return liftReason;
    }

    java.util.UUID liftedBy() {
        return liftedBy;
    }

    static InterimMeasure restore(
            MeasureId id,
            ForceId force,
            CaseId caseId,
            Kind kind,
            StaffId subject,
            AccountId accountId,
            String account,
            String reason,
            String imposedByName,
            Instant imposedAt,
            Instant liftedAt,
            String liftedByName,
            String liftReason) {
        return new InterimMeasure(
                Objects.requireNonNull(id),
                force,
                caseId,
                kind,
                subject,
                accountId,
                account,
                reason,
                imposedByName,
                imposedAt,
                liftedAt,
                liftedByName,
                liftReason);
    }
}
