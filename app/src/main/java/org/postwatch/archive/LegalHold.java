package org.postwatch.archive;

import java.time.Instant;

/**
 * A named legal hold: while it is active, nothing it covers can be disposed of.
 *
 * @param subject what the scope names: a staff id, an account handle, a case reference or a search description
 * @param subjectLabel the subject as people read it
 */
public record LegalHold(
        LegalHoldId id,
        String name,
        String reason,
        HoldScope scope,
        String subject,
        String subjectLabel,
        ArchiveQuery search,
        String placedBy,
        Instant placedAt,
        Instant liftedAt,
        String liftedBy,
        String liftReason) {

    public boolean active() {
        return liftedAt == null;
    }
}
