package org.postwatch.bench.scale;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** An Ed25519 key kept beside a benchmark's data, so a benchmark needs no configuration. */
final class BenchKey {

    private BenchKey() {}

    static String load(String dataDir) {
        Path file = Path.of(dataDir, "bench-audit-signing.key");
        try {
            if (Files.exists(file)) {
                return Files.readString(file).trim();
            }
            String key = Base64.getEncoder()
                    .encodeToString(KeyPairGenerator.getInstance("Ed25519")
                            .generateKeyPair()
                            .getPrivate()
                            .getEncoded());
            Files.createDirectories(file.getParent());
            Files.writeString(file, key);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
