package org.postwatch.publishing.domain;

import java.time.Instant;
import org.postwatch.publishing.AttemptOutcome;
import org.postwatch.publishing.PublicationAttempt;

/** One recorded call to the platform (see {@link PublicationAttempt}). */
public record Attempt(
        int number,
        Instant startedAt,
        Instant finishedAt,
        AttemptOutcome outcome,
        Integer httpStatus,
        String platformMessage,
        String instance,
        String contentHash,
        int readBackTries) {

    public PublicationAttempt view() {
        return new PublicationAttempt(number, startedAt, finishedAt, outcome, httpStatus, platformMessage, instance);
    }

    /** Counts towards the retry limit: rate limits do not, since the platform asked us to wait, not to give up. */
    public boolean countsAsTry() {
        return outcome != AttemptOutcome.RATE_LIMITED;
    }
}
