package org.postwatch.archive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.postwatch.platform.StaffId;

/**
 * An archive record as people see it. After disposal only the tombstone remains: identity, account, time, content
 * hash and the disposal; title, content, author and metadata are gone.
 */
public record ArchiveRecordView(
        ArchiveRecordId id,
        ArchiveRecordType type,
        String recordId,
        int version,
        String account,
        StaffId author,
        String authorName,
        Instant occurredAt,
        String title,
        String content,
        Map<String, String> metadata,
        String outcome,
        List<String> categories,
        String contentSha256,
        Instant keptAt,
        boolean disposed,
        LocalDate reviewDue,
        Instant disposedAt,
        String disposedBy,
        String disposalReason) {

    public ArchiveRecordView {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        categories = categories == null ? List.of() : List.copyOf(categories);
    }
}
