package org.postwatch.safeguard.detect.offensive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.postwatch.safeguard.engine.Span;
import org.postwatch.safeguard.text.FoldedText;

/**
 * {@link OffensiveDetector.CounterIndex#cancels} gives the answer of {@link OffensiveDetector#cancelledBy}, the loop
 * over every counter with scans between, on random sentences of turn words, report verbs, clause breaks and police
 * and other counters, before, around and after the cue.
 */
class CounterIndexTest {

    private static final int POLICE = 1;
    private static final int OTHER = 2;
    private static final String[] WORDS = {
        "we", "stand", "against", "hate", "them", "x,", "y;", "-", "z:", "—", "a-b",
    };
    private static final String[] SPECIAL = {"but", "however", "except", "said", "told", "shouting", "that"};

    @Test
    void agreesWithThePlainLoop() {
        Random random = new Random(13);
        for (int round = 0; round < 3_000; round++) {
            int n = 1 + random.nextInt(30);
            StringBuilder text = new StringBuilder();
            List<Integer> starts = new ArrayList<>();
            for (int t = 0; t < n; t++) {
                if (t > 0) {
                    text.append(' ');
                }
                starts.add(text.length());
                text.append(
                        random.nextInt(4) == 0
                                ? FoldedText.skeletonOf(SPECIAL[random.nextInt(SPECIAL.length)])
                                : WORDS[random.nextInt(WORDS.length)]);
            }
            String s = text.toString();
            OffensiveDetector.Tokens tokens = new OffensiveDetector.Tokens(s);
            assertThat(tokens.size()).isEqualTo(n);
            List<OffensiveDetector.Cue> counters = new ArrayList<>();
            int k = random.nextInt(12);
            for (int i = 0; i < k; i++) {
                counters.add(cue(random, s, starts, random.nextBoolean() ? POLICE : OTHER));
            }
            OffensiveDetector.CounterIndex index = new OffensiveDetector.CounterIndex(counters, tokens, s, POLICE);
            for (int c = 0; c < 10; c++) {
                OffensiveDetector.Cue cue = cue(random, s, starts, 0);
                assertThat(index.cancels(cue))
                        .as("%s in \"%s\" against %s", cue, s, counters)
                        .isEqualTo(OffensiveDetector.cancelledBy(cue, counters, tokens, s, POLICE));
            }
        }
    }

    /** A cue over one to three words in sentence 0 or 1 (most in 0). */
    private static OffensiveDetector.Cue cue(Random random, String s, List<Integer> starts, int concept) {
        int first = random.nextInt(starts.size());
        int last = Math.min(starts.size() - 1, first + random.nextInt(3));
        int end = last + 1 < starts.size() ? starts.get(last + 1) - 1 : s.length();
        return new OffensiveDetector.Cue(
                concept, random.nextInt(5) == 0 ? 1 : 0, new Span(starts.get(first), end), first, last);
    }
}
