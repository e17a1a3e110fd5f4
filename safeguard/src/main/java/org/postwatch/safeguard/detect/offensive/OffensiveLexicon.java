package org.postwatch.safeguard.detect.offensive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.postwatch.safeguard.text.AhoCorasick;
import org.postwatch.safeguard.text.FoldedText;
import org.postwatch.safeguard.text.WordList;

/** The offensive word list, loaded from {@code lexicon.txt} and matched on a post's disguise-resistant skeleton. */
final class OffensiveLexicon {

    enum Kind {
        SLUR,
        PROFANITY,
        INSULT,
        MILD
    }

    record Entry(
            String term,
            String key,
            String plainKey,
            Kind kind,
            boolean prefix,
            boolean infix,
            Set<String> unless,
            Set<String> notWords,
            boolean properName,
            boolean glued,
            Set<String> unlessPost,
            Set<String> needsPost,
            Set<String> verbWith) {

        /** The same entry for a misspelling of its word: whole words only, every option kept. */
        Entry misspeltAs(String key, String plainKey) {
            return new Entry(
                    term,
                    key,
                    plainKey,
                    kind,
                    false,
                    false,
                    unless,
                    notWords,
                    properName,
                    false,
                    unlessPost,
                    needsPost,
                    verbWith);
        }
    }

    /** An entry marked {@code typos}, and the real words its misspellings must not match. */
    private record TypoSource(Entry entry, Set<String> stop) {}

    /** A lexicon word found in the skeleton view at {@code [start, end)}. */
    record Hit(Entry entry, int start, int end) {}

    private final List<Entry> entries;
    private final AhoCorasick<List<Entry>> automaton;
    private final Map<String, List<Entry>> byKey;
    /** Single-word entries a symbol-masked word is compared with. */
    private final List<Entry> maskable;

