package org.postwatch.safeguard.detectors;

import java.util.List;
import java.util.Set;
import org.postwatch.safeguard.engine.AnalysedText;
import org.postwatch.safeguard.engine.Category;
import org.postwatch.safeguard.engine.CheckContext;
import org.postwatch.safeguard.engine.Detector;
import org.postwatch.safeguard.engine.Finding;
import org.postwatch.safeguard.engine.Severity;
import org.postwatch.safeguard.engine.Span;
import org.postwatch.safeguard.text.AhoCorasick;

/**
 * Round 15: a member of the public made identifiable by context without a full name ("jigsaw" identification). A
 * victim, witness, suspect not charged, caller or missing person is placed by a detail that narrows to one person:
 * their workplace or a business their family runs ("the victim works behind the bar at the Crown on Bridge Street",
 * "the injured man, whose parents run the chip shop on Station Road"), a school year or club, a street, or a first name
 * with any of these ("Jordan from Rhyl, who works at the Kwik Fit on Vale Road", "Dave at number 4 on Elm Close").
 *
 * <p>The cue is the combination, read in one sentence: a reference to a person (from the contempt detector's context
 * file, kind {@code person} or {@code ref}, or a lone first name), a word that makes someone in that sentence a private
 * person in a police matter (kind {@code private}: assaulted, arrested, called us, found safe, ...), and a detail said
 * of them, read by the contempt detector's identifying-detail reading with no one charged ({@link
 * ContemptDetector#placedBy}: a home town alone is not identifying). A business thanked or burgled, an officer's own
 * family, staff by first name and "a local man in his 40s" have no such combination. A court result (sentenced,
 * jailed, convicted) is public, and a sexual offence is left to the contempt detector, which blocks it. MEDIUM, so the
 * post is held for review; one finding per post.
 */
public final class IdentifyingDetailDetector implements Detector {

    /** The pronoun references: the person only when the sentence before is not about an officer or staff member. */
    private static final Set<String> PRONOUNS =
            Set.of("he", "he's", "he\u2019s", "he is", "she", "she's", "she\u2019s", "she is");

    /** Words before a lone first name that make it an officer's, staff member's or volunteer's, not the public's. */
    private static final Set<String> STAFF_BEFORE = Set.of(
            "pc",
            "pcso",
            "sgt",
            "sergeant",
            "dc",
            "ds",
            "di",
            "insp",
            "inspector",
            "constable",
            "officer",
            "colleague",
            "our",
            "chief",
            "supt",
            "det",
            "detective",
            "mr",
            "mrs",
            "ms",
            "miss",
            "dr",
            "coordinator",
            "volunteer",
            "handler",
            "pd",
            "ph");

    private static final int REACH = 110;

    @Override
    public String name() {
        return "personal-data.identifying-detail";
    }

    @Override
    public Category category() {
        return Category.PERSONAL_DATA;
    }

    @Override
    public List<Finding> detect(String text, CheckContext context) {
        return detect(AnalysedText.of(text), context);
    }

