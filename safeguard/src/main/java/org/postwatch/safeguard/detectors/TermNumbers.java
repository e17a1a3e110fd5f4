package org.postwatch.safeguard.detectors;

import java.util.ArrayList;
import java.util.List;

/**
 * The number of a prison term or an order as courts and press releases write it ("four years", "18 months",
 * "eighteen months"): one list for every pattern and phrase table that reads a sentence, so that they cannot drift
 * apart.
 */
final class TermNumbers {

    /** The numbers written as words: one to twelve, and the round terms courts give. */
    static final List<String> WORDS = List.of(
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "fifteen",
            "eighteen",
            "twenty",
            "thirty");

    /** {@link #WORDS} as a regex alternation, without a group. */
    static final String WORD_ALTERNATION = String.join("|", WORDS);

    /** A term's number in a regex: one or two digits or one of {@link #WORDS}. */
    static final String PATTERN = "(?:\\d{1,2}|" + WORD_ALTERNATION + ")";

    /**
     * The "{n}" slot of a contempt phrase file ("got {n} years"): the words and the figures 1 to 40. A class of its
     * own, so the numbers exist before {@link ContemptDetector}'s static initialiser reads the phrase files.
     */
    static final String[] PHRASE_SLOT = phraseSlot();

    private static String[] phraseSlot() {
        List<String> slot = new ArrayList<>();
        slot.add("{n}");
        slot.addAll(WORDS);
        for (int k = 1; k <= 40; k++) {
            slot.add(Integer.toString(k));
        }
        return slot.toArray(String[]::new);
    }

    private TermNumbers() {}
}
