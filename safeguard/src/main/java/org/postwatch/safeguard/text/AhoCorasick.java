package org.postwatch.safeguard.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds many phrases in one pass over a text (Aho-Corasick), case-insensitively and, by default, only where a
 * phrase starts and ends on a word boundary: "ass" does not match in "Glasgow". Runs of whitespace in the text
 * match a single space in a phrase, and curly quotes match straight ones. Immutable and thread-safe once built.
 *
 * @param <V> what each phrase stands for, returned with its matches
 */
public final class AhoCorasick<V> {

    /** One occurrence of a phrase: {@code [start, end)} in the searched text. */
    public record Match<V>(int start, int end, String phrase, V value) {

        public int length() {
            return end - start;
        }
    }

    private final char[][] keys;
    private final int[][] targets;
    private final int[] fail;
    private final int[] output; // phrase index ending at this node, or -1
    private final int[] dictLink; // next node along the fail chain with an output, or -1
    // The automaton as a table: one lookup per character instead of walking fail links. Characters are mapped to
    // a small alphabet (those used in some phrase, plus "any other", which always leads back to the root).
    private final byte[] asciiClass = new byte[128];
    // For ASCII input: the class of the character after folding (case, whitespace), so a step needs no fold call.
    private final byte[] asciiFoldedClass = new byte[128];
    private final char[] otherChars; // non-ASCII phrase characters, sorted; their class is 1 + asciiCount + index
    private final int classes;
    // The table holds each target's row offset (node * classes), so a step is one load and one add; the sign bit
    // says the target has an output, so nodes without one cost no second lookup.
    private final int[] delta;
    private final boolean[] hasOutput;
    private final String[] phrases;
    private final int[] phraseLengths; // in folded characters
    private final List<V> values;
    private final boolean wordBoundaries;

    private AhoCorasick(Builder<V> builder) {
        this.wordBoundaries = builder.wordBoundaries;
        List<Map<Character, Integer>> trie = new ArrayList<>();
        List<Integer> out = new ArrayList<>();
        trie.add(new TreeMap<>());
        out.add(-1);
        List<String> phraseList = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>();
        List<V> valueList = new ArrayList<>();
        for (Map.Entry<String, V> entry : builder.phrases.entrySet()) {
            String folded = foldPhrase(entry.getKey());
            if (folded.isEmpty()) {
                continue;
            }
            int node = 0;
            for (int i = 0; i < folded.length(); i++) {
                char c = folded.charAt(i);
                Integer next = trie.get(node).get(c);
                if (next == null) {
                    next = trie.size();
                    trie.add(new TreeMap<>());
                    out.add(-1);
                    trie.get(node).put(c, next);
                }
                node = next;
            }
            if (out.get(node) == -1) {
                out.set(node, phraseList.size());
                phraseList.add(entry.getKey());
                lengths.add(folded.length());
                valueList.add(entry.getValue());
            }
        }
        int n = trie.size();
        keys = new char[n][];
        targets = new int[n][];
        for (int i = 0; i < n; i++) {
            Map<Character, Integer> edges = trie.get(i);
            keys[i] = new char[edges.size()];
            targets[i] = new int[edges.size()];
            int j = 0;
            for (Map.Entry<Character, Integer> e : edges.entrySet()) {
                keys[i][j] = e.getKey();
                targets[i][j] = e.getValue();
                j++;
            }
        }
        output = out.stream().mapToInt(Integer::intValue).toArray();
        fail = new int[n];
        dictLink = new int[n];
        Arrays.fill(dictLink, -1);
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        for (int child : targets[0]) {
            fail[child] = 0;
            queue[tail++] = child;
        }
        while (head < tail) {
            int node = queue[head++];
            for (int j = 0; j < keys[node].length; j++) {
                char c = keys[node][j];
                int child = targets[node][j];
                int f = fail[node];
                while (f != 0 && step(f, c) < 0) {
                    f = fail[f];
                }
                int via = step(f, c);
                fail[child] = via >= 0 && via != child ? via : 0;
                dictLink[child] = output[fail[child]] >= 0 ? fail[child] : dictLink[fail[child]];
                queue[tail++] = child;
            }
        }
        phrases = phraseList.toArray(String[]::new);
        phraseLengths = lengths.stream().mapToInt(Integer::intValue).toArray();
        values = List.copyOf(valueList);

        java.util.TreeSet<Character> alphabet = new java.util.TreeSet<>();
        for (char[] k : keys) {
            for (char c : k) {
                alphabet.add(c);
            }
        }
        int nextClass = 1;
        StringBuilder others = new StringBuilder();
        for (char c : alphabet) {
            if (c < 128) {
                asciiClass[c] = (byte) nextClass++;
            } else {
                others.append(c);
            }
        }
        otherChars = others.toString().toCharArray();
        classes = nextClass + otherChars.length;
        delta = new int[n * classes];
        hasOutput = new boolean[n];
        // Breadth first, so a node's fail target already has its row.
        int[] order = new int[n];
        int h = 0;
        int t = 0;
        order[t++] = 0;
        while (h < t) {
            int node = order[h++];
            hasOutput[node] = output[node] >= 0 || dictLink[node] >= 0;
            for (int cls = 1; cls < classes; cls++) {
                char c = charOfClass(cls);
                int child = step(node, c);
                if (child >= 0) {
                    delta[node * classes + cls] = child;
                } else {
                    delta[node * classes + cls] = node == 0 ? 0 : delta[fail[node] * classes + cls];
                }
            }
            for (int child : targets[node]) {
                order[t++] = child;
            }
        }
        for (char c = 0; c < 128; c++) {
            asciiFoldedClass[c] = (byte) classOf(fold(c));
        }
        for (int k = 0; k < delta.length; k++) {
            int target = delta[k];
            delta[k] = target * classes | (hasOutput[target] ? Integer.MIN_VALUE : 0);
        }
    }

