package org.postwatch.accounts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.postwatch.platform.StaffId;

/**
 * One of the force's social media accounts, as other modules see it.
 *
 * @param transferKind the kind an unofficial account will become when its transfer completes, or null
 * @param holder who ran the account before it came under the force (unofficial accounts), or null
 * @param lastPostedAt kept up to date by publishing; null when no post has been recorded
 */
public record AccountSummary(
        AccountId id,
        Channel channel,
        String handle,
        String displayName,
        AccountKind kind,
        String purpose,
        Set<StrategyObjective> objectives,
        String owningUnit,
        StaffId assetOwner,
        int followers,
        AccountStatus status,
        String statusReason,
        Instant statusChangedAt,
        AccountKind transferKind,
        StaffId holder,
        LocalDate lastSecurityReviewOn,
        int securityReviewMonths,
        Instant lastPostedAt,
        Instant registeredAt) {

    public AccountSummary {
        objectives = Set.copyOf(objectives);
    }

    /** How people name the account: its handle and channel, for example "@GlosPoliceDogs on X". */
    public String label() {
        return handle + " on " + channel.label();
    }

    /** When the next security review is due; null when none has been recorded (a review is due now). */
    public LocalDate securityReviewDue() {
        return lastSecurityReviewOn == null ? null : lastSecurityReviewOn.plusMonths(securityReviewMonths);
    }

    public boolean securityReviewOverdue(LocalDate today) {
        return status != AccountStatus.CLOSED && (securityReviewDue() == null || !today.isBefore(securityReviewDue()));
    }

    public boolean isActive() {
        return status == AccountStatus.ACTIVE;
    }
}
