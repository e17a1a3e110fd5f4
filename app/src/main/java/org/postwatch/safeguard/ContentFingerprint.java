package org.postwatch.safeguard;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a post's text (UTF-8, exactly as checked), in lower-case hex: proves which words a decision was about. */
public record ContentFingerprint(String sha256) {

    public static ContentFingerprint of(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((text == null ? "" : text).getBytes(StandardCharsets.UTF_8));
            return new ContentFingerprint(HexFormat.of().formatHex(hash));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    public boolean matches(String text) {
        return equals(of(text));
    }

    @Override
    public String toString() {
        return sha256;
    }
}