    private OffensiveLexicon(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        Map<String, List<Entry>> byKey = new LinkedHashMap<>();
        for (Entry e : entries) {
            byKey.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e);
        }
        this.byKey = byKey;
        List<Entry> single = new ArrayList<>();
        for (Entry e : entries) {
            if (e.kind() != Kind.MILD
                    && e.plainKey().indexOf(' ') < 0
                    && e.plainKey().length() >= 3) {
                single.add(e);
            }
        }
        this.maskable = List.copyOf(single);
        AhoCorasick.Builder<List<Entry>> builder = AhoCorasick.builder();
        builder.matchInsideWords();
        byKey.forEach((k, v) -> builder.add(k, List.copyOf(v)));
        this.automaton = builder.build();
        this.needsStart = automaton.phraseFlags(list -> list.stream().noneMatch(e -> e.infix() || e.glued()));
        this.needsEnd = automaton.phraseFlags(list -> list.stream().noneMatch(e -> e.infix() || e.prefix()));
    }

    // Entries that only match whole words (or word starts): their hits inside words are skipped in the automaton.
    private final boolean[] needsStart;
    private final boolean[] needsEnd;

    static OffensiveLexicon load(String resource) {
        List<Entry> entries = new ArrayList<>();
        List<TypoSource> typoSources = new ArrayList<>();
        for (String line : WordList.load(resource)) {
            String[] parts = line.split("\\|", -1);
            if (parts.length < 2) {
                throw new IllegalStateException("Bad lexicon line in " + resource + ": " + line);
            }
            String term = parts[0].strip();
            Kind kind = Kind.valueOf(parts[1].strip().toUpperCase(java.util.Locale.ROOT));
            Set<String> unless = Set.of();
            Set<String> unlessPost = Set.of();
            Set<String> needsPost = Set.of();
            Set<String> notWords = Set.of();
            Set<String> verbWith = Set.of();
            boolean properName = false;
            boolean typos = false;
            boolean glued = false;
            Set<String> typoStop = Set.of();
            if (parts.length > 2) {
                for (String option : parts[2].split(";")) {
                    String o = option.strip();
                    if (o.startsWith("unless=")) {
                        unless = words(o.substring(7));
                    } else if (o.startsWith("unlesspost=")) {
                        unlessPost = words(o.substring(11));
                    } else if (o.startsWith("needspost=")) {
                        needsPost = words(o.substring(10));
                    } else if (o.startsWith("verbwith=")) {
                        verbWith = Stream.of(o.substring(9).split(","))
                                .map(String::strip)
                                .filter(w -> !w.isEmpty())
                                .collect(Collectors.toUnmodifiableSet());
                    } else if (o.startsWith("notword=")) {
                        notWords = Stream.of(o.substring(8).split(","))
                                .map(String::strip)
                                .collect(Collectors.toUnmodifiableSet());
                    } else if (o.equals("propername")) {
                        properName = true;
                    } else if (o.equals("typos")) {
                        typos = true;
                    } else if (o.startsWith("typostop=")) {
                        typoStop = words(o.substring(9));
                    } else if (o.equals("glued")) {
                        glued = true;
                    } else if (!o.isEmpty()) {
                        throw new IllegalStateException("Unknown lexicon option in " + resource + ": " + o);
                    }
                }
            }
            boolean infix = term.startsWith("*");
            boolean prefix = term.endsWith("*");
            String bare = term.replace("*", "");
            Entry entry = new Entry(
                    bare,
                    FoldedText.skeletonOf(bare),
                    FoldedText.wordsOf(bare),
                    kind,
                    prefix,
                    infix,
                    unless,
                    notWords,
                    properName,
                    glued && !infix && bare.indexOf(' ') < 0,
                    unlessPost,
                    needsPost,
                    verbWith);
            entries.add(entry);
            if (typos) {
                typoSources.add(new TypoSource(entry, typoStop));
            }
        }
        Set<String> keys = new java.util.HashSet<>();
        for (Entry e : entries) {
            keys.add(e.key());
        }
        for (TypoSource t : typoSources) {
            Entry e = t.entry();
            Set<String> stop = t.stop();
            for (String variant : typos(e.plainKey())) {
                for (String word :
                        e.prefix() && !variant.endsWith("s") ? List.of(variant, variant + "s") : List.of(variant)) {
                    String key = FoldedText.skeletonOf(word);
                    if (key.length() >= 3 && !stop.contains(key) && keys.add(key)) {
                        entries.add(e.misspeltAs(key, word));
                    }
                }
            }
        }
        return new OffensiveLexicon(entries);
    }

    /**
     * The spellings a writer uses to get a slur past a filter with one slip of the keyboard, for entries marked
     * {@code typos}: two neighbouring letters swapped ("tarnny", "pkiey", "niggre"; the first letter stays, as it
     * does in a deliberate misspelling) and, for words of six letters or more, one letter left out ("retad"), never
     * the first two or the last. Real words among them are listed with {@code typostop=} ("pikes" from "pikey").
     * Each variant is a whole word (a plural "s" allowed for prefix entries); doubled letters and leetspeak are
     * already undone by the skeleton.
     */
    static Set<String> typos(String word) {
        Set<String> out = new java.util.LinkedHashSet<>();
        if (word.indexOf(' ') >= 0 || word.length() < 4) {
            return out;
        }
        for (int i = 1; i + 1 < word.length(); i++) {
            if (word.charAt(i) != word.charAt(i + 1)) {
                out.add(word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2));
            }
        }
        if (word.length() >= 6) {
            for (int i = 2; i + 1 < word.length(); i++) {
                out.add(word.substring(0, i) + word.substring(i + 1));
            }
        }
        out.remove(word);
        return out;
    }

    private static Set<String> words(String csv) {
        return Stream.of(csv.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(FoldedText::skeletonOf)
                .collect(Collectors.toUnmodifiableSet());
    }

    int size() {
        return entries.size();
    }

    /** Matches in the skeleton view, before context checks. */
    List<Hit> find(FoldedText.View view) {
        return find(view, null);
    }

    /** As {@link #find(FoldedText.View)}, also finding an article joined to spaced letters in {@code original}. */
    List<Hit> find(FoldedText.View view, String original) {
        String text = view.text();
        List<Hit> hits = new ArrayList<>();
        int[] spaces = null;
        for (AhoCorasick.Match<List<Entry>> m : automaton.findAll(text, needsStart, needsEnd)) {
            boolean startOk = view.startsWord(m.start());
            boolean endOk = view.endsWord(m.end());
            for (Entry e : m.value()) {
                if ((startOk || e.infix() || (e.glued() && gluedAfterWord(text, m.start())))
                        && (endOk || e.prefix() || e.infix())) {
                    int start = m.start();
                    int end = m.end();
                    if (hits.size() < 16) {
                        while (start > 0 && text.charAt(start - 1) != ' ') {
                            start--;
                        }
                        while (end < text.length() && text.charAt(end) != ' ') {
                            end++;
                        }
                    } else {
                        // Walking out to the word's ends for every hit is quadratic when thousands of hits sit in
                        // one long word ("f u c k f u c k ..." joins into one): past a few hits, the same ends are
                        // found by binary search over the spaces.
                        if (spaces == null) {
                            spaces = spacesIn(text);
                        }
                        int before = spacesBelow(spaces, start);
                        start = before == 0 ? 0 : spaces[before - 1] + 1;
                        int after = spacesBelow(spaces, end);
                        end = after == spaces.length ? text.length() : spaces[after];
                    }
                    hits.add(new Hit(e, start, end));
                }
            }
        }
        findMasked(text, hits);
        if (original != null) {
            findArticleJoined(view, original, hits);
        }
        return hits;
    }

    /**
     * A slur run onto the word before it ("dirtypaki", "stupidretard", "bunchofpikeys"): at least three letters of
     * the same word before the match, so "snigger" (one letter) is not "nigger". Only entries marked {@code glued},
     * which no English word ends with, are looked for inside words.
     */
    private static boolean gluedAfterWord(String text, int start) {
        int letters = 0;
        for (int i = start - 1; i >= 0 && text.charAt(i) != ' '; i--) {
            if (++letters >= 3) {
                return true;
            }
        }
        return false;
    }

    /** Where the spaces are in {@code text}, in order. */
    static int[] spacesIn(String text) {
        int n = 0;
        for (int i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
            n++;
        }
        int[] spaces = new int[n];
        n = 0;
        for (int i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
            spaces[n++] = i;
        }
        return spaces;
    }

    /** How many of the sorted {@code spaces} are below {@code i} (the detector uses it for any sorted positions). */
    static int spacesBelow(int[] spaces, int i) {
        int lo = 0;
        int hi = spaces.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (spaces[mid] < i) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Letters spaced apart are joined, and so is a single-letter article before them: "you are a c u n t" folds to
     * "acunt". A joined word that is "a" plus a whole-word entry, and was spaced in the original, is that entry.
     */
    private void findArticleJoined(FoldedText.View view, String original, List<Hit> hits) {
        String text = view.text();
        // Only words starting with "a" can be joined to an article: jump from one to the next (the text's start,
        // or " a") instead of walking every word.
        int start = text.startsWith("a") ? 0 : nextWordStartingWithA(text, 0);
        while (start >= 0 && start < text.length()) {
            int end = text.indexOf(' ', start);
            if (end < 0) {
                end = text.length();
            }
            if (end - start >= 4 && end - start <= 16) {
                List<Entry> list = byKey.get(text.substring(start + 1, end));
                if (list != null) {
                    org.postwatch.safeguard.engine.Span span = view.originalSpan(start, end);
                    String raw = original.substring(span.start(), span.end());
                    if (raw.length() > 2 && raw.charAt(1) == ' ' && (raw.charAt(0) | 0x20) == 'a') {
                        for (Entry e : list) {
                            if (e.kind() != Kind.MILD && !e.infix()) {
                                hits.add(new Hit(e, start, end));
                                break;
                            }
                        }
                    }
                }
            }
            start = nextWordStartingWithA(text, end);
        }
    }

    /** The start of the first word beginning with "a" after a space at or after {@code from}, or -1. */
    private static int nextWordStartingWithA(String text, int from) {
        int at = text.indexOf(" a", from);
        return at < 0 ? -1 : at + 1;
    }

    /**
     * Words masked with symbols the skeleton splits on ("f#ck", "c_nt", "f-ck", "sh%t"): found in the original text,
     * where each symbol stands for one letter of a single-word entry. At least two letters must show.
     */
    /** A word masked with symbols, at {@code span} in the original text. */
    record Masked(org.postwatch.safeguard.engine.Span span, Kind kind) {}

    List<Masked> findSymbolMasked(String original) {
        List<Masked> out = null;
        int i = 0;
        int n = original.length();
        int tried = 0;
        while (i < n && tried < MAX_MASKED_WORDS) {
            int m = i;
            while (m < n && !isMask(original.charAt(m))) {
                m++;
            }
            if (m >= n) {
                break;
            }
            int start = m;
            while (start > 0 && isMaskedWordChar(original.charAt(start - 1))) {
                start--;
            }
            int end = m;
            while (end < n && isMaskedWordChar(original.charAt(end))) {
                end++;
            }
            i = Math.max(end, m + 1);
            if (end - start < 4 || end - start > 14 || !Character.isLetter(original.charAt(start))) {
                continue;
            }
            if (start > 0 && Character.isDigit(original.charAt(start - 1))
                    || end < n && Character.isDigit(original.charAt(end))) {
                continue; // "92fc-cc28" in a reference or an ID: letters and digits run together, not a word
            }
            String word = original.substring(start, end).toLowerCase(java.util.Locale.ROOT);
            if (lettersIn(word) < 2) {
                continue;
            }
            tried++;
            StringBuilder w = new StringBuilder(word.length());
            for (int k = 0; k < word.length(); k++) {
                char c = word.charAt(k);
                w.append(isMask(c) ? '*' : c);
            }
            String masked = w.toString();
            if (masked.charAt(masked.length() - 1) == '*' && masked.charAt(masked.length() - 2) != '*') {
                continue; // "word-" or "word#": a trailing symbol, not a mask
            }
            for (Entry e : maskable) {
                if (masks(masked, e.plainKey(), e.prefix()) && !joinsTwoWords(masked, e.plainKey())) {
                    if (out == null) {
                        out = new ArrayList<>();
                    }
                    out.add(new Masked(new org.postwatch.safeguard.engine.Span(start, end), e.kind()));
                    break;
                }
            }
        }
        out = findOneLetterMasked(original, out);
        return out == null ? List.of() : out;
    }

    /**
     * Swear words with every letter but the first masked by asterisks ("f***", "s***", "f***ing"): the skeleton
     * drops asterisks that end a word, and a single letter shows too little for {@link #findMasked}. Only when the
     * letter starts a word, the asterisks number one fewer than the letters of a profanity entry with that first
     * letter, and at least three ("F**" is an abbreviation); letters may follow for a prefix entry ("f***ing"). A capital shows only for F, since
     * "D*** S***" redacts a name. Slurs and insults are not guessed from one letter.
     */
    private List<Masked> findOneLetterMasked(String original, List<Masked> out) {
        int n = original.length();
        int from = original.indexOf("**");
        int tried = 0;
        while (from >= 0 && tried < MAX_MASKED_WORDS) {
            int stars = from;
            while (stars < n && original.charAt(stars) == '*') {
                stars++;
            }
            int letter = Math.max(from - 1, 0);
            char shown = from == 0 ? '*' : original.charAt(letter);
            char first = Character.toLowerCase(shown);
            if ((shown == first || shown == 'F') // "D*** S***" redacts a name; "F***" at a sentence start swears
                    && first >= 'a'
                    && first <= 'z'
                    && (letter == 0
                            || !isMaskedWordChar(original.charAt(letter - 1)) && original.charAt(letter - 1) != '*')
                    && stars - from >= 3
                    && stars - from <= 12) {
                tried++;
                int end = stars;
                while (end < n && end - stars < 8 && Character.isLetter(original.charAt(end))) {
                    end++;
                }
                boolean wordEnds =
                        end == n || !Character.isLetterOrDigit(original.charAt(end)) && original.charAt(end) != '*';
                // "s***@hmrc-refunds.co", "j***.smith@...": the start of a redacted address, not a word
                if (wordEnds
                        && end < n
                        && (original.charAt(end) == '@'
                                || original.charAt(end) == '.'
                                        && end + 1 < n
                                        && Character.isLetter(original.charAt(end + 1)))) {
                    wordEnds = false;
                }
                // "the d*** walkers who found it", "d** owners": a masked "dog" before a noun it qualifies
                if (wordEnds && first == 'd' && end == stars && dogNounAfter(original, end)) {
                    wordEnds = false;
                }
                int length = stars - letter;
                for (int k = 0; wordEnds && k < maskable.size(); k++) {
                    Entry e = maskable.get(k);
                    String key = e.plainKey();
                    if (e.kind() == Kind.PROFANITY
                            && key.length() == length
                            && key.charAt(0) == first
                            && (end == stars || e.prefix())) {
                        if (out == null) {
                            out = new ArrayList<>();
                        }
                        out.add(new Masked(new org.postwatch.safeguard.engine.Span(letter, end), e.kind()));
                        break;
                    }
                }
            }
            from = original.indexOf("**", stars);
        }
        return out;
    }

    /**
     * Nouns "dog" commonly qualifies, about dogs' keepers and kit: a masked word before one of them is read as "dog",
     * not a swear word. Nouns a swear word also qualifies ("d*** thieves", "d*** attack", "d*** park") are left out
     * (round 15, mend15b).
     */
    private static final Set<String> DOG_NOUNS = Set.of(
            "walker",
            "walkers",
            "walking",
            "owner",
            "owners",
            "handler",
            "handlers",
            "unit",
            "units",
            "section",
            "warden",
            "wardens",
            "trainer",
            "trainers",
            "training",
            "lead",
            "leads",
            "food",
            "bowl",
            "bowls",
            "treats",
            "fouling",
            "poo",
            "bin",
            "bins",
            "kennel",
            "kennels",
            "groomer",
            "groomers",
            "sitter",
            "sitters",
            "collar",
            "collars");

    /** True when the next word after {@code from} (a space or two away) is one of {@link #DOG_NOUNS}. */
    private static boolean dogNounAfter(String original, int from) {
        int n = original.length();
        int i = from;
        while (i < n && i - from < 3 && original.charAt(i) == ' ') {
            i++;
        }
        if (i == from) {
            return false;
        }
        int e = i;
        while (e < n && e - i < 10 && Character.isLetter(original.charAt(e))) {
            e++;
        }
        return e > i && DOG_NOUNS.contains(original.substring(i, e).toLowerCase(java.util.Locale.ROOT));
    }

    private static final String MASKS = "#_-%";

    /** At most this many symbol-masked words are compared per post, so long or adversarial text stays linear. */
    private static final int MAX_MASKED_WORDS = 32;

    private static boolean isMaskedWordChar(char c) {
        return Character.isLetter(c) || isMask(c);
    }

    /** One of {@link #MASKS}, compared directly: this runs on every character of the post. */
    private static boolean isMask(char c) {
        return c == '#' || c == '_' || c == '-' || c == '%';
    }

    /** Words with letters masked by asterisks, such as "f**k" or "c*nt": compared with each single-word entry. */
    private void findMasked(String text, List<Hit> hits) {
        int from = text.indexOf('*');
        while (from >= 0) {
            int start = text.lastIndexOf(' ', from) + 1;
            int end = text.indexOf(' ', from);
            if (end < 0) {
                end = text.length();
            }
            String word = text.substring(start, end);
            if (word.length() >= 3 && word.length() <= 20 && word.charAt(0) != '*' && lettersIn(word) >= 2) {
                for (Entry e : entries) {
                    if (e.kind() != Kind.MILD
                            && e.key().indexOf(' ') < 0
                            && (masks(word, e.key(), e.prefix()) || masks(word, e.plainKey(), e.prefix()))) {
                        hits.add(new Hit(e, start, end));
                        break;
                    }
                }
            }
            from = text.indexOf('*', end);
        }
    }

    private static int lettersIn(String word) {
        int n = 0;
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetter(word.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /**
     * A symbol in place of the term's last letter with more letters after it ("fc-cc" read as "fck" and "cc") joins two
     * words, as a hyphen does; a real mask hides a letter inside the word ("f#cking", "sh-tty").
     */
    private static boolean joinsTwoWords(String masked, String term) {
        return masked.length() > term.length() && masked.charAt(term.length() - 1) == '*';
    }

    private static boolean masks(String word, String term, boolean prefix) {
        if (term.length() < 3 || (prefix ? word.length() < term.length() : word.length() != term.length())) {
            return false;
        }
        boolean masked = false;
        for (int i = 0; i < term.length(); i++) {
            char w = word.charAt(i);
            if (w == '*') {
                masked = true;
            } else if (w != term.charAt(i)) {
                return false;
            }
        }
        for (int i = term.length(); i < word.length(); i++) {
            if (!Character.isLetter(word.charAt(i))) {
                return false;
            }
        }
        return masked;
    }
}
