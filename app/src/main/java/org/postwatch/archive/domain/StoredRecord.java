package org.postwatch.archive.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.postwatch.archive.ArchiveEntry;
import org.postwatch.archive.ArchiveRecordId;
import org.postwatch.archive.ArchiveRecordType;
import org.postwatch.archive.ArchiveRecordView;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.StaffId;

/**
 * An archive record as stored. Its content never changes; a review may set a new review date, and disposal empties
 * it to a tombstone. Both are refused once it has been disposed.
 */
public final class StoredRecord {

    private final ArchiveRecordId id;
    private final ForceId force;
    private final ArchiveEntry entry;
    private final byte[] contentHash;
    private final Instant keptAt;
    private boolean disposed;
    private LocalDate nextReviewOn;
    private Instant disposedAt;
    private String disposedBy;
    private String disposalReason;

    StoredRecord(
            ArchiveRecordId id,
            ForceId force,
            ArchiveEntry entry,
            byte[] contentHash,
            Instant keptAt,
            boolean disposed,
            LocalDate nextReviewOn,
            Instant disposedAt,
            String disposedBy,
            String disposalReason) {
        this.id = id;
        this.force = force;
        this.entry = entry;
        this.contentHash = contentHash;
        this.keptAt = keptAt;
        this.disposed = disposed;
        this.nextReviewOn = nextReviewOn;
        this.disposedAt = disposedAt;
        this.disposedBy = disposedBy;
        this.disposalReason = disposalReason;
    }

    public static StoredRecord keep(ForceId force, ArchiveEntry entry, Instant now) {
        return new StoredRecord(
                ArchiveRecordId.random(), force, entry, ContentHash.of(entry), now, false, null, null, null, null);
    }

    public void retain(LocalDate until, LocalDate today) {
        requireKept();
        if (until == null || !until.isAfter(today)) {
            throw new BusinessRuleException("Give a new review date in the future");
        }
        nextReviewOn = until;
    }

    public void dispose(String by, String reason, Instant at) {
        requireKept();
        disposed = true;
        disposedAt = at;
        disposedBy = by;
        disposalReason = reason;
    }

    private void requireKept() {
        if (disposed) {
            throw new BusinessRuleException("This record has already been disposed of");
        }
    }

    /** When the record is due for review: its retain decision's date, or its retention period from when it happened. */
    public LocalDate reviewDue(int retentionMonths) {
        if (nextReviewOn != null) {
            return nextReviewOn;
        }
        return entry.occurredAt()
                .atZone(org.postwatch.platform.LondonTime.ZONE)
                .toLocalDate()
                .plusMonths(retentionMonths);
    }

    public ArchiveRecordView view(int retentionMonths) {
        return new ArchiveRecordView(
                id,
                entry.type(),
                entry.recordId(),
                entry.version(),
                entry.account(),
                disposed ? null : entry.author(),
                disposed ? null : entry.authorName(),
                entry.occurredAt(),
                disposed ? null : entry.title(),
                disposed ? null : entry.content(),
                disposed ? Map.of() : entry.metadata(),
                entry.outcome(),
                List.copyOf(entry.categories()),
                contentSha256(),
                keptAt,
                disposed,
                disposed ? null : reviewDue(retentionMonths),
                disposedAt,
                disposedBy,
                disposalReason);
    }

    public String contentSha256() {
        return HexFormat.of().formatHex(contentHash);
    }

    public ArchiveRecordId id() {
        return id;
    }

    public ForceId force() {
        return force;
    }

    public ArchiveEntry entry() {
        return entry;
    }

    public ArchiveRecordType type() {
        return entry.type();
    }

    public byte[] contentHash() {
        return contentHash.clone();
    }

    public Instant keptAt() {
        return keptAt;
    }

    public boolean disposed() {
        return disposed;
    }

    public LocalDate nextReviewOn() {
        return nextReviewOn;
    }

    public Instant disposedAt() {
        return disposedAt;
    }

    public String disposedBy() {
        return disposedBy;
    }

    public String disposalReason() {
        return disposalReason;
    }

    static ArchiveEntry entry(
            ArchiveRecordType type,
            String recordId,
            int version,
            String account,
            UUID author,
            String authorName,
            Instant occurredAt,
            String title,
            String content,
            Map<String, String> metadata,
            String outcome,
            Set<String> categories) {
        return new ArchiveEntry(
                type,
                recordId,
                version,
                account,
                author == null ? null : new StaffId(author),
                authorName,
                occurredAt,
                title,
                content,
                metadata,
                outcome,
                categories);
    }
}
