package org.postwatch.archive;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.postwatch.archive.domain.ArchiveStore;
import org.postwatch.archive.domain.ContentHash;
import org.postwatch.archive.domain.RetentionStore;
import org.postwatch.archive.domain.StoredRecord;
import org.postwatch.audit.AuditTrail;
import org.postwatch.platform.CurrentUser;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.RecordNotFoundException;
import org.postwatch.platform.Role;
import org.postwatch.platform.Tenancy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The archive's front door for other modules: {@link #keep} a record of what was posted, checked, decided, published
 * or received, in the same transaction as the change itself. See docs/archive.md.
 */
@Service
public class ArchiveRecords {

    private final ArchiveStore store;
    private final RetentionStore retention;
    private final AuditTrail audit;
    private final Clock clock;

    ArchiveRecords(ArchiveStore store, RetentionStore retention, AuditTrail audit, Clock clock) {
        this.store = store;
        this.retention = retention;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Keeps a record in the current force's archive with the SHA-256 of its content, and records that in the audit
     * trail. Call it inside the transaction that makes the change, so both commit or neither does. Keeping the same
     * record (type, id, version) again with the same content returns the first one; with different content it fails:
     * archived content never changes, so archive a new version instead.
     */
    @Transactional
    public ArchiveRecordId keep(ArchiveEntry entry) {
        ForceId force = Tenancy.requireForce();
        ArchiveEntry stored = new ArchiveEntry(
                entry.type(),
                entry.recordId(),
                entry.version(),
                entry.account(),
                entry.author(),
                entry.authorName(),
                entry.occurredAt().truncatedTo(ChronoUnit.MICROS),
                entry.title(),
                entry.content(),
                entry.metadata(),
                entry.outcome(),
                entry.categories());
        var existing = store.findBySource(force, stored.type(), stored.recordId(), stored.version());
        if (existing.isPresent()) {
            if (Arrays.equals(existing.get().contentHash(), ContentHash.of(stored))) {
                return existing.get().id();
            }
            throw new IllegalStateException("Archive record " + stored.type() + " " + stored.recordId() + " version "
                    + stored.version() + " is already kept with different content; keep a new version");
        }
        StoredRecord record = StoredRecord.keep(force, stored, clock.instant().truncatedTo(ChronoUnit.MICROS));
        store.insert(record);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("type", stored.type().name());
        details.put("recordId", stored.recordId());
        details.put("version", Integer.toString(stored.version()));
        details.put("sha256", record.contentSha256());
        audit.record(ArchiveActions.KEPT, ArchiveActions.RECORD, record.id(), null, details);
        return record.id();
    }

    /**
     * One record of the current force, for someone with a need to know; the view is recorded. Reviewers see only
     * published posts: any other record answers as not found.
     */
    @PreAuthorize("hasAnyRole('PROFESSIONAL_STANDARDS', 'FORCE_ADMIN', 'REVIEWER')")
    @Transactional
    public ArchiveRecordView view(ArchiveRecordId id) {
        ForceId force = Tenancy.requireForce();
        StoredRecord record = store.find(force, id)
                .filter(found -> mayRead(found.type()))
                .orElseThrow(() -> new RecordNotFoundException("Archive record", id));
        audit.record(
                ArchiveActions.VIEWED,
                ArchiveActions.RECORD,
                id,
                null,
                Map.of("type", record.type().name()));
        return record.view(retention.months(force).get(record.type()));
    }

    /** Whether the signed-in person may see records of this kind. */
    static boolean mayRead(ArchiveRecordType type) {
        var user = CurrentUser.get();
        return user.hasAny(Role.PROFESSIONAL_STANDARDS, Role.FORCE_ADMIN)
                || type == ArchiveRecordType.PUBLICATION_RECEIPT;
    }

    static boolean publishedOnly() {
        return !CurrentUser.get().hasAny(Role.PROFESSIONAL_STANDARDS, Role.FORCE_ADMIN);
    }
}