    @Override
    public List<Finding> detect(AnalysedText analysed, CheckContext context) {
        Cues cues = Cues.of(analysed);
        if (cues.any(Cues.Cue.SEXUAL_OFFENCE)) {
            return List.of(); // the contempt detector reads the victim of a sexual offence, and blocks
        }
        String text = analysed.original();
        String lower = LowerCase.of(analysed);
        Span health = healthOfANamedPerson(text, lower, cues);
        if (health != null) {
            return List.of(healthFinding(health));
        }
        List<AhoCorasick.Match<String>> own = ContemptDetector.context(analysed);
        if (!ContemptDetector.has(own, "private")) {
            return List.of();
        }
        if (ContemptDetector.waivedAnonymity(lower)) {
            return List.of(); // "has waived her anonymity to speak out": she chose to be identified
        }
        int examined = 0;
        for (AhoCorasick.Match<String> ref : own) {
            if (!reference(ref)) {
                continue;
            }
            if (++examined > 32) {
                break;
            }
            Span span = placed(text, lower, cues, own, ref.start(), ref.end(), PRONOUNS.contains(ref.phrase()), false);
            if (span != null) {
                return List.of(finding(span));
            }
        }
        Span aged = agedReference(text, lower, cues, own);
        if (aged != null) {
            return List.of(finding(aged));
        }
        // "A teaching assistant at Moorside Primary has been arrested": the role at a named place opens the sentence
        int sentences = 0;
        for (int start = 0; start < text.length() && sentences < 32; start = cues.sentenceEnd(start) + 1, sentences++) {
            while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            // Round 16 (pd16): "The caretaker at Westfield Academy ...", "The lollipop man outside Oakfield Primary
            // ..."
            if ((lower.startsWith("a ", start) || lower.startsWith("an ", start)) && !noticeOpener(lower, start)
                    || lower.startsWith("the ", start) && personRole(lower, start, cues.sentenceEnd(start))) {
                Span span = placed(text, lower, cues, own, start, start, false, true);
                if (span != null && plainSubject(lower, start, span.end())) {
                    return List.of(finding(span));
                }
            }
        }
        Span within = roleWithinSentence(text, lower, cues, own);
        if (within != null) {
            return List.of(finding(within));
        }
        int names = 0;
        for (Span word : ContemptDetector.capitalisedWords(text)) {
            if (names > 8) {
                break;
            }
            if (!privateFirstName(lower, cues, word)) {
                continue;
            }
            names++;
            Span span = placed(text, lower, cues, own, word.start(), word.end(), false, false);
            if (span == null) {
                span = numberedHome(lower, word);
            }
            if (span != null && privateInSentence(own, cues, word.start(), false)) {
                return List.of(finding(span));
            }
        }
        return List.of();
    }

    /** Words that may come between the article and the notice word: "a quick update", "a final reminder". */
    private static final Set<String> NOTICE_ADJECTIVES = Set.of(
            "quick",
            "short",
            "brief",
            "further",
            "final",
            "latest",
            "important",
            "big",
            "huge",
            "massive",
            "gentle",
            "friendly",
            "small",
            "new");

    /** What a post announces, not a person: "An update on", "A reminder for", "A message from", "A thank you to". */
    private static final Set<String> NOTICE_WORDS = Set.of(
            "update",
            "reminder",
            "message",
            "note",
            "warning",
            "statement",
            "thank",
            "thanks",
            "word",
            "look",
            "shout",
            "shoutout",
            "recap",
            "round-up",
            "roundup");

    /**
     * Round 17 (clean17): the sentence opens with "a" or "an" and a notice word, maybe after one adjective ("An update on
     * the missing walker on Snowdon: he has been found safe", "A quick update on the injured cyclist on the A59"):
     * the post announces something; it is not a person at a place. A person in it is read by the other readings.
     */
    static boolean noticeOpener(String lower, int start) {
        int word = lower.startsWith("a ", start) ? start + 2 : start + 3;
        for (int n = 0; n < 2 && word > 0 && word < lower.length(); n++) {
            int end = ContemptDetector.wordEnd(lower, word);
            if (end <= word) {
                return false;
            }
            String w = lower.substring(word, end);
            if (NOTICE_WORDS.contains(w)) {
                return true;
            }
            if (!NOTICE_ADJECTIVES.contains(w) || end >= lower.length() || lower.charAt(end) != ' ') {
                return false;
            }
            word = end + 1;
        }
        return false;
    }

    private static boolean reference(AhoCorasick.Match<String> ref) {
        return ref.value().equals("person")
                || ref.value().equals("ref") && (ref.phrase().startsWith("the ") || PRONOUNS.contains(ref.phrase()));
    }

