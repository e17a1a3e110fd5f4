package org.postwatch.safeguard.detect.offensive;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.postwatch.safeguard.detect.rules.ConceptRules;
import org.postwatch.safeguard.engine.AnalysedText;
import org.postwatch.safeguard.engine.Category;
import org.postwatch.safeguard.engine.CheckContext;
import org.postwatch.safeguard.engine.Detector;
import org.postwatch.safeguard.engine.Finding;
import org.postwatch.safeguard.engine.Severity;
import org.postwatch.safeguard.engine.Span;
import org.postwatch.safeguard.text.FoldedText;

/**
 * Offensive language: slurs, swearing and insults from a lexicon matched on a disguise-resistant skeleton of the
 * post, and cue rules for abuse that uses no bad words at all: dehumanising or exclusionary statements about a
 * group, calls for violence, threats, and mockery of victims.
 */
public final class OffensiveDetector implements Detector {

    static final String LEXICON = "org/postwatch/safeguard/detect/offensive/lexicon.txt";
    static final String CUES = "org/postwatch/safeguard/detect/offensive/cues.yaml";

    /** Words that, between a group and a cue, turn a statement into its negation or a description of harm to it. */
    private static final Set<String> NEGATORS = Set.of("not", "never", "no", "nt", "isnt", "arent", "dont", "t");

    /** Words allowed between a group and its verb: "women in general are", "muslims all want". */
    private static final Set<String> FILLERS = Set.of(
            "all",
            "just",
            "realy",
            "literaly",
            "simply",
            "basicaly",
            "truly",
            "only",
            "themselves",
            "here",
            "today",
            "nowadays",
            "in",
            "general",
            "mostly",
            "generaly",
            "always",
            "are",
            "is",
            "the",
            "most",
            "these",
            "those",
            "al",
            "so",
            "do",
            "should",
            "wil",
            "wud",
            "would",
            "must",
            "r");

    private static final Set<String> PREPOSITIONS =
            Set.of("on", "against", "of", "for", "to", "by", "towards", "with", "at", "from", "in", "about");

    /** Words that may open a short place phrase between a group and what is said of it ("X on the estate are"). */
    private static final Set<String> PLACE_WORDS = Set.of("on", "from", "in", "round", "around", "near", "at", "over");

    /** Words for people that may follow a group word before what is said of them ("Polish drivers are"). */
    private static final Set<String> HEAD_NOUNS = java.util.stream.Stream.of(
                    "officers",
                    "drivers",
                    "landlords",
                    "people",
                    "folk",
                    "men",
                    "women",
                    "lads",
                    "families",
                    "kids",
                    "students",
                    "workers",
                    "neighbours",
                    "parents",
                    "mums",
                    "dads",
                    "staff",
                    "recruits",
                    "cops",
                    "coppers",
                    "blokes",
                    "guys",
                    "youths",
                    "gangs",
                    "girls",
                    "boys",
                    "shopkeepers",
                    "immigrants")
            .map(FoldedText::skeletonOf)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Intensifiers that aim the next insult at someone ("a total clown"), but only a word or two ahead. */
    private static final Set<String> INTENSIFIERS = Set.of("total", "complete", "absolute", "utter", "proper");

    private final OffensiveLexicon lexicon = OffensiveLexicon.load(LEXICON);
    private final ConceptRules cues = ConceptRules.load(CUES, Category.OFFENSIVE, ConceptRules.ViewKind.SKELETON);
    private final int group = cues.concept("group");
    private final int neg = cues.concept("neg");
    private final int violence = cues.concept("violence");
    private final int advocacy = cues.concept("advocacy");
    private final int imperativeHarm = cues.concept("imperative_harm");
    private final int copula = cues.concept("copula");
    private final int exclusion = cues.concept("exclusion");
    private final int threat = cues.concept("threat");
    private final int mockery = cues.concept("mockery");
    private final int laughter = cues.concept("laughter");
    private final int victim = cues.concept("victim");
    private final int counter = cues.concept("counter");
    private final int claim = cues.concept("claim");
    private final int verminNoun = cues.concept("vermin_noun");
    private final int they = cues.concept("they");
    private final int deserveHarm = cues.concept("deserve_harm");
    private final int target = cues.concept("target");
    private final int personInsult = cues.concept("person_insult");
    private final int contemptAdj = cues.concept("contempt_adj");
    private final int personNoun = cues.concept("person_noun");
    private final int dehumanisingWords = cues.concept("dehumanising");
    private final int insinuation = cues.concept("insinuation");

