package org.postwatch.safeguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeguardCliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... args) {
        return SafeguardCli.run(
                args,
                new StringReader(stdin),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void checkWritesOneResultPerLineAndAnErrorForABadLine() {
        int code = run("""
                {"id":"a","text":"Call Sam on 07700 900123"}
                not json
                {"id":"c","text":"Slow down on the A38.","channel":"FACEBOOK","accountKind":"TEAM"}
                {"id":"d","text":"hi","channel":"MYSPACE"}
                {"id":"e","text":"   "}
                {"id":"f","text":"\\u00a0\\u200b\\u00a0"}
                """, "check");
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(code).isZero();
        assertThat(lines).hasSize(6);
        assertThat(lines[0])
                .startsWith("{\"id\":\"a\",\"outcome\":\"BLOCK\",\"categories\":[\"PERSONAL_DATA\"]")
                .contains("\"rule\":\"personal-data.phone-uk\",\"start\":12,\"end\":24,\"severity\":\"HIGH\"");
        assertThat(lines[1]).contains("\"line\":2", "\"error\":\"not valid JSON");
        assertThat(lines[2]).startsWith("{\"id\":\"c\",\"outcome\":\"ALLOW\",\"categories\":[],\"findings\":[]");
        assertThat(lines[3]).contains("\"id\":\"d\"", "unknown channel 'MYSPACE'");
        assertThat(lines[4]).contains("\"id\":\"e\"", "\"line\":5", "\"text\\\" is blank");
        assertThat(lines[5]).contains("\"id\":\"f\"", "\"text\\\" is blank");
    }

    // Offsets count code points, as the labelled files and Python do: the emoji (two UTF-16 units) moves the number by
    // one. The same line without the emoji gives 12-24.
    @Test
    void checkCountsOffsetsInCodePoints() {
        int code = run("{\"id\":\"a\",\"text\":\"\uD83D\uDCDE Call Sam on 07700 900123\"}\n", "check", "--rules-only");
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("\"rule\":\"personal-data.phone-uk\",\"start\":14,\"end\":26,");
    }

    @Test
    void checkRunsTheClassifierUnlessToldRulesOnly() {
        String implicit = "{\"id\":\"i\",\"text\":\"Women should stay at home and look after the children instead of"
                + " joining the army.\"}\n";

        assertThat(run(implicit, "check")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"rule\":\"offensive.implicit-abuse\"");

        out.reset();
        assertThat(run(implicit, "check", "--rules-only")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"outcome\":\"ALLOW\"");
    }

    @Test
    void checkUsesAnotherPolicyWhenAsked(@TempDir Path dir) throws Exception {
        Path policy = dir.resolve("policy.yaml");
        Files.writeString(policy, "name: Lenient\nversion: 9\ncategories:\n  PERSONAL_DATA: { HIGH: ADVISE }\n");
        run("{\"id\":1,\"text\":\"Call Sam on 07700 900123\"}\n", "check", "--policy", policy.toString());
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"outcome\":\"ADVISE\"", "\"policyVersion\":\"9\"");
    }

    @Test
    void anInvalidPolicyIsRejectedWithItsLineNumber(@TempDir Path dir) throws Exception {
        Path policy = dir.resolve("policy.yaml");
        Files.writeString(policy, "name: Bad\nversion: 1\ncategories:\n  PERSNAL_DATA: { HIGH: BLOCK }\n");
        assertThat(run("", "check", "--policy", policy.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 4: unknown category 'PERSNAL_DATA'");
    }

    @Test
    void evaluatePrintsScoresAndWhatItGotWrong(@TempDir Path dir) throws Exception {
        Path labels = dir.resolve("labels.jsonl");
        Files.writeString(labels, """
                {"id":"p1","text":"Call Sam on 07700 900123","label":"personal_data","notes":"kind=contact","spans":[{"start":12,"end":24,"type":"PHONE_UK","value":"07700 900123"}]}
                {"id":"p2","text":"Sam lives near the park","label":"personal_data","notes":"kind=contact","spans":[]}
                {"id":"c1","text":"Slow down on the A38.","label":"clean","notes":"kind=road"}
                {"id":"c2","text":"Ring 07700 900124 for tickets","label":"clean","notes":"kind=event"}
                """);
        assertThat(run("", "evaluate", "--labels", labels.toString())).isZero();
        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(report)
                .contains("PERSONAL_DATA")
                .contains("False-positive rate on clean items (outcome not ALLOW): 1/2 = 0.500")
                .contains("Personal-data span recall: 1/1 = 1.000")
                .contains("p2  expected=personal_data  got=ALLOW")
                .contains("c2  expected=clean  got=BLOCK [PERSONAL_DATA]");
        assertThat(report.lines().filter(l -> l.startsWith("PERSONAL_DATA")).findFirst())
                .hasValueSatisfying(line -> assertThat(line).contains("0.500   0.500  0.500"));
    }
}
