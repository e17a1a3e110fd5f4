package org.postwatch.audit;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar postwatch.jar audit verify [--checkpoints=<export.json>]...}: verifies every force's chain and
 * prints the result; exits 1 if any chain is broken. Runs without the web server (see {@code PostwatchApplication}).
 */
@Component
class AuditCommand implements ApplicationRunner, ExitCodeGenerator {

    private final AuditVerification verification;
    private final JsonMapper json;
    private final PrintStream out = System.out;
    private int exitCode;

    AuditCommand(AuditVerification verification, JsonMapper json) {
        this.verification = verification;
        this.json = json;
    }

    static boolean requested(String... args) {
        List<String> words = java.util.Arrays.stream(args)
                .filter(arg -> !arg.startsWith("--"))
                .toList();
        return words.size() >= 2 && words.get(0).equals("audit") && words.get(1).equals("verify");
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!requested(args.getSourceArgs())) {
            return;
        }
        List<Checkpoint> keptElsewhere = new ArrayList<>();
        List<String> files = args.getOptionValues("checkpoints");
        if (files != null) {
            for (String file : files) {
                keptElsewhere.addAll(read(Path.of(file)).toCheckpoints());
            }
        }
        List<ChainReport> reports = verification.verifyAllForces(keptElsewhere);
        if (reports.isEmpty()) {
            out.println("No audit chains found.");
        }
        for (ChainReport report : reports) {
            out.println(describe(report));
        }
        exitCode = reports.stream().allMatch(ChainReport::intact) ? 0 : 1;
        out.println(exitCode == 0 ? "All audit chains are intact." : "AUDIT CHAIN BROKEN: see above.");
    }

    static String describe(ChainReport report) {
        StringBuilder line = new StringBuilder("Force ").append(report.force()).append(": ");
        report.firstBreak()
                .ifPresentOrElse(
                        found -> line.append("BROKEN at entry #")
                                .append(found.seq())
                                .append(" - ")
                                .append(found.kind().label())
                                .append(". ")
                                .append(found.detail()),
                        () -> line.append("intact, ")
                                .append(report.entriesChecked())
                                .append(" entries"));
        report.latestCheckpoint()
                .ifPresentOrElse(
                        checkpoint -> line.append("; latest checkpoint #")
                                .append(checkpoint.seq())
                                .append(" signed ")
                                .append(checkpoint.signedAt())
                                .append(" with key ")
                                .append(checkpoint.keyId())
                                .append("; ")
                                .append(report.unsignedEntries())
                                .append(report.unsignedEntries() == 1 ? " entry since" : " entries since"),
                        () -> line.append("; no checkpoint yet"));
        return line.toString();
    }

    private CheckpointExport read(Path file) {
        try {
            return json.readValue(Files.readString(file), CheckpointExport.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read checkpoints from " + file, e);
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
