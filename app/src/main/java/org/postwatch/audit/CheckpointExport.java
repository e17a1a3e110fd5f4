package org.postwatch.audit;

import java.security.PublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.postwatch.platform.ForceId;

/**
 * A force's signed checkpoints as a JSON document, for copying to storage outside the database (write-once object
 * storage, another organisation). {@code audit verify --checkpoints=<file>} checks the chain against such a copy.
 */
public record CheckpointExport(String format, String force, String publicKeyPem, String keyId, List<Item> checkpoints) {

    public static final String FORMAT = "postwatch-audit-checkpoints/v1";

    /** One checkpoint: the signed payload's fields, the payload itself and its signature. */
    public record Item(long seq, String headHash, Instant signedAt, String keyId, String signature, String payload) {}

    static CheckpointExport of(ForceId force, List<Checkpoint> checkpoints, PublicKey key) {
        return new CheckpointExport(
                FORMAT,
                force.toString(),
                AuditProof.publicKeyPem(key),
                AuditProof.keyId(key),
                checkpoints.stream()
                        .map(c -> new Item(
                                c.seq(),
                                c.headHashHex(),
                                c.signedAt(),
                                c.keyId(),
                                c.signatureBase64(),
                                c.payloadText()))
                        .toList());
    }

    /** The checkpoints back as values, to verify a chain against. */
    public List<Checkpoint> toCheckpoints() {
        ForceId id = ForceId.of(force);
        return checkpoints.stream()
                .map(item -> new Checkpoint(
                        id,
                        item.seq(),
                        HexFormat.of().parseHex(item.headHash()),
                        item.signedAt(),
                        item.keyId(),
                        Base64.getDecoder().decode(item.signature())))
                .toList();
    }
}
