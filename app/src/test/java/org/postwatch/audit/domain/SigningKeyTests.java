package org.postwatch.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postwatch.audit.AuditProof;

class SigningKeyTests {

    static final String PRIVATE =
            Base64.getEncoder().encodeToString(Chains.KEYS.getPrivate().getEncoded());
    static final String PUBLIC =
            Base64.getEncoder().encodeToString(Chains.KEYS.getPublic().getEncoded());
    static final String OTHER_PUBLIC =
            Base64.getEncoder().encodeToString(Chains.OTHER_KEYS.getPublic().getEncoded());

    @Test
    void aConfiguredKeySignsAndItsPublicKeyIsDerived(@TempDir Path dir) {
        SigningKey key = new SigningKey(PRIVATE, PUBLIC, List.of(), false, dir);

        byte[] signature = key.sign("checkpoint".getBytes());

        assertThat(key.keyId()).isEqualTo(AuditProof.keyId(Chains.KEYS.getPublic()));
        assertThat(AuditProof.signatureValid(Chains.KEYS.getPublic(), "checkpoint".getBytes(), signature))
                .isTrue();
        assertThat(dir.resolve("audit-signing.key")).doesNotExist();
    }

    @Test
    void aPublicKeyThatDoesNotBelongToTheSigningKeyStopsStartup(@TempDir Path dir) {
        assertThatThrownBy(() -> new SigningKey(PRIVATE, OTHER_PUBLIC, List.of(), false, dir))
                .hasMessageContaining("does not belong");
    }

    @Test
    void previouslyUsedKeysStayTrustedAfterARotation(@TempDir Path dir) {
        SigningKey key = new SigningKey(PRIVATE, "", List.of(OTHER_PUBLIC), false, dir);

        assertThat(key.trustedKeys()).containsOnlyKeys(Chains.keyId(Chains.KEYS), Chains.keyId(Chains.OTHER_KEYS));
    }

    @Test
    void withoutAKeyOutsideDemoModeTheApplicationRefusesToStart(@TempDir Path dir) {
        assertThatThrownBy(() -> new SigningKey("", "", List.of(), false, dir))
                .hasMessageContaining("postwatch.audit.signing-key");
    }

    @Test
    void demoModeGeneratesAKeyOnceIntoAPrivateFile(@TempDir Path dir) throws Exception {
        SigningKey first = new SigningKey("", "", List.of(), true, dir);
        SigningKey second = new SigningKey("", "", List.of(), true, dir);

        Path file = dir.resolve("audit-signing.key");
        assertThat(second.keyId()).isEqualTo(first.keyId());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }

    @Test
    void aMalformedKeyIsReportedWithoutShowingIt(@TempDir Path dir) {
        assertThatThrownBy(() -> new SigningKey("bm90IGEga2V5", "", List.of(), false, dir))
                .hasMessage("postwatch.audit.signing-key is not a base64 PKCS#8 Ed25519 private key");
    }
}
