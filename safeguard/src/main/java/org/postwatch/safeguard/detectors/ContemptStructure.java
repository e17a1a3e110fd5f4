package org.postwatch.safeguard.detectors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.postwatch.safeguard.engine.Category;
import org.postwatch.safeguard.engine.Finding;
import org.postwatch.safeguard.engine.Severity;
import org.postwatch.safeguard.engine.Span;
import org.postwatch.safeguard.text.AhoCorasick;
import org.postwatch.safeguard.text.WordList;

/**
 * Comment on a live case read from the roles words play in a sentence rather than from whole phrases: a piece of
 * evidence with a verb that settles the case, jurors told what to see, the accused's account called false, the
 * accused described by the act ("the man who mugged ...") or said plainly to have done it ("he stabbed"). Read only
 * once the contempt detector has found a live case (someone charged, due in court or on trial).
 */
final class ContemptStructure {

    private static final String FILE = "org/postwatch/safeguard/detectors/contempt-structure.txt";

    /** Every class but the word sets, in one automaton. */
    private static final AhoCorasick<String> CLASSES;
    /** Person words ("man", "bloke") for "the man who ...". */
    private static final Set<String> PERSONS = new HashSet<>();
    /** Crime phrases said of the accused: after "he" / "she" or in "the man who ...". */
    private static final Map<String, List<String>> CRIMES = new HashMap<>();
    /** Crime phrases that count only in "the man who ...": police "target" and "drive" too. */
    private static final Map<String, List<String>> CRIMES_WHO = new HashMap<>();

    static {
        AhoCorasick.Builder<String> builder = AhoCorasick.builder();
        for (String line : WordList.load(FILE)) {
            int bar = line.indexOf('|');
            String kind = line.substring(0, bar).strip();
            String phrase = line.substring(bar + 1).strip();
            switch (kind) {
                case "person" -> PERSONS.add(phrase);
                case "crime" -> index(CRIMES, phrase);
                case "crime-who" -> index(CRIMES_WHO, phrase);
                default -> {
                    for (String expanded : ContemptDetector.expand(phrase)) {
                        builder.add(expanded, kind);
                    }
                }
            }
        }
        CLASSES = builder.build();
    }

    private ContemptStructure() {}

    /** Phrases by their first word, so a look-up at a word costs one hash, whatever the list's length. */
    private static void index(Map<String, List<String>> byFirstWord, String phrase) {
        int space = phrase.indexOf(' ');
        String first = space < 0 ? phrase : phrase.substring(0, space);
        byFirstWord.computeIfAbsent(first, key -> new ArrayList<>()).add(phrase);
    }

    /** Adds a finding for each structure found in a post about a live case. */
    static void find(String text, String lower, Cues cues, List<Finding> findings) {
        List<AhoCorasick.Match<String>> matches = CLASSES.findAll(text);
        int before = findings.size();
        for (int k = 0; k < matches.size() && findings.size() - before < 4; k++) {
            AhoCorasick.Match<String> second = matches.get(k);
            switch (second.value()) {
                case "proves", "places" -> {
                    AhoCorasick.Match<String> proof = earlierInSentence(matches, k, "proof", cues, 200);
                    boolean settles = second.value().equals("proves") || placeAfter(lower, second.end());
                    boolean said = settles && !hedged(lower, second.start());
                    if (proof == null && said && aboutTheAccused(lower, second)) {
                        // "the invoices prove she invented them", "his mobile puts him on the estate"
                        findings.add(finding(
                                "contempt.evidence",
                                second.start(),
                                second.end(),
                                "This says what the evidence proves in a live case. Only the court may weigh the"
                                        + " evidence."));
                    } else if (proof != null && said) {
                        findings.add(finding(
                                "contempt.evidence",
                                proof.start(),
                                second.end(),
                                "This says what the evidence proves in a live case. Only the court may weigh the"
                                        + " evidence."));
                    }
                }
                case "jury-view" -> {
                    AhoCorasick.Match<String> jury = earlierInSentence(matches, k, "jury", cues, 90);
                    if (jury != null && !juryInGeneral(lower, cues, jury.start()) && !negatedAfter(lower, second)) {
                        findings.add(finding(
                                "contempt.guilt-presumed",
                                jury.start(),
                                second.end(),
                                "This tells the jury what to see or decide in a live case. That is a contempt of court"
                                        + " risk."));
                    }
                }
                case "dismiss" -> {
                    AhoCorasick.Match<String> account = accountBefore(matches, k, cues);
                    if (account != null) {
                        findings.add(finding(
                                "contempt.guilt-presumed",
                                account.start(),
                                second.end(),
                                "This calls the accused's account false while the case is before the courts. Only the"
                                        + " jury may judge it."));
                    }
                }
                case "subject" -> {
                    int end = crimeAfterSubject(lower, second.end(), cues.sentenceStart(second.start()));
                    if (end > 0) {
                        findings.add(finding(
                                "contempt.guilt-presumed",
                                second.start(),
                                end,
                                "This says plainly that the accused did it while the case is before the courts."));
                    }
                }
                default -> {}
            }
        }
        seenDoingIt(lower, findings);
        timesBefore(lower, cues, findings);
        describedByTheAct(lower, cues, findings);
        caughtInTheAct(lower, findings);
        if (!cues.any(Cues.Cue.PROCEEDINGS_CONCLUDED)) {
            itWasThem(lower, findings); // "convicted: it was him all along" is the verdict's word, not ours
        }
        chargedAgain(lower, cues, findings);
        if (findings.isEmpty() && !cues.any(Cues.Cue.PROCEEDINGS_CONCLUDED)) {
            commentOnTheAccused(lower, cues, findings);
        }
    }

