package org.postwatch.safeguard.detect.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postwatch.safeguard.engine.Category;
import org.postwatch.safeguard.engine.Finding;
import org.postwatch.safeguard.engine.Severity;
import org.postwatch.safeguard.engine.Span;
import org.postwatch.safeguard.text.AhoCorasick;
import org.postwatch.safeguard.text.FoldedText;
import org.postwatch.safeguard.text.StartChars;

/**
 * Rules written as data: named <em>concepts</em> (word lists, and a few bounded regular expressions) and rules that
 * fire when concepts occur together in one sentence, for example "a raid" with "a future time" and without "a past
 * result". Loaded once from a YAML resource; evaluation is one automaton pass plus a handful of regex scans.
 *
 * <p>A phrase ending in {@code *} also matches longer words ({@code raid*} matches "raiding"); one starting with
 * {@code *} matches inside a longer word. A concept entry starting with {@code re:} is a regular expression run on
 * the original text, case-insensitively unless it says otherwise.
 */
public final class ConceptRules {

    /** Which folded view phrases are matched against. */
    public enum ViewKind {
        WORDS,
        SKELETON
    }

    public record Rule(
            String id,
            List<Integer> all,
            List<List<Integer>> any,
            List<Integer> none,
            List<Integer> noneInPost,
            boolean wholePost,
            Severity severity,
            double confidence,
            String reason,
            String suggestion) {}

    private record Phrase(int concept, boolean prefix, boolean infix) {}

    /**
     * One concept found: its sentence, original span and, for phrase concepts, its place {@code [viewStart, viewEnd)}
     * in the folded view ({@code -1} for regular-expression concepts).
     */
    public record Hit(int concept, int sentence, Span span, int viewStart, int viewEnd) {}

    private final Category category;
    private final ViewKind viewKind;
    private final List<String> conceptNames;
    // This file's phrases by their key in the view, and the automaton pass that finds them: its own, or one shared
    // with other rule files on the same view (see share), whose value for each phrase holds a list per file.
    private final Map<String, List<Phrase>> phraseKeys;
    private Scan scan;
    private int slot;
    private final List<BoundedPattern> patterns;
    private final List<Integer> patternConcepts;
    private final int[] patternConcept; // patternConcepts unboxed, for the per-check loops
    // The symbols that trigger some pattern ("#", "£"), and for each pattern the indexes of its own.
    private final List<String> symbols;
    private final int[][] patternSymbols;
    private final List<Rule> rules;
    // The rules' concept lists as arrays: evaluating them is most of the work after the automaton pass.
    private final int[][] ruleAll;
    private final int[][][] ruleAny;
    private final int[][] ruleNone;
    private final int[][] ruleNoneInPost;
    // For each rule, the regular expressions of the concepts it names; for each concept, its regular expressions.
    // Sets of patterns and of concepts are long[] bit words (see Bits): a few words, sized once, no growth checks.
    private final long[][] rulePatterns;
    private final long[][] conceptPatterns;
    // Concepts of the expressions that are neither gated nor anchored: they may be found in any post.
    private final long[] openConcepts;
    // Each rule filed under one concept it cannot fire without (its first "all" concept, or each concept of its first
    // "any" group), so that a check looks only at the rules filed under concepts the post may hold; rules that need
    // no concept at all are always looked at.
    private final int[][] rulesByKey;
    private final int[] keylessRules;

