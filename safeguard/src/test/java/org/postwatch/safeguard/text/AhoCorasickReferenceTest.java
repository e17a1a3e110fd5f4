package org.postwatch.safeguard.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The automaton against a plain search, over random phrase sets and texts from a small alphabet (so that phrases
 * overlap, nest and share suffixes), with whitespace runs, curly quotes and accented letters in the text. Any slip
 * in the table or the fail links shows up as a missing, extra or misplaced match.
 */
class AhoCorasickReferenceTest {

    private static final String PHRASE_CHARS = "aab c'-é";
    private static final String TEXT_CHARS = "aAbBc  \t'’-é.É";

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void findsWhatAPlainSearchFinds(long seed) {
        Random random = new Random(20261121L + seed);
        for (int round = 0; round < 300; round++) {
            // Every other round has longer phrases: deep nodes, whose fail walks pass through several sparse records.
            List<String> phrases = randomPhrases(random, round % 2 == 0 ? 5 : 10);
            boolean inside = random.nextBoolean();
            AhoCorasick.Builder<String> builder = AhoCorasick.builder();
            phrases.forEach(p -> builder.add(p, p));
            if (inside) {
                builder.matchInsideWords();
            }
            AhoCorasick<String> automaton = builder.build();
            boolean[] needsStart = automaton.phraseFlags(p -> p.hashCode() % 2 == 0);
            boolean[] needsEnd = automaton.phraseFlags(p -> p.hashCode() % 3 == 0);
            for (int t = 0; t < 20; t++) {
                String text = randomText(random, TEXT_CHARS, 1 + random.nextInt(80));
                assertThat(describe(automaton.findAll(text)))
                        .as("phrases %s in \"%s\"", phrases, text)
                        .isEqualTo(describe(reference(phrases, text, !inside, null, null)));
                assertThat(describe(automaton.findAll(text, needsStart, needsEnd)))
                        .as("phrases %s in \"%s\", word starts and ends required", phrases, text)
                        .isEqualTo(describe(reference(phrases, text, !inside, needsStart, needsEnd)));
            }
        }
    }

    private static List<String> randomPhrases(Random random, int maxLength) {
        Set<String> phrases = new LinkedHashSet<>();
        int count = 1 + random.nextInt(12);
        while (phrases.size() < count) {
            String p = randomText(random, PHRASE_CHARS, 1 + random.nextInt(maxLength))
                    .strip()
                    .replaceAll(" +", " ");
            if (!p.isEmpty()) {
                phrases.add(p);
            }
        }
        return List.copyOf(phrases);
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /** Every occurrence found the slow way, in the automaton's documented order: by end, longest first. */
    private static List<AhoCorasick.Match<String>> reference(
            List<String> phrases, String text, boolean wordBoundaries, boolean[] needsStart, boolean[] needsEnd) {
        StringBuilder folded = new StringBuilder();
        List<Integer> origin = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = AhoCorasick.fold(text.charAt(i));
            if (c == ' ' && !folded.isEmpty() && folded.charAt(folded.length() - 1) == ' ') {
                continue;
            }
            folded.append(c);
            origin.add(i);
        }
        List<Integer> byLength = new ArrayList<>();
        for (int k = 0; k < phrases.size(); k++) {
            byLength.add(k);
        }
        byLength.sort(
                Comparator.comparingInt((Integer k) -> phrases.get(k).length()).reversed());
        List<AhoCorasick.Match<String>> found = new ArrayList<>();
        for (int end = 1; end <= folded.length(); end++) {
            for (int k : byLength) {
                String phrase = phrases.get(k);
                int from = end - phrase.length();
                if (from < 0 || !folded.substring(from, end).equals(phrase)) {
                    continue;
                }
                int start = origin.get(from);
                int stop = origin.get(end - 1) + 1;
                if (needsStart != null
                        && needsStart[k]
                        && start > 0
                        && AhoCorasick.fold(text.charAt(start - 1)) != ' ') {
                    continue;
                }
                if (needsEnd != null
                        && needsEnd[k]
                        && stop < text.length()
                        && AhoCorasick.fold(text.charAt(stop)) != ' ') {
                    continue;
                }
                if (wordBoundaries && !onBoundaries(text, start, stop)) {
                    continue;
                }
                found.add(new AhoCorasick.Match<>(start, stop, phrase, phrase));
            }
        }
        return found;
    }

    private static boolean onBoundaries(String text, int start, int end) {
        boolean startOk = start == 0
                || !Character.isLetterOrDigit(text.charAt(start))
                || !Character.isLetterOrDigit(text.charAt(start - 1));
        boolean endOk = end == text.length()
                || !Character.isLetterOrDigit(text.charAt(end - 1))
                || !Character.isLetterOrDigit(text.charAt(end));
        return startOk && endOk;
    }

    private static List<String> describe(List<AhoCorasick.Match<String>> matches) {
        return matches.stream()
                .map(m -> m.start() + "-" + m.end() + ":" + m.value())
                .toList();
    }
}
