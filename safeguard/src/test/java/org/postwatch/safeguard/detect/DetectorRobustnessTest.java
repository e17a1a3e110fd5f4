package org.postwatch.safeguard.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.postwatch.safeguard.engine.CheckContext;
import org.postwatch.safeguard.engine.Detector;
import org.postwatch.safeguard.engine.Finding;

/** Whatever is typed, the detectors answer, quickly, with spans inside the text. */
class DetectorRobustnessTest {

    private static final List<Detector> DETECTORS = DevSet.detectors();

    @Property(tries = 300)
    void neverThrowAndKeepSpansInsideRandomText(@ForAll("anyText") String text) {
        checkAll(text);
    }

    @Property(tries = 60)
    void neverThrowOnAdversarialText(@ForAll("adversarial") String text) {
        checkAll(text);
    }

    // Correctness only: how fast 64 KB is checked is measured by JMH (docs/benchmarks.md), never by a timed test.
    @Property(tries = 5)
    void handleSixtyFourKilobytes(@ForAll("large") String text) {
        checkAll(text);
    }

    private static void checkAll(String text) {
        for (Detector detector : DETECTORS) {
            for (Finding f : detector.detect(text, CheckContext.defaults())) {
                assertThat(f.span().start()).isBetween(0, text.length());
                assertThat(f.span().end()).isBetween(f.span().start(), text.length());
            }
        }
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.strings().all().ofMaxLength(400);
    }

    @Provide
    Arbitrary<String> adversarial() {
        Arbitrary<String> pieces = Arbitraries.of(
                "f",
                "u",
                "c",
                "k",
                " ",
                ".",
                "*",
                "@",
                "$",
                "1",
                "0",
                "\u200B",
                "\u00AD",
                "\uFF46",
                "с",
                "а",
                "\u0301",
                "🙂",
                "\n",
                "!",
                "?",
                "'",
                "’",
                "fuck",
                "nigger",
                "kill all",
                "muslims are",
                "go back",
                "raid",
                "tomorrow",
                "6am",
                "Road",
                "vote",
                "Labour",
                "code ABC12",
                "% off",
                "ß",
                "ﬁ",
                "\uD83D");
        Arbitrary<String> mixed = pieces.list().ofMaxSize(300).map(l -> String.join("", l));
        Arbitrary<String> repeated = Arbitraries.of("a", "f", " ", ".", "*", "\u200B", "ü", "1", "!")
                .flatMap(c -> Arbitraries.integers().between(1, 5000).map(c::repeat));
        return Arbitraries.oneOf(mixed, repeated);
    }

    @Provide
    Arbitrary<String> large() {
        Arbitrary<String> repeated = Arbitraries.of("a", "f u ", "*", "kill all muslims ", "raid tomorrow at 6am ")
                .map(s -> s.repeat(65_536 / s.length()));
        Arbitrary<String> random = Arbitraries.strings().all().ofLength(65_536);
        return Arbitraries.oneOf(repeated, random);
    }
}
