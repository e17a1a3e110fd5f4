package org.postwatch.archive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A record whose retention period has run out, waiting for a review decision, with any holds that stop disposal. */
public record DueRecord(
        ArchiveRecordId id,
        ArchiveRecordType type,
        String account,
        String authorName,
        Instant occurredAt,
        String title,
        LocalDate reviewDue,
        List<String> heldBy) {

    public DueRecord {
        heldBy = List.copyOf(heldBy);
    }

    public boolean held() {
        return !heldBy.isEmpty();
    }
}
