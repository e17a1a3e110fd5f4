package org.postwatch.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.postwatch.platform.ForceId;

/**
 * A signed statement that a force's chain had {@code seq} entries ending in {@code headHash} at {@code signedAt}. The
 * signature is Ed25519 over {@link #payload()}, so {@code openssl pkeyutl -verify -rawin} can check it.
 */
public record Checkpoint(ForceId force, long seq, byte[] headHash, Instant signedAt, String keyId, byte[] signature) {

    public static final String FORMAT = "postwatch-audit-checkpoint/v1";

    /** The exact bytes that were signed. */
    public byte[] payload() {
        return payloadText().getBytes(StandardCharsets.UTF_8);
    }

    public String payloadText() {
        return FORMAT + "\n"
                + "force: " + force + "\n"
                + "seq: " + seq + "\n"
                + "head: " + headHashHex() + "\n"
                + "signed-at: " + signedAt + "\n";
    }

    public String headHashHex() {
        return HexFormat.of().formatHex(headHash);
    }

    public String signatureBase64() {
        return Base64.getEncoder().encodeToString(signature);
    }
}