    /** Words that keep a sentence to the case's facts: procedure, the offence, the appeal, thanks, support. */
    private static final Set<String> PROCEDURAL = Set.of(
            "bail",
            "bailed",
            "custody",
            "trial",
            "jury",
            "jurors",
            "juror",
            "verdict",
            "due",
            "hearing",
            "judge",
            "crown",
            "thanks",
            "thank",
            "appeal",
            "appeals",
            "101",
            "information",
            "contact",
            "quote",
            "quoting",
            "ref",
            "reference",
            "comment",
            "update",
            "updates",
            "police",
            "pc",
            "dc",
            "ds",
            "sgt",
            "pcso",
            "di",
            "dci",
            "constable",
            "sergeant",
            "inspector",
            "witness",
            "witnesses",
            "crimestoppers",
            "call",
            "victim",
            "victims",
            "family",
            "families",
            "restriction",
            "restrictions",
            "proceedings",
            "incident",
            "scene",
            "attended",
            "released",
            "detained",
            "help",
            "anyone",
            "please",
            "assault",
            "burglary",
            "burglaries",
            "theft",
            "robbery",
            "fraud",
            "offence",
            "offences",
            "possession",
            "driving",
            "murder",
            "manslaughter",
            "wounding",
            "affray",
            "harassment",
            "damage",
            "arson",
            "stalking",
            "cruelty",
            "rape",
            "sexual",
            "drug",
            "drugs",
            "supply",
            "knife",
            "weapon",
            "following",
            "connection",
            "aged",
            "stopped",
            "lives",
            "named",
            "denies",
            "denied",
            "plea",
            "pleaded",
            "pleads",
            "identified",
            "traced",
            "located",
            "searched",
            "seized",
            "caution",
            "cautioned",
            "interview",
            "interviewed",
            "questioned",
            "statement",
            "said",
            "says",
            "told",
            "added",
            "speculate",
            "speculation",
            "share",
            "sharing",
            "social",
            "media",
            "online",
            "post",
            "posts",
            "case",
            "cases",
            "live",
            "active",
            "law",
            "legal",
            "contempt",
            "remains",
            "remain",
            // Round 17 (blind17b): the presumption of innocence explained ("He'll be presumed innocent unless proven
            // otherwise")
            "presumed",
            "innocent",
            "innocence");

    private static final String[] PROCEDURAL_STEMS = {
        "charg",
        "remand",
        "court",
        "appear",
        "arrest",
        "sentenc",
        "investigat",
        "enquir",
        "offic",
        "magistrat",
        "detect",
        "report",
        "support",
        "year-old",
        "suspect",
        "alleg",
        "accus"
    };

    private static final Set<String> ACCUSED_WORDS = Set.of(
            "he",
            "she",
            "him",
            "his",
            "her",
            "they",
            "them",
            "their",
            "he's",
            "she's",
            "he'll",
            "she'll",
            "he'd",
            "she'd",
            "himself",
            "herself",
            "themselves");

    /**
     * A sentence in a live-case post that refers to the accused ("he", "her", "his") but has nothing to do with the
     * charge, the court, the offence, the appeal or thanks: "He should be made to clean it himself", "Picked on the
     * wrong shopkeeper, didn't he". Ordinary charge posts keep every sentence to those facts; a sentence about the
     * accused outside them is comment, whatever its words. One finding, MEDIUM, for a person to review.
     */
    private static void commentOnTheAccused(String lower, Cues cues, List<Finding> findings) {
        for (String word : SOMEONE_ELSE) {
            if (lower.contains(word)) {
                return; // "he" or "she" may be the victim or someone who died, not the accused
            }
        }
        int start = 0;
        int sentences = 0;
        while (start < lower.length() && sentences++ < 40) {
            int end = Math.max(start + 1, Math.min(lower.length(), cues.sentenceEnd(start)));
            if (commentSentence(lower, start, end)) {
                int from = start;
                while (from < end && lower.charAt(from) == ' ') {
                    from++;
                }
                findings.add(new Finding(
                        Category.CONTEMPT,
                        "contempt.comment-on-accused",
                        new Span(from, end),
                        Severity.MEDIUM,
                        0.6,
                        "This sentence talks about the accused beyond the charge and the court date. Once someone is"
                                + " charged, any comment on them can prejudice the trial.",
                        "Keep to who was charged, with what, and when they appear in court."));
                return;
            }
            start = end;
            while (start < lower.length()
                    && !Character.isLetterOrDigit(lower.charAt(start))
                    && lower.charAt(start) != '@') {
                start++;
            }
        }
    }

