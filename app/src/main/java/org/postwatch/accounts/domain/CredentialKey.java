package org.postwatch.accounts.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.postwatch.platform.BusinessRuleException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The key that seals channel credentials: {@code postwatch.crypto.key} (base64 of 32 random bytes, for example from
 * {@code openssl rand -base64 32}). In demo mode with no key configured, one is generated once and kept in
 * {@code <data-dir>/credentials.key}, readable only by its owner. The key itself is never logged.
 */
@Component
public class CredentialKey {

    private static final Logger log = LoggerFactory.getLogger(CredentialKey.class);

    private final CredentialCipher cipher;

    CredentialKey(
            @Value("${postwatch.crypto.key:}") String configured,
            @Value("${postwatch.demo.enabled:false}") boolean demo,
            @Value("${postwatch.data-dir:./data}") Path dataDir) {
        this.cipher = load(configured, demo, dataDir.resolve("credentials.key")).orElse(null);
        if (cipher == null) {
            log.warn("No postwatch.crypto.key is configured: channel credentials cannot be stored or used until it is");
        }
    }

    /** The cipher, or a clear refusal when no key is configured. */
    public CredentialCipher cipher() {
        if (cipher == null) {
            throw new BusinessRuleException("Channel credentials cannot be stored: no encryption key is configured."
                    + " Ask the system administrator to set postwatch.crypto.key");
        }
        return cipher;
    }

    public boolean configured() {
        return cipher != null;
    }

    static Optional<CredentialCipher> load(String configured, boolean demo, Path keyFile) {
        if (configured != null && !configured.isBlank()) {
            return Optional.of(new CredentialCipher(decode(configured.trim(), "postwatch.crypto.key")));
        }
        if (!demo) {
            return Optional.empty();
        }
        try {
            if (Files.exists(keyFile)) {
                return Optional.of(new CredentialCipher(decode(
                        Files.readString(keyFile, StandardCharsets.US_ASCII).trim(), keyFile.toString())));
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.createDirectories(keyFile.toAbsolutePath().getParent());
            Files.writeString(keyFile, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // Not a POSIX file system: the file keeps its default permissions.
            }
            log.info("Demo mode: generated a channel credentials key in {}", keyFile.toAbsolutePath());
            return Optional.of(new CredentialCipher(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the demo credentials key " + keyFile, e);
        }
    }

    private static byte[] decode(String base64, String source) {
        try {
            byte[] key = Base64.getDecoder().decode(base64);
            if (key.length != 32) {
                throw new IllegalStateException(
                        source + " must hold 32 bytes (256 bits) in base64; it holds " + key.length + " bytes");
            }
            return key;
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + " is not valid base64", e);
        }
    }
}
