package org.postwatch.archive.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.postwatch.platform.LondonTime;

/** A past review decision on a record. */
record ReviewEntry(String decision, String reason, LocalDate nextReview, String by, Instant at) {

    String describe() {
        String when = new LondonTime().dateTime(at);
        return switch (decision) {
            case "RETAIN" ->
                when + ": retained by " + by + " until " + new LondonTime().date(nextReview) + " (" + reason + ")";
            default -> when + ": disposed of by " + by + " (" + reason + ")";
        };
    }
}
