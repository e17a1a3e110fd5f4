package org.postwatch.safeguard.detectors;

import java.util.Locale;
import org.postwatch.safeguard.engine.AnalysedText;

/** The post in lower case, made once per check for the detectors that look for context words in it. */
final class LowerCase {

    private static final AnalysedText.Key<String> KEY = AnalysedText.Key.named("lower-case");

    private LowerCase() {}

    static String of(AnalysedText text) {
        return text.shared(KEY, LowerCase::sameLength);
    }

    /**
     * The detectors use positions found in the lower-case post on the original, so both must be as long: "İ" lower-
     * cases to two characters, and a post full of them made the e-mail check fail. Such a post is lower-cased one
     * character at a time instead.
     */
    static String sameLength(String original) {
        String lower = original.toLowerCase(Locale.ROOT);
        if (lower.length() == original.length()) {
            return lower;
        }
        char[] chars = original.toCharArray();
        for (int k = 0; k < chars.length; k++) {
            chars[k] = Character.toLowerCase(chars[k]);
        }
        return new String(chars);
    }
}
