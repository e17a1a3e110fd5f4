package org.postwatch.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.postwatch.audit.domain.EntryHash;

/**
 * The checks anyone can repeat without the database: an entry's hash, a checkpoint's or an export's Ed25519
 * signature, and the public key's identifier. Pure functions, so the offline export verifier uses them too.
 */
public final class AuditProof {

    private AuditProof() {}

    /** True when the entry's stored hash is the hash of its fields and its stored previous hash. */
    public static boolean hashMatches(AuditRecord entry) {
        return Arrays.equals(EntryHash.of(entry, entry.prevHash()), entry.hash());
    }

    public static boolean signatureValid(PublicKey key, byte[] data, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(data);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    public static boolean checkpointValid(Checkpoint checkpoint, PublicKey key) {
        return keyId(key).equals(checkpoint.keyId())
                && signatureValid(key, checkpoint.payload(), checkpoint.signature());
    }

    /** A short, stable name for a public key: the first 16 hex digits of the SHA-256 of its X.509 encoding. */
    public static String keyId(PublicKey key) {
        return HexFormat.of().formatHex(sha256(key.getEncoded())).substring(0, 16);
    }

    public static String publicKeyPem(PublicKey key) {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(key.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    /** Reads an Ed25519 public key as PEM or as bare base64 of its X.509 encoding. */
    public static PublicKey readPublicKey(String pemOrBase64) {
        String base64 = pemOrBase64
                .replace("-----BEGIN PUBLIC KEY-----", "")
                .replace("-----END PUBLIC KEY-----", "")
                .replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("Ed25519")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Not an Ed25519 public key: " + e.getMessage(), e);
        }
    }

    public static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256(bytes));
    }
}