    @Override
    public String name() {
        return "offensive";
    }

    @Override
    public Category category() {
        return Category.OFFENSIVE;
    }

    @Override
    public List<Finding> detect(String text, CheckContext context) {
        return detect(FoldedText.of(text));
    }

    private static final AnalysedText.Key<List<Finding>> FINDINGS = AnalysedText.Key.named("offensive-rule-findings");

    /** Found once per check: the optional classifier asks too, and stays quiet when the rules already spoke. */
    @Override
    public List<Finding> detect(AnalysedText text, CheckContext context) {
        return text.shared(FINDINGS, t -> List.copyOf(detect(FoldedText.of(text))));
    }

    /**
     * True when the post speaks against hate or is about policing it ("report hate crime", "will not be tolerated",
     * "arrested", "Pride month"): the same counter-speech cues that veto the group rules.
     */
    public boolean counterSpeech(AnalysedText text) {
        for (ConceptRules.Hit h : cues.hits(FoldedText.of(text))) {
            if (h.concept() == counter) {
                return true;
            }
        }
        return false;
    }

    public List<Finding> detect(FoldedText folded) {
        FoldedText.View view = folded.skeleton();
        List<Finding> findings = new ArrayList<>();
        lexiconFindings(folded, view, findings);
        cueFindings(folded, view, findings);
        return findings;
    }

    // ---- lexicon ----

