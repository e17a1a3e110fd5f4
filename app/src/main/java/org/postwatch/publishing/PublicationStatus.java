package org.postwatch.publishing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Everything known about a publication, with each attempt.
 *
 * @param waitingReason why a scheduled publication is not going out yet (pause, rate limit, retry), or null
 * @param nextAttemptAt when it will be tried next, or null when nothing more will happen
 * @param failure the platform's message when it failed
 * @param takedown taking it down again after it was published, or null when nobody asked
 */
public record PublicationStatus(
        PublicationId id,
        String postReference,
        UUID account,
        Channel channel,
        String handle,
        String text,
        PublicationState state,
        Instant publishAt,
        Instant nextAttemptAt,
        String waitingReason,
        Instant publishedAt,
        String platformPostId,
        String url,
        String failure,
        List<PublicationAttempt> attempts,
        TakedownStatus takedown) {

    public PublicationStatus {
        attempts = List.copyOf(attempts);
    }
}
