package org.postwatch.safeguard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.postwatch.safeguard.cli.CliAccess;

/**
 * The targets on the shared development set. Skipped when the data set is not there: it lives outside the
 * repository ({@code shared/datasets} above the working directory, or {@code -Dpostwatch.datasets=DIR}).
 */
class DevelopmentSetTargetsTest {

    static Optional<Path> datasets() {
        String property = System.getProperty("postwatch.datasets");
        if (property != null && Files.isDirectory(Path.of(property))) {
            return Optional.of(Path.of(property));
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("datasets");
            if (Files.isRegularFile(candidate.resolve("personal_data_dev.jsonl"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    @Test
    void personalDataAndContemptMeetTheTargets() {
        Optional<Path> datasets = datasets();
        assumeTrue(datasets.isPresent(), "shared/datasets not found: skipping");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = CliAccess.run(
                new String[] {"evaluate", "--labels", datasets.get().toString(), "--max-wrong", "0"},
                new StringReader(""),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(code).isZero();
        for (String category : new String[] {"PERSONAL_DATA", "CONTEMPT"}) {
            Matcher row = Pattern.compile(
                            "(?m)^" + category + "\\s+\\d+\\s+\\d+\\s+\\d+\\s+\\d+\\s+\\d+\\s+([\\d.]+)\\s+([\\d.]+)")
                    .matcher(report);
            assertThat(row.find()).as(report).isTrue();
            assertThat(Double.parseDouble(row.group(1)))
                    .as(category + " precision")
                    .isGreaterThanOrEqualTo(0.90);
            assertThat(Double.parseDouble(row.group(2)))
                    .as(category + " recall")
                    .isGreaterThanOrEqualTo(0.90);
        }
        Matcher clean = Pattern.compile("clean items \\(outcome not ALLOW\\): \\d+/\\d+ = ([\\d.]+)")
                .matcher(report);
        assertThat(clean.find()).isTrue();
        assertThat(Double.parseDouble(clean.group(1)))
                .as("false-positive rate on clean")
                .isLessThanOrEqualTo(0.02);
        Matcher spans = Pattern.compile("span recall: \\d+/\\d+ = ([\\d.]+)").matcher(report);
        assertThat(spans.find()).isTrue();
        assertThat(Double.parseDouble(spans.group(1))).as("span recall").isGreaterThanOrEqualTo(0.95);
    }
}
