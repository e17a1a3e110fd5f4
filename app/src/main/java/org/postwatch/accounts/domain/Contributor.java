package org.postwatch.accounts.domain;

import java.time.Instant;
import java.util.UUID;
import org.postwatch.accounts.ContributorLevel;
import org.postwatch.platform.StaffId;

/** A person's authorisation on an account, from when it was granted until it ended (kept afterwards as a record). */
public class Contributor {

    private final UUID id;
    private final StaffId staff;
    private ContributorLevel level;
    private final Instant grantedAt;
    private final String grantedBy;
    private Instant endedAt;
    private String endedReason;

    Contributor(
            UUID id,
            StaffId staff,
            ContributorLevel level,
            Instant grantedAt,
            String grantedBy,
            Instant endedAt,
            String endedReason) {
        this.id = id;
        this.staff = staff;
        this.level = level;
        this.grantedAt = grantedAt;
        this.grantedBy = grantedBy;
        this.endedAt = endedAt;
        this.endedReason = endedReason;
    }

    void changeLevel(ContributorLevel newLevel) {
        this.level = newLevel;
    }

    void end(Instant at, String reason) {
        this.endedAt = at;
        this.endedReason = reason;
    }

    public boolean isCurrent() {
        return endedAt == null;
    }

    public UUID id() {
        return id;
    }

    public StaffId staff() {
        return staff;
    }

    public ContributorLevel level() {
        return level;
    }

    public Instant grantedAt() {
        return grantedAt;
    }

    public String grantedBy() {
        return grantedBy;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public String endedReason() {
        return endedReason;
    }
}
