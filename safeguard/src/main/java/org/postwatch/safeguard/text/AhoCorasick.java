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
    // The automaton as a table, in two parts. A state is an int: for one of the shallow nodes (depth <= DENSE_DEPTH,
    // which most steps pass through) its number, a row of the dense table that gives the next state for every class
    // in one load; for a deeper node, SPARSE plus the offset of its record in the pool: [node, fail state, edge
    // count, (class, state) per edge], laid out depth first so that the nodes along a word follow one another. A
    // class with no edge at a deep node follows the fail state, which is shallower, so the walk ends at a dense row
    // and stays linear, as in any Aho-Corasick. A full table for every node was 7.8 MB for the 7,841 concept-rule
    // phrases (51,000 nodes by 38 classes) and took 2-3 s to build; the two parts take 1.2 MB, and a check is as fast.
    // In a stored state the sign bit says the target has an output, so nodes without one cost no second lookup.
    private static final int DENSE_DEPTH = 3;
    private static final int SPARSE = 1 << 30;
    private static final int STATE = SPARSE - 1;
    private final int[] dense;
    private final int[] denseNode; // the node of each dense row
    private final int[] pool;
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
        char[][] keys = new char[n][];
        int[][] targets = new int[n][];
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
                while (f != 0 && step(keys, targets, f, c) < 0) {
                    f = fail[f];
                }
                int via = step(keys, targets, f, c);
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
        for (char c = 0; c < 128; c++) {
            asciiFoldedClass[c] = (byte) classOf(fold(c));
        }
        // Breadth first: a node's fail node is shallower, so it is numbered (and its dense row filled) first.
        int[] order = new int[n];
        int[] depth = new int[n];
        int h = 0;
        int t = 0;
        order[t++] = 0;
        while (h < t) {
            int node = order[h++];
            for (int child : targets[node]) {
                depth[child] = depth[node] + 1;
                order[t++] = child;
            }
        }
        int[] state = new int[n];
        int denseCount = 0;
        int poolSize = 0;
        for (int node : order) {
            if (depth[node] <= DENSE_DEPTH) {
                state[node] = denseCount++;
            }
        }
        // Deep records in depth-first order: the nodes along a word follow one another in memory.
        int[] stack = new int[n];
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            int node = stack[--top];
            if (depth[node] > DENSE_DEPTH) {
                state[node] = SPARSE | poolSize;
                poolSize += 3 + 2 * keys[node].length;
            }
            for (int j = targets[node].length - 1; j >= 0; j--) {
                stack[top++] = targets[node][j];
            }
        }
        int[] stored = new int[n]; // the state as a transition stores it: with the output bit
        for (int node = 0; node < n; node++) {
            boolean hasOutput = output[node] >= 0 || dictLink[node] >= 0;
            stored[node] = state[node] | (hasOutput ? Integer.MIN_VALUE : 0);
        }
        dense = new int[denseCount * classes];
        denseNode = new int[denseCount];
        pool = new int[poolSize];
        int[] denseTarget = new int[denseCount * classes]; // node numbers, to fill deeper dense rows from shallower
        for (int node : order) {
            int at = state[node];
            if ((at & SPARSE) == 0) {
                denseNode[at] = node;
                for (int cls = 1; cls < classes; cls++) {
                    int child = step(keys, targets, node, charOfClass(cls));
                    denseTarget[at * classes + cls] =
                            child >= 0 ? child : node == 0 ? 0 : denseTarget[state[fail[node]] * classes + cls];
                    dense[at * classes + cls] = stored[denseTarget[at * classes + cls]];
                }
                dense[at * classes] = stored[0]; // a character in no phrase leads back to the root
            } else {
                int offset = at & STATE;
                pool[offset] = node;
                pool[offset + 1] = state[fail[node]];
                pool[offset + 2] = keys[node].length;
                for (int j = 0; j < keys[node].length; j++) {
                    pool[offset + 3 + 2 * j] = classOf(keys[node][j]);
                    pool[offset + 4 + 2 * j] = stored[targets[node][j]];
                }
            }
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
        // Sized for a post's usual count (about one match per eight characters on the concept-rule scan), so the
        // list seldom grows by copying.
        List<Match<V>> matches = new ArrayList<>(Math.max(10, text.length() >> 3));
        int length = text.length();
        // Folded position -> original index, needed only once a run of whitespace has been fed as one space.
        int[] origin = null;
        int fed = 0;
        int at = 0; // the current state: the root's
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
            int next = next(at, raw < 128 ? asciiFoldedClass[raw] : classOf(c));
            at = next & Integer.MAX_VALUE;
            if (next >= 0) {
                continue;
            }
            int node = (at & SPARSE) == 0 ? denseNode[at] : pool[at & STATE];
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

    /** The stored state (output bit included) reached from state {@code at} on a character of class {@code cls}. */
    private int next(int at, int cls) {
        if (cls == 0) {
            return dense[0]; // a character in no phrase: back to the root, which has no output
        }
        while ((at & SPARSE) != 0) {
            int offset = at & STATE;
            int end = offset + 3 + 2 * pool[offset + 2];
            for (int k = offset + 3; k < end; k += 2) {
                if (pool[k] == cls) {
                    return pool[k + 1];
                }
            }
            at = pool[offset + 1];
        }
        return dense[at * classes + cls];
    }

    private static int step(char[][] keys, int[][] targets, int node, char c) {
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
