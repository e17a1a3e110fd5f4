package org.postwatch.archive;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postwatch.archive.domain.ArchiveStore;
import org.postwatch.archive.domain.HoldStore;
import org.postwatch.archive.domain.RetentionStore;
import org.postwatch.archive.domain.StoredRecord;
import org.postwatch.audit.AuditTrail;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.CurrentUser;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.LondonTime;
import org.postwatch.platform.PostwatchUser;
import org.postwatch.platform.RecordNotFoundException;
import org.postwatch.platform.Tenancy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The force's records schedule for the archive: how long each kind of record is kept, which records are due for
 * review, and the review decisions (retain with a reason and a new date, or dispose of, unless a legal hold covers
 * the record).
 */
@Service
@PreAuthorize("hasRole('FORCE_ADMIN')")
public class ArchiveRetention {

    private final RetentionStore retention;
    private final ArchiveStore store;
    private final HoldStore holds;
    private final AuditTrail audit;
    private final Clock clock;

    ArchiveRetention(RetentionStore retention, ArchiveStore store, HoldStore holds, AuditTrail audit, Clock clock) {
        this.retention = retention;
        this.store = store;
        this.holds = holds;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<RetentionRule> rules() {
        return retention.rules(Tenancy.requireForce());
    }

    @Transactional
    public void changeRule(ArchiveRecordType type, int months, String scheduleReference) {
        if (months < 1 || months > 1200) {
            throw new BusinessRuleException("Enter a retention period between 1 and 1,200 months");
        }
        if (scheduleReference == null || scheduleReference.isBlank()) {
            throw new BusinessRuleException("Enter the records schedule entry this period comes from");
        }
        ForceId force = Tenancy.requireForce();
        RetentionRule before = retention.rules(force).stream()
                .filter(rule -> rule.type() == type)
                .findFirst()
                .orElseThrow();
        PostwatchUser user = CurrentUser.get();
        retention.save(force, type, months, scheduleReference.trim(), user.displayName(), clock.instant());
        audit.record(
                ArchiveActions.RETENTION_CHANGED,
                ArchiveActions.RULE,
                type.name(),
                null,
                Map.of(
                        "fromMonths", Integer.toString(before.months()),
                        "toMonths", Integer.toString(months),
                        "scheduleReference", scheduleReference.trim()));
    }

    /** Records due for review, oldest first, each with the holds that would stop its disposal. */
    @Transactional(readOnly = true)
    public List<DueRecord> due(int limit) {
        ForceId force = Tenancy.requireForce();
        Map<ArchiveRecordType, Integer> months = retention.months(force);
        List<StoredRecord> due = store.due(force, months, today(), limit);
        Map<ArchiveRecordId, List<String>> held =
                holds.heldBy(force, due.stream().map(StoredRecord::id).toList());
        return due.stream()
                .map(record -> new DueRecord(
                        record.id(),
                        record.type(),
                        record.entry().account(),
                        record.entry().authorName(),
                        record.entry().occurredAt(),
                        record.entry().title(),
                        record.reviewDue(months.get(record.type())),
                        held.getOrDefault(record.id(), List.of())))
                .toList();
    }

    /**
     * Decides the review of these records. A retain keeps each until {@code nextReview}; a disposal removes each
     * record's content and keeps its tombstone, except for records a legal hold covers, which are left as they are
     * and reported. Every decision is recorded.
     */
    @Transactional
    public ReviewResult decide(
            List<ArchiveRecordId> ids, ReviewDecision decision, String reason, LocalDate nextReview) {
        if (ids.isEmpty()) {
            throw new BusinessRuleException("Select at least one record");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException(
                    decision == ReviewDecision.RETAIN
                            ? "Give the reason for keeping these records"
                            : "Give the reason for disposing of these records");
        }
        ForceId force = Tenancy.requireForce();
        PostwatchUser user = CurrentUser.get();
        List<StoredRecord> records = store.findAll(force, ids);
        if (records.size() != ids.size()) {
            throw new RecordNotFoundException("Archive record", ids);
        }
        Map<ArchiveRecordId, List<String>> held =
                decision == ReviewDecision.DISPOSE ? holds.heldBy(force, ids) : Map.of();
        List<ArchiveRecordId> retained = new ArrayList<>();
        List<ArchiveRecordId> disposed = new ArrayList<>();
        List<ReviewResult.Held> refused = new ArrayList<>();
        for (StoredRecord record : records) {
            if (decision == ReviewDecision.RETAIN) {
                record.retain(nextReview, today());
                store.update(record);
                retention.recordDecision(
                        force,
                        record.id(),
                        decision,
                        reason.trim(),
                        nextReview,
                        user.staffId().value(),
                        user.displayName(),
                        clock.instant());
                audit.record(
                        ArchiveActions.RETAINED,
                        ArchiveActions.RECORD,
                        record.id(),
                        reason.trim(),
                        Map.of("nextReview", nextReview.toString()));
                retained.add(record.id());
            } else if (held.containsKey(record.id())) {
                refused.add(new ReviewResult.Held(record.id(), held.get(record.id())));
            } else {
                record.dispose(user.displayName(), reason.trim(), clock.instant());
                store.update(record);
                retention.recordDecision(
                        force,
                        record.id(),
                        decision,
                        reason.trim(),
                        null,
                        user.staffId().value(),
                        user.displayName(),
                        clock.instant());
                Map<String, String> details = new LinkedHashMap<>();
                details.put("type", record.type().name());
                details.put("recordId", record.entry().recordId());
                details.put("sha256", record.contentSha256());
                audit.record(ArchiveActions.DISPOSED, ArchiveActions.RECORD, record.id(), reason.trim(), details);
                disposed.add(record.id());
            }
        }
        return new ReviewResult(retained, disposed, refused);
    }

    /** A record's past review decisions, as sentences. */
    @PreAuthorize("hasAnyRole('FORCE_ADMIN', 'PROFESSIONAL_STANDARDS')")
    @Transactional(readOnly = true)
    public List<String> history(ArchiveRecordId id) {
        return retention.history(Tenancy.requireForce(), id);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(LondonTime.ZONE));
    }
}