    /** The span from the reference to the end of the detail said of it in its sentence, or null. */
    private static Span placed(
            String text,
            String lower,
            Cues cues,
            List<AhoCorasick.Match<String>> own,
            int start,
            int end,
            boolean pronoun,
            boolean ownSentence) {
        if (ContemptDetector.startsWithAny(lower, end, ContemptDetector.THE_ACCUSED_AFTER)
                || !privateInSentence(own, cues, start, ownSentence)) {
            return null; // the accused in a case before the courts is for the contempt and name checks
        }
        if (pronoun && !ContemptDetector.victimBefore(lower, start)) {
            return null; // "DC Hall said she works ...", "our PCSO ... she runs"
        }
        int sentence = cues.sentenceStart(start);
        int to = Math.min(cues.sentenceEnd(end), end + REACH);
        boolean family = !ContemptDetector.mentionsDeath(lower, sentence, to);
        int at = ContemptDetector.placedBy(text, lower, own, end, to, family);
        if (at < 0) {
            at = onlyOneIn(text, lower, end, to);
        }
        return at > end ? new Span(start, detailEnd(text, lower, at, to)) : null;
    }

    // Round 19 (blind19b): the person referred to by an age between "the" and the noun, which no fixed phrase of the
    // context file holds ("The 30yo woman robbed on Tuesday is the one who works at the Spar on Mill Road",
    // "the 24-year-old woman, who works at ..."), or by the age alone ("the 31-year-old").
    private static final java.util.regex.Pattern AGED_REFERENCE = java.util.regex.Pattern.compile(
            "(?i)\\bthe\\s{1,2}\\d{1,2}(?:\\s{0,2}(?:yo|y/o|yr\\s{0,2}old)|-year-old|\\s{1,2}year\\s{1,2}old|-yr-old)"
                    + "(?![\\w-])(?:\\s{1,2}(?:man|woman|lad|male|female|boy|girl|victim|cyclist|pedestrian|motorist|"
                    + "driver|rider|student|teenager|pensioner|bloke|fella)\\b)?");

    private static Span agedReference(String text, String lower, Cues cues, List<AhoCorasick.Match<String>> own) {
        if (lower.indexOf("the ") < 0) {
            return null;
        }
        java.util.regex.Matcher m = AGED_REFERENCE.matcher(text);
        for (int n = 0; n < 32 && m.find(); n++) {
            Span span = placed(text, lower, cues, own, m.start(), m.end(), false, false);
            if (span != null) {
                return span;
            }
        }
        return null;
    }

    /** Words that end the detail said of someone: the clause goes on to something else ("... and was attacked"). */
    private static final Set<String> DETAIL_STOP = Set.of(
            "and", "or", "but", "was", "were", "is", "are", "has", "had", "have", "who", "whose", "which", "that",
            "when", "while", "after", "before", "as", "because", "since", "where", "with", "to", "for", "from", "until",
            "by", "said", "says", "we", "he", "she", "they", "it", "this", "every", "during", "last", "on");

    /**
     * Round 16 (pd16): the whole detail, not only its start ("The victim works behind the bar at the Crown on Bridge
     * Street", not "The victim works behind"): from {@code at}, up to 90 characters and within {@code limit}, through
     * lower-case words of the detail to the end of the last capitalised run (a named place) or house number, stopping
     * at punctuation or a word that starts something else ({@link #DETAIL_STOP}; "on" only when no place follows it).
     */
    static int detailEnd(String text, String lower, int at, int limit) {
        int max = Math.min(Math.min(limit, text.length()), at + 90);
        int end = at;
        int i = at;
        while (i < max) {
            if (text.charAt(i) == ' ') {
                i++;
                continue;
            }
            char c = text.charAt(i);
            if (Character.isUpperCase(c)) {
                end = ContemptDetector.capitalisedRunEnd(text, i, max);
                i = Math.max(end, i + 1);
                continue;
            }
            int wordEnd = Character.isDigit(c) ? digitsEnd(text, i, max) : ContemptDetector.wordEnd(lower, i);
            if (wordEnd == i) {
                break; // punctuation: the clause ends
            }
            if (Character.isDigit(c)) {
                end = wordEnd; // "at 4 Orchard Close"
            } else {
                String word = lower.substring(i, wordEnd);
                boolean placeNext = word.equals("on")
                        && wordEnd + 1 < max
                        && (Character.isUpperCase(text.charAt(wordEnd + 1))
                                || lower.startsWith(" the ", wordEnd)
                                        && wordEnd + 5 < max
                                        && Character.isUpperCase(text.charAt(wordEnd + 5)));
                if (DETAIL_STOP.contains(word) && !placeNext) {
                    break;
                }
            }
            i = wordEnd;
        }
        return Math.max(end, at);
    }