    /** Words that put another person in the post, whom "he" or "she" may mean. */
    private static final String[] SOMEONE_ELSE = {
        "victim",
        "woman",
        "girl",
        "boy",
        "child",
        "pensioner",
        "died",
        "death",
        "murder",
        "killed",
        "injur",
        "attacked",
        "approached",
        "hurt",
        "hospital",
        "tribute",
        "funeral",
        "remember",
        "complainant",
        "partner",
        "wife",
        "husband",
        "daughter",
        "son ",
        "mother",
        "father",
        "mum",
        "dad",
        "friend",
        "neighbour",
        "officer",
        "caller",
        "resident",
        "staff",
        "worker",
        "driver",
        "rider",
        "shopkeeper",
        "owner"
    };

    /** The accused as the sentence's first word: "He should ...", "She's ...", "His neighbours ...". */
    private static final String[] SUBJECTS = {
        "he ",
        "she ",
        "they ",
        "his ",
        "her ",
        "their ",
        "he's ",
        "she's ",
        "he'll ",
        "she'll ",
        "he'd ",
        "she'd ",
        "he\u2019s ",
        "she\u2019s ",
        "he\u2019ll ",
        "she\u2019ll "
    };

    private static final String[] PASSIVE = {" was ", " were ", " has been ", " had been ", " got "};
    private static final Set<String> DONE_TO =
            Set.of("hit", "beaten", "bitten", "thrown", "struck", "cut", "shot", "taken", "left");

    /** "He was punched ...", "She had been followed ...": something done to the person, who is then the victim. */
    private static boolean passive(String sentence) {
        int space = sentence.indexOf(' ');
        for (String aux : PASSIVE) {
            if (space > 0 && sentence.startsWith(aux, space)) {
                int verb = space + aux.length();
                int end = verb;
                while (end < sentence.length() && Character.isLetter(sentence.charAt(end))) {
                    end++;
                }
                String word = sentence.substring(verb, end);
                return word.endsWith("ed") || DONE_TO.contains(word);
            }
        }
        return false;
    }

    private static boolean commentSentence(String lower, int start, int end) {
        String sentence = lower.substring(start, end).strip();
        if (!ContemptDetector.startsWithAny(sentence, 0, SUBJECTS) || passive(sentence)) {
            return false;
        }
        boolean accused = false;
        int words = 0;
        int i = 0;
        while (i < sentence.length()) {
            char c = sentence.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int w = i;
            while (i < sentence.length()
                    && (Character.isLetterOrDigit(sentence.charAt(i))
                            || sentence.charAt(i) == '\''
                            || sentence.charAt(i) == '\u2019'
                            || sentence.charAt(i) == '-')) {
                i++;
            }
            String word = sentence.substring(w, i).replace('\u2019', '\'');
            words++;
            if (PROCEDURAL.contains(word)) {
                return false;
            }
            for (String stem : PROCEDURAL_STEMS) {
                if (word.startsWith(stem) || (stem.equals("year-old") && word.endsWith(stem))) {
                    return false;
                }
            }
            accused |= ACCUSED_WORDS.contains(word);
        }
        return accused && words >= 2;
    }

    private static final String[] COPULAS = {
        "it was ",
        "it's ",
        "it\u2019s ",
        "it is ",
        "that's ",
        "that\u2019s ",
        "that is ",
        "that was ",
        "it wis ",
        "twas "
    };
    private static final String[] CERTAIN = {
        "definitely ", "defo ", "def ", "100% ", "clearly ", "obviously ", "always ", "only ever ", "deffo ", "totally "
    };
    private static final String[] ACCUSED = {"him", "her", "them", "the accused", "the defendant", "our man"};
    /** What may follow "it was her" when "her" is the person, not a possessive ("it was her first day"). */
    private static final String[] AFTER_HER = {
        " in ", " on ", " all ", " alright", " awright", " mate", " who did", " that did"
    };

    /** The next place at or after {@code from} where {@code word} occurs not preceded by a letter, or -1. */
    private static int startOfWord(String lower, String word, int from) {
        for (int at = lower.indexOf(word, from); at >= 0; at = lower.indexOf(word, at + word.length())) {
            if (at == 0 || !Character.isLetter(lower.charAt(at - 1))) {
                return at;
            }
        }
        return -1;
    }