    private void lexiconFindings(FoldedText folded, FoldedText.View view, List<Finding> out) {
        String text = view.text();
        int coveredTo = -1;
        List<OffensiveLexicon.Hit> hits = lexicon.find(view);
        hits.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : b.end() - a.end());
        for (OffensiveLexicon.Hit hit : hits) {
            if (hit.start() < coveredTo) {
                continue;
            }
            OffensiveLexicon.Entry e = hit.entry();
            String raw = view.rawWordAt(hit.start());
            if (e.notWords().contains(raw) || !doublesKept(e, raw)) {
                continue;
            }
            if (!e.unless().isEmpty() && nearWord(text, hit.start(), hit.end(), e.unless())) {
                continue;
            }
            Span span = view.originalSpan(hit.start(), hit.end());
            if (e.properName() && looksLikeName(folded.original(), span)) {
                continue;
            }
            coveredTo = hit.end();
            out.add(lexiconFinding(e.kind(), span));
        }
    }

    private static Finding lexiconFinding(OffensiveLexicon.Kind kind, Span span) {
        return switch (kind) {
            case SLUR ->
                new Finding(
                        Category.OFFENSIVE,
                        "offensive.slur",
                        span,
                        Severity.HIGH,
                        0.9,
                        "This reads as a slur about a protected characteristic (race, religion, sex, sexuality,"
                                + " gender identity or disability).",
                        "Remove the word. A police account must never use slurs, even when quoting someone.");
            case PROFANITY ->
                new Finding(
                        Category.OFFENSIVE,
                        "offensive.profanity",
                        span,
                        Severity.MEDIUM,
                        0.85,
                        "This is swearing, which is not acceptable on a police account.",
                        "Remove or replace the word.");
            case INSULT ->
                new Finding(
                        Category.OFFENSIVE,
                        "offensive.insult",
                        span,
                        Severity.MEDIUM,
                        0.75,
                        "This insults or belittles people. Officers must treat everyone with respect, including"
                                + " suspects and offenders.",
                        "Describe what happened in neutral terms, for example \"a man\" or \"the driver\".");
            case MILD ->
                new Finding(
                        Category.OFFENSIVE,
                        "offensive.mild",
                        span,
                        Severity.LOW,
                        0.6,
                        "This word may come across as rude or unprofessional.",
                        "Consider a more neutral word.");
        };
    }

    /**
     * Repeated letters are collapsed for matching, so "as" would match "ass" and "con" would match "coon": a word
     * only matches when it keeps at least the term's own doubled letters ("fuuuck" keeps them; "as" does not).
     */
    private static boolean doublesKept(OffensiveLexicon.Entry e, String raw) {
        if (e.infix() || e.plainKey().indexOf(' ') >= 0 || raw.isEmpty()) {
            return true;
        }
        int[] term = runs(e.plainKey());
        int[] word = runs(raw);
        if (word.length < term.length || (!e.prefix() && word.length != term.length)) {
            return true;
        }
        for (int i = 0; i < term.length; i++) {
            if (word[i] < term[i]) {
                return false;
            }
        }
        return true;
    }

    private static int[] runs(String s) {
        int[] out = new int[s.length()];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (i > 0 && s.charAt(i) == s.charAt(i - 1)) {
                out[n - 1]++;
            } else {
                out[n++] = 1;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** True when one of {@code words} is within six words either side of {@code [start, end)}. */
    private static boolean nearWord(String text, int start, int end, Set<String> words) {
        int from = start;
        for (int k = 0; k < 7 && from > 0; k++) {
            from = text.lastIndexOf(' ', from - 2) + 1;
        }
        int to = end;
        for (int k = 0; k < 6 && to < text.length() - 1; k++) {
            int next = text.indexOf(' ', to + 1);
            to = next < 0 ? text.length() : next;
        }
        for (String word :
                text.substring(Math.max(0, from), Math.min(text.length(), to)).split(" ")) {
            if (words.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** "Dick Turpin", "Moby Dick": capitalised mid-sentence, or next to another capitalised word. */
    private static boolean looksLikeName(String original, Span span) {
        if (span.length() == 0 || !Character.isUpperCase(original.charAt(span.start()))) {
            return false;
        }
        if (span.length() > 1 && Character.isUpperCase(original.charAt(span.start() + 1))) {
            return false; // "DICK" shouted is not a name
        }
        // Quotes and brackets around a nickname do not end a sentence: "Richard 'Dick' Bowden".
        int before = span.start() - 1;
        while (before >= 0 && isSpaceOrQuote(original.charAt(before))) {
            before--;
        }
        boolean sentenceStart = before < 0 || ".!?\n".indexOf(original.charAt(before)) >= 0;
        if (!sentenceStart) {
            return true;
        }
        int after = span.end();
        while (after < original.length() && isSpaceOrQuote(original.charAt(after))) {
            after++;
        }
        return after < original.length() && Character.isUpperCase(original.charAt(after));
    }

    private static boolean isSpaceOrQuote(char c) {
        return c == ' ' || c == '(' || c == ')' || isQuote(c);
    }

    // ---- cues ----

    private record Cue(int concept, int sentence, Span span, int firstToken, int lastToken) {}

    private void cueFindings(FoldedText folded, FoldedText.View view, List<Finding> out) {
        String text = view.text();
        List<Cue> found = new ArrayList<>();
        Tokens tokens = new Tokens(text);
        int[] tokenAt = tokens.at;
        BitSet counterSentences = new BitSet();
        BitSet advocacySentences = new BitSet();
        boolean victimInPost = false;
        int firstGroup = Integer.MAX_VALUE;
        Span laughingEmoji = laughingEmoji(folded.original());
        for (ConceptRules.Hit h : cues.hits(folded)) {
            if (h.viewStart() < 0) {
                continue;
            }
            Cue cue = new Cue(h.concept(), h.sentence(), h.span(), tokenAt[h.viewStart()], tokenAt[h.viewEnd() - 1]);
            found.add(cue);
            if (h.concept() == counter && !negatedCounter(folded.original(), cue, tokens)) {
                counterSentences.set(h.sentence());
            }
            if (h.concept() == advocacy) {
                advocacySentences.set(h.sentence());
            }
            victimInPost |= h.concept() == victim;
            if (h.concept() == group) {
                firstGroup = Math.min(firstGroup, cue.firstToken());
            }
        }
        java.util.Map<Integer, List<Cue>> bySentence = new java.util.HashMap<>();
        for (Cue c : found) {
            bySentence.computeIfAbsent(c.sentence(), k -> new ArrayList<>()).add(c);
        }
        bySentence.values().forEach(l -> l.sort(java.util.Comparator.comparingInt(Cue::firstToken)));
        List<Finding> cueFindings = new ArrayList<>();
        for (Cue c : found) {
            if (counterSentences.get(c.sentence())) {
                continue;
            }
            if ((c.concept() == exclusion || c.concept() == threat || c.concept() == mockery)
                    && !counterSentences.isEmpty()
                    && quoted(folded.original(), c.span())) {
                continue; // "To everyone saying 'she was asking for it': no one asks to be assaulted."
            }
            if ((c.concept() == exclusion || c.concept() == threat || c.concept() == mockery)
                    && negated(tokens, c.firstToken() - 3, c.firstToken())) {
                continue; // "don't ever kill yourself"
            }
            if (c.concept() == exclusion) {
                cueFindings.add(finding(
                        "offensive.exclusionary",
                        c.span(),
                        Severity.HIGH,
                        0.8,
                        "This says people should be excluded, removed or locked away for who they are.",
                        "Remove this. Comment on behaviour and the law, never on who belongs."));
            } else if (c.concept() == threat) {
                cueFindings.add(finding(
                        "offensive.threat",
                        c.span(),
                        Severity.HIGH,
                        0.85,
                        "This reads as a threat, a call for violence or a wish that someone is harmed.",
                        "Remove this. A police account must never threaten or wish harm on anyone."));
            } else if (c.concept() == dehumanisingWords) {
                cueFindings.add(finding(
                        "offensive.discriminatory",
                        c.span(),
                        Severity.HIGH,
                        0.75,
                        "This describes people as less than human.",
                        "Remove this. Describe behaviour, never people, in these terms."));
            } else if (c.concept() == insinuation) {
                cueFindings.add(finding(
                        "offensive.discriminatory",
                        c.span(),
                        Severity.MEDIUM,
                        0.7,
                        "This hints that a group of people, by race, religion or origin, is to blame (a dog whistle).",
                        "Remove the hint. Describe the suspect and the facts, never who people are."));
            } else if (c.concept() == personInsult || c.concept() == personNoun) {
                Finding f = aimedInsult(c, bySentence.get(c.sentence()), tokens);
                if (f != null) {
                    cueFindings.add(f);
                }
            } else if (c.concept() == mockery || (c.concept() == laughter && victimInPost)) {
                cueFindings.add(finding(
                        "offensive.mockery",
                        c.span(),
                        Severity.MEDIUM,
                        0.7,
                        "This mocks a victim or a member of the public.",
                        "Remove the mockery; state the facts and any safety advice."));
            } else if (c.concept() == deserveHarm) {
                Cue harm = after(bySentence.get(c.sentence()), victim, c.lastToken(), 4);
                if (harm != null) {
                    cueFindings.add(finding(
                            "offensive.mockery",
                            union(c.span(), harm.span()),
                            Severity.MEDIUM,
                            0.7,
                            "This says a victim deserved what happened to them.",
                            "Remove this. Nobody deserves to be a victim of crime; give the safety advice instead."));
                }
            } else if (c.concept() == group || (c.concept() == they && c.firstToken() > firstGroup)) {
                Finding f = aboutGroup(c, bySentence.get(c.sentence()), advocacySentences.get(c.sentence()), tokens);
                if (f != null) {
                    cueFindings.add(f);
                }
            }
        }
        if (laughingEmoji != null && victimInPost && counterSentences.isEmpty()) {
            cueFindings.add(finding(
                    "offensive.mockery",
                    laughingEmoji,
                    Severity.MEDIUM,
                    0.65,
                    "Laughing at a victim or at what happened to them.",
                    "Remove the emoji; state the facts and any safety advice."));
        }
        // Overlapping cues of one rule explain the same words once.
        int before = out.size();
        for (Finding f : cueFindings) {
            boolean overlaps = false;
            for (int i = before; i < out.size() && !overlaps; i++) {
                overlaps =
                        out.get(i).rule().equals(f.rule()) && out.get(i).span().overlaps(f.span());
            }
            if (!overlaps) {
                out.add(f);
            }
        }
    }

    /**
     * "don't respect women", "never support them": a counter-speech word negated says the opposite. Negated
     * tolerance stays counter-speech ("we do not tolerate hate").
     */
    private static boolean negatedCounter(String original, Cue cue, Tokens tokens) {
        if (!negated(tokens, cue.firstToken() - 2, cue.firstToken())) {
            return false;
        }
        String words = original.substring(cue.span().start(), cue.span().end()).toLowerCase(java.util.Locale.ROOT);
        return !words.contains("tolerat");
    }

    /** Words inside quotation marks in their sentence: someone else's words, reported ('she was asking for it'). */
    private static boolean quoted(String original, Span span) {
        int open = -1;
        for (int i = span.start() - 1; i >= 0 && span.start() - i <= 60; i--) {
            char ch = original.charAt(i);
            if (".!?\n".indexOf(ch) >= 0) {
                break;
            }
            if (isQuote(ch) && (i == 0 || !Character.isLetter(original.charAt(i - 1)))) {
                open = i;
                break;
            }
        }
        if (open < 0) {
            return false;
        }
        for (int i = span.end(); i < original.length() && i - span.end() <= 20; i++) {
            char ch = original.charAt(i);
            if (isQuote(ch) && (i + 1 == original.length() || !Character.isLetter(original.charAt(i + 1)))) {
                return true;
            }
            if (".!?\n".indexOf(ch) >= 0 && i + 1 < original.length() && !isQuote(original.charAt(i + 1))) {
                return false;
            }
        }
        return false;
    }

    private static boolean isQuote(char ch) {
        return ch == '\'' || ch == '"' || ch == '‘' || ch == '’' || ch == '“' || ch == '”';
    }

    /**
     * An insult aimed at a person: "you're a clown", "she's a thick cow", "a total disgrace", "you animals", or a
     * contemptuous adjective right before a word for a person ("dopey pensioner", "vile little rat"). The words
     * alone are not offensive ("a cow on the A48", "thick fog"), so a target or an adjective must come first.
     */
    private Finding aimedInsult(Cue noun, List<Cue> sentence, Tokens tokens) {
        List<Cue> found = window(sentence, noun.firstToken() - 6, noun.firstToken());
        for (Cue c : found) {
            int gap = noun.firstToken() - c.lastToken();
            if (gap <= 0 || negated(tokens, c.firstToken() - 2, noun.firstToken())) {
                continue;
            }
            boolean aimed = false;
            if (c.concept() == contemptAdj) {
                // "dopey pensioner", "vile little rat", "pathetic little man"
                aimed = gap == 1 || (gap == 2 && isFillerAdjective(tokens.get(c.lastToken() + 1)));
            } else if (c.concept() == target && noun.concept() == personInsult) {
                String first = tokens.get(c.firstToken());
                if (c.firstToken() == c.lastToken() && first.equals("you")) {
                    aimed = gap == 1; // "you clown"; not "you see an animal"
                } else if (c.firstToken() == c.lastToken() && INTENSIFIERS.contains(first)) {
                    aimed = gap <= 2;
                } else {
                    aimed = gap <= 4; // "she's a thick cow", "you are such a clown"
                }
            }
            if (aimed) {
                return finding(
                        "offensive.insult",
                        union(c.span(), noun.span()),
                        Severity.MEDIUM,
                        0.7,
                        "This insults or belittles a person. Officers must treat everyone with respect, including"
                                + " suspects, offenders and people who made a mistake.",
                        "Describe what happened in neutral terms, for example \"a man\" or \"the driver\".");
            }
        }
        return null;
    }

    private static final Set<String> FILLER_ADJECTIVES =
            Set.of(FoldedText.skeletonOf("little"), "old", "fat", "young", "big");

    private static boolean isFillerAdjective(String token) {
        return FILLER_ADJECTIVES.contains(token);
    }

    /** 🤣 😂 😆 😹 and friends: folding drops emoji, so they are looked for in the original text. */
    private static Span laughingEmoji(String original) {
        for (int i = 0; i < original.length(); i++) {
            char ch = original.charAt(i);
            if (Character.isHighSurrogate(ch) && i + 1 < original.length()) {
                int cp = Character.toCodePoint(ch, original.charAt(i + 1));
                if (cp == 0x1F923 || cp == 0x1F602 || cp == 0x1F606 || cp == 0x1F639 || cp == 0x1F605) {
                    return new Span(i, i + 2);
                }
                i++;
            }
        }
        return null;
    }

    /** A group named together with dehumanising words or a call for violence, in one sentence. */
    private Finding aboutGroup(Cue g, List<Cue> sentence, boolean advocated, Tokens tokens) {
        // Only cues near the group matter: a window of tokens, found by binary search in the sorted sentence.
        List<Cue> found = window(sentence, g.firstToken() - 8, g.lastToken() + 9);
        for (Cue c : found) {
            // "immigrant parasites", "LGBT cancer"
            if (c.concept() == verminNoun && c.firstToken() == g.lastToken() + 1) {
                return dehumanising(g, c);
            }
            // "X are taking over", "X breed like ...", "X on the estate are always the ones ..."
            if (c.concept() == claim
                    && c.firstToken() > g.lastToken()
                    && c.firstToken() - g.lastToken() <= 6
                    && leadsIn(tokens, g.lastToken() + 1, c.firstToken())) {
                return dehumanising(g, c);
            }
            if (c.concept() == neg) {
                // "they're a plague": the pronoun brings its own verb.
                if (g.concept() == they
                        && g.span().length() > 4
                        && c.firstToken() > g.lastToken()
                        && c.firstToken() - g.lastToken() <= 3
                        && leadsIn(tokens, g.lastToken() + 1, c.firstToken())) {
                    return dehumanising(g, c);
                }
                // "GROUP are (all/just/...) WORD" ...
                if (c.firstToken() > g.lastToken() && c.firstToken() - g.lastToken() <= 7) {
                    Cue link = between(found, copula, g.lastToken(), c.firstToken(), g.sentence());
                    if (link != null
                            && link.firstToken() - g.lastToken() <= 5
                            && leadsIn(tokens, g.lastToken() + 1, link.firstToken())
                            && !negated(tokens, link.lastToken() + 1, c.firstToken())) {
                        return dehumanising(g, c);
                    }
                }
                // ... or "WORD (all) GROUP": "filthy ...", "I hate ..."
                if (c.lastToken() < g.firstToken()
                        && g.firstToken() - c.lastToken() <= 2
                        && !anyIn(tokens, c.lastToken() + 1, g.firstToken(), PREPOSITIONS)) {
                    return dehumanising(g, c);
                }
            }
            // "kill the ...", "deport ...": a call to harm aimed straight at the group.
            if (c.concept() == imperativeHarm
                    && c.lastToken() < g.firstToken()
                    && g.firstToken() - c.lastToken() <= 3
                    && !anyIn(tokens, c.lastToken() + 1, g.firstToken(), PREPOSITIONS)
                    && !negated(tokens, c.firstToken() - 3, c.firstToken())) {
                return violence(g, c);
            }
            if (c.concept() == violence
                    && Math.abs(c.firstToken() - g.firstToken()) <= 6
                    && advocated
                    && !negated(
                            tokens,
                            Math.min(g.lastToken(), c.lastToken()) + 1,
                            Math.max(g.firstToken(), c.firstToken()))) {
                return violence(g, c);
            }
        }
        return null;
    }

    /**
     * Fillers only ("women in general are"), or a short place phrase ("on the estate", "from the camp") followed
     * by fillers, with no negation.
     */
    private static boolean leadsIn(Tokens tokens, int from, int to) {
        if (to - from <= 3 && allIn(tokens, from, to, FILLERS)) {
            return true;
        }
        // "Polish drivers are ...", "gay officers shouldn't be ...": a word for people right after the group.
        if (from < to
                && to - from <= 3
                && HEAD_NOUNS.contains(tokens.get(from))
                && allIn(tokens, from + 1, to, FILLERS)) {
            return true;
        }
        if (from >= tokens.size() || !PLACE_WORDS.contains(tokens.get(from)) || negated(tokens, from, to)) {
            return false;
        }
        for (int end = from + 2; end <= Math.min(from + 3, to); end++) {
            if (allIn(tokens, end, to, FILLERS) && to - end <= 2) {
                return true;
            }
        }
        return false;
    }

    private static Finding violence(Cue g, Cue c) {
        return finding(
                "offensive.violence",
                union(g.span(), c.span()),
                Severity.HIGH,
                0.8,
                "This calls for or welcomes violence, removal or harm against a group of people.",
                "Remove this. A police account must never call for harm to any group.");
    }

    private static Finding dehumanising(Cue g, Cue c) {
        return finding(
                "offensive.discriminatory",
                union(g.span(), c.span()),
                Severity.HIGH,
                0.8,
                "This describes a group of people, defined by a protected characteristic, in demeaning or"
                        + " dehumanising terms.",
                "Remove the generalisation. Describe individual behaviour, not groups of people.");
    }

    private static List<Cue> window(List<Cue> sorted, int fromToken, int toToken) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).firstToken() < fromToken) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int end = lo;
        while (end < sorted.size() && sorted.get(end).firstToken() < toToken) {
            end++;
        }
        return sorted.subList(lo, end);
    }

    /** The first cue of {@code concept} starting within {@code maxGap} tokens after {@code token}. */
    private static Cue after(List<Cue> sorted, int concept, int token, int maxGap) {
        for (Cue c : sorted) {
            if (c.concept() == concept && c.firstToken() > token && c.firstToken() - token <= maxGap) {
                return c;
            }
        }
        return null;
    }

    private static Cue between(List<Cue> found, int concept, int afterToken, int beforeToken, int sentence) {
        for (Cue c : found) {
            if (c.concept() == concept
                    && c.sentence() == sentence
                    && c.firstToken() > afterToken
                    && c.lastToken() < beforeToken) {
                return c;
            }
        }
        return null;
    }

    private static boolean negated(Tokens tokens, int from, int to) {
        return anyIn(tokens, from, to, NEGATORS);
    }

    private static boolean anyIn(Tokens tokens, int from, int to, Set<String> words) {
        for (int t = Math.max(0, from); t < Math.min(to, tokens.size()); t++) {
            if (words.contains(tokens.get(t))) {
                return true;
            }
        }
        return false;
    }

    private static boolean allIn(Tokens tokens, int from, int to, Set<String> words) {
        for (int t = Math.max(0, from); t < Math.min(to, tokens.size()); t++) {
            if (!words.contains(tokens.get(t))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The words of the folded view, each made into a string only when a rule looks at it (most never are), and
     * the word index of every character.
     */
    private static final class Tokens {
        private final String text;
        private final int[] at;
        private final int[] starts;
        private final String[] made;
        private final int size;

        Tokens(String text) {
            this.text = text;
            this.at = new int[text.length()];
            int[] begin = new int[text.length() / 2 + 1];
            int token = -1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) != ' ' && (i == 0 || text.charAt(i - 1) == ' ')) {
                    begin[++token] = i;
                }
                at[i] = Math.max(token, 0);
            }
            this.size = token + 1;
            this.starts = begin;
            this.made = new String[size];
        }

        int size() {
            return size;
        }

        String get(int i) {
            String word = made[i];
            if (word == null) {
                int end = text.indexOf(' ', starts[i]);
                word = text.substring(starts[i], end < 0 ? text.length() : end);
                made[i] = word;
            }
            return word;
        }
    }

    private static Span union(Span a, Span b) {
        return new Span(Math.min(a.start(), b.start()), Math.max(a.end(), b.end()));
    }

    private static Finding finding(
            String rule, Span span, Severity severity, double confidence, String reason, String suggestion) {
        return new Finding(Category.OFFENSIVE, rule, span, severity, confidence, reason, suggestion);
    }
}
