package org.postwatch.conduct.domain;

import java.time.LocalDate;
import java.util.Objects;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.ForceId;

/**
 * A professional standards case about a person's use of social media. It guards its own life: an assessment needs a
 * case that is open, a conclusion needs an assessment, and a concluded case changes only after it is reopened with a
 * reason.
 */
public class ConductCase {

    private final CaseId id;
    private final ForceId force;
    private final String reference;
    private Subject subject;
    private Particulars particulars;
    private LocalDate reportedOn;
    private LocalDate assessedOn;
    private Severity severity;
    private LocalDate concludedOn;
    private Outcome outcome;
    private CaseStatus status;
    private final int version;

    ConductCase(
            CaseId id,
            ForceId force,
            String reference,
            Subject subject,
            Particulars particulars,
            LocalDate reportedOn,
            LocalDate assessedOn,
            Severity severity,
            LocalDate concludedOn,
            Outcome outcome,
            CaseStatus status,
            int version) {
        this.id = id;
        this.force = force;
        this.reference = reference;
        this.subject = subject;
        this.particulars = particulars;
        this.reportedOn = reportedOn;
        this.assessedOn = assessedOn;
        this.severity = severity;
        this.concludedOn = concludedOn;
        this.outcome = outcome;
        this.status = status;
        this.version = version;
    }

    /** Opens a case reported on a date that is not in the future. */
    public static ConductCase open(
            ForceId force,
            String reference,
            Subject subject,
            Particulars particulars,
            LocalDate reportedOn,
            LocalDate today) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(particulars, "particulars");
        requireDate(reportedOn, "the date it was reported", today);
        return new ConductCase(
                CaseId.random(),
                force,
                reference,
                subject,
                particulars,
                reportedOn,
                null,
                null,
                null,
                null,
                CaseStatus.OPEN,
                0);
    }

    /** Corrects who and what the case is about, while it is open. */
    public void revise(Subject newSubject, Particulars newParticulars, LocalDate newReportedOn, LocalDate today) {
        requireOpen("change its details");
        Objects.requireNonNull(newSubject, "subject");
        Objects.requireNonNull(newParticulars, "particulars");
        requireDate(newReportedOn, "the date it was reported", today);
        if (assessedOn != null && newReportedOn.isAfter(assessedOn)) {
            throw new BusinessRuleException(
                    "The date reported cannot be after the assessment date (" + assessedOn + ")");
        }
        this.subject = newSubject;
        this.particulars = newParticulars;
        this.reportedOn = newReportedOn;
    }

    /** Records (or revises) the severity assessment. */
    public void assess(Severity newSeverity, LocalDate on, LocalDate today) {
        requireOpen("record an assessment");
        if (newSeverity == null) {
            throw new BusinessRuleException("Choose the severity assessment");
        }
        requireDate(on, "the assessment date", today);
        if (on.isBefore(reportedOn)) {
            throw new BusinessRuleException(
                    "The assessment date cannot be before the date the case was reported (" + reportedOn + ")");
        }
        this.severity = newSeverity;
        this.assessedOn = on;
    }

    /** Concludes the case with an outcome, which needs a severity assessment first. */
    public void conclude(Outcome newOutcome, LocalDate on, LocalDate today) {
        requireOpen("conclude it");
        if (newOutcome == null) {
            throw new BusinessRuleException("Choose the outcome");
        }
        if (severity == null) {
            throw new BusinessRuleException("Record the severity assessment before concluding the case");
        }
        requireDate(on, "the date it was concluded", today);
        if (on.isBefore(assessedOn)) {
            throw new BusinessRuleException(
                    "The conclusion date cannot be before the assessment date (" + assessedOn + ")");
        }
        if (newOutcome.isDisciplinarySanction() && severity == Severity.NO_MISCONDUCT) {
            throw new BusinessRuleException(newOutcome.label()
                    + " needs a finding of misconduct or gross misconduct, but the assessment is no misconduct");
        }
        this.outcome = newOutcome;
        this.concludedOn = on;
        this.status = CaseStatus.CONCLUDED;
    }

    /** Reopens a concluded case; the reason is required, and the earlier outcome stays in the case history. */
    public void reopen(String reason) {
        if (status != CaseStatus.CONCLUDED) {
            throw new BusinessRuleException("Only a concluded case can be reopened");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("Give a reason for reopening the case");
        }
        this.outcome = null;
        this.concludedOn = null;
        this.status = CaseStatus.OPEN;
    }

    /** Evidence and interim measures belong to open cases. */
    public void requireOpen(String toDo) {
        if (status != CaseStatus.OPEN) {
            throw new BusinessRuleException("Case " + reference + " is concluded: reopen it to " + toDo);
        }
    }

    private static void requireDate(LocalDate date, String what, LocalDate today) {
        if (date == null) {
            throw new BusinessRuleException("Enter " + what);
        }
        if (date.isAfter(today)) {
            throw new BusinessRuleException(
                    Character.toUpperCase(what.charAt(0)) + what.substring(1) + " cannot be in the future");
        }
    }

    public boolean isOpen() {
        return status == CaseStatus.OPEN;
    }

    public CaseId id() {
        return id;
    }

    public ForceId force() {
        return force;
    }

    public String reference() {
        return reference;
    }

    public Subject subject() {
        return subject;
    }

    public Particulars particulars() {
        return particulars;
    }

    public LocalDate reportedOn() {
        return reportedOn;
    }

    public LocalDate assessedOn() {
        return assessedOn;
    }

    public Severity severity() {
        return severity;
    }

    public LocalDate concludedOn() {
        return concludedOn;
    }

    public Outcome outcome() {
        return outcome;
    }

    public CaseStatus status() {
        return status;
    }

    int version() {
        return version;
    }
}
