package org.postwatch.audit.domain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.postwatch.audit.AuditRecord;

/**
 * The canonical encoding of an entry and its SHA-256 chain hash. Every field is length-prefixed, so no two different
 * entries encode alike, and details are sorted by key, so the database's own ordering of JSON cannot change a hash.
 */
public final class EntryHash {

    public static final byte[] GENESIS = new byte[32];

    private EntryHash() {}

    /** The hash an entry should have if {@code previousHash} came before it. */
    public static byte[] of(AuditRecord entry, byte[] previousHash) {
        return of(
                previousHash,
                entry.force().value(),
                entry.seq(),
                entry.occurredAt(),
                entry.actorId(),
                entry.actorName(),
                entry.action(),
                entry.recordType(),
                entry.recordId(),
                entry.reason(),
                entry.sourceIp(),
                entry.details());
    }

    public static byte[] of(
            byte[] previousHash,
            UUID force,
            long seq,
            Instant occurredAt,
            UUID actorId,
            String actorName,
            String action,
            String recordType,
            String recordId,
            String reason,
            String sourceIp,
            Map<String, String> details) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        field(out, "v1");
        out.writeBytes(previousHash);
        field(out, force.toString());
        field(out, Long.toString(seq));
        field(out, occurredAt.toString());
        field(out, actorId == null ? "" : actorId.toString());
        field(out, actorName);
        field(out, action);
        field(out, recordType);
        field(out, recordId);
        field(out, reason);
        field(out, sourceIp);
        TreeMap<String, String> sorted = new TreeMap<>(details);
        field(out, Integer.toString(sorted.size()));
        sorted.forEach((key, value) -> {
            field(out, key);
            field(out, value);
        });
        return sha256(out.toByteArray());
    }

    private static void field(ByteArrayOutputStream out, String value) {
        if (value == null) {
            out.writeBytes("-1:".getBytes(StandardCharsets.US_ASCII));
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeBytes((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(bytes);
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
