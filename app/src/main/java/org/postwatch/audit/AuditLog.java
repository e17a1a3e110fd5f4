package org.postwatch.audit;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.postwatch.audit.domain.AuditEntries;
import org.postwatch.audit.domain.Checkpoints;
import org.postwatch.audit.domain.SigningKey;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.LondonTime;
import org.postwatch.platform.Tenancy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading the current force's trail: filtered pages, CSV export and the checkpoint export for keeping outside the
 * database. Every export is itself recorded in the trail.
 */
@Service
public class AuditLog {

    /** Most rows one CSV export holds; narrow the filters for more. */
    public static final int EXPORT_LIMIT = 100_000;

    private static final DateTimeFormatter LONDON = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditEntries entries;
    private final Checkpoints checkpoints;
    private final SigningKey key;
    private final AuditTrail audit;
    private final JsonMapper json;

    AuditLog(AuditEntries entries, Checkpoints checkpoints, SigningKey key, AuditTrail audit, JsonMapper json) {
        this.entries = entries;
        this.checkpoints = checkpoints;
        this.key = key;
        this.audit = audit;
        this.json = json;
    }

    /** One page of matching entries, newest first. */
    public record Page(List<AuditRecord> entries, int number, boolean hasNext) {}

    @PreAuthorize("hasAnyRole('FORCE_ADMIN', 'PROFESSIONAL_STANDARDS')")
    @Transactional(readOnly = true)
    public Page search(AuditQuery query, int page, int size) {
        int number = Math.max(page, 1);
        List<AuditRecord> found = entries.search(Tenancy.requireForce(), query, (number - 1) * size, size + 1);
        return new Page(found.stream().limit(size).toList(), number, found.size() > size);
    }

    @PreAuthorize("hasAnyRole('FORCE_ADMIN', 'PROFESSIONAL_STANDARDS')")
    @Transactional(readOnly = true)
    public List<String> actions() {
        return entries.actions(Tenancy.requireForce());
    }

    /** The matching entries as CSV (UTF-8), at most {@value #EXPORT_LIMIT} rows; the export is recorded. */
    @PreAuthorize("hasAnyRole('FORCE_ADMIN', 'PROFESSIONAL_STANDARDS')")
    @Transactional
    public byte[] exportCsv(AuditQuery query) {
        ForceId force = Tenancy.requireForce();
        List<AuditRecord> rows = entries.search(force, query, 0, EXPORT_LIMIT);
        StringBuilder csv = new StringBuilder(
                "seq,occurred_at_utc,occurred_at_london,actor,actor_id,action,record_type,record_id,reason,"
                        + "source_ip,details,hash\r\n");
        for (AuditRecord row : rows) {
            csv.append(row.seq())
                    .append(',')
                    .append(row.occurredAt())
                    .append(',')
                    .append(LONDON.format(row.occurredAt().atZone(LondonTime.ZONE)))
                    .append(',')
                    .append(cell(row.actorName()))
                    .append(',')
                    .append(row.actorId() == null ? "" : row.actorId())
                    .append(',')
                    .append(cell(row.action()))
                    .append(',')
                    .append(cell(row.recordType()))
                    .append(',')
                    .append(cell(row.recordId()))
                    .append(',')
                    .append(cell(row.reason()))
                    .append(',')
                    .append(cell(row.sourceIp()))
                    .append(',')
                    .append(cell(row.details().isEmpty() ? "" : json.writeValueAsString(row.details())))
                    .append(',')
                    .append(row.hashHex())
                    .append("\r\n");
        }
        Map<String, String> details = new LinkedHashMap<>(query.describe());
        details.put("rows", Integer.toString(rows.size()));
        audit.record(Actions.EXPORTED, "audit-trail", UUID.randomUUID(), null, details);
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The force's checkpoints with the public key, as JSON, for copying to storage outside the database: all of them,
     * or those signed on or after {@code since} (a London date) for a regular incremental copy.
     */
    @PreAuthorize("hasRole('FORCE_ADMIN')")
    @Transactional
    public CheckpointExport exportCheckpoints(LocalDate since) {
        ForceId force = Tenancy.requireForce();
        List<Checkpoint> chosen = since == null
                ? checkpoints.all(force)
                : checkpoints.since(force, since.atStartOfDay(LondonTime.ZONE).toInstant());
        Map<String, String> details = new LinkedHashMap<>();
        details.put("checkpoints", Integer.toString(chosen.size()));
        if (since != null) {
            details.put("since", since.toString());
        }
        audit.record(Actions.CHECKPOINTS_EXPORTED, "audit-chain", force, null, details);
        return CheckpointExport.of(force, chosen, key.publicKey());
    }

    @PreAuthorize("hasAnyRole('FORCE_ADMIN', 'PROFESSIONAL_STANDARDS')")
    @Transactional(readOnly = true)
    public List<Checkpoint> recentCheckpoints(int limit) {
        return checkpoints.newest(Tenancy.requireForce(), limit);
    }

    public String publicKeyPem() {
        return AuditProof.publicKeyPem(key.publicKey());
    }

    public String keyId() {
        return key.keyId();
    }

    /** Quotes every text cell, and defuses cells a spreadsheet would run as a formula. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = value;
        if ("=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    enum Actions implements AuditAction {
        EXPORTED("audit.exported"),
        CHECKPOINTS_EXPORTED("audit.checkpoints-exported");

        private final String code;

        Actions(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }
}