    private char charOfClass(int cls) {
        if (cls > classes - 1 - otherChars.length) {
            return otherChars[cls - (classes - otherChars.length)];
        }
        for (char c = 0; c < 128; c++) {
            if (asciiClass[c] == cls) {
                return c;
            }
        }
        throw new IllegalStateException("no character for class " + cls);
    }

    private int classOf(char c) {
        if (c < 128) {
            return asciiClass[c];
        }
        int at = Arrays.binarySearch(otherChars, c);
        return at >= 0 ? classes - otherChars.length + at : 0;
    }

    public static <V> Builder<V> builder() {
        return new Builder<>();
    }

    /** A matcher for plain phrases, each standing for itself. */
    public static AhoCorasick<String> of(Iterable<String> phrases) {
        Builder<String> builder = builder();
        for (String phrase : phrases) {
            builder.add(phrase, phrase);
        }
        return builder.build();
    }

    public int size() {
        return phrases.length;
    }

    /** Every occurrence, overlapping ones included, ordered by end then by length (longest first). */
    public List<Match<V>> findAll(CharSequence text) {
        return findAll(text, null, null);
    }

    /**
     * Which phrases count only where a word starts (or ends): {@code needs.test(value)} for each phrase's value,
     * computed once so that {@link #findAll(CharSequence, boolean[], boolean[])} can skip, without allocating, the
     * many hits inside words that a caller matching inside words would throw away ("r" in "Officers").
     */
    public boolean[] phraseFlags(java.util.function.Predicate<V> needs) {
        boolean[] flags = new boolean[values.size()];
        for (int i = 0; i < flags.length; i++) {
            flags[i] = needs.test(values.get(i));
        }
        return flags;
    }

