package org.postwatch.safeguard.domain;

import java.time.Instant;
import java.util.UUID;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.ForceId;
import org.postwatch.safeguard.engine.ActiveCase;

/**
 * A case before the courts that the force's posts must not prejudice. Open cases feed the contempt check; a closed
 * case (verdict, discontinuance) is kept for the record but no longer checked.
 */
public class CourtCase {

    public enum Status {
        OPEN,
        CLOSED
    }

    private final UUID id;
    private final ForceId force;
    private CaseDetails details;
    private Status status;
    private Instant closedAt;
    private String closedReason;
    private final Instant createdAt;
    private Instant updatedAt;

    CourtCase(
            UUID id,
            ForceId force,
            CaseDetails details,
            Status status,
            Instant closedAt,
            String closedReason,
            Instant createdAt,
            Instant updatedAt) {
        this.id = id;
        this.force = force;
        this.details = details;
        this.status = status;
        this.closedAt = closedAt;
        this.closedReason = closedReason;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    public static CourtCase open(ForceId force, CaseDetails details, Instant at) {
        requireDefendant(details);
        return new CourtCase(UUID.randomUUID(), force, details, Status.OPEN, null, null, at, at);
    }

    public void update(CaseDetails newDetails, Instant at) {
        if (status == Status.CLOSED) {
            throw new BusinessRuleException("This case is closed and can no longer be changed");
        }
        requireDefendant(newDetails);
        this.details = newDetails;
        this.updatedAt = at;
    }

    public void close(String reason, Instant at) {
        if (status == Status.CLOSED) {
            throw new BusinessRuleException("This case is already closed");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("Give a reason for closing the case, for example the verdict");
        }
        this.status = Status.CLOSED;
        this.closedAt = at;
        this.closedReason = reason.strip();
        this.updatedAt = at;
    }

    private static void requireDefendant(CaseDetails details) {
        if (details.defendants().isEmpty()) {
            throw new BusinessRuleException("Enter at least one defendant's name");
        }
    }

    /** The case as the contempt check sees it. */
    public ActiveCase toActiveCase() {
        return new ActiveCase(
                details.reference(),
                details.defendants(),
                details.offence(),
                details.court(),
                details.nextHearing(),
                details.restrictions(),
                details.protectedNames());
    }

    public UUID id() {
        return id;
    }

    public ForceId force() {
        return force;
    }

    public CaseDetails details() {
        return details;
    }

    public Status status() {
        return status;
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String closedReason() {
        return closedReason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
