package org.postwatch.publishing;

import java.time.Instant;

/**
 * Taking a published post down from its platform: who asked, why, how many calls it took and what the platform said.
 *
 * @param alreadyGone the platform said the post had already been removed (by hand, or by an earlier call)
 * @param nextAttemptAt when the next call is due while it is still being taken down, else null
 */
public record TakedownStatus(
        TakedownState state,
        String reason,
        String requestedBy,
        Instant requestedAt,
        int tries,
        Instant nextAttemptAt,
        Integer lastHttpStatus,
        String lastMessage,
        boolean alreadyGone,
        Instant finishedAt) {}
