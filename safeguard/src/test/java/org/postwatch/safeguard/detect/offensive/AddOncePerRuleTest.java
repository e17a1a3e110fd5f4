package org.postwatch.safeguard.detect.offensive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.postwatch.safeguard.engine.Category;
import org.postwatch.safeguard.engine.Finding;
import org.postwatch.safeguard.engine.Severity;
import org.postwatch.safeguard.engine.Span;

/**
 * {@link OffensiveDetector#addOncePerRule} keeps the findings the old pairwise check kept, in the same order, with
 * few findings (the pairwise loop) and many (the per-rule tree), empty spans and findings already in the list too.
 */
class AddOncePerRuleTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(List.of(), List.of()),
                Arguments.of(List.of(f("a", 0, 5), f("a", 3, 8)), List.of(f("a", 0, 5))),
                Arguments.of(List.of(f("a", 0, 5), f("b", 3, 8)), List.of(f("a", 0, 5), f("b", 3, 8))),
                Arguments.of(List.of(f("a", 0, 5), f("a", 5, 8)), List.of(f("a", 0, 5), f("a", 5, 8))),
                Arguments.of(List.of(f("a", 4, 6), f("a", 0, 10)), List.of(f("a", 4, 6))),
                Arguments.of(List.of(f("a", 2, 8), f("a", 5, 5)), List.of(f("a", 2, 8))), // empty, inside
                Arguments.of(List.of(f("a", 5, 5), f("a", 5, 5)), List.of(f("a", 5, 5), f("a", 5, 5))));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void keepsTheFirstOfOverlappingFindingsOfOneRule(List<Finding> found, List<Finding> expected) {
        assertThat(added(found, List.of())).isEqualTo(expected);
        assertThat(pairwise(found, List.of())).isEqualTo(expected);
    }

    @Test
    void agreesWithThePairwiseCheck() {
        Random random = new Random(11);
        for (int round = 0; round < 3_000; round++) {
            List<Finding> found = new ArrayList<>();
            int n = random.nextInt(60);
            for (int i = 0; i < n; i++) {
                int start = random.nextInt(40);
                found.add(f(String.valueOf((char) ('a' + random.nextInt(3))), start, start + random.nextInt(8)));
            }
            List<Finding> already = random.nextBoolean() ? List.of(f("a", 0, 40)) : List.of();
            assertThat(added(found, already)).as("%s", found).isEqualTo(pairwise(found, already));
        }
    }

    private static List<Finding> added(List<Finding> found, List<Finding> already) {
        List<Finding> out = new ArrayList<>(already);
        OffensiveDetector.addOncePerRule(found, out);
        return out.subList(already.size(), out.size());
    }

    /** The detector's old loop. */
    private static List<Finding> pairwise(List<Finding> found, List<Finding> already) {
        List<Finding> out = new ArrayList<>(already);
        int before = out.size();
        for (Finding f : found) {
            boolean overlaps = false;
            for (int i = before; i < out.size() && !overlaps; i++) {
                overlaps =
                        out.get(i).rule().equals(f.rule()) && out.get(i).span().overlaps(f.span());
            }
            if (!overlaps) {
                out.add(f);
            }
        }
        return out.subList(before, out.size());
    }

    private static Finding f(String rule, int start, int end) {
        return new Finding(Category.OFFENSIVE, rule, new Span(start, end), Severity.LOW, 0.5, "reason", null);
    }
}
