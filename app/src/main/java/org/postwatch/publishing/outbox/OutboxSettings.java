package org.postwatch.publishing.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox retries.
 *
 * @param maxAttempts tries before a publication fails (rate-limited tries do not count)
 * @param retryBackoff the wait after the first failed try; doubled after each one, up to {@code maxBackoff}
 * @param readBackDelay the wait after an ambiguous answer before reading the account back (platforms take a moment
 *     to list a new post)
 * @param maxReadBackTries read-backs that may fail before Postwatch gives up and says it cannot confirm
 * @param inFlightLease how long an attempt is left alone before another run treats it as abandoned; longer than a
 *     whole attempt's calls (connect and request timeouts, media uploads)
 * @param pausePoll how often a paused publication looks again (resuming also releases it at once)
 * @param giveUpAfter a publication still not out this long after its first try fails
 * @param failureRetry the wait after the outbox itself failed (for example the database was unreachable)
 */
@ConfigurationProperties("postwatch.publishing.outbox")
public record OutboxSettings(
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("30s") Duration retryBackoff,
        @DefaultValue("30m") Duration maxBackoff,
        @DefaultValue("20s") Duration readBackDelay,
        @DefaultValue("6") int maxReadBackTries,
        @DefaultValue("3m") Duration inFlightLease,
        @DefaultValue("1m") Duration pausePoll,
        @DefaultValue("24h") Duration giveUpAfter,
        @DefaultValue("30s") Duration failureRetry) {

    public Duration backoff(long failedTries) {
        long factor = 1L << Math.min(Math.max(failedTries - 1, 0), 20);
        Duration wait = retryBackoff.multipliedBy(factor);
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
