package org.postwatch.safeguard.text;

import java.text.Normalizer;
import java.util.Arrays;
import org.postwatch.safeguard.engine.AnalysedText;
import org.postwatch.safeguard.engine.Span;

/**
 * A post folded into word streams that are easy to match, each character remembering where it came from in the
 * original text, so a match becomes a {@link Span} the author can see highlighted.
 *
 * <ul>
 *   <li>{@link #words()}: lower case, accents, full-width forms and Cyrillic or Greek look-alikes folded to Latin,
 *       zero-width characters dropped, words separated by single spaces.
 *   <li>{@link #skeleton()}: the same, and also resists deliberate disguise: leetspeak ({@code sh1t}, {@code @ss}),
 *       letters spaced or dotted apart ({@code c u n t}, {@code f.u.c.k}) joined, and repeated letters collapsed
 *       ({@code fuuuck} becomes {@code fuck}). Terms matched against it must be passed through {@link
 *       #skeletonOf(String)}.
 * </ul>
 *
 * Both views start and end with a space, so a whole word {@code w} is found as {@code " w "}.
 */
public final class FoldedText {

    /**
     * One view: {@code text} plus, for each of its characters, the original span and sentence it came from. A
     * space between words maps to the word before it.
     */
    public static final class View {
        private final String text;
        private final int[] start;
        private final int[] end;
        private final int[] wordSentence; // sentence of each word
        private final char[] rawChars; // null when the words are their own raw form (the words view)
        private final int[] rawStart; // word w is rawChars[rawStart[w], rawStart[w + 1])
        private final int words;
        private final int[] wordOf;

        private View(
                String text,
                int[] start,
                int[] end,
                int[] wordSentence,
                char[] rawChars,
                int[] rawStart,
                int words,
                int[] wordOf) {
            this.text = text;
            this.start = start;
            this.end = end;
            this.wordSentence = wordSentence;
            this.rawChars = rawChars;
            this.rawStart = rawStart;
            this.words = words;
            this.wordOf = wordOf;
        }

        public String text() {
            return text;
        }

        /** The original span of view characters {@code [from, to)}. */
        public Span originalSpan(int from, int to) {
            int a = Math.max(0, Math.min(from, text.length() - 1));
            int b = Math.max(a, Math.min(to, text.length()) - 1);
            while (a < b && text.charAt(a) == ' ') {
                a++;
            }
            while (b > a && text.charAt(b) == ' ') {
                b--;
            }
            return new Span(start[a], Math.max(start[a], end[b]));
        }

        /** Sentence number (from 0) of the view character at {@code index}. */
        public int sentenceAt(int index) {
            int w = wordOf[Math.max(0, Math.min(index, text.length() - 1))];
            return w < 0 ? 0 : wordSentence[w];
        }

        /** The folded word, before disguise was undone (for example {@code "niger"} for the country). */
        public String rawWordAt(int index) {
            int at = Math.max(0, Math.min(index, text.length() - 1));
            int w = wordOf[at];
            if (w < 0 || w >= words) {
                return "";
            }
            if (rawChars == null) {
                // The word itself: from the space before it to the space after it.
                int from = at;
                while (from > 0 && text.charAt(from - 1) != ' ') {
                    from--;
                }
                if (text.charAt(at) == ' ' && from == at) {
                    // The space after word w: step back into it.
                    from = at - 1;
                    while (from > 0 && text.charAt(from - 1) != ' ') {
                        from--;
                    }
                }
                int to = from;
                while (to < text.length() && text.charAt(to) != ' ') {
                    to++;
                }
                return text.substring(from, to);
            }
            return new String(rawChars, rawStart[w], rawStart[w + 1] - rawStart[w]);
        }

        /** True when {@code [from, to)} starts and ends on word boundaries. */
        public boolean isWholeWord(int from, int to) {
            return startsWord(from) && endsWord(to);
        }

        public boolean startsWord(int from) {
            return from > 0 && text.charAt(from - 1) == ' ';
        }

        public boolean endsWord(int to) {
            return to < text.length() && text.charAt(to) == ' ';
        }
    }

    private final String original;
    private final View words;
    private final View skeleton;

    private FoldedText(String original, View words, View skeleton) {
        this.original = original;
        this.words = words;
        this.skeleton = skeleton;
    }

