package org.postwatch.audit.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postwatch.audit.AuditProof;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The installation's Ed25519 key for signing checkpoints and evidential exports. Configured as
 * {@code postwatch.audit.signing-key} (base64 PKCS#8, for example {@code openssl genpkey -algorithm ed25519 -outform
 * DER | base64 -w0}); its public key is derived. In demo mode without one, a key is generated once into
 * {@code <data-dir>/audit-signing.key}. The private key is never logged.
 */
@Component
public class SigningKey {

    private static final Logger log = LoggerFactory.getLogger(SigningKey.class);

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String keyId;
    private final Map<String, PublicKey> trusted;

    SigningKey(
            @Value("${postwatch.audit.signing-key:}") String configured,
            @Value("${postwatch.audit.public-key:}") String configuredPublic,
            @Value("${postwatch.audit.trusted-public-keys:}") List<String> previouslyUsed,
            @Value("${postwatch.demo.enabled:false}") boolean demo,
            @Value("${postwatch.data-dir:./data}") Path dataDir) {
        String encoded = configured.isBlank() ? demoKey(demo, dataDir.resolve("audit-signing.key")) : configured;
        this.privateKey = readPrivateKey(encoded);
        this.publicKey = derivePublicKey(privateKey);
        this.keyId = AuditProof.keyId(publicKey);
        if (!configuredPublic.isBlank()
                && !AuditProof.keyId(AuditProof.readPublicKey(configuredPublic)).equals(keyId)) {
            throw new IllegalStateException(
                    "postwatch.audit.public-key does not belong to postwatch.audit.signing-key: check the pair");
        }
        Map<String, PublicKey> keys = new LinkedHashMap<>();
        keys.put(keyId, publicKey);
        for (String old : previouslyUsed) {
            if (!old.isBlank()) {
                PublicKey key = AuditProof.readPublicKey(old);
                keys.put(AuditProof.keyId(key), key);
            }
        }
        this.trusted = Map.copyOf(keys);
    }

    public byte[] sign(byte[] data) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(privateKey);
            signer.update(data);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign with the audit key", e);
        }
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    public String keyId() {
        return keyId;
    }

    /** This key and any earlier keys named in {@code postwatch.audit.trusted-public-keys}, by key id. */
    public Map<String, PublicKey> trustedKeys() {
        return trusted;
    }

    private static String demoKey(boolean demo, Path file) {
        if (!demo) {
            throw new IllegalStateException("No audit signing key: set postwatch.audit.signing-key (environment"
                    + " POSTWATCH_AUDIT_SIGNING_KEY) to a base64 PKCS#8 Ed25519 key, for example the output of"
                    + " 'openssl genpkey -algorithm ed25519 -outform DER | base64 -w0'. See docs/audit.md.");
        }
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).trim();
            }
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            String encoded =
                    Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, encoded + "\n", StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // Not a POSIX file system: the file keeps its default permissions.
            }
            log.warn(
                    "Demo mode: generated an audit signing key in {} (key id {}). Production sets"
                            + " postwatch.audit.signing-key instead.",
                    file.toAbsolutePath(),
                    AuditProof.keyId(pair.getPublic()));
            return encoded;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or write the demo audit key " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey readPrivateKey(String base64) {
        try {
            return KeyFactory.getInstance("Ed25519")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64.trim())));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "postwatch.audit.signing-key is not a base64 PKCS#8 Ed25519 private key", e);
        }
    }

    /** Ed25519 key generation is deterministic in its 32-byte seed, so feeding it the seed rebuilds the pair. */
    private static PublicKey derivePublicKey(PrivateKey key) {
        byte[] seed = ((EdECPrivateKey) key)
                .getBytes()
                .orElseThrow(() -> new IllegalStateException("The audit signing key has no extractable seed"));
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new SecureRandom() {
                @Override
                public void nextBytes(byte[] bytes) {
                    System.arraycopy(seed, 0, bytes, 0, bytes.length);
                }
            });
            return generator.generateKeyPair().getPublic();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
