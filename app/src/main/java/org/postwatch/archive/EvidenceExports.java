package org.postwatch.archive;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.postwatch.archive.domain.ArchiveStore;
import org.postwatch.archive.domain.EvidencePackage;
import org.postwatch.archive.domain.HoldStore;
import org.postwatch.archive.domain.RetentionStore;
import org.postwatch.archive.domain.StoredRecord;
import org.postwatch.audit.AuditEvidence;
import org.postwatch.audit.AuditProof;
import org.postwatch.audit.AuditRecord;
import org.postwatch.audit.AuditTrail;
import org.postwatch.audit.Checkpoint;
import org.postwatch.identity.Forces;
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
 * Evidential exports for disclosure: the selected records with the audit entries about them, a signed checkpoint
 * that covers those entries and a signed SHA-256 manifest, in one ZIP. Each export is recorded against the export and
 * against every record in it.
 */
@Service
@PreAuthorize("hasAnyRole('PROFESSIONAL_STANDARDS', 'FORCE_ADMIN')")
public class EvidenceExports {

    public static final int MAX_RECORDS = 500;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private final ArchiveStore store;
    private final RetentionStore retention;
    private final HoldStore holds;
    private final AuditEvidence evidence;
    private final AuditTrail audit;
    private final EvidencePackage packager;
    private final Forces forces;
    private final Clock clock;

    EvidenceExports(
            ArchiveStore store,
            RetentionStore retention,
            HoldStore holds,
            AuditEvidence evidence,
            AuditTrail audit,
            EvidencePackage packager,
            Forces forces,
            Clock clock) {
        this.store = store;
        this.retention = retention;
        this.holds = holds;
        this.evidence = evidence;
        this.audit = audit;
        this.packager = packager;
        this.forces = forces;
        this.clock = clock;
    }

    @Transactional
    public EvidenceExport export(List<ArchiveRecordId> ids, String purpose) {
        List<ArchiveRecordId> unique = List.copyOf(new LinkedHashSet<>(ids));
        if (unique.isEmpty()) {
            throw new BusinessRuleException("Select at least one record to export");
        }
        if (unique.size() > MAX_RECORDS) {
            throw new BusinessRuleException("Export at most " + MAX_RECORDS + " records at a time");
        }
        if (purpose == null || purpose.isBlank()) {
            throw new BusinessRuleException(
                    "Say what the export is for, for example the hearing or request it will be disclosed to");
        }
        ForceId force = Tenancy.requireForce();
        PostwatchUser user = CurrentUser.get();
        List<StoredRecord> records = store.findAll(force, unique);
        if (records.size() != unique.size()) {
            throw new RecordNotFoundException("Archive record", unique);
        }
        Map<ArchiveRecordId, List<LegalHold>> covering = holds.coveringHolds(force, unique);
        Map<ArchiveRecordType, Integer> months = retention.months(force);

        List<AuditRecord> entries = auditEntriesAbout(records, covering);
        long newest = entries.stream().mapToLong(AuditRecord::seq).max().orElse(0);
        Checkpoint checkpoint = evidence.checkpointCovering(newest);

        UUID exportId = UUID.randomUUID();
        Instant now = clock.instant();
        var forceDetails = forces.get(force);
        List<EvidencePackage.Item> items = records.stream()
                .map(record -> new EvidencePackage.Item(
                        record,
                        record.view(months.get(record.type())),
                        covering.getOrDefault(record.id(), List.of()).stream()
                                .map(LegalHold::name)
                                .toList(),
                        retention.history(force, record.id())))
                .toList();
        byte[] zip = packager.build(
                new EvidencePackage.Manifest(
                        exportId, forceDetails.name(), forceDetails.code(), user.displayName(), purpose.trim(), now),
                items,
                entries,
                checkpoint,
                evidence.publicKeyPem(),
                evidence.keyId(),
                evidence::signManifest);
        String sha256 = AuditProof.sha256Hex(zip);
        String fileName = "evidence-" + forceDetails.code() + "-" + STAMP.format(now.atZone(LondonTime.ZONE)) + "-"
                + exportId.toString().substring(0, 8) + ".zip";

        Map<String, String> details = new LinkedHashMap<>();
        details.put("records", Integer.toString(records.size()));
        details.put("file", fileName);
        details.put("sha256", sha256);
        details.put("checkpointSeq", Long.toString(checkpoint.seq()));
        audit.record(ArchiveActions.EXPORTED, ArchiveActions.EXPORT, exportId, purpose.trim(), details);
        for (StoredRecord record : records) {
            audit.record(
                    ArchiveActions.RECORD_EXPORTED,
                    ArchiveActions.RECORD,
                    record.id(),
                    purpose.trim(),
                    Map.of("export", exportId.toString(), "sha256", sha256));
        }
        return new EvidenceExport(fileName, zip, sha256, records.size());
    }

    /**
     * Entries about the archive records, about the owning modules' original records (and the post each concerns),
     * and about the holds on them: everything the trail says about this evidence.
     */
    private List<AuditRecord> auditEntriesAbout(
            List<StoredRecord> records, Map<ArchiveRecordId, List<LegalHold>> covering) {
        Map<String, Set<String>> about = new TreeMap<>();
        for (StoredRecord record : records) {
            add(about, ArchiveActions.RECORD, record.id().toString());
            add(about, record.type().sourceRecordType(), record.entry().recordId());
            String postId = record.entry().metadata().get("postId");
            if (postId != null) {
                add(about, "post", postId);
            }
        }
        covering.values().stream()
                .flatMap(List::stream)
                .forEach(hold -> add(about, ArchiveActions.HOLD, hold.id().toString()));
        Map<Long, AuditRecord> bySeq = new TreeMap<>();
        about.forEach((type, ids) -> evidence.entriesAbout(type, ids).forEach(entry -> bySeq.put(entry.seq(), entry)));
        List<AuditRecord> entries = new ArrayList<>(bySeq.values());
        entries.sort(Comparator.comparingLong(AuditRecord::seq));
        return entries;
    }

    private static void add(Map<String, Set<String>> about, String type, String id) {
        about.computeIfAbsent(type, key -> new LinkedHashSet<>()).add(id);
    }
}