    /**
     * Every occurrence, except those of a phrase flagged in {@code needsStart} that does not start after a space
     * (or at the text's start), and those of a phrase flagged in {@code needsEnd} that is not followed by a space
     * (or the text's end). Meant for folded views, whose words are separated by single spaces.
     */
    public List<Match<V>> findAll(CharSequence text, boolean[] needsStart, boolean[] needsEnd) {
        List<Match<V>> matches = new ArrayList<>();
        int length = text.length();
        // Folded position -> original index, needed only once a run of whitespace has been fed as one space.
        int[] origin = null;
        int fed = 0;
        int row = 0; // the current node's row offset in the table
        boolean lastWasSpace = false;
        for (int i = 0; i < length; i++) {
            char raw = text.charAt(i);
            char c = raw < 128 ? ASCII_FOLD[raw] : fold(raw);
            if (c == ' ') {
                if (lastWasSpace) {
                    if (origin == null) {
                        origin = new int[length];
                        for (int k = 0; k < fed; k++) {
                            origin[k] = k;
                        }
                    }
                    continue;
                }
                lastWasSpace = true;
            } else {
                lastWasSpace = false;
            }
            if (origin != null) {
                origin[fed] = i;
            }
            fed++;
            int step = delta[row + (raw < 128 ? asciiFoldedClass[raw] : classOf(c))];
            row = step & Integer.MAX_VALUE;
            if (step >= 0) {
                continue;
            }
            int node = row / classes;
            for (int hit = output[node] >= 0 ? node : dictLink[node]; hit >= 0; hit = dictLink[hit]) {
                int phrase = output[hit];
                int from = fed - phraseLengths[phrase];
                int start = origin == null ? from : origin[from];
                int end = i + 1;
                if (needsStart != null
                        && ((needsStart[phrase] && start > 0 && fold(text.charAt(start - 1)) != ' ')
                                || (needsEnd[phrase] && end < length && fold(text.charAt(end)) != ' '))) {
                    continue;
                }
                if (!wordBoundaries || onBoundaries(text, start, end)) {
                    matches.add(new Match<>(start, end, phrases[phrase], values.get(phrase)));
                }
            }
        }
        return matches;
    }

    /** Leftmost-longest occurrences that do not overlap, in text order. */
    public List<Match<V>> findLongest(CharSequence text) {
        List<Match<V>> all = new ArrayList<>(findAll(text));
        all.sort((a, b) -> a.start != b.start ? Integer.compare(a.start, b.start) : Integer.compare(b.end, a.end));
        List<Match<V>> chosen = new ArrayList<>();
        int coveredTo = -1;
        for (Match<V> match : all) {
            if (match.start >= coveredTo) {
                chosen.add(match);
                coveredTo = match.end;
            }
        }
        return chosen;
    }

    public boolean containsAny(CharSequence text) {
        return !findAll(text).isEmpty();
    }

    private int step(int node, char c) {
        int at = Arrays.binarySearch(keys[node], c);
        return at >= 0 ? targets[node][at] : -1;
    }

    private static boolean onBoundaries(CharSequence text, int start, int end) {
        boolean startOk = start == 0 || !isWordChar(text.charAt(start)) || !isWordChar(text.charAt(start - 1));
        boolean endOk = end == text.length() || !isWordChar(text.charAt(end - 1)) || !isWordChar(text.charAt(end));
        return startOk && endOk;
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    private static final char[] ASCII_FOLD = new char[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_FOLD[c] = Character.isWhitespace(c) ? ' ' : c == '`' ? '\'' : Character.toLowerCase(c);
        }
    }

    static char fold(char c) {
        if (c < 128) {
            return ASCII_FOLD[c];
        }
        return switch (c) {
            case '\u2018', '\u2019', '\u02BC', '`' -> '\'';
            case '\u201C', '\u201D' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014' -> '-';
            default -> Character.isWhitespace(c) || c == '\u00A0' ? ' ' : Character.toLowerCase(c);
        };
    }

    private static String foldPhrase(String phrase) {
        StringBuilder folded = new StringBuilder(phrase.length());
        boolean lastWasSpace = true;
        for (int i = 0; i < phrase.length(); i++) {
            char c = fold(phrase.charAt(i));
            if (c == ' ') {
                if (lastWasSpace) {
                    continue;
                }
                lastWasSpace = true;
            } else {
                lastWasSpace = false;
            }
            folded.append(c);
        }
        int end = folded.length();
        while (end > 0 && folded.charAt(end - 1) == ' ') {
            end--;
        }
        return folded.substring(0, end);
    }

    /** Collects phrases; the first value given for a phrase (compared case-insensitively) wins. */
    public static final class Builder<V> {

        private final Map<String, V> phrases = new LinkedHashMap<>();
        private boolean wordBoundaries = true;

        private Builder() {}

        public Builder<V> add(String phrase, V value) {
            phrases.putIfAbsent(phrase, value);
            return this;
        }

        public Builder<V> addAll(Iterable<String> phraseList, V value) {
            for (String phrase : phraseList) {
                add(phrase, value);
            }
            return this;
        }

        /** Match inside words too ("ass" in "class"). Off by default. */
        public Builder<V> matchInsideWords() {
            this.wordBoundaries = false;
            return this;
        }

        public AhoCorasick<V> build() {
            return new AhoCorasick<>(this);
        }
    }
}
