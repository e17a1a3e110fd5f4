package org.postwatch.publishing.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.postwatch.publishing.PauseNotice;

/** A critical-incident pause. {@code accounts} is empty when the whole force is paused. */
public record PauseResponse(
        UUID id,
        boolean wholeForce,
        List<UUID> accounts,
        String reason,
        String pausedBy,
        Instant pausedAt,
        boolean active,
        String resumedBy,
        Instant resumedAt,
        String resumeReason) {

    static PauseResponse of(PauseNotice p) {
        return new PauseResponse(
                p.id().value(),
                p.wholeForce(),
                p.accounts().stream().sorted().toList(),
                p.reason(),
                p.pausedBy(),
                p.pausedAt(),
                p.active(),
                p.resumedBy(),
                p.resumedAt(),
                p.resumeReason());
    }
}
