package org.postwatch.audit.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.postwatch.audit.AuditLog;
import org.postwatch.audit.AuditQuery;
import org.postwatch.audit.AuditRecord;
import org.postwatch.audit.AuditVerification;
import org.postwatch.audit.ChainReport;
import org.postwatch.audit.CheckpointExport;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "The tamper-evident audit trail: entries, verification, signed checkpoints")
class AuditApi {

    private final AuditVerification verification;
    private final AuditLog log;

    AuditApi(AuditVerification verification, AuditLog log) {
        this.verification = verification;
        this.log = log;
    }

    /** The result of verifying the caller's force's chain. */
    record VerifyResponse(
            boolean intact,
            long entriesChecked,
            long lastSeq,
            int checkpointsChecked,
            Long latestCheckpointSeq,
            Instant latestCheckpointSignedAt,
            String keyId,
            BreakResponse firstBreak,
            Instant verifiedAt) {

        static VerifyResponse of(ChainReport report) {
            return new VerifyResponse(
                    report.intact(),
                    report.entriesChecked(),
                    report.lastSeq(),
                    report.checkpointsChecked(),
                    report.latestCheckpoint().map(c -> c.seq()).orElse(null),
                    report.latestCheckpoint().map(c -> c.signedAt()).orElse(null),
                    report.latestCheckpoint().map(c -> c.keyId()).orElse(null),
                    report.firstBreak()
                            .map(b ->
                                    new BreakResponse(b.kind().name(), b.kind().label(), b.seq(), b.detail()))
                            .orElse(null),
                    report.verifiedAt());
        }
    }

    record BreakResponse(String kind, String label, long seq, String detail) {}

    record EntryResponse(
            long seq,
            Instant occurredAt,
            UUID actorId,
            String actor,
            String action,
            String recordType,
            String recordId,
            String reason,
            String sourceIp,
            Map<String, String> details,
            String prevHash,
            String hash) {

        static EntryResponse of(AuditRecord entry) {
            return new EntryResponse(
                    entry.seq(),
                    entry.occurredAt(),
                    entry.actorId(),
                    entry.actorName(),
                    entry.action(),
                    entry.recordType(),
                    entry.recordId(),
                    entry.reason(),
                    entry.sourceIp(),
                    entry.details(),
                    entry.prevHashHex(),
                    entry.hashHex());
        }
    }

    @GetMapping("/verify")
    @PreAuthorize("hasRole('FORCE_ADMIN')")
    @Operation(summary = "Verify the caller's force's audit chain and signed checkpoints; reports the first break")
    VerifyResponse verify() {
        return VerifyResponse.of(verification.verifyMyForce());
    }

    @GetMapping("/checkpoints")
    @PreAuthorize("hasRole('FORCE_ADMIN')")
    @Operation(
            summary = "Signed checkpoints of the caller's force with the public key, to keep elsewhere",
            description = "All of them, or those signed on or after 'since' (a date) for a regular incremental copy")
    CheckpointExport checkpoints(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since) {
        return log.exportCheckpoints(since);
    }

    @GetMapping("/entries")
    @PreAuthorize("hasAnyRole('FORCE_ADMIN', 'PROFESSIONAL_STANDARDS')")
    @Operation(summary = "Audit entries of the caller's force, newest first, 100 per page")
    List<EntryResponse> entries(
            @RequestParam(required = false) String person,
            @RequestParam(required = false) UUID actorId,
            @RequestParam(required = false) String recordType,
            @RequestParam(required = false) String recordId,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "1") int page) {
        return log
                .search(new AuditQuery(person, actorId, recordType, recordId, action, from, to), page, 100)
                .entries()
                .stream()
                .map(EntryResponse::of)
                .toList();
    }
}
