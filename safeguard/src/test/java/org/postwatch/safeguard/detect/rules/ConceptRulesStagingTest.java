package org.postwatch.safeguard.detect.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.postwatch.safeguard.engine.Category;
import org.postwatch.safeguard.text.FoldedText;

/**
 * {@link ConceptRules#evaluate(FoldedText)} runs only the regular expressions of rules that can still fire, in stages.
 * It must give exactly the findings of running every expression on every rule ({@code evaluateEveryExpression}) on every
 * text of the project's suites, for each rule file. Rule files that {@linkplain ConceptRules#share(List) share} one automaton
 * pass must find what each finds alone.
 */
class ConceptRulesStagingTest {

    private static final Pattern TEXT = Pattern.compile("\"text\":\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    static Stream<Arguments> ruleFiles() {
        return Stream.of(
                Arguments.of(
                        "org/postwatch/safeguard/detect/operational/operational-rules.yaml",
                        Category.OPERATIONAL_SECURITY),
                Arguments.of("org/postwatch/safeguard/detect/political/political-rules.yaml", Category.POLITICAL),
                Arguments.of("org/postwatch/safeguard/detect/commercial/commercial-rules.yaml", Category.COMMERCIAL));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("ruleFiles")
    void stagedEvaluationFindsWhatRunningEveryExpressionFinds(String resource, Category category) throws IOException {
        ConceptRules rules = ConceptRules.load(resource, category, ConceptRules.ViewKind.WORDS);
        List<String> texts = texts();
        int withFindings = 0;
        for (String text : texts) {
            FoldedText folded = FoldedText.of(text);
            var staged = rules.evaluate(folded);
            var everything = rules.evaluateEveryExpression(FoldedText.of(text));
            assertThat(staged).as(text).isEqualTo(everything);
            withFindings += staged.isEmpty() ? 0 : 1;
        }
        assertThat(texts).hasSizeGreaterThan(2_000);
        assertThat(withFindings).as("texts with findings").isGreaterThan(50);
    }

    @org.junit.jupiter.api.Test
    void rulesFilesSharingOneScanFindWhatEachFindsAlone() throws IOException {
        List<ConceptRules> alone = new ArrayList<>();
        List<ConceptRules> shared = new ArrayList<>();
        ruleFiles().forEach(arguments -> {
            String resource = (String) arguments.get()[0];
            Category category = (Category) arguments.get()[1];
            alone.add(ConceptRules.load(resource, category, ConceptRules.ViewKind.WORDS));
            shared.add(ConceptRules.load(resource, category, ConceptRules.ViewKind.WORDS));
        });
        ConceptRules.share(shared);
        int withFindings = 0;
        for (String text : texts()) {
            // One folded text for the shared files, as in a check: the later files reuse the first file's pass.
            FoldedText folded = FoldedText.of(text);
            for (int i = 0; i < alone.size(); i++) {
                var together = shared.get(i).evaluate(folded);
                assertThat(together).as(text).isEqualTo(alone.get(i).evaluate(FoldedText.of(text)));
                withFindings += together.isEmpty() ? 0 : 1;
            }
        }
        assertThat(withFindings).as("findings").isGreaterThan(100);
    }

    private static List<String> texts() throws IOException {
        List<String> out = new ArrayList<>();
        for (String suite : List.of(
                "own-heldout-suite.jsonl",
                "own-suite-b.jsonl",
                "own-suite-c-tune.jsonl",
                "own-suite-c-check.jsonl",
                "own-suite-d-tune.jsonl",
                "own-suite-d-check.jsonl")) {
            Matcher m = TEXT.matcher(read("/org/postwatch/safeguard/" + suite));
            while (m.find()) {
                out.add(unescape(m.group(1)));
            }
        }
        for (String list : List.of(
                "/org/postwatch/safeguard/benign-posts.txt",
                "/org/postwatch/safeguard/detect/benign-police-posts.txt")) {
            read(list).lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(out::add);
        }
        return out;
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = ConceptRulesStagingTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                b.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case 'u' -> {
                    b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> b.append(n);
            }
        }
        return b.toString();
    }
}