    private static final AnalysedText.Key<FoldedText> KEY = AnalysedText.Key.named("folded-text");

    /** Folds {@code original}. Detectors in one check should use {@link #of(AnalysedText)} to fold it once. */
    public static FoldedText of(String original) {
        Folded f = fold(original);
        return new FoldedText(original, wordsView(f), skeletonView(f));
    }

    /** The text's folded views, computed once per check and shared by every detector that asks. */
    public static FoldedText of(AnalysedText text) {
        return text.shared(KEY, FoldedText::of);
    }

    public String original() {
        return original;
    }

    // Results derived from this text, kept for the rest of the check (at most a few, so a short list).
    private Object[] memoKeys = new Object[0];
    private Object[] memoValues = new Object[0];

    /**
     * The value {@code compute} gives for this text, computed the first time {@code key} (compared by identity)
     * asks and kept: for work several detectors would otherwise repeat on the same check. Not thread-safe, like the
     * check that owns the text.
     */
    @SuppressWarnings("unchecked")
    public <T> T memo(Object key, java.util.function.Supplier<T> compute) {
        for (int i = 0; i < memoKeys.length; i++) {
            if (memoKeys[i] == key) {
                return (T) memoValues[i];
            }
        }
        T value = compute.get();
        memoKeys = Arrays.copyOf(memoKeys, memoKeys.length + 1);
        memoValues = Arrays.copyOf(memoValues, memoValues.length + 1);
        memoKeys[memoKeys.length - 1] = key;
        memoValues[memoValues.length - 1] = value;
        return value;
    }

    public View words() {
        return words;
    }

    public View skeleton() {
        return skeleton;
    }

    /** A term as it appears in {@link #words()}, without the surrounding spaces. */
    public static String wordsOf(String term) {
        return wordsView(fold(term)).text().strip();
    }

    /** A term as it appears in {@link #skeleton()}, without the surrounding spaces. */
    public static String skeletonOf(String term) {
        return skeletonView(fold(term)).text().strip();
    }

    // ---- folding: one original code point becomes zero or more folded characters ----

    /**
     * The folded characters and, for each, the original span it came from. {@code starts} and {@code ends} are null
     * when the text is all ASCII: then character {@code k} came from original character {@code k} alone, and most
     * posts need no maps.
     */
    private record Folded(char[] chars, int[] starts, int[] ends, int length) {
        int start(int k) {
            return starts == null ? k : starts[k];
        }

        int end(int k) {
            return ends == null ? k + 1 : ends[k];
        }
    }

    private static Folded fold(String s) {
        int n = s.length();
        int ascii = 0;
        while (ascii < n && s.charAt(ascii) < 128) {
            ascii++;
        }
        if (ascii == n) {
            // All ASCII: one folded character per original character, lower-cased through the table.
            char[] out = new char[n];
            for (int i = 0; i < n; i++) {
                out[i] = LOWER[s.charAt(i)];
            }
            return new Folded(out, null, null, n);
        }
        char[] out = new char[n + 16];
        int[] os = new int[n + 16];
        int[] oe = new int[n + 16];
        int len = 0;
        for (int i = 0; i < n; ) {
            char ch = s.charAt(i);
            if (ch < 128) {
                if (len == out.length) {
                    int cap = out.length * 2;
                    out = Arrays.copyOf(out, cap);
                    os = Arrays.copyOf(os, cap);
                    oe = Arrays.copyOf(oe, cap);
                }
                out[len] = LOWER[ch];
                os[len] = i;
                oe[len] = i + 1;
                len++;
                i++;
                continue;
            }
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            String folded = foldCodePoint(cp);
            for (int k = 0; k < folded.length(); k++) {
                if (len == out.length) {
                    int cap = out.length * 2;
                    out = Arrays.copyOf(out, cap);
                    os = Arrays.copyOf(os, cap);
                    oe = Arrays.copyOf(oe, cap);
                }
                out[len] = folded.charAt(k);
                os[len] = i;
                oe[len] = next;
                len++;
            }
            i = next;
        }
        return new Folded(out, os, oe, len);
    }

    private static final String[] ASCII_LOWER = new String[128];
    private static final char[] LOWER = new char[128];

    static {
        for (int c = 0; c < 128; c++) {
            LOWER[c] = (char) Character.toLowerCase(c);
            ASCII_LOWER[c] = String.valueOf(LOWER[c]);
        }
    }

