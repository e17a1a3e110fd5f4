package org.postwatch.audit;

import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.postwatch.platform.ForceId;

/**
 * One stored audit entry, with the hashes that chain it to the entry before. {@link AuditProof#hashMatches} recomputes
 * {@code hash} from the other fields.
 */
public record AuditRecord(
        ForceId force,
        long seq,
        Instant occurredAt,
        UUID actorId,
        String actorName,
        String action,
        String recordType,
        String recordId,
        String reason,
        String sourceIp,
        Map<String, String> details,
        byte[] prevHash,
        byte[] hash) {

    public AuditRecord {
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    public String hashHex() {
        return HexFormat.of().formatHex(hash);
    }

    public String prevHashHex() {
        return HexFormat.of().formatHex(prevHash);
    }

    public AuditRecord withSeq(long newSeq) {
        return new AuditRecord(
                force,
                newSeq,
                occurredAt,
                actorId,
                actorName,
                action,
                recordType,
                recordId,
                reason,
                sourceIp,
                details,
                prevHash,
                hash);
    }

    public AuditRecord withHashes(byte[] newPrevHash, byte[] newHash) {
        return new AuditRecord(
                force,
                seq,
                occurredAt,
                actorId,
                actorName,
                action,
                recordType,
                recordId,
                reason,
                sourceIp,
                details,
                newPrevHash,
                newHash);
    }
}
