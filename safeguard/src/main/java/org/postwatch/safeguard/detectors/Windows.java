package org.postwatch.safeguard.detectors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postwatch.safeguard.engine.AnalysedText;
import org.postwatch.safeguard.text.StartChars;

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
     * A pattern with the Latin-1 characters its matches can start with, found once when the detector loads: a window
     * tries the pattern only at the positions holding one of them. On "1 1 1 ..." no position can start a phone
     * number, so 32,000 windows cost no regular expression at all.
     *
     * <p>The table is found by matching each character alone ({@link StartChars}). That holds while nothing before
     * the match can make it succeed: a negative lookbehind sees nothing before "c" and passes, which only lets more
     * characters in. A positive lookbehind or a word boundary can fail on "c" alone and pass in a post, so a pattern
     * holding one gets a table that lets every character in.
     */
    static final class Anchored {
        private static final int TABLE = 256;

        private final Pattern pattern;
        private final Gate gate;
        private final boolean[] first;

        private Anchored(Pattern pattern, Gate gate) {
            this.pattern = pattern;
            this.gate = gate;
            String regex = pattern.pattern();
            boolean unknown = regex.contains("(?<=") || regex.contains("\\b") || regex.contains("\\B");
            this.first = StartChars.table(pattern, "", TABLE, unknown);
        }

        Pattern pattern() {
            return pattern;
        }

        /** False only when no match can start with {@code c}. */
        boolean canStartWith(char c) {
            return c >= TABLE || first[c];
        }

        /** False only when no match can start at {@code start}: the first character, then the detector's gate. */
        boolean mayStartAt(String text, int start) {
            return canStartWith(text.charAt(start)) && gate.mayStartAt(text, start);
        }
    }

    /**
     * A cheap test a detector adds for a pattern whose first characters say too little (a street address starts
     * with any digit). It must answer true wherever a match can start: it only saves the regular expression.
     */
    @FunctionalInterface
    interface Gate {
        boolean mayStartAt(String text, int start);
    }

    static Anchored anchored(Pattern pattern) {
        return new Anchored(pattern, (text, start) -> true);
    }

    static Anchored anchored(Pattern pattern, Gate gate) {
        return new Anchored(pattern, gate);
    }

    /**
     * Where a text's digits are, found in one pass and shared by the detectors of one check through {@link #DIGITS}:
     * six detectors look for windows around digit runs, and a post has few of them, or none.
     *
     * @param runStarts the index of the first digit of each run of ASCII digits, in text order ({@code runs} of them)
     * @param before {@code before[i]} is the number of digits in {@code [0, i)}, for {@code i} up to the text's length
     */
    record Digits(int[] runStarts, int runs, int[] before) {

        static Digits of(String text) {
            int length = text.length();
            int[] before = new int[length + 1];
            int[] starts = new int[8];
            int runs = 0;
            int count = 0;
            boolean inRun = false;
            for (int i = 0; i < length; i++) {
                boolean digit = isDigit(text.charAt(i));
                if (digit) {
                    if (!inRun) {
                        if (runs == starts.length) {
                            starts = Arrays.copyOf(starts, runs * 2);
                        }
                        starts[runs++] = i;
                    }
                    count++;
                }
                inRun = digit;
                before[i + 1] = count;
            }
            return new Digits(starts, runs, before);
        }

        /** The number of digits in {@code [from, to)}. */
        int between(int from, int to) {
            return before[to] - before[from];
        }
    }

    /**
     * Whether {@code pattern} finds a match in the {@code reach} characters before {@code at}, a pattern ending in
     * {@code $} ending right at {@code at}: a look back from an anchor, whose cost does not grow with the text. Word
     * boundaries see past the window's start ("the café" is not cut into "afé").
     */
    static boolean foundBefore(Pattern pattern, String text, int at, int reach) {
        return matchBefore(pattern, text, at, reach) != null;
    }

    /** The match {@link #foundBefore} finds, for its groups; null when there is none. */
    static Matcher matchBefore(Pattern pattern, String text, int at, int reach) {
        Matcher m = pattern.matcher(text)
                .region(Math.max(0, at - reach), at)
                .useTransparentBounds(true)
                .useAnchoringBounds(true);
        return m.find() ? m : null;
    }

    /** The digits of the text of one check, found by the first detector that asks. */
    static final AnalysedText.Key<Digits> DIGITS = AnalysedText.Key.named("digit-runs");

    static Digits digits(AnalysedText text) {
        return text.shared(DIGITS, Digits::of);
    }

    /**
     * Matches of {@code pattern} that start at most {@code before} characters ahead of a run of digits and are at
     * most {@code after} characters long from that run; non-overlapping, in text order. A window holding fewer than
     * {@code minDigits} digits is not tried at all: a phone number needs ten, so "call 101" or "incident 123" cost no
     * regular expression.
     */
    static List<MatchResult> nearDigits(Anchored pattern, String text, int before, int after, int minDigits) {
        return nearDigits(pattern, text, Digits.of(text), before, after, minDigits);
    }

    /** As {@link #nearDigits(Anchored, String, int, int, int)}, with the text's digits already found. */
    static List<MatchResult> nearDigits(
            Anchored pattern, String text, Digits digits, int before, int after, int minDigits) {
        List<MatchResult> found = new ArrayList<>();
        Matcher m = null; // made at the first window tried: most posts have no digits or too few
        int covered = 0;
        // Every start before this one has failed for good: it cannot start a match, or it failed without reaching
        // the end of its window, so a later, longer window would fail there too (Matcher.hitEnd). The windows of
        // runs of digits a few characters apart overlap ("1 1 1 ..."), and each start is then tried once, not five
        // times.
        int failedBefore = 0;
        int length = text.length();
        for (int r = 0; r < digits.runs() && found.size() < MAX_MATCHES; r++) {
            int i = digits.runStarts()[r];
            if (i < covered) {
                continue;
            }
            int limit = Math.min(length, i + after);
            if (minDigits > 1 && digits.between(Math.max(0, i - before), limit) < minDigits) {
                continue;
            }
            // Starts before this window's are behind every later window too: none will be tried again.
            failedBefore = Math.max(failedBefore, Math.max(covered, i - before));
            for (int start = failedBefore; start <= i; start++) {
                boolean failedForGood = true;
                if (pattern.mayStartAt(text, start)) {
                    if (m == null) {
                        m = pattern.pattern()
                                .matcher(text)
                                .useTransparentBounds(true)
                                .useAnchoringBounds(false);
                    }
                    m.region(start, limit);
                    if (m.lookingAt()) {
                        found.add(m.toMatchResult());
                        covered = m.end();
                        break;
                    }
                    failedForGood = !m.hitEnd();
                }
                if (failedForGood && start == failedBefore) {
                    failedBefore = start + 1;
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
            Anchored pattern, String text, char anchor, String wordChars, int before, int after) {
        List<MatchResult> found = new ArrayList<>();
        Matcher m = null; // made at the first anchor with a possible start: "@@@@" has none
        int covered = 0;
        for (int at = text.indexOf(anchor); at >= 0 && found.size() < MAX_MATCHES; at = next(text, anchor, at + 1)) {
            if (at < covered) {
                continue;
            }
            int start = at;
            while (start > covered && at - start < before && isWordChar(text.charAt(start - 1), wordChars)) {
                start--;
            }
            if (!pattern.mayStartAt(text, start)) {
                continue; // the only start tried here cannot start a match: no local part before the anchor
            }
            if (m == null) {
                m = pattern.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            m.region(start, Math.min(text.length(), at + after));
            if (m.lookingAt()) {
                found.add(m.toMatchResult());
                covered = m.end();
            }
        }
        return found;
    }

    /**
     * {@code text.indexOf(anchor, from)}, looking at {@code from} first: in a run of anchors ("@@@@...") the next
     * one is the next character, and a search per anchor would cost more than the rest of the loop.
     */
    static int next(String text, char anchor, int from) {
        return from < text.length() && text.charAt(from) == anchor ? from : text.indexOf(anchor, from);
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

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
