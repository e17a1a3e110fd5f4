package org.postwatch.safeguard.detect.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link ConceptRules.Bits} behaves as {@link BitSet} did for the staged rule evaluation, across word boundaries. */
class ConceptRulesBitsTest {

    static Stream<Arguments> sets() {
        return Stream.of(
                Arguments.of(1, new int[] {}, new int[] {}),
                Arguments.of(1, new int[] {0}, new int[] {0}),
                Arguments.of(64, new int[] {0, 63}, new int[] {63}),
                Arguments.of(65, new int[] {63, 64}, new int[] {1}),
                Arguments.of(130, new int[] {0, 1, 64, 127, 128, 129}, new int[] {1, 64, 129}),
                Arguments.of(200, new int[] {5, 70, 199}, new int[] {6, 71, 198}));
    }

    @ParameterizedTest
    @MethodSource("sets")
    void matchesBitSet(int size, int[] bits, int[] other) {
        long[] set = of(size, bits);
        long[] second = of(size, other);
        BitSet expected = bitSet(bits);
        BitSet expectedOther = bitSet(other);

        assertThat(set).hasSize((size + 63) / 64);
        assertThat(members(set)).isEqualTo(members(expected));
        for (int i = 0; i < size; i++) {
            assertThat(ConceptRules.Bits.get(set, i)).isEqualTo(expected.get(i));
        }
        assertThat(ConceptRules.Bits.isEmpty(set)).isEqualTo(expected.isEmpty());
        BitSet or = (BitSet) expected.clone();
        or.or(expectedOther);
        assertThat(ConceptRules.Bits.containsAll(union(set, second), set)).isTrue();
        assertThat(ConceptRules.Bits.containsAll(set, second)).isEqualTo(subset(expectedOther, expected));
        long[] andNot = set.clone();
        ConceptRules.Bits.andNot(andNot, second);
        BitSet expectedAndNot = (BitSet) expected.clone();
        expectedAndNot.andNot(expectedOther);
        assertThat(members(andNot)).isEqualTo(members(expectedAndNot));
        assertThat(members(union(set, second))).isEqualTo(members(or));
        if (bits.length > 0) {
            ConceptRules.Bits.clear(set, bits[0]);
            expected.clear(bits[0]);
            assertThat(members(set)).isEqualTo(members(expected));
        }
    }

    private static long[] of(int size, int[] bits) {
        long[] set = new long[ConceptRules.Bits.words(size)];
        IntStream.of(bits).forEach(i -> ConceptRules.Bits.set(set, i));
        return set;
    }

    private static long[] union(long[] a, long[] b) {
        long[] out = a.clone();
        ConceptRules.Bits.or(out, b);
        return out;
    }

    private static BitSet bitSet(int[] bits) {
        BitSet set = new BitSet();
        IntStream.of(bits).forEach(set::set);
        return set;
    }

    private static boolean subset(BitSet sub, BitSet of) {
        BitSet rest = (BitSet) sub.clone();
        rest.andNot(of);
        return rest.isEmpty();
    }

    private static List<Integer> members(long[] set) {
        List<Integer> out = new ArrayList<>();
        for (int i = ConceptRules.Bits.next(set, 0); i >= 0; i = ConceptRules.Bits.next(set, i + 1)) {
            out.add(i);
        }
        return out;
    }

    private static List<Integer> members(BitSet set) {
        return set.stream().boxed().toList();
    }
}