    /**
     * "it was him", "that's her in the clip", "100% it was them": the accused named as the one who did it, in a post
     * about a live case. Not after "if" or "whether", not "it was him who called us".
     */
    private static void itWasThem(String lower, List<Finding> findings) {
        if (!lower.contains("him")
                && !lower.contains("her")
                && !lower.contains("them")
                && !lower.contains("the accused")
                && !lower.contains("the defendant")
                && !lower.contains("our man")) {
            return;
        }
        for (String copula : COPULAS) {
            for (int at = startOfWord(lower, copula, 0);
                    at >= 0;
                    at = startOfWord(lower, copula, at + copula.length())) {
                String before = lower.substring(Math.max(0, at - 10), at);
                if (before.contains("if ") || before.contains("whether") || before.contains("not sure")) {
                    continue;
                }
                int word = at + copula.length();
                for (String adverb : CERTAIN) {
                    if (lower.startsWith(adverb, word)) {
                        word += adverb.length();
                        break;
                    }
                }
                for (String who : ACCUSED) {
                    if (!lower.startsWith(who, word)) {
                        continue;
                    }
                    int end = word + who.length();
                    boolean said = end == lower.length()
                            || !Character.isLetterOrDigit(lower.charAt(end)) && lower.charAt(end) != ' ';
                    if (!said && lower.charAt(end) == ' ') {
                        if (who.equals("her")) {
                            said = ContemptDetector.startsWithAny(lower, end, AFTER_HER);
                        } else {
                            said = !lower.startsWith(" who", end) && !lower.startsWith(" that", end)
                                    || lower.startsWith(" who did", end)
                                    || lower.startsWith(" who done", end)
                                    || lower.startsWith(" that did", end);
                        }
                    }
                    if (said) {
                        findings.add(finding(
                                "contempt.guilt-presumed",
                                at,
                                end,
                                "This says the accused is the one who did it while the case is before the courts."));
                        return;
                    }
                }
            }
        }
    }

    private static final String[] AGAIN_AFTER = {
        "charged", "arrested", "nicked", "caught", "accused of", "done for", "at it"
    };
    private static final String[] NOT_AGAIN = {
        "appear", "due ", "adjourn", "hearing", "remand", "bail", "update", "once ", "thank", "court", "trial",
        "will be", "'ll be"
    };

    /**
     * "charged with shoplifting again", "arrested for assaulting his neighbour again": the accused's past told by
     * "again" after the charge, not a hearing that comes round again ("he will appear again next month").
     */
    private static void chargedAgain(String lower, Cues cues, List<Finding> findings) {
        for (int at = lower.indexOf("again"); at >= 0; at = lower.indexOf("again", at + 5)) {
            if ((at > 0 && Character.isLetter(lower.charAt(at - 1)))
                    || (at + 5 < lower.length() && Character.isLetter(lower.charAt(at + 5)))) {
                continue;
            }
            int from = Math.max(cues.sentenceStart(at), at - 80);
            String before = lower.substring(from, at);
            int charge = -1;
            for (String word : AGAIN_AFTER) {
                int k = before.lastIndexOf(word);
                if (k >= 0 && (charge < 0 || k < charge)) {
                    charge = k;
                }
            }
            if (charge < 0) {
                continue;
            }
            boolean hearing = false;
            for (String word : NOT_AGAIN) {
                hearing |= before.contains(word);
            }
            if (!hearing) {
                findings.add(new Finding(
                        Category.CONTEMPT,
                        "contempt.previous-convictions",
                        new Span(from + charge, at + 5),
                        Severity.HIGH,
                        0.75,
                        "This says the accused has done it before. A jury must not hear that from the police before"
                                + " the trial.",
                        "Remove any mention of previous convictions or history."));
                return;
            }
        }
    }

    private static Finding finding(String rule, int start, int end, String message) {
        return new Finding(
                Category.CONTEMPT,
                rule,
                new Span(start, end),
                Severity.HIGH,
                0.8,
                message,
                "Remove it. Say only that the person has been charged, with what, and when they appear in court.");
    }

    /** The nearest match of {@code kind} before match {@code k}, in its sentence and within {@code reach} chars. */
    private static AhoCorasick.Match<String> earlierInSentence(
            List<AhoCorasick.Match<String>> matches, int k, String kind, Cues cues, int reach) {
        AhoCorasick.Match<String> second = matches.get(k);
        int from = Math.max(cues.sentenceStart(second.start()), second.start() - reach);
        for (int j = k - 1; j >= 0; j--) {
            AhoCorasick.Match<String> first = matches.get(j);
            if (first.end() < from) {
                break;
            }
            if (first.value().equals(kind) && first.start() >= from && first.end() <= second.start()) {
                return first;
            }
        }
        return null;
    }

    /** The accused's account in the dismissal's sentence or the sentence before it. */
    private static AhoCorasick.Match<String> accountBefore(List<AhoCorasick.Match<String>> matches, int k, Cues cues) {
        AhoCorasick.Match<String> second = matches.get(k);
        int sentence = cues.sentenceStart(second.start());
        int from = sentence > 0 ? cues.sentenceStart(sentence - 1) : 0;
        int to = cues.sentenceEnd(second.end());
        // Matches are ordered by where they end: walk out from the dismissal both ways, only as far as the sentences.
        for (int j = k - 1; j >= 0 && matches.get(j).end() >= from; j--) {
            if (matches.get(j).value().equals("account") && matches.get(j).start() >= from) {
                return matches.get(j);
            }
        }
        for (int j = k + 1; j < matches.size() && matches.get(j).start() < to; j++) {
            if (matches.get(j).value().equals("account")) {
                return matches.get(j);
            }
        }
        return null;
    }

