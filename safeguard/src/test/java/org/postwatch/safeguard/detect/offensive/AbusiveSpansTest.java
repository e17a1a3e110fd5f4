package org.postwatch.safeguard.detect.offensive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.postwatch.safeguard.engine.Span;

/**
 * {@link OffensiveDetector.AbusiveSpans#contain} answers, with one sort, what the detector used to ask of every abusive
 * cue in turn: is there one that covers the counter cue and is longer?
 */
class AbusiveSpansTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(List.of(), new Span(3, 5), false),
                Arguments.of(List.of(new Span(0, 10)), new Span(3, 5), true), // "diversity" in "diversity hire"
                Arguments.of(List.of(new Span(3, 5)), new Span(3, 5), false), // the same span is not longer
                Arguments.of(List.of(new Span(3, 9)), new Span(3, 5), true), // same start, ends after
                Arguments.of(List.of(new Span(1, 5)), new Span(3, 5), true), // starts before, same end
                Arguments.of(List.of(new Span(1, 4)), new Span(3, 5), false), // ends inside
                Arguments.of(List.of(new Span(4, 9)), new Span(3, 5), false), // starts inside
                Arguments.of(List.of(new Span(6, 9), new Span(0, 2)), new Span(3, 5), false), // around, not over
                Arguments.of(List.of(new Span(3, 4), new Span(3, 6)), new Span(3, 5), true), // the later one covers
                Arguments.of(List.of(new Span(0, 4), new Span(2, 5), new Span(3, 5)), new Span(3, 5), true));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void containsWhenALongerSpanCovers(List<Span> abusive, Span counter, boolean expected) {
        assertThat(spans(abusive).contain(counter)).isEqualTo(expected);
        assertThat(bruteForce(abusive, counter)).isEqualTo(expected);
    }

    @Test
    void agreesWithTheQuadraticCheckOnRandomSpans() {
        Random random = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            List<Span> abusive = Stream.generate(() -> randomSpan(random))
                    .limit(random.nextInt(6))
                    .toList();
            OffensiveDetector.AbusiveSpans spans = spans(abusive);
            for (int k = 0; k < 5; k++) {
                Span counter = randomSpan(random);
                assertThat(spans.contain(counter))
                        .as("%s in %s", counter, abusive)
                        .isEqualTo(bruteForce(abusive, counter));
            }
        }
    }

    private static Span randomSpan(Random random) {
        int start = random.nextInt(12);
        return new Span(start, start + random.nextInt(6));
    }

    private static OffensiveDetector.AbusiveSpans spans(List<Span> abusive) {
        long[] packed =
                abusive.stream().mapToLong(OffensiveDetector.AbusiveSpans::pack).toArray();
        return new OffensiveDetector.AbusiveSpans(packed, packed.length);
    }

    /** The detector's old test, one abusive cue at a time. */
    private static boolean bruteForce(List<Span> abusive, Span k) {
        return abusive.stream().anyMatch(c -> c.start() <= k.start() && c.end() >= k.end() && c.length() > k.length());
    }
}
