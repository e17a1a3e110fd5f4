package org.postwatch.publishing.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves, so waits of minutes take no time. */
final class MutableClock extends Clock {

    private volatile Instant now;

    MutableClock(Instant start) {
        this.now = start;
    }

    void moveTo(Instant later) {
        if (later.isAfter(now)) {
            now = later;
        }
    }

    /**
     * Runs an outbox task as db-scheduler would, moving this clock to each time it asks to run again, until it is
     * done or has run {@code maxRuns} times.
     */
    PublicationRunner.Next drive(java.util.function.Supplier<PublicationRunner.Next> run, int maxRuns) {
        PublicationRunner.Next next = null;
        for (int i = 0; i < maxRuns; i++) {
            next = run.get();
            if (next instanceof PublicationRunner.Next.RunAt(Instant at)) {
                moveTo(at);
            } else {
                return next;
            }
        }
        return next;
    }

    void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