    // The folds of U+0080..U+00FF, found once: "£", "é" and the no-break space would each cost an NFKD
    // normalisation per occurrence ("£1 " x21845 spent ~4 ms on it).
    private static final String[] LATIN1_FOLDED = new String[128];

    static {
        for (int c = 128; c < 256; c++) {
            LATIN1_FOLDED[c - 128] = foldUncached(c);
        }
    }

    static String foldCodePoint(int cp) {
        if (cp < 128) {
            return ASCII_LOWER[cp];
        }
        if (cp < 256) {
            return LATIN1_FOLDED[cp - 128];
        }
        return foldUncached(cp);
    }

    static String foldUncached(int cp) {
        if (cp < 128) {
            return ASCII_LOWER[cp];
        }
        String look = Homoglyphs.latinFor(cp);
        if (look != null) {
            return look;
        }
        int type = Character.getType(cp);
        if (type == Character.FORMAT
                || type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || cp == 0x034F) {
            return "";
        }
        if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC) {
            return "'";
        }
        String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(decomposed.length());
        for (int k = 0; k < decomposed.length(); k++) {
            char c = decomposed.charAt(k);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                b.append(c);
            }
        }
        String lower = b.toString().toLowerCase(java.util.Locale.ROOT);
        if (lower.length() == 1) {
            String again = Homoglyphs.latinFor(lower.charAt(0));
            if (again != null) {
                return again;
            }
        }
        return lower;
    }

    private static boolean isWordChar(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
        }
        return Character.isLetterOrDigit(c);
    }

    /** {@link Character#isLetter(char)}, answered for ASCII without a table lookup. */
    private static boolean isLetter(char c) {
        return c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') : Character.isLetter(c);
    }

    private static boolean isSentenceEnd(char[] f, int i, int len) {
        char c = f[i];
        if (c == '!' || c == '?' || c == '\n') {
            return true;
        }
        return c == '.' && (i + 1 >= len || Character.isWhitespace(f[i + 1]));
    }

    // ---- the words view ----

    private static View wordsView(Folded f) {
        Assembler a = new Assembler(f.length + 2);
        int sentence = 0;
        int i = 0;
        while (i < f.length) {
            if (!isWordChar(f.chars[i])) {
                if (isSentenceEnd(f.chars, i, f.length)) {
                    sentence++;
                }
                i++;
                continue;
            }
            int j = i;
            while (j < f.length && isWordChar(f.chars[j])) {
                j++;
            }
            a.beginWord(sentence);
            a.addAll(f, i, j);
            a.endWord();
            i = j;
        }
        return a.view(false);
    }

    // ---- the skeleton view ----

    private static boolean isLeet(char c) {
        return c == '@' || c == '$' || c == '!' || c == '|' || c == '*' || c == '€' || c == '+';
    }

    // unleet(c, true) and unleet(c, false) for ASCII, worked out once: the skeleton asks for every character.
    private static final char[] UNLEET_IN_WORD = new char[128];
    private static final char[] UNLEET_ALONE = new char[128];

    static {
        for (char c = 0; c < 128; c++) {
            UNLEET_IN_WORD[c] = unleetOf(c, true);
            UNLEET_ALONE[c] = unleetOf(c, false);
        }
    }

    private static char unleet(char c, boolean tokenHasLetter) {
        if (c < 128) {
            return tokenHasLetter ? UNLEET_IN_WORD[c] : UNLEET_ALONE[c];
        }
        return unleetOf(c, tokenHasLetter);
    }

    private static char unleetOf(char c, boolean tokenHasLetter) {
        switch (c) {
            case '@':
                return 'a';
            case '$':
                return 's';
            case '!':
            case '|':
                return 'i';
            case '€':
                return 'e';
            case '+':
                return 't';
            default:
                break;
        }
        if (tokenHasLetter) {
            switch (c) {
                case '0':
                    return 'o';
                case '1':
                    return 'i';
                case '3':
                    return 'e';
                case '4':
                    return 'a';
                case '5':
                    return 's';
                case '6':
                    return 'g';
                case '7':
                    return 't';
                case '8':
                    return 'b';
                case '9':
                    return 'g';
                default:
                    break;
            }
        }
        return c;
    }

    private static View skeletonView(Folded f) {
        // 1. tokens: runs of letters, digits and leet symbols; leet symbols at the edges are punctuation.
        int n = f.length;
        int[] tokStart = new int[n + 1];
        int[] tokEnd = new int[n + 1];
        int[] tokSentence = new int[n + 1];
        boolean[] breakBefore = new boolean[n + 1];
        int tokens = 0;
        int sentence = 0;
        boolean lineBreak = false;
        int gap = 0;
        // End of the run of leet symbols last measured: a symbol inside that run shares its answer, so a long run
        // ("a!!!!...") is measured once instead of once per symbol.
        int leetEnd = 0;
        int i = 0;
        while (i < n) {
            char c = f.chars[i];
            if (!(isWordChar(c) || (isLeet(c) && leetStartsWord(f, i)))) {
                if (isSentenceEnd(f.chars, i, n)) {
                    sentence++;
                }
                if (c == '\n' || c == ',' || c == ';' || c == ':') {
                    lineBreak = true;
                }
                gap++;
                i++;
                continue;
            }
            int j = i;
            while (j < n) {
                if (isWordChar(f.chars[j])) {
                    j++;
                    continue;
                }
                if (!isLeet(f.chars[j]) || j + 1 >= n) {
                    break;
                }
                if (j >= leetEnd) {
                    leetEnd = leetRunEnd(f, j);
                }
                if (trailingLeetRun(f, leetEnd)) {
                    break;
                }
                j++;
            }
            if (j == i) {
                j = i + 1;
            }
            tokStart[tokens] = i;
            tokEnd[tokens] = j;
            tokSentence[tokens] = sentence;
            breakBefore[tokens] = lineBreak || gap > 3;
            tokens++;
            lineBreak = false;
            gap = 0;
            i = j;
        }
        // 2. join runs of three or more single characters: "c u n t", "f.u.c.k".
        Assembler a = new Assembler(n + 2);
        CodeRun codeRun = new CodeRun();
        int t = 0;
        while (t < tokens) {
            int run = t;
            while (run < tokens
                    && tokEnd[run] - tokStart[run] == 1
                    && Character.isLetter(unleet(f.chars[tokStart[run]], true))
                    && (run == t || (!breakBefore[run] && tokSentence[run] == tokSentence[t]))) {
                run++;
            }
            // "he's a c.u.n.t": single words before the letters joined by dots or dashes stand apart.
            for (int dotted = dottedTail(f, t, run, tokStart, tokEnd); t < dotted; t++) {
                emitToken(a, f, t, t + 1, tokStart, tokEnd, tokSentence[t], codeRun);
            }
            if (run - t >= 3) {
                emitToken(a, f, t, run, tokStart, tokEnd, tokSentence[t], codeRun);
                t = run;
            } else {
                emitToken(a, f, t, t + 1, tokStart, tokEnd, tokSentence[t], codeRun);
                t++;
            }
        }
        return a.view(true);
    }

    /**
     * Where, in a run of single characters, the letters joined by dots or dashes begin: after the last gap of plain
     * spaces, when at least three letters follow and every gap after it holds punctuation ("s a c.u.n.t"). The run's
     * start when there is no such split ("c u n t", "f.u.c.k").
     */
    private static int dottedTail(Folded f, int t, int run, int[] tokStart, int[] tokEnd) {
        int lastSpace = -1;
        for (int k = t; k < run - 1; k++) {
            boolean spaces = true;
            for (int c = tokEnd[k]; c < tokStart[k + 1] && spaces; c++) {
                spaces = Character.isWhitespace(f.chars[c]);
            }
            if (spaces) {
                lastSpace = k;
            }
        }
        return lastSpace >= 0 && lastSpace + 1 > t && run - (lastSpace + 1) >= 3 ? lastSpace + 1 : t;
    }

    private static boolean leetStartsWord(Folded f, int i) {
        if (f.chars[i] == '*') {
            return false;
        }
        return i + 1 < f.length && (Character.isLetter(f.chars[i + 1]) || isLeet(f.chars[i + 1]));
    }

    /** The end of the run of leet symbols starting at {@code j}. */
    private static int leetRunEnd(Folded f, int j) {
        int k = j;
        while (k < f.length && isLeet(f.chars[k])) {
            k++;
        }
        return k;
    }

    /**
     * A leet symbol ends the word when nothing word-like follows its run of symbols, which ends at {@code k}: "shit!"
     * is "shit".
     */
    private static boolean trailingLeetRun(Folded f, int k) {
        return !(k < f.length && isWordChar(f.chars[k]));
    }

    private static void emitToken(
            Assembler a,
            Folded f,
            int fromTok,
            int toTok,
            int[] tokStart,
            int[] tokEnd,
            int sentence,
            CodeRun codeRun) {
        boolean hasLetter = false;
        for (int t = fromTok; t < toTok && !hasLetter; t++) {
            for (int k = tokStart[t]; k < tokEnd[t]; k++) {
                if (isLetter(f.chars[k])) {
                    hasLetter = true;
                    break;
                }
            }
        }
        if (hasLetter
                && toTok - fromTok == 1
                && (roadNumber(f, tokStart[fromTok], tokEnd[fromTok])
                        || partOfCode(f, tokStart[fromTok], tokEnd[fromTok], codeRun))) {
            // A segment of a reference such as a UUID or "AB12-55CD-9F00": its digits are digits, not disguise
            // ("aa55" is not "ass", "f499" is not a slur).
            hasLetter = false;
        }
        a.beginWord(sentence);
        char prev = 0;
        for (int t = fromTok; t < toTok; t++) {
            int from = tokStart[t];
            int to = tokEnd[t];
            a.reserve(to - from);
            for (int k = from; k < to; k++) {
                char c = unleet(f.chars[k], hasLetter);
                a.raw(c);
                if (c == prev && Character.isLetter(c)) {
                    a.extendLast(f.end(k));
                    continue;
                }
                a.addReserved(c, f.start(k), f.end(k));
                prev = c;
            }
        }
        a.endWord();
    }

    /**
     * One letter then digits only: a road ("A55", "M5", "B4215") or a grid square, not "ass" disguised. Round 16: also
     * two letters then one or two digits, the start of a registration plate or a postcode ("FA66 GTS", "WO6 GYP", "TS2
     * 1AB"), now that 6 reads as g ("fa66ots" still does: letters follow its digits).
     */
    private static boolean roadNumber(Folded f, int from, int to) {
        if (to - from < 2 || !Character.isLetter(f.chars[from])) {
            return false;
        }
        int digitsFrom = from + 1;
        if (to - from >= 3 && to - from <= 4 && Character.isLetter(f.chars[from + 1])) {
            digitsFrom = from + 2;
        }
        for (int k = digitsFrom; k < to; k++) {
            if (f.chars[k] < '0' || f.chars[k] > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The last run of code characters measured, {@code [start, end)}, and whether it is a code: every word inside it
     * gets the same answer, so "ab-ab-ab-..." is measured once rather than once per word.
     */
    private static final class CodeRun {
        int start;
        int end;
        boolean code;
    }

    /**
     * Whether the characters {@code from..to} sit in a run of letters and digits joined by hyphens or slashes, with
     * no spaces, of at least three segments of which at least two hold a digit: a code or reference number, not a
     * word. "sh1t-head" has one such segment, so it is still a disguised word.
     */
    private static boolean partOfCode(Folded f, int from, int to, CodeRun last) {
        if (from >= last.start && to <= last.end && last.end > last.start) {
            return last.code;
        }
        int start = from;
        int separators = 0;
        while (start > 0 && isCodeChar(f.chars[start - 1])) {
            start--;
            separators += isSeparator(f.chars[start]) ? 1 : 0;
        }
        int end = to;
        while (end < f.length && isCodeChar(f.chars[end])) {
            separators += isSeparator(f.chars[end]) ? 1 : 0;
            end++;
        }
        if (separators < 2) {
            // Three segments need two separators, and the word itself holds none (they are not word characters):
            // a plain word is answered here, with no run of more than three words to remember.
            return false;
        }
        int segments = 0;
        int withDigit = 0;
        boolean inSegment = false;
        boolean segmentDigit = false;
        for (int k = start; k <= end; k++) {
            char c = k < end ? f.chars[k] : '-';
            if (c == '-' || c == '/') {
                if (inSegment) {
                    segments++;
                    withDigit += segmentDigit ? 1 : 0;
                }
                inSegment = false;
                segmentDigit = false;
            } else {
                inSegment = true;
                segmentDigit |= c >= '0' && c <= '9';
            }
        }
        boolean code = segments >= 3 && withDigit >= 2;
        boolean wholeRun = true; // the word is code characters itself, so [start, end) is one run of them
        for (int k = from; k < to && wholeRun; k++) {
            wholeRun = isCodeChar(f.chars[k]);
        }
        if (wholeRun) {
            last.start = start;
            last.end = end;
            last.code = code;
        }
        return code;
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == '/';
    }

    private static boolean isCodeChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '/';
    }

    /** Builds a view's text and maps, starting with a space. */
    private static final class Assembler {
        private char[] text;
        private int length;
        private int[] start;
        private int[] end;
        private int[] wordOf;
        private char[] rawChars;
        private int rawLength;
        private int[] rawStart = new int[16];
        private int[] wordSentence = new int[16];
        private int words;

        Assembler(int capacity) {
            text = new char[capacity];
            start = new int[capacity];
            end = new int[capacity];
            wordOf = new int[capacity];
            push(' ', 0, 0, -1);
        }

        void beginWord(int sentence) {
            if (words + 1 >= rawStart.length) {
                rawStart = Arrays.copyOf(rawStart, rawStart.length * 2);
                wordSentence = Arrays.copyOf(wordSentence, wordSentence.length * 2);
            }
            rawStart[words] = rawLength;
            wordSentence[words] = sentence;
            words++;
            rawStart[words] = rawLength;
        }

        /**
         * One character of the current word as it was before repeated letters were collapsed. Only after {@link
         * #reserve(int)} made room for it.
         */
        void raw(char c) {
            rawChars[rawLength++] = c;
            rawStart[words] = rawLength;
        }

        /**
         * Room for {@code count} more characters of the current word (and their raw forms), so the per-character
         * adds need no capacity check.
         */
        void reserve(int count) {
            if (length + count > start.length) {
                grow(length + count);
            }
            if (rawChars == null) {
                rawChars = new char[Math.max(text.length, count)];
            } else if (rawLength + count > rawChars.length) {
                rawChars = Arrays.copyOf(rawChars, Math.max(16, Math.max(rawLength * 2, rawLength + count)));
            }
        }

        /** One character of the current word, after {@link #reserve(int)} made room. */
        void addReserved(char c, int s, int e) {
            int k = length;
            text[k] = c;
            start[k] = s;
            end[k] = e;
            wordOf[k] = words - 1;
            length = k + 1;
        }

        /** Folded characters {@code [from, to)} as the current word, unchanged. */
        void addAll(Folded f, int from, int to) {
            if (length + (to - from) > start.length) {
                grow(length + (to - from));
            }
            int k = length;
            int word = words - 1;
            System.arraycopy(f.chars, from, text, k, to - from);
            for (int i = from; i < to; i++, k++) {
                start[k] = f.start(i);
                end[k] = f.end(i);
                wordOf[k] = word;
            }
            length = k;
        }

        private void grow(int needed) {
            int cap = Math.max(needed, Math.max(16, length * 2));
            text = Arrays.copyOf(text, cap);
            start = Arrays.copyOf(start, cap);
            end = Arrays.copyOf(end, cap);
            wordOf = Arrays.copyOf(wordOf, cap);
        }

        void extendLast(int e) {
            end[length - 1] = e;
        }

        void endWord() {
            push(' ', end[length - 1], end[length - 1], words - 1);
        }

        private void push(char c, int s, int e, int word) {
            int k = length;
            if (k == start.length) {
                int cap = Math.max(16, k * 2);
                text = Arrays.copyOf(text, cap);
                start = Arrays.copyOf(start, cap);
                end = Arrays.copyOf(end, cap);
                wordOf = Arrays.copyOf(wordOf, cap);
            }
            text[k] = c;
            start[k] = s;
            end[k] = e;
            wordOf[k] = word;
            length++;
        }

        /** The view; with {@code raw}, words keep the form they had before repeated letters were collapsed. */
        View view(boolean raw) {
            return new View(
                    new String(text, 0, length),
                    start,
                    end,
                    wordSentence,
                    raw ? (rawChars == null ? new char[0] : rawChars) : null,
                    rawStart,
                    words,
                    wordOf);
        }
    }
}
