package org.postwatch.publishing;

import java.time.Instant;

/**
 * One call to the platform, recorded before it was made.
 *
 * @param httpStatus the platform's HTTP status, or null when there was no answer
 * @param platformMessage what the platform said, in its words
 * @param instance the application instance that made the call
 */
public record PublicationAttempt(
        int number,
        Instant startedAt,
        Instant finishedAt,
        AttemptOutcome outcome,
        Integer httpStatus,
        String platformMessage,
        String instance) {}
