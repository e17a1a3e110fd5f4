package org.postwatch.safeguard.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AhoCorasickTest {

    private static final AhoCorasick<String> MATCHER =
            AhoCorasick.of(List.of("ass", "he", "she", "hers", "police officer", "d.o.b.", "o'brien"));

    @ParameterizedTest(name = "finds \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            what an ASS                   | ASS
            she said                      | she
            a Police   Officer arrived    | Police   Officer
            his d.o.b. was                | d.o.b.
            Mr O’Brien                    | O’Brien
            ushers hers                   | hers
            """)
    void findsWholeWordPhrases(String text, String expected) {
        assertThat(MATCHER.findLongest(text))
                .extracting(m -> text.substring(m.start(), m.end()))
                .contains(expected);
    }

    @ParameterizedTest(name = "finds nothing in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Glasgow class pass
            the shed, ushers, heron
            policeofficer
            """)
    void ignoresPhrasesInsideWords(String text) {
        assertThat(MATCHER.findAll(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ushers | 4
            """)
    void matchesInsideWordsWhenAskedTo(String text, int expected) {
        AhoCorasick<String> inside = AhoCorasick.<String>builder()
                .addAll(List.of("he", "she", "hers", "us"), "x")
                .matchInsideWords()
                .build();
        assertThat(inside.findAll(text)).hasSize(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            victim jane smith was | jane smith
            """)
    void longestMatchWinsOverItsPrefix(String text, String expected) {
        AhoCorasick<Integer> matcher = AhoCorasick.<Integer>builder()
                .add("jane", 1)
                .add("jane smith", 2)
                .build();
        List<AhoCorasick.Match<Integer>> found = matcher.findLongest(text);
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(expected);
            assertThat(m.value()).isEqualTo(2);
        });
    }
}
