package org.postwatch.safeguard.detectors;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a pattern only in small windows around anchor characters (digits, '@') instead of from every position of
 * the post: most of a post cannot start a phone number, so this keeps a check to microseconds. Windows must be at
 * least as wide as the longest match; lookarounds see past them, so a match is never cut short.
 */
final class Windows {

    /** Enough to hold any post; stops hostile input with thousands of matches from costing thousands of findings. */
    static final int MAX_MATCHES = 100;

    private Windows() {}

    /**
     * Matches of {@code pattern} that start at most {@code before} characters ahead of a run of digits and are at
     * most {@code after} characters long from that run; non-overlapping, in text order.
     */
    static List<MatchResult> nearDigits(Pattern pattern, String text, int before, int after) {
        return nearDigits(pattern, text, before, after, 1);
    }

    /**
     * As {@link #nearDigits(Pattern, String, int, int)}, but a window holding fewer than {@code minDigits} digits is
     * not tried at all: a phone number needs ten, so "call 101" or "incident 123" cost no regular expression.
     */
    static List<MatchResult> nearDigits(Pattern pattern, String text, int before, int after, int minDigits) {
        List<MatchResult> found = new ArrayList<>();
        Matcher m = null; // made at the first window tried: most posts have no digits or too few
        int covered = 0;
        int length = text.length();
        for (int i = 0; i < length && found.size() < MAX_MATCHES; i++) {
            if (i < covered || !isDigit(text.charAt(i)) || (i > 0 && isDigit(text.charAt(i - 1)))) {
                continue;
            }
            int limit = Math.min(length, i + after);
            if (minDigits > 1 && digitsIn(text, Math.max(0, i - before), limit) < minDigits) {
                continue;
            }
            if (m == null) {
                m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            for (int start = Math.max(covered, i - before); start <= i; start++) {
                m.region(start, limit);
                if (m.lookingAt()) {
                    found.add(m.toMatchResult());
                    covered = m.end();
                    break;
                }
            }
        }
        return found;
    }

    /**
     * Matches of {@code pattern} that start where a run of {@code wordChars} before an {@code anchor} starts (at most
     * {@code before} characters back) and end within {@code after} characters of it: "jane.doe" before "@".
     */
    static List<MatchResult> atAnchor(
            Pattern pattern, String text, char anchor, String wordChars, int before, int after) {
        List<MatchResult> found = new ArrayList<>();
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int covered = 0;
        for (int at = text.indexOf(anchor); at >= 0 && found.size() < MAX_MATCHES; at = text.indexOf(anchor, at + 1)) {
            if (at < covered) {
                continue;
            }
            int start = at;
            while (start > covered && at - start < before && isWordChar(text.charAt(start - 1), wordChars)) {
                start--;
            }
            m.region(start, Math.min(text.length(), at + after));
            if (m.lookingAt()) {
                found.add(m.toMatchResult());
                covered = m.end();
            }
        }
        return found;
    }

    private static boolean isWordChar(char c, String extra) {
        return (c < 128 && Character.isLetterOrDigit(c)) || extra.indexOf(c) >= 0;
    }

    /**
     * Matches of {@code pattern} inside whitespace-separated words that contain {@code mark} followed by a letter or
     * digit ("example.com", not the full stop of "night."), or a scheme's "://".
     */
    static List<MatchResult> inWordsWith(Pattern pattern, String text, char mark) {
        List<MatchResult> found = new ArrayList<>();
        if (!anyMark(text, mark)) {
            return found; // no word can be marked: a post's full stops are followed by spaces
        }
        Matcher m = null; // made at the first marked word
        int length = text.length();
        int start = 0;
        while (start < length && found.size() < MAX_MATCHES) {
            while (start < length && isWhitespace(text.charAt(start))) {
                start++;
            }
            int end = start;
            boolean marked = false;
            while (end < length && !isWhitespace(text.charAt(end))) {
                char c = text.charAt(end);
                if ((c == mark || c == ':') && end + 1 < length) {
                    char after = text.charAt(end + 1);
                    marked |= c == mark ? Character.isLetterOrDigit(after) : after == '/';
                }
                end++;
            }
            if (marked) {
                if (m == null) {
                    m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                }
                m.region(start, end);
                while (m.find()) {
                    found.add(m.toMatchResult());
                }
            }
            start = end;
        }
        return found;
    }

    /**
     * Whether any {@code mark} is followed by a letter or digit, or any ':' by '/': what marks a word in {@link
     * #inWordsWith}, found with {@code indexOf} instead of a pass over every word.
     */
    private static boolean anyMark(String text, char mark) {
        int length = text.length();
        for (int at = text.indexOf(mark); at >= 0 && at + 1 < length; at = text.indexOf(mark, at + 1)) {
            if (Character.isLetterOrDigit(text.charAt(at + 1))) {
                return true;
            }
        }
        for (int at = text.indexOf(':'); at >= 0 && at + 1 < length; at = text.indexOf(':', at + 1)) {
            if (text.charAt(at + 1) == '/') {
                return true;
            }
        }
        return false;
    }

    /** {@link Character#isWhitespace(char)}, answered for ASCII without a table lookup. */
    private static boolean isWhitespace(char c) {
        if (c < 128) {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
        }
        return Character.isWhitespace(c);
    }

    private static int digitsIn(String text, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            if (isDigit(text.charAt(k))) {
                n++;
            }
        }
        return n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
