package org.postwatch.safeguard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.postwatch.safeguard.detectors.Detectors;
import org.postwatch.safeguard.engine.CheckContext;
import org.postwatch.safeguard.engine.Finding;
import org.postwatch.safeguard.engine.SafeguardEngine;
import org.postwatch.safeguard.engine.SafeguardReport;

/**
 * Property test over random and adversarial input: whatever the text, the engine returns a sane report (no
 * exception, every span inside the text, a decision per finding). Seeded, so a failure can be replayed. Speed is
 * measured by JMH in bench/, not here; but a catastrophic regex would make this test hang.
 */
class AdversarialInputTest {

    private static final SafeguardEngine ENGINE = Detectors.defaultEngine();
    private static final int MAX = 64 * 1024;

    static Stream<String> adversarial() {
        return Stream.of(
                "",
                " ",
                "a a ".repeat(MAX / 4),
                "1".repeat(MAX),
                "0 ".repeat(MAX / 2),
                "07".repeat(MAX / 2),
                "+44 ".repeat(MAX / 4),
                "-".repeat(MAX),
                ". ".repeat(MAX / 2),
                "@".repeat(MAX),
                "a@b.".repeat(MAX / 4),
                "www.".repeat(MAX / 4),
                "http://a".repeat(MAX / 8),
                "12 ".repeat(MAX / 3),
                "12 Aa ".repeat(MAX / 6),
                "Jane Smith, 9, ".repeat(MAX / 15),
                "Mr Mrs Ms ".repeat(MAX / 10),
                "AB12 CDE ".repeat(MAX / 9),
                "born 12/12/".repeat(MAX / 11),
                "charged guilty as sin ".repeat(MAX / 22),
                "the police arrested him ".repeat(MAX / 24),
                "Smith was charged and is guilty ".repeat(MAX / 32),
                "the police arrested him but ".repeat(MAX / 28),
                "police said, ".repeat(MAX / 13),
                "f u c k ".repeat(MAX / 8),
                "f.u.c.k.".repeat(MAX / 8),
                "sh1t ".repeat(MAX / 5),
                "\u200B\u200D".repeat(MAX / 2),
                "\uD83D\uDE00".repeat(MAX / 2),
                "\uD83D".repeat(100),
                "Ａｂｃ １２３ ".repeat(MAX / 8),
                "Straße Łódź Zoë O’Brien ".repeat(MAX / 24),
                "\n\r\t".repeat(MAX / 3),
                // Personal-data windows and symbol triggers: every digit or symbol of these is a place to try.
                "1 ".repeat(MAX / 2),
                "#".repeat(MAX),
                "£1 ".repeat(MAX / 3),
                "01/02/2003 ".repeat(MAX / 11),
                "@a ".repeat(MAX / 3),
                "#a ".repeat(MAX / 3),
                "1.".repeat(MAX / 2),
                "GL1 2AB ".repeat(MAX / 8));
    }

    static Stream<String> random() {
        Random random = new Random(20250101L);
        String alphabet = "aAbBzZ09 7+@./-:,()'’\n\u00A0\u200BéŁ😀GLSW";
        return IntStream.range(0, 300).mapToObj(i -> {
            int length = random.nextInt(i < 280 ? 400 : MAX);
            StringBuilder text = new StringBuilder(length);
            while (text.length() < length) {
                if (random.nextInt(10) == 0) {
                    text.append(List.of(
                                    "07700 900123",
                                    "Jane Smith",
                                    "GL5 3AB",
                                    "12 Church Lane",
                                    "bit.ly/x",
                                    "charged",
                                    "ZK818224A",
                                    "DOB 1/1/1990",
                                    "PC Jones",
                                    "raped")
                            .get(random.nextInt(10)));
                } else {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            return text.toString();
        });
    }

    @ParameterizedTest(name = "adversarial input #{index}")
    @MethodSource("adversarial")
    void adversarialInputGetsASaneReport(String text) {
        assertSane(text, ENGINE.check(text, CheckContext.defaults()));
    }

    @ParameterizedTest(name = "random input #{index}")
    @MethodSource("random")
    void randomInputGetsASaneReport(String text) {
        assertSane(text, ENGINE.check(text, CheckContext.defaults()));
    }

    private static void assertSane(String text, SafeguardReport report) {
        assertThat(report.outcome()).isNotNull();
        assertThat(report.decisions()).hasSameSizeAs(report.findings());
        assertThat(report.findings()).noneMatch(f -> f.rule().equals("engine.detector-failed"));
        for (Finding finding : report.findings()) {
            assertThat(finding.span().start()).isBetween(0, text.length());
            assertThat(finding.span().end()).isBetween(finding.span().start(), text.length());
        }
    }
}