    private static final String[] ACCUSED_AFTER = {" he ", " she ", " they ", " him ", " her ", " them ", " that "};
    private static final Set<String> PROOF_VERBS = Set.of("prove", "proves", "proved", "proven");

    /** "prove she ...", "puts him at ...": the verb's object is the accused or a clause about them. */
    private static boolean aboutTheAccused(String lower, AhoCorasick.Match<String> verb) {
        String word = lower.substring(verb.start(), verb.end());
        if (!PROOF_VERBS.contains(word) && !word.startsWith("put") && !word.startsWith("place")) {
            return false;
        }
        String before = lower.substring(Math.max(0, verb.start() - 4), verb.start());
        if (before.endsWith("to ") || before.endsWith("be ")) {
            return false; // "to prove", "can be proved"
        }
        for (String object : ACCUSED_AFTER) {
            if (lower.startsWith(object, verb.end())) {
                return true;
            }
        }
        return false;
    }

    private static final String[] PLACES = {" at ", " in the ", " near ", " inside ", " outside ", " on the "};

    /** "phone records put Sean Mulgrew at the scene": a place soon after "put" / "places". */
    private static boolean placeAfter(String lower, int at) {
        String after = lower.substring(at, Math.min(lower.length(), at + 40));
        for (String place : PLACES) {
            if (after.contains(place)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] COUNTS = {
        "twice",
        "two times",
        "three times",
        "four times",
        "five times",
        "six times",
        "several times",
        "many times",
        "numerous times",
        "multiple times",
        "countless times",
        "a dozen times",
        "umpteen times",
        "dozens of times",
        "many occasions",
        "several occasions",
        "numerous occasions",
        "countless occasions",
        "a number of occasions"
    };
    private static final String[] COUNT_AFTER = {
        " already", " before", " previously", " in the past", " this year", " in the last", " over the years"
    };
    private static final String[] RECORD_VERBS = {
        "banned", "convicted", "jailed", "cautioned", "disqualified", "nicked", "arrested", "prosecuted", "locked up",
        "done for", "caught", "inside", "in court", "in prison", "sent down", "done this", "done that", "done it",
        "at it", "dealings", "dealt with"
    };

    /**
     * "banned from driving three times already", "convicted of violence four times before": a count of the
     * accused's past offences.
     */
    private static void timesBefore(String lower, Cues cues, List<Finding> findings) {
        if (!lower.contains("times") && !lower.contains("twice") && !lower.contains("occasions")) {
            return;
        }
        for (String count : COUNTS) {
            for (int at = lower.indexOf(count); at >= 0; at = lower.indexOf(count, at + count.length())) {
                int end = at + count.length();
                if ((at > 0 && Character.isLetter(lower.charAt(at - 1)))
                        || (end < lower.length() && Character.isLetter(lower.charAt(end)))) {
                    continue;
                }
                boolean after = false;
                for (String word : COUNT_AFTER) {
                    if (lower.startsWith(word, end)) {
                        after = true;
                        end += word.length();
                        break;
                    }
                }
                String before = lower.substring(Math.max(cues.sentenceStart(at), at - 50), at);
                boolean record = false;
                for (String verb : RECORD_VERBS) {
                    if (before.contains(verb)) {
                        record = true;
                        break;
                    }
                }
                if (after || record) {
                    findings.add(new Finding(
                            Category.CONTEMPT,
                            "contempt.previous-convictions",
                            new Span(at, end),
                            Severity.HIGH,
                            0.8,
                            "This counts the accused's past offences. A jury must not hear that from the police"
                                    + " before the trial.",
                            "Remove any mention of previous convictions or history."));
                    return;
                }
            }
        }
    }

    private static final String[] HEDGES = {
        "whether",
        "if ",
        "must ",
        "have to",
        "has to",
        "need to",
        "needs to",
        "enough",
        "will be asked",
        "cannot",
        "can't"
    };

    /** "it is for the court to decide whether the evidence proves": a question, not a verdict. */
    private static boolean hedged(String lower, int at) {
        String before = lower.substring(Math.max(0, at - 24), at);
        for (String hedge : HEDGES) {
            if (before.contains(hedge)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] GENERAL_JURY = {
        "jury service",
        "jury duty",
        "called for jury",
        "on a jury",
        "if you",
        "any jury",
        "a jury to decide",
        "the jury to decide",
        "for a jury",
        "for the jury"
    };

    /** "if you're called for jury service you must not ...": advice about juries, not this case's jury. */
    private static boolean juryInGeneral(String lower, Cues cues, int at) {
        String sentence = lower.substring(cues.sentenceStart(at), cues.sentenceEnd(at));
        boolean addressed = sentence.contains("if you're reading") || sentence.contains("if you are reading");
        for (String general : GENERAL_JURY) {
            if (sentence.contains(general) && !(addressed && general.equals("if you"))) {
                return true;
            }
        }
        return false;
    }

    private static final String[] NOT_A_VIEW = {
        " not", "n't", " never", " only", " decide", " be ", " consider", " ignore", " disregard", " base", " follow",
        " listen", " hear", " weigh", " put", " try", " make up", " reach", " judge", " stay", " keep", " avoid"
    };

    /** "jurors must not ...", "the jury should decide": what a jury must do in law, not a view of the case. */
    private static boolean negatedAfter(String lower, AhoCorasick.Match<String> view) {
        String after = lower.substring(view.end(), Math.min(lower.length(), view.end() + 12));
        for (String word : NOT_A_VIEW) {
            if (after.startsWith(word) || after.startsWith(word.strip())) {
                return true;
            }
        }
        return false;
    }

    private static final String[] ADVERBS = {
        "then ",
        "also ",
        "repeatedly ",
        "deliberately ",
        "callously ",
        "brutally ",
        "viciously ",
        "cruelly ",
        "knowingly ",
        "had ",
        "has ",
        "then had "
    };

    private static final String[] NOT_SAID_OF_THEM = {
        "alleg", "accused of", "suspected", "suspicion", "deni", "claim", "whether", "if ", "said", "told", "believe"
    };

    /** Where a crime verb right after "he" / "she" ends ("he stabbed", "she then conned"), or -1. */
    private static int crimeAfterSubject(String lower, int at, int sentenceStart) {
        if (at >= lower.length() || lower.charAt(at) != ' ') {
            return -1;
        }
        int verb = at + 1;
        for (String adverb : ADVERBS) {
            if (lower.startsWith(adverb, verb)) {
                verb += adverb.length();
                break;
            }
        }
        int end = crimeAt(lower, verb, CRIMES);
        if (end < 0) {
            return -1;
        }
        String before = lower.substring(sentenceStart, at);
        for (String word : NOT_SAID_OF_THEM) {
            if (before.contains(word)) {
                return -1;
            }
        }
        return end;
    }

    /** Where one of {@code crimes} starting at {@code at} as whole words ends, or -1. */
    private static int crimeAt(String lower, int at, Map<String, List<String>> crimes) {
        int wordEnd = at;
        while (wordEnd < lower.length() && wordEnd - at < 20 && Character.isLetter(lower.charAt(wordEnd))) {
            wordEnd++;
        }
        if (wordEnd == at) {
            return -1;
        }
        List<String> candidates = crimes.get(lower.substring(at, wordEnd));
        if (candidates == null) {
            return -1;
        }
        for (String crime : candidates) {
            int to = at + crime.length();
            if (lower.startsWith(crime, at) && (to == lower.length() || !Character.isLetter(lower.charAt(to)))) {
                return to;
            }
        }
        return -1;
    }

    private static final String[] SPENT = {
        "spent months ", "spent years ", "spent weeks ", "spent days ", "spent the night ", "spent the summer ",
        "kept ", "keeps ", "went around ", "went round ", "goes around ", "goes round "
    };
    private static final String[] ACTIVE_AUX = {"has ", "had ", "have "};
    private static final String[] BE_AUX = {"has been ", "had been ", "have been ", "was ", "were ", "is ", "are "};

    private static final String[] NOT_BEHIND = {"bars", "the wheel", "the counter", "the bar", "the scenes"};

    /**
     * "the man who mugged ...", "a bloke who's been terrorising ...", "the woman responsible for ...": the accused
     * described by the act. A passive ("the man who was attacked") is the victim and never counts.
     */
    private static void describedByTheAct(String lower, Cues cues, List<Finding> findings) {
        int found = 0;
        for (int at = lower.indexOf(' '); at >= 0 && found < 2; at = lower.indexOf(' ', at + 1)) {
            int wordStart = at + 1;
            int after;
            if (lower.startsWith("who", wordStart)) {
                after = wordStart + 3;
            } else if (lower.startsWith("that ", wordStart)) {
                after = wordStart + 4;
            } else if (lower.startsWith("responsible for ", wordStart) || lower.startsWith("behind ", wordStart)) {
                int next = lower.indexOf(' ', wordStart) + 1;
                if (personBefore(lower, at) >= 0 && !ContemptDetector.startsWithAny(lower, next, NOT_BEHIND)) {
                    findings.add(finding(
                            "contempt.guilt-presumed",
                            personBefore(lower, at),
                            next - 1,
                            "This describes the accused as the one who did it while the case is before the courts."));
                    found++;
                }
                continue;
            } else {
                continue;
            }
            int person = describedBefore(lower, at);
            if (person < 0) {
                continue;
            }
            int verb;
            boolean be = false;
            if (lower.startsWith(" ", after)) {
                verb = after + 1;
            } else if (lower.startsWith("s ", after)) {
                verb = after + 2;
                be = true; // "whos been", "who's terrorising"
            } else if (lower.startsWith("'s ", after) || lower.startsWith("\u2019s ", after)) {
                verb = after + 3;
                be = true;
            } else if (lower.startsWith("'d ", after) || lower.startsWith("\u2019d ", after)) {
                verb = after + 3;
            } else {
                continue;
            }
            if (be) {
                verb = lower.startsWith("been ", verb) ? verb + 5 : verb;
            } else {
                for (String aux : BE_AUX) {
                    if (lower.startsWith(aux, verb)) {
                        verb += aux.length();
                        be = true;
                        break;
                    }
                }
            }
            for (String spent : SPENT) {
                if (lower.startsWith(spent, verb)) {
                    verb += spent.length();
                    be = true; // "who spent months scamming": only an -ing form follows
                    break;
                }
            }
            if (!be) {
                for (String aux : ACTIVE_AUX) {
                    if (lower.startsWith(aux, verb)) {
                        verb += aux.length();
                        break;
                    }
                }
            }
            int end = crimeAt(lower, verb, CRIMES);
            if (end < 0) {
                end = crimeAt(lower, verb, CRIMES_WHO);
            }
            int verbEnd = verb;
            while (verbEnd < lower.length() && Character.isLetter(lower.charAt(verbEnd))) {
                verbEnd++;
            }
            if (end < 0
                    && !be
                    && verbEnd - verb > 2
                    && (lower.startsWith("ed", verbEnd - 2) || IRREGULAR_PAST.contains(lower.substring(verb, verbEnd)))
                    && !NOT_AN_ACT.contains(lower.substring(verb, verbEnd))
                    && subjectOfTheCharge(lower, cues, person, verbEnd)) {
                end = verbEnd; // "The landlord who evicted tenants ... has been charged": any act, said of the accused
            }
            if (end > 0 && (!be || lower.startsWith("ing", verbEnd - 3))) {
                findings.add(finding(
                        "contempt.guilt-presumed",
                        person,
                        end,
                        "This describes the accused by the act itself while the case is before the courts."));
                found++;
            }
        }
    }

    /** Past tenses without "-ed": "the youth who threw a brick ... has been charged". */
    private static final Set<String> IRREGULAR_PAST = Set.of(
            "threw", "hit", "stole", "took", "broke", "drove", "ran", "set", "shot", "beat", "bit", "struck", "fought",
            "sold", "spat", "stabbed", "slashed", "tore", "swung", "flung", "knocked", "dragged", "grabbed", "left");

    private static final Set<String> NOT_AN_ACT = Set.of(
            "died",
            "passed",
            "lived",
            "worked",
            "helped",
            "called",
            "reported",
            "tried",
            "stopped",
            "survived",
            "needed",
            "rescued",
            "managed",
            "visited",
            "suffered",
            "received",
            "remained",
            "appeared",
            "contacted",
            "alerted",
            "phoned",
            "dialled",
            "witnessed",
            "noticed",
            "spotted",
            "intervened",
            "raised",
            "answered",
            "responded",
            "owned",
            "used",
            "wanted",
            "tackled",
            "detained");

    private static final String[] CHARGE_WORDS = {"charged", "remanded", "due in court", "due before", "will appear"};
    private static final String[] CLAUSE_BREAKS = {" and ", " but ", " after ", " while ", " following ", ";", " as "};

    /**
     * The person described is the one charged: "Charged: the man who ...", "police have charged the woman who ...",
     * or "The landlord who ... has been charged" with no other clause between.
     */
    private static boolean subjectOfTheCharge(String lower, Cues cues, int person, int verbEnd) {
        int sentenceStart = cues.sentenceStart(person);
        String before = lower.substring(Math.max(sentenceStart, person - 40), person);
        for (String charge : CHARGE_WORDS) {
            int at = before.lastIndexOf(charge);
            if (at >= 0 && noBreak(before.substring(at))) {
                return true;
            }
        }
        int sentenceEnd = Math.min(cues.sentenceEnd(verbEnd), verbEnd + 120);
        String after = lower.substring(verbEnd, Math.max(verbEnd, sentenceEnd));
        for (String charge : CHARGE_WORDS) {
            int at = after.indexOf(charge);
            if (at >= 0 && noBreak(after.substring(0, at)) && startsSentence(lower, sentenceStart, person)) {
                return true;
            }
        }
        return false;
    }

    private static boolean noBreak(String gap) {
        for (String word : CLAUSE_BREAKS) {
            if (gap.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** The described person opens the sentence: "The drunk driver who ...", at most three words in. */
    private static boolean startsSentence(String lower, int sentenceStart, int person) {
        String lead = lower.substring(sentenceStart, person).strip();
        if (lead.isEmpty()) {
            return true;
        }
        return (lead.startsWith("the ") || lead.equals("the") || lead.startsWith("a ") || lead.equals("a"))
                && lead.split(" ").length <= 4;
    }

    private static final Set<String> NOT_DESCRIBED = Set.of(
            "anyone",
            "anybody",
            "those",
            "everyone",
            "everybody",
            "someone",
            "somebody",
            "whoever",
            "criminals",
            "offenders",
            "people",
            "others",
            "victim",
            "victims",
            "officer",
            "officers",
            "public",
            "police");

    /**
     * Where the word right before "who" starts, when it can be the accused ("rogue trader", "couple", "man"), or
     * -1: a generic "anyone who" or "those who" is a warning to all, and a victim or officer is not the accused.
     */
    private static int describedBefore(String lower, int space) {
        int start = space;
        while (start > 0 && (Character.isLetterOrDigit(lower.charAt(start - 1)) || lower.charAt(start - 1) == '-')) {
            start--;
        }
        if (start == space && space > 0 && lower.charAt(space - 1) == ',') {
            // "Connor Platt, who robbed ...", "Connor Platt, 24, who robbed ...": the named accused.
            start = space - 1;
            int word = start;
            while (word > 0 && Character.isLetterOrDigit(lower.charAt(word - 1))) {
                word--;
            }
            return word < start && !NOT_DESCRIBED.contains(lower.substring(word, start)) ? word : -1;
        }
        if (start == space || NOT_DESCRIBED.contains(lower.substring(start, space))) {
            return -1;
        }
        return start;
    }

    /** Where the person word right before the space at {@code space} starts ("man", "24-year-old"), or -1. */
    private static int personBefore(String lower, int space) {
        int start = space;
        while (start > 0 && (Character.isLetterOrDigit(lower.charAt(start - 1)) || lower.charAt(start - 1) == '-')) {
            start--;
        }
        if (start == space) {
            return -1;
        }
        String word = lower.substring(start, space);
        return PERSONS.contains(word) || word.endsWith("-year-old") ? start : -1;
    }

    private static final String[] RECORDING_VERBS = {
        "shows ",
        "show ",
        "showed ",
        "showing ",
        "captures ",
        "captured ",
        "capture ",
        "catches ",
        "catch ",
        "films ",
        "filmed ",
        "footage of ",
        "video of ",
        "cctv of ",
        "film of ",
        "clip of ",
        "images of ",
        "pictures of ",
        "photos of "
    };
    private static final String[] OBJECTS = {"him ", "her ", "them ", "the accused ", "the defendant "};

    /**
     * "the till logs show her taking cash", "footage catches him throwing the first punch": a recording said to
     * show the accused doing it, whatever the recording is called.
     */
    private static void seenDoingIt(String lower, List<Finding> findings) {
        if (!lower.contains("him ")
                && !lower.contains("her ")
                && !lower.contains("them ")
                && !lower.contains("the accused ")
                && !lower.contains("the defendant ")) {
            return;
        }
        for (String verb : RECORDING_VERBS) {
            for (int at = startOfWord(lower, verb, 0); at >= 0; at = startOfWord(lower, verb, at + verb.length())) {
                int object = at + verb.length();
                for (String who : OBJECTS) {
                    if (lower.startsWith(who, object)) {
                        int word = object + who.length();
                        int end = word;
                        while (end < lower.length() && end - word < 20 && Character.isLetter(lower.charAt(end))) {
                            end++;
                        }
                        String doing = lower.substring(word, end);
                        if (doing.length() > 5
                                && doing.endsWith("ing")
                                && !java.util.Arrays.asList(NOT_CAUGHT_DOING).contains(doing)) {
                            findings.add(finding(
                                    "contempt.evidence",
                                    at,
                                    end,
                                    "This says a recording shows the accused doing it. Only the court may weigh the"
                                            + " evidence."));
                            return;
                        }
                    }
                }
            }
        }
    }

    private static final String[] NOT_CAUGHT_DOING = {
        "during",
        "following",
        "doing",
        "driving",
        "travelling",
        "speeding",
        "using",
        "nothing",
        "something",
        "morning",
        "evening",
        "being",
        "bring"
    };

    /** "was caught supplying crack": caught doing something, said of the accused. */
    private static void caughtInTheAct(String lower, List<Finding> findings) {
        for (int at = startOfWord(lower, "caught ", 0); at >= 0; at = startOfWord(lower, "caught ", at + 7)) {
            int word = at + 7;
            for (String object : new String[] {"him ", "her ", "them "}) {
                if (lower.startsWith(object, word)) {
                    word += object.length();
                }
            }
            int end = word;
            while (end < lower.length() && end - word < 20 && Character.isLetter(lower.charAt(end))) {
                end++;
            }
            String verb = lower.substring(word, end);
            if (verb.length() > 5
                    && verb.endsWith("ing")
                    && !java.util.Arrays.asList(NOT_CAUGHT_DOING).contains(verb)) {
                findings.add(finding(
                        "contempt.guilt-presumed",
                        at,
                        end,
                        "This says the accused was caught in the act while the case is before the courts."));
                return;
            }
        }
    }
}
