package org.postwatch.safeguard.detect.offensive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Past a few hits {@link OffensiveLexicon#find} widens a match to its word's ends by binary search over the spaces
 * ({@link OffensiveLexicon#spacesIn}, {@link OffensiveLexicon#spacesBelow}); these are the ends the walk finds.
 */
class WordEndsTest {

    @Test
    void binarySearchFindsTheEndsTheWalkFinds() {
        Random random = new Random(17);
        for (int round = 0; round < 3_000; round++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(25);
            for (int i = 0; i < n; i++) {
                b.append(random.nextInt(3) == 0 ? ' ' : 'a');
            }
            String text = b.toString();
            int[] spaces = OffensiveLexicon.spacesIn(text);
            for (int k = 0; k < 10 && n > 0; k++) {
                int from = random.nextInt(n);
                int to = from + random.nextInt(n - from + 1);
                int start = from;
                int end = to;
                while (start > 0 && text.charAt(start - 1) != ' ') {
                    start--;
                }
                while (end < text.length() && text.charAt(end) != ' ') {
                    end++;
                }
                int before = OffensiveLexicon.spacesBelow(spaces, from);
                int after = OffensiveLexicon.spacesBelow(spaces, to);
                assertThat(before == 0 ? 0 : spaces[before - 1] + 1)
                        .as("start of [%d, %d) in \"%s\"", from, to, text)
                        .isEqualTo(start);
                assertThat(after == spaces.length ? text.length() : spaces[after])
                        .as("end of [%d, %d) in \"%s\"", from, to, text)
                        .isEqualTo(end);
            }
        }
    }
}
