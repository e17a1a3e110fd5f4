package org.postwatch.conduct.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.postwatch.conduct.Figure;
import org.postwatch.platform.Suppression;

class SuppressionTests {

    @Test
    void countsFromOneToFourAreSuppressedAndZeroAndFiveAreShown() {
        Suppression s = new Suppression();
        for (int n = 0; n <= 6; n++) {
            s.count("n" + n, n);
        }
        s.apply();

        assertThat(Figure.of(s, "n0")).isEqualTo(Figure.of(0));
        assertThat(Figure.of(s, "n1").isSuppressed()).isTrue();
        assertThat(Figure.of(s, "n4").isSuppressed()).isTrue();
        assertThat(Figure.of(s, "n5")).isEqualTo(Figure.of(5));
        assertThat(Figure.of(s, "n6")).isEqualTo(Figure.of(6));
    }

    @Test
    void aSingleSuppressedCellIsProtectedByHidingTheNextSmallestSoTheTotalCannotGiveItAway() {
        Suppression s = new Suppression();
        s.count("total", 40);
        s.count("a", 3);
        s.count("b", 7);
        s.count("c", 30);
        s.sum("total", List.of("a", "b", "c"));
        s.apply();

        assertThat(Figure.of(s, "a").isSuppressed()).isTrue();
        assertThat(Figure.of(s, "b").isSuppressed()).as("secondary").isTrue();
        assertThat(Figure.of(s, "c")).isEqualTo(Figure.of(30));
        assertThat(Figure.of(s, "total")).isEqualTo(Figure.of(40));
    }

    @Test
    void hiddenCellsThatAddUpToFewerThanFiveAreProtectedTooBecauseTheirSumIsKnown() {
        Suppression s = new Suppression();
        s.count("total", 32);
        s.count("a", 1);
        s.count("b", 2);
        s.count("c", 9);
        s.count("d", 20);
        s.sum("total", List.of("a", "b", "c", "d"));
        s.apply();

        assertThat(Figure.of(s, "c").isSuppressed()).isTrue();
        assertThat(Figure.of(s, "d")).isEqualTo(Figure.of(20));
    }

    @Test
    void whenNothingElseCanBeHiddenTheTotalIsHidden() {
        Suppression s = new Suppression();
        s.count("total", 3);
        s.count("a", 3);
        s.count("b", 0);
        s.sum("total", List.of("a", "b"));
        s.apply();

        assertThat(Figure.of(s, "a").isSuppressed()).isTrue();
        assertThat(Figure.of(s, "total").isSuppressed()).isTrue();
    }

    @Test
    void aNumberHiddenInOneTableIsNotGivenAwayByAnotherThatSharesItsTotal() {
        // Officers by year: the officers column total is also published elsewhere.
        Suppression s = new Suppression();
        s.count("officers", 30);
        s.count("officers:2025", 3);
        s.count("officers:2026", 27);
        s.count("year:2025", 20);
        s.count("others:2025", 17);
        s.sum("officers", List.of("officers:2025", "officers:2026"));
        s.sum("year:2025", List.of("officers:2025", "others:2025"));
        s.apply();

        assertThat(Figure.of(s, "officers:2025").isSuppressed()).isTrue();
        assertThat(Figure.of(s, "officers:2026").isSuppressed())
                .as("else officers - officers:2026 gives officers:2025")
                .isTrue();
        assertThat(Figure.of(s, "others:2025").isSuppressed())
                .as("else year:2025 - others:2025 gives officers:2025")
                .isTrue();
    }

    @Test
    void everyPublishedSumWithAHiddenNumberHasAnotherHiddenNumberInIt() {
        Suppression s = new Suppression();
        long[] values = {2, 8, 13, 1, 40, 6};
        String[] names = {"a", "b", "c", "d", "e", "f"};
        long total = 0;
        for (int i = 0; i < values.length; i++) {
            s.count(names[i], values[i]);
            total += values[i];
        }
        s.count("total", total);
        s.sum("total", List.of(names));
        s.apply();

        long hidden = java.util.Arrays.stream(names)
                .filter(n -> Figure.of(s, n).isSuppressed())
                .count();
        long hiddenSum = java.util.stream.IntStream.range(0, names.length)
                .filter(i -> Figure.of(s, names[i]).isSuppressed())
                .mapToLong(i -> values[i])
                .sum();
        assertThat(hidden).isGreaterThanOrEqualTo(2);
        assertThat(hiddenSum).isGreaterThanOrEqualTo(Suppression.THRESHOLD);
    }
}
