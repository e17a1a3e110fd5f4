package org.postwatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar postwatch.jar audit verify} starts the application as a command, in its own process, with no web
 * server and no scheduled work: this starts it the same way, on its own throwaway database.
 */
class AuditVerifyCommandTests {

    @Test
    void theCommandStartsWithoutAWebServerOrScheduledWorkVerifiesAndExitsZero() {
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exitCode;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try (ConfigurableApplicationContext context = PostwatchApplication.command()
                .run(
                        "audit",
                        "verify",
                        "--postwatch.data-dir=target/command-test-data",
                        "--postwatch.embedded-database.ephemeral=true",
                        "--postwatch.demo.enabled=true")) {
            exitCode = SpringApplication.exit(context);
        } finally {
            System.setOut(original);
        }

        String output = printed.toString(StandardCharsets.UTF_8);
        // A new database has no chains yet (demo data is seeded once the application is ready, after commands run):
        // the chain verification itself is tested in AuditVerificationTests; this proves the command starts and runs.
        assertThat(output).contains("No audit chains found.").contains("All audit chains are intact.");
        assertThat(exitCode).isZero();
    }
}
