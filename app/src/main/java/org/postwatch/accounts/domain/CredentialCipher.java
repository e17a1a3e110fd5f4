package org.postwatch.accounts.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.postwatch.accounts.CredentialsUnreadableException;

/**
 * Seals channel credentials with AES-256-GCM. Each sealed value is a version byte, a random 96-bit nonce and the
 * ciphertext with its 128-bit tag. The associated data binds it to one force's account, so a sealed value copied to
 * another row does not open.
 */
public final class CredentialCipher {

    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final String fingerprint;

    public CredentialCipher(byte[] keyBytes) {
        if (keyBytes == null || keyBytes.length != 32) {
            throw new IllegalArgumentException("postwatch.crypto.key must be 32 bytes (256 bits), base64-encoded");
        }
        this.key = new SecretKeySpec(keyBytes.clone(), "AES");
        this.fingerprint = fingerprintOf(keyBytes);
    }

    /** Identifies the key without revealing it, so a value sealed with another key is recognised as such. */
    public String fingerprint() {
        return fingerprint;
    }

    public byte[] seal(byte[] plaintext, String associatedData) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length)
                    .put(VERSION)
                    .put(nonce)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
        }
    }

    /** Opens a sealed value; throws {@link CredentialsUnreadableException} when the key or the binding is wrong. */
    public byte[] open(byte[] sealed, String associatedData) {
        if (sealed == null || sealed.length < 1 + NONCE_BYTES + TAG_BITS / 8 || sealed[0] != VERSION) {
            throw new CredentialsUnreadableException("The stored credentials are not in a format Postwatch recognises");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.DECRYPT_MODE,
                    key,
                    new GCMParameterSpec(TAG_BITS, Arrays.copyOfRange(sealed, 1, 1 + NONCE_BYTES)));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new CredentialsUnreadableException("The stored credentials could not be decrypted: they were sealed"
                    + " with a different key (postwatch.crypto.key) or belong to another account");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
        }
    }

    static String fingerprintOf(byte[] keyBytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(ByteBuffer.allocate(keyBytes.length + 24)
                            .put("postwatch-credential-key".getBytes(StandardCharsets.US_ASCII))
                            .put(keyBytes)
                            .array());
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
