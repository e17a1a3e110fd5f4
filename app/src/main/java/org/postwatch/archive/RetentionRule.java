package org.postwatch.archive;

import java.time.Instant;

/**
 * How long a force keeps one kind of record before it is reviewed, and the records schedule entry that says so.
 *
 * @param changedAt null while the force uses the default
 */
public record RetentionRule(
        ArchiveRecordType type, int months, String scheduleReference, String changedBy, Instant changedAt) {

    public boolean isDefault() {
        return changedAt == null;
    }

    /** The period as people say it: "6 years", "18 months". */
    public String period() {
        if (months % 12 == 0) {
            int years = months / 12;
            return years + (years == 1 ? " year" : " years");
        }
        return months + (months == 1 ? " month" : " months");
    }
}