    private ConceptRules(
            Category category,
            ViewKind viewKind,
            List<String> conceptNames,
            Map<String, List<Phrase>> phraseKeys,
            List<BoundedPattern> patterns,
            List<Integer> patternConcepts,
            List<Rule> rules) {
        this.category = category;
        this.viewKind = viewKind;
        this.conceptNames = conceptNames;
        this.phraseKeys = phraseKeys;
        this.scan = Scan.of(List.of(phraseKeys));
        this.slot = 0;
        this.patterns = patterns;
        this.patternConcepts = patternConcepts;
        this.patternConcept = ints(patternConcepts);
        this.symbols =
                patterns.stream().flatMap(p -> p.symbols().stream()).distinct().toList();
        this.patternSymbols = patterns.stream()
                .map(p -> p.symbols().stream().mapToInt(symbols::indexOf).toArray())
                .toArray(int[][]::new);
        this.rules = rules;
        this.ruleAll = new int[rules.size()][];
        this.ruleAny = new int[rules.size()][][];
        this.ruleNone = new int[rules.size()][];
        this.ruleNoneInPost = new int[rules.size()][];
        for (int r = 0; r < rules.size(); r++) {
            Rule rule = rules.get(r);
            ruleAll[r] = ints(rule.all());
            ruleAny[r] = rule.any().stream().map(ConceptRules::ints).toArray(int[][]::new);
            ruleNone[r] = ints(rule.none());
            ruleNoneInPost[r] = ints(rule.noneInPost());
        }
        this.conceptPatterns = new long[conceptNames.size()][Bits.words(patterns.size())];
        this.openConcepts = new long[Bits.words(conceptNames.size())];
        for (int k = 0; k < patternConcepts.size(); k++) {
            Bits.set(conceptPatterns[patternConcepts.get(k)], k);
            if (!patterns.get(k).gated() && !patterns.get(k).anchored()) {
                Bits.set(openConcepts, patternConcepts.get(k));
            }
        }
        this.rulePatterns = new long[rules.size()][Bits.words(patterns.size())];
        for (int r = 0; r < rules.size(); r++) {
            Rule rule = rules.get(r);
            long[] concepts = new long[Bits.words(conceptNames.size())];
            rule.all().forEach(c -> Bits.set(concepts, c));
            rule.any().forEach(group -> group.forEach(c -> Bits.set(concepts, c)));
            rule.none().forEach(c -> Bits.set(concepts, c));
            rule.noneInPost().forEach(c -> Bits.set(concepts, c));
            for (int k = 0; k < patternConcepts.size(); k++) {
                if (Bits.get(concepts, patternConcepts.get(k))) {
                    Bits.set(rulePatterns[r], k);
                }
            }
        }
        List<List<Integer>> byKey = new ArrayList<>();
        for (int c = 0; c < conceptNames.size(); c++) {
            byKey.add(new ArrayList<>());
        }
        List<Integer> keyless = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            Rule rule = rules.get(r);
            if (!rule.all().isEmpty()) {
                byKey.get(rule.all().get(0)).add(r);
            } else if (!rule.any().isEmpty()) {
                for (int c : rule.any().get(0).stream().distinct().toList()) {
                    byKey.get(c).add(r);
                }
            } else {
                keyless.add(r);
            }
        }
        this.rulesByKey = byKey.stream().map(ConceptRules::ints).toArray(int[][]::new);
        this.keylessRules = ints(keyless);
    }

    /**
     * One automaton pass for the phrases of several rule files on the same view. Each phrase's value holds, per
     * file, that file's entries for it (null when the file has none). The matches are kept on the folded text, so
     * the pass runs once per check however many files share it.
     */
    private static final class Scan {
        private final AhoCorasick<List<Phrase>[]> automaton;
        // Phrases every use of which must start (end) a word: their hits inside words are skipped in the automaton.
        private final boolean[] needsStart;
        private final boolean[] needsEnd;

        private Scan(AhoCorasick<List<Phrase>[]> automaton) {
            this.automaton = automaton;
            this.needsStart = automaton.phraseFlags(lists -> java.util.Arrays.stream(lists)
                    .filter(Objects::nonNull)
                    .flatMap(List::stream)
                    .noneMatch(Phrase::infix));
            this.needsEnd = automaton.phraseFlags(lists -> java.util.Arrays.stream(lists)
                    .filter(Objects::nonNull)
                    .flatMap(List::stream)
                    .noneMatch(p -> p.infix() || p.prefix()));
        }

        @SuppressWarnings("unchecked")
        static Scan of(List<Map<String, List<Phrase>>> files) {
            Map<String, List<Phrase>[]> joint = new LinkedHashMap<>();
            for (int f = 0; f < files.size(); f++) {
                int file = f;
                files.get(f)
                        .forEach((key, list) -> joint.computeIfAbsent(
                                        key, k -> (List<Phrase>[]) new List<?>[files.size()])[file] = list);
            }
            AhoCorasick.Builder<List<Phrase>[]> builder = AhoCorasick.builder();
            builder.matchInsideWords();
            joint.forEach(builder::add);
            return new Scan(builder.build());
        }

        List<AhoCorasick.Match<List<Phrase>[]>> matches(FoldedText folded, FoldedText.View view) {
            return folded.memo(this, () -> automaton.findAll(view.text(), needsStart, needsEnd));
        }
    }

    /**
     * Lets rule files on the same view find their phrases in one automaton pass per check instead of one each.
     * Call once, right after loading them and before any check; the findings do not change.
     */
    public static void share(List<ConceptRules> files) {
        if (files.stream().map(f -> f.viewKind).distinct().count() != 1) {
            throw new IllegalArgumentException("Only rule files on the same view can share a scan");
        }
        Scan joint = Scan.of(files.stream().map(f -> f.phraseKeys).toList());
        for (int i = 0; i < files.size(); i++) {
            files.get(i).scan = joint;
            files.get(i).slot = i;
        }
    }

    private static int[] ints(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    public List<Rule> rules() {
        return rules;
    }

    public static ConceptRules load(String resource, Category category, ViewKind viewKind) {
        try (InputStream in = ConceptRules.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing rule file on the classpath: " + resource);
            }
            Map<String, Object> yaml = new org.yaml.snakeyaml.Yaml().load(in);
            return parse(yaml, category, viewKind, resource);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read rule file " + resource, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static ConceptRules parse(Map<String, Object> yaml, Category category, ViewKind viewKind, String source) {
        Map<String, Object> concepts = (Map<String, Object>) yaml.get("concepts");
        List<String> names = new ArrayList<>(concepts.keySet());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i);
        }
        Map<String, List<Phrase>> byKey = new LinkedHashMap<>();
        List<BoundedPattern> patterns = new ArrayList<>();
        List<Integer> patternConcepts = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            for (Object o : (List<Object>) concepts.get(names.get(c))) {
                String entry = String.valueOf(o);
                if (entry.startsWith("re:") || entry.startsWith("re[")) {
                    int colon = entry.startsWith("re[") ? entry.indexOf("]:") + 1 : 2;
                    String gate = colon > 2 ? entry.substring(3, colon - 1) : "";
                    int before = -1;
                    int semicolon = gate.indexOf(';');
                    if (semicolon >= 0) {
                        String option = gate.substring(semicolon + 1).strip();
                        if (!option.startsWith("before=")) {
                            throw new IllegalStateException("Unknown pattern option in " + source + ": " + option);
                        }
                        before = Integer.parseInt(option.substring(7).strip());
                        gate = gate.substring(0, semicolon);
                    }
                    List<String> triggers = gate.isEmpty() ? List.of() : List.of(gate.split(","));
                    int patternIndex = patterns.size();
                    patterns.add(compileFast(entry.substring(colon + 1).strip(), triggers, before));
                    patternConcepts.add(c);
                    for (String t : triggers) {
                        String trigger = t.strip();
                        if (trigger.equals("digit")) {
                            for (char d = '0'; d <= '9'; d++) {
                                byKey.computeIfAbsent(String.valueOf(d), k -> new ArrayList<>())
                                        .add(new Phrase(-1 - patternIndex, true, false));
                            }
                        } else if (!trigger.isEmpty() && Character.isLetterOrDigit(trigger.charAt(0))) {
                            boolean prefix = trigger.endsWith("*");
                            byKey.computeIfAbsent(FoldedText.wordsOf(trigger.replace("*", "")), k -> new ArrayList<>())
                                    .add(new Phrase(-1 - patternIndex, prefix, false));
                        }
                    }
                    continue;
                }
                boolean prefix = entry.endsWith("*");
                boolean infix = entry.startsWith("*");
                String bare = entry.replace("*", "");
                String key = viewKind == ViewKind.SKELETON ? FoldedText.skeletonOf(bare) : FoldedText.wordsOf(bare);
                if (!key.isEmpty()) {
                    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Phrase(c, prefix, infix));
                }
            }
        }
        Map<String, List<Phrase>> phraseKeys = new LinkedHashMap<>();
        byKey.forEach((k, v) -> phraseKeys.put(k, List.copyOf(v)));
        List<Rule> rules = new ArrayList<>();
        for (Map<String, Object> r : (List<Map<String, Object>>) yaml.getOrDefault("rules", List.of())) {
            String id = (String) Objects.requireNonNull(r.get("id"), "rule id in " + source);
            List<List<Integer>> any = new ArrayList<>();
            for (Object group : (List<Object>) r.getOrDefault("any", List.of())) {
                any.add(ids((List<String>) group, index, id));
            }
            rules.add(new Rule(
                    id,
                    ids((List<String>) r.getOrDefault("all", List.of()), index, id),
                    List.copyOf(any),
                    ids((List<String>) r.getOrDefault("none", List.of()), index, id),
                    ids((List<String>) r.getOrDefault("none_in_post", List.of()), index, id),
                    "post".equals(r.get("scope")),
                    Severity.valueOf(String.valueOf(r.get("severity"))),
                    ((Number) r.get("confidence")).doubleValue(),
                    ((String) r.get("reason")).strip(),
                    r.get("suggestion") == null ? null : ((String) r.get("suggestion")).strip()));
        }
        return new ConceptRules(
                category,
                viewKind,
                List.copyOf(names),
                java.util.Collections.unmodifiableMap(phraseKeys),
                List.copyOf(patterns),
                List.copyOf(patternConcepts),
                List.copyOf(rules));
    }

    /**
     * A leading {@code \\b} makes Java try a slow word-boundary test at every position of the text; without it the
     * first real character rejects most positions at once. The boundary is checked after a match instead.
     */
    private static BoundedPattern compileFast(String regex, List<String> triggers, int before) {
        String flags = "";
        String body = regex;
        if (body.startsWith("(?-i)")) {
            flags = "(?-i)";
            body = body.substring(5);
        }
        boolean leadingBoundary = body.startsWith("\\b");
        if (leadingBoundary) {
            body = body.substring(2);
        }
        List<String> symbols = triggers.stream()
                .map(String::strip)
                .filter(t -> !t.isEmpty() && !Character.isLetterOrDigit(t.charAt(0)))
                .toList();
        if (before >= 0 && triggers.isEmpty()) {
            throw new IllegalStateException("A pattern with before= needs triggers: " + regex);
        }
        Pattern pattern = Pattern.compile(flags + body, Pattern.CASE_INSENSITIVE);
        return new BoundedPattern(
                pattern,
                leadingBoundary,
                !triggers.isEmpty(),
                symbols,
                before,
                firstChars(pattern),
                afterSymbols(pattern, body, symbols));
    }

    /**
     * For each one-character symbol of a pattern, the ASCII characters that can follow it at the start of a match,
     * found as {@link #firstChars} finds first characters: "@" then "x" either matches or wants more input. On
     * "@@@@..." no '@' is followed by one, so 65,000 symbols cost no matcher. Null (no table) for a pattern with a
     * lookbehind or an anchor, which could look before the symbol. A word boundary could too, unless the pattern
     * starts with the symbol itself ("@(?:UKLabour|...)\\b", "#ad\\b"): then every boundary is tested at or after
     * the symbol, on characters the two-character test holds as the text does. {@code body} is the expression
     * without its leading {@code (?-i)} and {@code \\b} ({@link #compileFast}).
     */
    private static boolean[][] afterSymbols(Pattern pattern, String body, List<String> symbols) {
        String regex = pattern.pattern();
        if (regex.contains("(?<") || regex.contains("^")) {
            return null; // these look at what comes before the symbol, which a two-character test cannot show
        }
        boolean boundary = regex.contains("\\b") || regex.contains("\\B");
        boolean[][] after = new boolean[symbols.size()][];
        for (int i = 0; i < after.length; i++) {
            String symbol = symbols.get(i);
            if (symbol.length() != 1 || (boundary && !body.startsWith(symbol) && !body.startsWith("\\" + symbol))) {
                continue;
            }
            after[i] = StartChars.table(pattern, symbol, 128, false);
        }
        return after;
    }

    /**
     * The ASCII characters a match can start with, found by trying the pattern on each one alone: it either
     * matches or wants more input. Lets the anchored search skip most positions without resetting a matcher.
     */
    private static boolean[] firstChars(Pattern pattern) {
        return StartChars.table(pattern, "", 128, pattern.pattern().contains("(?<="));
    }

    /**
     * A concept's regular expression. Scanning a whole post once per expression is the slow part of these rules, so
     * an expression may name triggers ({@code re[vote,#]: ...}): words, word prefixes ({@code op*}), {@code digit}
     * for any word starting with a digit, or symbols found in the raw text. It then runs only on posts that have one.
     * With {@code ;before=N} ({@code re[road,street;before=40]: ...}) it is not scanned over the post at all: it is
     * tried only at the positions from N characters before each trigger up to the trigger, so N must be at least
     * how far a match can start ahead of its trigger (0 when every match starts with the trigger).
     */
    private record BoundedPattern(
            Pattern pattern,
            boolean leadingBoundary,
            boolean gated,
            List<String> symbols,
            int before,
            boolean[] firstChars,
            boolean[][] afterSymbols) {

        boolean canStartWith(char c) {
            return c >= 128 || firstChars[c];
        }

        /** False only when {@code start} holds one of the symbols and the character after it cannot follow it. */
        boolean canContinue(String text, int start) {
            if (afterSymbols == null || start + 1 >= text.length()) {
                return true;
            }
            char c = text.charAt(start);
            char next = text.charAt(start + 1);
            for (int i = 0; i < afterSymbols.length; i++) {
                if (afterSymbols[i] != null && symbols.get(i).charAt(0) == c) {
                    return next >= 128 || afterSymbols[i][next];
                }
            }
            return true;
        }

        boolean anchored() {
            return before >= 0;
        }

        boolean startsWord(String text, int start) {
            return !leadingBoundary
                    || start == 0
                    || start >= text.length()
                    || Character.isLetterOrDigit(text.charAt(start - 1))
                            != Character.isLetterOrDigit(text.charAt(start));
        }
    }

    private static List<Integer> ids(List<String> concepts, Map<String, Integer> index, String rule) {
        List<Integer> out = new ArrayList<>();
        for (String c : concepts) {
            Integer i = index.get(c);
            if (i == null) {
                throw new IllegalStateException("Rule " + rule + " names unknown concept " + c);
            }
            out.add(i);
        }
        return List.copyOf(out);
    }

    /** The concepts present in the text, by sentence. */
    public Concepts find(FoldedText folded) {
        return new Concepts(hits(folded), conceptNames.size());
    }

    /** Every concept occurrence, phrase hits first in text order. */
    /**
     * The e-mail and web addresses of a text ({@code name@domain}, {@code https://...}, {@code www....}) as start/end
     * pairs: words inside them are parts of an address, not words of the post. A handle ("@UKLabour") is not one.
     */
    static int[] addresses(String original) {
        if (original.indexOf('@') < 0 && !original.contains("://") && !original.contains("www.")) {
            return new int[0];
        }
        int[] out = new int[8];
        int n = 0;
        int i = 0;
        while (i < original.length()) {
            while (i < original.length() && Character.isWhitespace(original.charAt(i))) {
                i++;
            }
            int start = i;
            // The first '@' and any "://" are noted while walking the token: no substring per word.
            int at = -1;
            boolean scheme = false;
            while (i < original.length() && !Character.isWhitespace(original.charAt(i))) {
                char ch = original.charAt(i);
                if (ch == '@' && at < 0) {
                    at = i - start;
                } else if (ch == ':' && original.startsWith("//", i + 1)) {
                    scheme = true; // "/" is no space, so all of "://" is inside this token
                }
                i++;
            }
            if ((at > 0 && at < i - start - 1) || scheme || original.startsWith("www.", start)) {
                if (n + 2 > out.length) {
                    out = java.util.Arrays.copyOf(out, out.length * 2);
                }
                out[n++] = start;
                out[n++] = i;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static final Object ADDRESSES = new Object();

    private static boolean inside(int[] addresses, Span span) {
        for (int k = 0; k < addresses.length; k += 2) {
            if (span.start() >= addresses[k] && span.end() <= addresses[k + 1]) {
                return true;
            }
        }
        return false;
    }

    public List<Hit> hits(FoldedText folded) {
        return hits(folded, false).hits();
    }

    /**
     * The concept occurrences of one text and, when staged, the rules that may still fire on it ({@code live[0,
     * liveCount)}, in rule order; {@code live} null for every rule).
     */
    private record Found(List<Hit> hits, int[] live, int liveCount) {}

    /**
     * Every concept occurrence; when {@code staged}, only the regular expressions of rules that can still fire are
     * run (for {@link #evaluate(FoldedText)}: the findings are the same).
     */
    private Found hits(FoldedText folded, boolean staged) {
        FoldedText.View view = viewKind == ViewKind.SKELETON ? folded.skeleton() : folded.words();
        String text = view.text();
        List<Hit> hits = new ArrayList<>();
        long[] triggered = new long[Bits.words(patterns.size())];
        int[][] triggerAt = null; // per anchored pattern: original offsets of its word triggers, in text order
        int[] triggerCount = null;
        int[] addresses = null; // e-mail addresses and web addresses in the original, as start/end pairs
        for (AhoCorasick.Match<List<Phrase>[]> m : scan.matches(folded, view)) {
            List<Phrase> own = m.value()[slot];
            if (own == null) {
                continue;
            }
            boolean startOk = view.startsWord(m.start());
            boolean endOk = view.endsWord(m.end());
            for (Phrase p : own) {
                if (p.concept() < 0) {
                    if (startOk && (endOk || p.prefix())) {
                        int k = -1 - p.concept();
                        Bits.set(triggered, k);
                        if (patterns.get(k).anchored()) {
                            if (triggerAt == null) {
                                triggerAt = new int[patterns.size()][];
                                triggerCount = new int[patterns.size()];
                            }
                            if (triggerAt[k] == null) {
                                triggerAt[k] = new int[4];
                            } else if (triggerCount[k] == triggerAt[k].length) {
                                triggerAt[k] = java.util.Arrays.copyOf(triggerAt[k], triggerCount[k] * 2);
                            }
                            triggerAt[k][triggerCount[k]++] =
                                    view.originalSpan(m.start(), m.end()).start();
                        }
                    }
                    continue;
                }
                if ((startOk || p.infix()) && (endOk || p.prefix() || p.infix())) {
                    int end = m.end();
                    while (p.prefix() && end < text.length() && text.charAt(end) != ' ') {
                        end++;
                    }
                    Span span = view.originalSpan(m.start(), end);
                    if (addresses == null) {
                        // The same for every rule file on this check: found once.
                        addresses = folded.memo(ADDRESSES, () -> addresses(folded.original()));
                    }
                    if (inside(addresses, span)) {
                        continue; // "gov" in streetscene@leeds.gov.uk is not the government
                    }
                    hits.add(new Hit(p.concept(), view.sentenceAt(m.start()), span, m.start(), end));
                }
            }
        }
        if (patterns.isEmpty()) {
            return new Found(hits, null, 0);
        }
        // A pattern's symbols count as triggers too; each symbol is looked for once.
        boolean[] symbolSeen = new boolean[symbols.size()];
        for (int i = 0; i < symbolSeen.length; i++) {
            // A one-character symbol ("#", "£") is looked for as a char: the vectorised char search, not the
            // substring search, which costs several times as much on a post.
            String symbol = symbols.get(i);
            symbolSeen[i] = symbol.length() == 1
                    ? folded.original().indexOf(symbol.charAt(0)) >= 0
                    : folded.original().contains(symbol);
        }
        for (int k = 0; k < patterns.size(); k++) {
            for (int i : patternSymbols[k]) {
                if (symbolSeen[i]) {
                    Bits.set(triggered, k);
                }
            }
        }
        PatternRun runner = new PatternRun(folded, view, triggered, triggerAt, triggerCount, hits);
        int patternWords = Bits.words(patterns.size());
        if (!staged) {
            long[] all = new long[patternWords];
            for (int k = 0; k < patterns.size(); k++) {
                Bits.set(all, k);
            }
            runner.run(all);
            return new Found(hits, null, 0);
        }
        // Concepts found by phrases, and those that may still be found: a pattern runs only when one of its trigger
        // words or symbols was seen, or it has no triggers at all.
        long[] found = new long[Bits.words(conceptNames.size())];
        for (Hit h : hits) {
            Bits.set(found, h.concept());
        }
        long[] maybe = found.clone();
        Bits.or(maybe, openConcepts);
        for (int k = 0; k < patterns.size(); k++) {
            if (Bits.get(triggered, k)) {
                Bits.set(maybe, patternConcept[k]);
            }
        }
        // Stages: first the expressions of concepts that a rule which may still fire needs and the phrases did not
        // find; a concept they do not find either rules out every rule that needs it. Then the rest of the
        // expressions of the rules left. Only rules that cannot fire anywhere in the post are left out, so the
        // findings are the same as with every expression run.
        // Found only grows and maybe only shrinks (found stays inside maybe), so a rule that cannot fire in one
        // stage cannot in any later one: each stage looks only at the rules the last one kept.
        int[] live = candidates(maybe);
        int liveCount = live.length;
        long[] done = new long[patternWords];
        long[] first = new long[patternWords];
        long[] rest = new long[patternWords];
        while (true) {
            java.util.Arrays.fill(first, 0L);
            java.util.Arrays.fill(rest, 0L);
            int kept = 0;
            for (int i = 0; i < liveCount; i++) {
                int r = live[i];
                if (!mayFire(r, found, maybe)) {
                    continue;
                }
                live[kept++] = r;
                for (int c : ruleAll[r]) {
                    if (!Bits.get(found, c)) {
                        Bits.or(first, conceptPatterns[c]);
                    }
                }
                Bits.or(rest, rulePatterns[r]);
            }
            liveCount = kept;
            Bits.andNot(first, done);
            Bits.andNot(rest, done);
            if (Bits.isEmpty(first)) {
                runner.run(rest);
                return new Found(hits, live, liveCount);
            }
            int before = hits.size();
            runner.run(first);
            Bits.or(done, first);
            for (int i = before; i < hits.size(); i++) {
                Bits.set(found, hits.get(i).concept());
            }
            for (int k = Bits.next(first, 0); k >= 0; k = Bits.next(first, k + 1)) {
                int c = patternConcept[k];
                if (!Bits.get(found, c) && Bits.containsAll(done, conceptPatterns[c])) {
                    Bits.clear(maybe, c);
                }
            }
        }
    }

    /**
     * The rules, in rule order, that are filed under a concept in {@code maybe} or under none: every other rule lacks
     * a concept it needs, so it cannot fire.
     */
    private int[] candidates(long[] maybe) {
        long[] chosen = new long[Bits.words(rules.size())];
        for (int r : keylessRules) {
            Bits.set(chosen, r);
        }
        for (int c = Bits.next(maybe, 0); c >= 0; c = Bits.next(maybe, c + 1)) {
            for (int r : rulesByKey[c]) {
                Bits.set(chosen, r);
            }
        }
        int count = 0;
        for (long word : chosen) {
            count += Long.bitCount(word);
        }
        int[] out = new int[count];
        int n = 0;
        for (int r = Bits.next(chosen, 0); r >= 0; r = Bits.next(chosen, r + 1)) {
            out[n++] = r;
        }
        return out;
    }

    /** Runs chosen regular expressions over one text, adding their hits. */
    private final class PatternRun {
        private final FoldedText folded;
        private final FoldedText.View view;
        private final long[] triggered;
        private final int[][] triggerAt;
        private final int[] triggerCount;
        private final List<Hit> hits;

        PatternRun(
                FoldedText folded,
                FoldedText.View view,
                long[] triggered,
                int[][] triggerAt,
                int[] triggerCount,
                List<Hit> hits) {
            this.folded = folded;
            this.view = view;
            this.triggered = triggered;
            this.triggerAt = triggerAt;
            this.triggerCount = triggerCount;
            this.hits = hits;
        }

        void run(long[] which) {
            // Sentence of an original offset: the sentence of the first view character at or after it.
            String original = folded.original();
            for (int k = Bits.next(which, 0); k >= 0; k = Bits.next(which, k + 1)) {
                BoundedPattern pattern = patterns.get(k);
                if (pattern.anchored()) {
                    anchoredHits(
                            folded,
                            view,
                            k,
                            triggerAt == null ? null : triggerAt[k],
                            triggerAt == null ? 0 : triggerCount[k],
                            hits);
                    continue;
                }
                if (pattern.gated() && !Bits.get(triggered, k)) {
                    continue;
                }
                Matcher matcher = pattern.pattern().matcher(original);
                int from = 0;
                while (from <= original.length() && matcher.find(from)) {
                    from = matcher.start() + 1;
                    if (!pattern.startsWord(original, matcher.start())) {
                        continue;
                    }
                    from = Math.max(from, matcher.end());
                    Span span = new Span(matcher.start(), matcher.end());
                    hits.add(new Hit(patternConcepts.get(k), sentenceOf(folded, view, matcher.start()), span, -1, -1));
                    if (matcher.end() == matcher.start()) {
                        break;
                    }
                }
            }
        }
    }

    /**
     * Tries pattern {@code k} only near its triggers: word triggers at {@code words[0..count)} (original offsets, in
     * text order) and its symbols wherever they occur. Matches do not overlap.
     */
    private void anchoredHits(FoldedText folded, FoldedText.View view, int k, int[] words, int count, List<Hit> hits) {
        BoundedPattern pattern = patterns.get(k);
        String original = folded.original();
        int symbols = 0;
        for (String symbol : pattern.symbols()) {
            for (int i = indexOf(original, symbol, 0); i >= 0; i = indexOf(original, symbol, i + 1)) {
                if (pattern.before() > 0 || pattern.canContinue(original, i)) {
                    symbols++;
                }
            }
        }
        if (count + symbols == 0) {
            return;
        }
        int[] at = words == null ? new int[symbols] : java.util.Arrays.copyOf(words, count + symbols);
        int n = count;
        for (String symbol : pattern.symbols()) {
            for (int i = indexOf(original, symbol, 0); i >= 0; i = indexOf(original, symbol, i + 1)) {
                if (pattern.before() > 0 || pattern.canContinue(original, i)) {
                    // With before=0 a match starts at its symbol: where the next character cannot follow it, none does.
                    at[n++] = i;
                }
            }
        }
        java.util.Arrays.sort(at);
        Matcher matcher = null;
        // Each start position is tried at most once: a position that failed for one trigger fails for the next.
        int next = 0;
        for (int trigger : at) {
            for (int start = Math.max(next, trigger - pattern.before()); start <= trigger; start++) {
                next = start + 1;
                if (!pattern.canStartWith(original.charAt(start))
                        || !pattern.canContinue(original, start)
                        || !pattern.startsWord(original, start)) {
                    continue;
                }
                if (matcher == null) {
                    matcher = pattern.pattern()
                            .matcher(original)
                            .useTransparentBounds(true)
                            .useAnchoringBounds(false);
                }
                matcher.region(start, original.length());
                if (matcher.lookingAt() && matcher.end() > matcher.start()) {
                    hits.add(new Hit(
                            patternConcepts.get(k),
                            sentenceOf(folded, view, matcher.start()),
                            new Span(matcher.start(), matcher.end()),
                            -1,
                            -1));
                    next = matcher.end();
                    break;
                }
            }
        }
    }

    /**
     * A one-character symbol is looked for as a char: the vectorised search, and no substring set-up per hit; the
     * character at {@code from} is looked at first, so a run of symbols ("####...") costs no search per symbol.
     */
    private static int indexOf(String text, String symbol, int from) {
        if (symbol.length() != 1) {
            return text.indexOf(symbol, from);
        }
        char c = symbol.charAt(0);
        return from < text.length() && text.charAt(from) == c ? from : text.indexOf(c, from);
    }

    private static int sentenceOf(FoldedText folded, FoldedText.View view, int offset) {
        // Binary search over view characters by original start.
        String text = view.text();
        int lo = 1;
        int hi = text.length() - 1;
        int found = text.length() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (view.originalSpan(mid, mid + 1).start() >= offset) {
                found = mid;
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        return view.sentenceAt(found);
    }

    /** The concepts found in one text. */
    public static final class Concepts {
        private final long[] inPost;

        private Concepts(List<Hit> hits, int conceptCount) {
            inPost = ConceptRules.inPost(hits, conceptCount);
        }

        public boolean inPost(int concept) {
            return Bits.get(inPost, concept);
        }
    }

    private static long[] inPost(List<Hit> hits, int conceptCount) {
        long[] inPost = new long[Bits.words(conceptCount)];
        for (Hit h : hits) {
            Bits.set(inPost, h.concept());
        }
        return inPost;
    }

    /**
     * The first span of each concept in each sentence: {@code [s][c]}, null for a sentence without hits and for a
     * concept not in the sentence.
     */
    private static Span[][] bySentence(List<Hit> hits, int conceptCount) {
        int sentences = 0;
        for (Hit h : hits) {
            sentences = Math.max(sentences, h.sentence() + 1);
        }
        Span[][] bySentence = new Span[sentences][];
        for (Hit h : hits) {
            Span[] sentence = bySentence[h.sentence()];
            if (sentence == null) {
                sentence = bySentence[h.sentence()] = new Span[conceptCount];
            }
            if (sentence[h.concept()] == null) {
                sentence[h.concept()] = h.span();
            }
        }
        return bySentence;
    }

    public int concept(String name) {
        int i = conceptNames.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("Unknown concept " + name);
        }
        return i;
    }

    /**
     * The findings of running every expression and looking at every rule, without the staging: what {@link
     * #evaluate(FoldedText)} must find, for tests.
     */
    List<Finding> evaluateEveryExpression(FoldedText folded) {
        return evaluate(hits(folded, false).hits(), null, 0);
    }

    /** Applies every rule; at most one finding per rule and sentence. */
    public List<Finding> evaluate(FoldedText folded) {
        Found found = hits(folded, true);
        return evaluate(found.hits(), found.live(), found.liveCount());
    }

    /**
     * Whether a rule may still fire: every concept it needs is found or may be found, one of each "any" group too,
     * and no concept it forbids in the post was found.
     */
    private boolean mayFire(int r, long[] found, long[] maybe) {
        for (int c : ruleNoneInPost[r]) {
            if (Bits.get(found, c)) {
                return false;
            }
        }
        for (int c : ruleAll[r]) {
            if (!Bits.get(maybe, c)) {
                return false;
            }
        }
        return anyInEachGroup(ruleAny[r], maybe);
    }

    /** Whether each group has a concept in {@code present}. */
    private static boolean anyInEachGroup(int[][] groups, long[] present) {
        for (int[] group : groups) {
            boolean any = false;
            for (int c : group) {
                if (Bits.get(present, c)) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }

    /**
     * Applies the rules {@code live[0, liveCount)} (every rule when {@code live} is null) to the hits. Most rules
     * cannot fire on a given post: a concept they need is missing from the whole post, or one they forbid is present.
     * Checking the post's bit set first skips them, and a post where no rule can fire (most posts) needs no
     * per-sentence tables at all.
     */
    private List<Finding> evaluate(List<Hit> hits, int[] live, int liveCount) {
        List<Finding> findings = new ArrayList<>();
        if (hits.isEmpty()) {
            return findings;
        }
        long[] inPost = inPost(hits, conceptNames.size());
        int count = live == null ? rules.size() : liveCount;
        int[] possible = new int[count];
        int n = 0;
        for (int i = 0; i < count; i++) {
            int r = live == null ? i : live[i];
            if (possible(r, inPost)) {
                possible[n++] = r;
            }
        }
        if (n == 0) {
            return findings;
        }
        Span[][] bySentence = bySentence(hits, conceptNames.size());
        Span[] wholePost = null;
        for (int i = 0; i < n; i++) {
            int r = possible[i];
            if (rules.get(r).wholePost()) {
                if (wholePost == null) {
                    wholePost = new Span[conceptNames.size()];
                    for (Span[] sentence : bySentence) {
                        for (int c = 0; sentence != null && c < sentence.length; c++) {
                            if (wholePost[c] == null) {
                                wholePost[c] = sentence[c];
                            }
                        }
                    }
                }
                apply(r, wholePost, findings);
            } else {
                for (Span[] sentence : bySentence) {
                    if (sentence != null) {
                        apply(r, sentence, findings);
                    }
                }
            }
        }
        findings.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return findings;
    }

    private boolean possible(int r, long[] inPost) {
        for (int c : ruleNoneInPost[r]) {
            if (Bits.get(inPost, c)) {
                return false;
            }
        }
        for (int c : ruleAll[r]) {
            if (!Bits.get(inPost, c)) {
                return false;
            }
        }
        return anyInEachGroup(ruleAny[r], inPost);
    }

    /** Adds rule {@code r}'s finding when the concepts present (first span of each, or null) satisfy it. */
    private void apply(int r, Span[] present, List<Finding> out) {
        for (int c : ruleNone[r]) {
            if (present[c] != null) {
                return;
            }
        }
        int start = Integer.MAX_VALUE;
        int end = -1;
        for (int c : ruleAll[r]) {
            Span s = present[c];
            if (s == null) {
                return;
            }
            start = Math.min(start, s.start());
            end = Math.max(end, s.end());
        }
        for (int[] group : ruleAny[r]) {
            Span best = null;
            for (int c : group) {
                Span s = present[c];
                if (s != null && (best == null || s.start() < best.start())) {
                    best = s;
                }
            }
            if (best == null) {
                return;
            }
            start = Math.min(start, best.start());
            end = Math.max(end, best.end());
        }
        if (end < 0) {
            return;
        }
        Rule rule = rules.get(r);
        out.add(new Finding(
                category,
                rule.id(),
                new Span(start, end),
                rule.severity(),
                rule.confidence(),
                rule.reason(),
                rule.suggestion()));
    }

    /**
     * Small fixed-size bit sets as {@code long[]} words. {@link java.util.BitSet} grows, checks bounds and
     * allocates on clone; these sets are a few words sized once from the rule file, so plain words are cheaper.
     */
    static final class Bits {
        private Bits() {}

        static int words(int bits) {
            return (bits + 63) >>> 6;
        }

        static boolean get(long[] set, int i) {
            return (set[i >>> 6] & (1L << i)) != 0;
        }

        static void set(long[] set, int i) {
            set[i >>> 6] |= 1L << i;
        }

        static void clear(long[] set, int i) {
            set[i >>> 6] &= ~(1L << i);
        }

        static void or(long[] set, long[] other) {
            for (int w = 0; w < set.length; w++) {
                set[w] |= other[w];
            }
        }

        static void andNot(long[] set, long[] other) {
            for (int w = 0; w < set.length; w++) {
                set[w] &= ~other[w];
            }
        }

        static boolean isEmpty(long[] set) {
            for (long word : set) {
                if (word != 0) {
                    return false;
                }
            }
            return true;
        }

        /** Whether every bit of {@code sub} is in {@code set}. */
        static boolean containsAll(long[] set, long[] sub) {
            for (int w = 0; w < set.length; w++) {
                if ((sub[w] & ~set[w]) != 0) {
                    return false;
                }
            }
            return true;
        }

        /** The first set bit at or after {@code from}, or -1. */
        static int next(long[] set, int from) {
            int w = from >>> 6;
            if (w >= set.length) {
                return -1;
            }
            long word = set[w] & (-1L << from);
            while (true) {
                if (word != 0) {
                    return (w << 6) + Long.numberOfTrailingZeros(word);
                }
                if (++w == set.length) {
                    return -1;
                }
                word = set[w];
            }
        }
    }
}
