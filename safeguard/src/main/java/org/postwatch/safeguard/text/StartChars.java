package org.postwatch.safeguard.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which characters a match of a regular expression can start with, found once by trying the expression on each
 * character alone: a match that can start with {@code c} either matches "c" or wants more input ({@link
 * Matcher#hitEnd()}). Callers use the table to skip, without a matcher, positions where no match can start. The
 * test cannot see what comes before the match, so a caller whose expression looks there (a positive lookbehind, a
 * word boundary) asks for a table that lets every character in.
 */
public final class StartChars {

    private StartChars() {}

    /**
     * For each character below {@code size}: can a match start with {@code prefix} followed by it? With {@code
     * everyChar}, every entry is true.
     */
    public static boolean[] table(Pattern pattern, String prefix, int size, boolean everyChar) {
        boolean[] table = new boolean[size];
        for (char c = 0; c < size; c++) {
            Matcher m = pattern.matcher(prefix + c);
            table[c] = everyChar || m.lookingAt() || m.hitEnd();
        }
        return table;
    }
}
