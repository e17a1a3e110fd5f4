package org.postwatch.publishing.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.postwatch.publishing.PublicationAttempt;
import org.postwatch.publishing.PublicationStatus;

/** A publication's status with each attempt. */
public record PublicationResponse(
        UUID id,
        String postReference,
        UUID account,
        String channel,
        String handle,
        String state,
        Instant publishAt,
        Instant nextAttemptAt,
        String waitingReason,
        Instant publishedAt,
        String platformPostId,
        String url,
        String failure,
        List<Attempt> attempts) {

    /** One call to the platform. */
    public record Attempt(
            int number,
            Instant startedAt,
            Instant finishedAt,
            String outcome,
            Integer httpStatus,
            String platformMessage) {

        static Attempt of(PublicationAttempt a) {
            return new Attempt(
                    a.number(), a.startedAt(), a.finishedAt(), a.outcome().name(), a.httpStatus(), a.platformMessage());
        }
    }

    static PublicationResponse of(PublicationStatus s) {
        return new PublicationResponse(
                s.id().value(),
                s.postReference(),
                s.account(),
                s.channel().name(),
                s.handle(),
                s.state().name(),
                s.publishAt(),
                s.nextAttemptAt(),
                s.waitingReason(),
                s.publishedAt(),
                s.platformPostId(),
                s.url(),
                s.failure(),
                s.attempts().stream().map(Attempt::of).toList());
    }
}
