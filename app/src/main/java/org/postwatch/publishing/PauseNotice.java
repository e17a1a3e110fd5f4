package org.postwatch.publishing;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A critical-incident pause on publishing, active or (in history) resumed.
 *
 * @param accounts the paused accounts; empty when the whole force is paused
 */
public record PauseNotice(
        PauseId id,
        Set<UUID> accounts,
        String reason,
        String pausedBy,
        Instant pausedAt,
        String resumedBy,
        Instant resumedAt,
        String resumeReason) {

    public PauseNotice {
        accounts = Set.copyOf(accounts);
    }

    public boolean wholeForce() {
        return accounts.isEmpty();
    }

    public boolean active() {
        return resumedAt == null;
    }

    public boolean covers(UUID account) {
        return active() && (wholeForce() || accounts.contains(account));
    }
}
