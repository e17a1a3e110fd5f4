package org.postwatch.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postwatch.accounts.CredentialsUnreadableException;
import org.postwatch.platform.BusinessRuleException;

class CredentialCipherTests {

    static final String SECRET = "EAAGm0PX4ZCpsBA-page-token-very-secret";
    static final String BINDING = "postwatch:channel-credential:v1:force:account";

    static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    @Test
    void sealedCredentialsOpenWithTheSameKeyAndBinding() {
        CredentialCipher cipher = new CredentialCipher(randomKey());

        byte[] sealed = cipher.seal(SECRET.getBytes(StandardCharsets.UTF_8), BINDING);

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(SECRET);
        assertThat(new String(cipher.open(sealed, BINDING), StandardCharsets.UTF_8))
                .isEqualTo(SECRET);
    }

    @Test
    void sealingTwiceGivesDifferentBytes() {
        CredentialCipher cipher = new CredentialCipher(randomKey());

        assertThat(cipher.seal(SECRET.getBytes(StandardCharsets.UTF_8), BINDING))
                .isNotEqualTo(cipher.seal(SECRET.getBytes(StandardCharsets.UTF_8), BINDING));
    }

    @Test
    void aDifferentKeyFailsClearly() {
        byte[] sealed = new CredentialCipher(randomKey()).seal(SECRET.getBytes(StandardCharsets.UTF_8), BINDING);

        assertThatThrownBy(() -> new CredentialCipher(randomKey()).open(sealed, BINDING))
                .isInstanceOf(CredentialsUnreadableException.class)
                .hasMessageContaining("sealed with a different key (postwatch.crypto.key)");
    }

    @Test
    void credentialsCopiedToAnotherAccountDoNotOpen() {
        CredentialCipher cipher = new CredentialCipher(randomKey());
        byte[] sealed = cipher.seal(SECRET.getBytes(StandardCharsets.UTF_8), BINDING);

        assertThatThrownBy(() -> cipher.open(sealed, BINDING + "-other"))
                .isInstanceOf(CredentialsUnreadableException.class);
    }

    @Test
    void tamperedCiphertextDoesNotOpen() {
        CredentialCipher cipher = new CredentialCipher(randomKey());
        byte[] sealed = cipher.seal(SECRET.getBytes(StandardCharsets.UTF_8), BINDING);
        sealed[sealed.length - 1] ^= 1;

        assertThatThrownBy(() -> cipher.open(sealed, BINDING)).isInstanceOf(CredentialsUnreadableException.class);
    }

    @Test
    void theKeyMustBe256Bits() {
        assertThatThrownBy(() -> new CredentialCipher(new byte[16]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> CredentialKey.load(Base64.getEncoder().encodeToString(new byte[16]), false, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("must hold 32 bytes");
    }

    @Test
    void theFingerprintIdentifiesTheKeyWithoutRevealingIt() {
        byte[] key = randomKey();
        CredentialCipher cipher = new CredentialCipher(key);

        assertThat(cipher.fingerprint()).hasSize(16).isEqualTo(new CredentialCipher(key.clone()).fingerprint());
        assertThat(cipher.fingerprint()).isNotEqualTo(new CredentialCipher(randomKey()).fingerprint());
        assertThat(Base64.getEncoder().encodeToString(key)).doesNotContain(cipher.fingerprint());
    }

    @Test
    void inDemoModeAKeyIsGeneratedOnceAndKeptOwnerReadableOnly(@TempDir Path dataDir) throws Exception {
        Path file = dataDir.resolve("credentials.key");

        CredentialCipher first = CredentialKey.load("", true, file).orElseThrow();
        CredentialCipher second = CredentialKey.load("", true, file).orElseThrow();

        assertThat(first.fingerprint()).isEqualTo(second.fingerprint());
        assertThat(Base64.getDecoder().decode(Files.readString(file).trim())).hasSize(32);
        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(
                        java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void outsideDemoModeWithoutAKeyNothingCanBeStored(@TempDir Path dataDir) {
        assertThat(CredentialKey.load("", false, dataDir.resolve("credentials.key")))
                .isEmpty();
        assertThat(Files.exists(dataDir.resolve("credentials.key"))).isFalse();

        CredentialKey none = new CredentialKey("", false, dataDir);
        assertThat(none.configured()).isFalse();
        assertThatThrownBy(none::cipher)
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("no encryption key is configured");
    }
}