    private static int digitsEnd(String text, int at, int max) {
        int end = at;
        while (end < max && end - at < 5 && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static final String[] ROLE_LINKS = {" at ", " outside ", " for ", " from ", " on the ", " who "};

    /** Endings of words for a person by what they do: caretaker, pharmacist, librarian, groundsman, postmistress. */
    private static final String[] PERSON_ENDINGS = {
        "er", "or", "ist", "ian", "man", "men", "woman", "lady", "ladies", "ess", "ant", "ent", "ard", "aid"
    };

    /** Words for a person by what they do that have none of {@link #PERSON_ENDINGS}. */
    private static final Set<String> PERSON_ROLES = Set.of(
            "cook", "chef", "nurse", "vicar", "patrol", "clerk", "priest", "imam", "rabbi", "coach", "medic", "man",
            "woman", "lady", "lad", "men", "women", "ladies");

    /** Words with a person's ending that are not people: "the border at Dover", "the water at Bude". */
    private static final Set<String> NOT_PERSONS =
            Set.of("border", "water", "number", "order", "corner", "centre", "counter", "shelter", "tower", "river");

    /**
     * Round 16 (pd16): the words after {@code article} (up to 45 characters, within {@code end}) are a person's role:
     * the word right before the first role link (at, outside, for, from, on the, who) names a person by what they do
     * ("the caretaker at", "the lollipop man outside", "the busker who"), not a thing or an event ("the search for",
     * "the platform at").
     */
    static boolean personRole(String lower, int article, int end) {
        int limit = Math.min(end, article + 45);
        int link = -1;
        for (String word : ROLE_LINKS) {
            int at = ContemptDetector.indexWithin(lower, word, article, limit);
            if (at >= 0 && (link < 0 || at < link)) {
                link = at;
            }
        }
        if (link < 0) {
            return false;
        }
        int start = link;
        while (start > article && Character.isLetter(lower.charAt(start - 1))) {
            start--;
        }
        String role = lower.substring(start, link);
        if (PERSON_ROLES.contains(role)) {
            return true;
        }
        if (NOT_PERSONS.contains(role)) {
            return false;
        }
        for (String ending : PERSON_ENDINGS) {
            if (role.length() > ending.length() + 1 && role.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** Words between the place and what happened that keep the role as its subject: "..., who was", "... has been". */
    private static final String[] PASSIVE_AFTER = {
        " was ", " were ", " has been ", " had been ", " is ", ", who was ", ", who has been ", ", who had been "
    };

    /**
     * Round 16 (pd16): a role at a named place inside a sentence, the subject of what happened to them ("after the
     * receptionist at Hillside Medical Practice in Droitwich was threatened", "led us to the cleaner at the Red Lion,
     * who was spoken to"): a "the" or "a" whose role has a place ({@link #placed}, read as if it opened the sentence)
     * and, right after the place and up to one town, "was", "has been" or "who was" and a word of kind {@code private}
     * (threatened, assaulted, spoken to). Up to 8 articles in each of the first 32 sentences.
     */
    private static Span roleWithinSentence(String text, String lower, Cues cues, List<AhoCorasick.Match<String>> own) {
        int sentences = 0;
        for (int start = 0; start < text.length() && sentences < 32; start = cues.sentenceEnd(start) + 1, sentences++) {
            int end = Math.min(cues.sentenceEnd(start), text.length());
            int articles = 0;
            for (int at = ContemptDetector.indexWithin(lower, " the ", start, end);
                    at >= 0 && articles < 8;
                    at = ContemptDetector.indexWithin(lower, " the ", at + 1, end), articles++) {
                Span span = subjectRole(text, lower, cues, own, at + 1, end);
                if (span != null) {
                    return span;
                }
            }
            int a = ContemptDetector.indexWithin(lower, " a ", start, end);
            Span span = a >= 0 ? subjectRole(text, lower, cues, own, a + 1, end) : null;
            if (span != null) {
                return span;
            }
        }
        return null;
    }

    private static Span subjectRole(
            String text, String lower, Cues cues, List<AhoCorasick.Match<String>> own, int article, int end) {
        int link = Math.min(end, article + 45);
        if (ContemptDetector.indexWithin(lower, " at ", article, link) < 0
                && ContemptDetector.indexWithin(lower, " outside ", article, link) < 0) {
            return null;
        }
        if (!personRole(lower, article, end)) {
            return null;
        }
        Span span = placed(text, lower, cues, own, article, article, false, true);
        if (span == null) {
            return null;
        }
        int after = span.end();
        if (lower.startsWith(" in ", after)
                && after + 4 < text.length()
                && Character.isUpperCase(text.charAt(after + 4))) {
            after = ContemptDetector.capitalisedRunEnd(text, after + 4, end); // "... in Droitwich was threatened"
        }
        for (String words : PASSIVE_AFTER) {
            if (lower.startsWith(words, after)) {
                int verb = after + words.length();
                for (AhoCorasick.Match<String> match : own) {
                    if (match.start() > verb + 30) {
                        break;
                    }
                    if (match.start() >= verb && match.value().equals("private")) {
                        return span;
                    }
                }
            }
        }
        return null;
    }

    /**
     * A word in the reference's sentence, the sentence before or the one after ("... is Denise, who runs the charity
     * shop on King Street. She was pushed to the ground.") that makes someone a private person in a police matter;
     * not when the reference's sentence reports a court result. A role that opens its sentence ({@code ownSentence})
     * needs the word in that sentence ("A school cook at Hollybank Primary has been arrested").
     */
    private static boolean privateInSentence(
            List<AhoCorasick.Match<String>> own, Cues cues, int at, boolean ownSentence) {
        int from = cues.sentenceStart(at);
        int to = cues.sentenceEnd(at);
        int before = from > 0 && !ownSentence ? cues.sentenceStart(from - 1) : from;
        int after = ownSentence ? to : Math.min(cues.sentenceEnd(to + 1), to + 200);
        boolean found = false;
        for (AhoCorasick.Match<String> match : own) {
            if (match.start() >= after) {
                break;
            }
            if (match.value().equals("private") && match.start() >= before) {
                found = true;
            }
        }
        return found && !resultIn(cues, from, to);
    }

    private static boolean resultIn(Cues cues, int from, int to) {
        return cues.inSentence(Cues.Cue.PROCEEDINGS_CONCLUDED, from, Math.max(from, to - 1));
    }

    /**
     * "is the only locksmith in Kirkby Stephen", "the only female taxi driver at the rank": the one holder of a role in
     * a named place, within {@code [from, to)}; where the place's name ends, or -1. Up to three words of role.
     */
    private static final String[] ONLY_LINKS = {" in ", " at ", " on "};

    static int onlyOneIn(String text, String lower, int from, int to) {
        // read only the 40 characters after the reference, not the rest of the post
        int only = ContemptDetector.indexWithin(lower, "the only ", from, Math.min(to, from + 41));
        if (only < 0) {
            return -1;
        }
        int word = only + "the only ".length();
        for (int words = 0; words < 3 && word < to; words++) {
            int end = word;
            while (end < to && (Character.isLowerCase(lower.charAt(end)) || lower.charAt(end) == '-')) {
                end++;
            }
            if (end == word || end >= to || Character.isUpperCase(text.charAt(word))) {
                return -1;
            }
            for (String link : ONLY_LINKS) {
                if (lower.startsWith(link, end)) {
                    int place = end + link.length();
                    place = lower.startsWith("the ", place) ? place + 4 : place;
                    if (place < text.length() && Character.isUpperCase(text.charAt(place))) {
                        int stop = place;
                        while (stop < to
                                && stop < place + 40
                                && (Character.isLetter(text.charAt(stop))
                                        || text.charAt(stop) == ' '
                                                && stop + 1 < to
                                                && Character.isUpperCase(text.charAt(stop + 1)))) {
                            stop++;
                        }
                        return stop;
                    }
                    return -1;
                }
            }
            if (lower.charAt(end) != ' ') {
                return -1;
            }
            word = end + 1;
        }
        return -1;
    }

    /**
     * The role opening the sentence is its subject up to the detail: no comma, colon or dash between ("A day in the
     * control room: 612 calls, a road crash on the A56" is a list, not a person at a place).
     */
    private static boolean plainSubject(String lower, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = lower.charAt(i);
            if (c == ',' || c == ':' || c == ';' || c == '-' && i > 0 && lower.charAt(i - 1) == ' ') {
                return false;
            }
        }
        return true;
    }

    /**
     * A lone first name of a member of the public: not an officer's or staff member's named just before it, not a
     * business owner thanked for helping.
     */
    private static boolean privateFirstName(String lower, Cues cues, Span word) {
        return NameFinder.isLoneFirstName(lower.substring(word.start(), word.end()))
                && !staffBefore(lower, word.start())
                && !thankedHelper(lower, cues, word);
    }

    /** An officer, staff member or volunteer named just before: "PC Gemma", "our colleague Jess", "PCSO Anne". */
    private static boolean staffBefore(String lower, int at) {
        int end = at;
        while (end > 0 && lower.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(lower.charAt(start - 1)) && end - start < 14) {
            start--;
        }
        return STAFF_BEFORE.contains(lower.substring(start, end));
    }

    /** What happens to a victim: said of the person thanked, they are a victim after all. */
    private static final String[] HARMED = {
        "assaulted", "attacked", "victim", "robbed", "threatened", "injured", "hurt", "punched", "stabbed", "abused"
    };

    /** A business's owner or manager, said right after the name: the business helped, not a private person. */
    private static final String[] BUSINESS_OWNER = {
        ", owner of",
        ", the owner of",
        ", who owns",
        ", who runs",
        ", manager of",
        ", the manager of",
        ", who manages",
        ", landlord of",
        ", landlady of",
        ", the landlord of",
        ", the landlady of"
    };

    /**
     * Mend15a: "Thank you to Maria, owner of the Bluebell Café on Market Street, whose CCTV helped": a first name
     * thanked earlier in its sentence as the owner or manager of a business, with nothing done to them after it in the
     * sentence, is someone who helped.
     */
    private static boolean thankedHelper(String lower, Cues cues, Span name) {
        int from = cues.sentenceStart(name.start());
        if (ContemptDetector.indexWithin(lower, "thank", from, name.start()) < 0) { // only the sentence before the name
            return false;
        }
        int to = Math.min(cues.sentenceEnd(name.end()), name.end() + 200);
        String rest = lower.substring(name.end(), Math.max(name.end(), to));
        if (!ContemptDetector.startsWithAny(lower, name.end(), BUSINESS_OWNER)) {
            return false; // "thank Shaun, who lives at number 12 on Poplar Grove, for calling us": a caller's home
        }
        for (String word : HARMED) {
            if (rest.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static final String[] HOUSE_NUMBER_LEADS = {
        " at number ", ", who lives at number ", " from number ", " at no. ", " at no "
    };

    /** "Dave at number 4", "Shaun, who lives at number 12 on Poplar Grove": a first name with a house number. */
    private static Span numberedHome(String lower, Span name) {
        int at = name.end();
        for (String lead : HOUSE_NUMBER_LEADS) {
            if (lower.startsWith(lead, at)) {
                int digit = at + lead.length();
                if (digit < lower.length() && Character.isDigit(lower.charAt(digit))) {
                    int end = digit;
                    while (end < lower.length() && end - digit < 4 && Character.isLetterOrDigit(lower.charAt(end))) {
                        end++;
                    }
                    return new Span(name.start(), end);
                }
            }
        }
        return null;
    }

    /**
     * Round 17 (blind17): a member of the public named by first name with a health detail ("Our street triage team
     * checked in with Darren again this week ... He's back on his medication for schizophrenia"): a lone first name
     * (not an officer's or staff member's, not a helper thanked) and, in its sentence or the two after, a diagnosis,
     * treatment or detention. Not in a missing-person appeal. Returns the span from the name to the end of the health
     * word's sentence, or null. The health words and the appeal's are the cues HEALTH and MISSING_APPEAL
     * (cue-words.txt, whole words); a missing-person appeal gives health details on purpose, so that the public
     * knows the risk.
     */
    private static Span healthOfANamedPerson(String text, String lower, Cues cues) {
        int term = cues.firstStart(Cues.Cue.HEALTH);
        if (term < 0 || cues.any(Cues.Cue.MISSING_APPEAL)) {
            return null;
        }
        int names = 0;
        for (Span word : ContemptDetector.capitalisedWords(text)) {
            if (word.start() > term || names > 8) {
                break;
            }
            if (!privateFirstName(lower, cues, word)) {
                continue;
            }
            names++;
            // the health word in the name's sentence or the two after it
            int end = word.end();
            for (int k = 0; k < 3 && end < text.length(); k++) {
                end = cues.sentenceEnd(end) + 1;
            }
            if (term < end && saidOfThem(lower, term)) {
                // to the end of the health word's sentence, so the whole detail is highlighted ("... his medication
                // for schizophrenia"), not only its first word
                int termEnd = Math.min(text.length(), cues.sentenceEnd(term));
                while (termEnd > term && !Character.isLetterOrDigit(text.charAt(termEnd - 1))) {
                    termEnd--;
                }
                return new Span(word.start(), termEnd);
            }
        }
        return null;
    }

    private static final String[] PRONOUNS_BEFORE = {
        " he ", " she ", " his ", " her ", " he's ", " she's ", " he’s ", " she’s "
    };

    /**
     * The health word is said of someone: a pronoun in the 40 characters before it ("he's back on his
     * medication for", "she was sectioned"), not a topic ("our post about dementia-friendly policing").
     */
    private static boolean saidOfThem(String lower, int term) {
        String before = " " + lower.substring(Math.max(0, term - 40), term);
        for (String w : PRONOUNS_BEFORE) {
            if (before.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static Finding healthFinding(Span span) {
        return new Finding(
                Category.PERSONAL_DATA,
                "personal-data.identifying-detail",
                span,
                Severity.MEDIUM,
                0.7,
                "This names a member of the public and gives a detail of their health (a diagnosis, treatment or a"
                        + " detention under the Mental Health Act). Health is special category data: even a first name"
                        + " with where they are seen can identify them.",
                "Remove the name or the health detail; say 'a man we support' without the diagnosis.");
    }

    private static Finding finding(Span span) {
        return new Finding(
                Category.PERSONAL_DATA,
                "personal-data.identifying-detail",
                span,
                Severity.MEDIUM,
                0.7,
                "This places a member of the public (a victim, witness, caller or someone not charged) by their"
                        + " workplace, family, school, club or street. Together with the rest of the post, that can"
                        + " identify them without a name.",
                "Remove the detail and describe the person by age and town, for example 'a woman in her 30s from"
                        + " Rhyl'; remove the workplace, the family's business, the school or the street.");
    }
}
