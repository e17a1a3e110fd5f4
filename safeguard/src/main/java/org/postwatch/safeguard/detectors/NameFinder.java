package org.postwatch.safeguard.detectors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.postwatch.safeguard.engine.AnalysedText;
import org.postwatch.safeguard.text.WordList;

/**
 * Finds people's names in a post: a known first name followed by a capitalised surname ("Jane Smith"), a title and
 * surname ("Mrs Smith"), or any two capitalised words in a telling place ("Funmi Adeyemi, 34," or "victim Jo
 * Bloggs"), and later mentions of the same first name or surname on their own. Names right after an officer's
 * rank or a public role ("PC Jones", "Sergeant Amy Patel", "PCC Jane Smith") are left out. Pure and thread-safe.
 */
final class NameFinder {

    /** One mention of a person. {@code repeat} is true for a later lone first name or surname. */
    record Mention(int start, int end, boolean repeat, double confidence) {}

    /** A word of the post; its text and lower-case form are made only when asked (most words never are). */
    private static final class Token {
        private final String post;
        private final int start;
        private final int end;
        private String text;
        private String lower;

        Token(String post, int start, int end) {
            this.post = post;
            this.start = start;
            this.end = end;
        }

        int start() {
            return start;
        }

        int end() {
            return end;
        }

        String text() {
            if (text == null) {
                text = post.substring(start, end);
            }
            return text;
        }

        String lower() {
            if (lower == null) {
                lower = text().toLowerCase(Locale.ROOT);
            }
            return lower;
        }

        // Asked of most words, so worked out from the post's characters, once, without cutting the word out.
        private byte capitalised; // 0 not yet known, 1 yes, 2 no
        private byte ascii; // 0 not yet known, 1 all ASCII (lowerHash is set), 2 not
        private int lowerHash;

        boolean capitalised() {
            if (capitalised == 0) {
                capitalised = isCapitalised(post, start, end) ? (byte) 1 : (byte) 2;
            }
            return capitalised == 1;
        }

        /** True when every character is ASCII, so lower-casing it is per character and {@link #lowerHash} holds. */
        boolean ascii() {
            if (ascii == 0) {
                int h = 0;
                byte all = 1;
                for (int k = start; k < end; k++) {
                    char c = post.charAt(k);
                    if (c >= 128) {
                        all = 2;
                        break;
                    }
                    h = 31 * h + ((c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c);
                }
                lowerHash = h;
                ascii = all;
            }
            return ascii == 1;
        }

        /** {@code lower().hashCode()}, without making {@code lower()}; only when {@link #ascii()}. */
        int lowerHash() {
            return lowerHash;
        }

        boolean hasHyphen() {
            for (int k = start; k < end; k++) {
                if (post.charAt(k) == '-') {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * A fixed set of lower-case words that can be asked about a word of the post without making its lower-case
     * string: most words of a post are asked about and few are in a list, and a miss costs one look in a compact
     * table of hashes instead of a string, its lower-case copy and probes through scattered string objects.
     */
    private static final class WordTable {
        private final String[] words;
        private final int[] hashes;
        private final int mask;

        WordTable(Set<String> entries) {
            // A power of two at least twice the entries: open addressing stays short.
            int size = Integer.highestOneBit(Math.max(4, entries.size()) * 2 - 1) << 1;
            words = new String[size];
            hashes = new int[size];
            mask = size - 1;
            for (String word : entries) {
                int h = word.hashCode();
                int i = slot(h);
                while (words[i] != null) {
                    i = (i + 1) & mask;
                }
                words[i] = word;
                hashes[i] = h;
            }
        }

        private int slot(int h) {
            return (h ^ (h >>> 16)) & mask;
        }

        boolean contains(String word) {
            return has(word) || (!isAscii(word) && has(withoutAccents(word)));
        }

        private boolean has(String word) {
            int h = word.hashCode();
            for (int i = slot(h); words[i] != null; i = (i + 1) & mask) {
                if (hashes[i] == h && words[i].equals(word)) {
                    return true;
                }
            }
            return false;
        }

        /** Same as {@code contains(token.lower())}. */
        boolean contains(Token token) {
            if (!token.ascii()) {
                return contains(token.lower());
            }
            int h = token.lowerHash();
            int length = token.end() - token.start();
            for (int i = slot(h); words[i] != null; i = (i + 1) & mask) {
                if (hashes[i] == h && words[i].length() == length && sameLowerCase(words[i], token)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean sameLowerCase(String word, Token token) {
            for (int k = 0; k < word.length(); k++) {
                char c = token.post.charAt(token.start() + k);
                if (((c >= 'A' && c <= 'Z') ? (char) (c + ('a' - 'A')) : c) != word.charAt(k)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static boolean isAscii(String word) {
        for (int k = 0; k < word.length(); k++) {
            if (word.charAt(k) >= 128) {
                return false;
            }
        }
        return true;
    }

    // "Zoë", "Chloé", "Renée", "Gonçalves": a listed name written with its accents, looked up without them.
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private static String withoutAccents(String word) {
        return MARKS.matcher(java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD))
                .replaceAll("");
    }

    private static final String NAMES = "org/postwatch/safeguard/detectors/names/";
    private static final WordTable FIRST_NAMES = new WordTable(lowerCase(WordList.load(NAMES + "first-names.txt")));
    private static final WordTable SURNAMES = new WordTable(lowerCase(WordList.load(NAMES + "surnames.txt")));
    private static final WordTable NOT_SURNAMES = new WordTable(lowerCase(WordList.load(NAMES + "not-surnames.txt")));
    private static final Set<String> ROLES = Set.copyOf(WordList.load(NAMES + "roles.txt"));
    // Police staff jobs named in two or more words ("custody nurse", "control room supervisor"): for each job word, the
    // qualifiers that may come before it, each as its words in order.
    private static final Map<String, List<String[]>> STAFF_ROLES = staffRoles(WordList.load(NAMES + "staff-roles.txt"));
    // East Asian family names written first ("Huang Mei", "Nguyen Thi Lan"): a name when a given name follows.
    private static final Set<String> SURNAME_FIRST = lowerCase(WordList.load(NAMES + "surnames-first.txt"));
    // Endings and beginnings that mark a word as a surname in many languages: Polish "-ski"/"-czyk", Greek
    // "-opoulos"/"-iou", Ukrainian "-enko", Romanian "-escu", Turkish "-oglu", Balkan "-ovic", Irish "O'", "Mc".
    private static final List<String> SURNAME_ENDINGS = List.of(
            "ski", "ska", "cki", "cka", "dzki", "wicz", "czyk", "czak", "opoulos", "poulos", "akis", "idis", "iadis",
            "iou", "enko", "chuk", "czuk", "escu", "eanu", "oglu", "oğlu", "ović", "ovic", "ević", "evic", "shvili",
            "adze", "aitis", "auskas", "avičius", "avicius", "evičius", "evicius", "ienė", "yte", "ytė", "sson",
            "dottir", "yan", "zadeh", "ekwe", "chukwu");
    private static final Set<String> FAMOUS = lowerCase(WordList.load(NAMES + "famous-people.txt"));
    // Round 17 (pd17): towns and districts whose names read as a person's ("Harold Hill", "Bradley Stoke").
    private static final Set<String> PLACES = lowerCase(WordList.load(NAMES + "places.txt"));
    // Street words that are also surnames ("Lane", "Hill", "Green"): after an everyday-word first name or "on", a
    // street.
    private static final Set<String> STREET_WORDS =
            lowerCase(WordList.load("org/postwatch/safeguard/detectors/street-suffixes.txt"));
    // Round 14: Welsh (and Breton-style "Rue") street words that come before the street's name, which may be a
    // person's ("Ffordd Glyn Coch", "Heol Emrys Evans", "Stryd Idris").
    // Round 16 (clean16): also the Welsh words for a festival, a day, a school, a church, a chapel, a hall, a centre, a
    // college, a team and a saint, which come before a person's name in a place's, a day's or a body's own name ("Dydd
    // Gŵyl Dewi Hapus", "Ysgol Dewi Sant", "Capel Elfed Jones"), as the street words do.
    private static final Set<String> STREET_FIRST = Set.of(
            "Heol",
            "Ffordd",
            "Stryd",
            "Lôn",
            "Lon",
            "Rhodfa",
            "Cilgant",
            "Clos",
            "Llys",
            "Maes",
            "Parc",
            "Rue",
            "Gŵyl",
            "Gwyl",
            "Dydd",
            "Ysgol",
            "Eglwys",
            "Capel",
            "Neuadd",
            "Canolfan",
            "Coleg",
            "Tîm",
            "Sant",
            "Santes",
            "Ysbyty",
            "Prifysgol",
            // Round 19 (blind19b): a place of worship's word before its name, which may be a person's ("Masjid Noor",
            // "Gurdwara Guru Nanak", "Jamia Masjid", "Darul Uloom", "Mandir Shri Ram")
            "Masjid",
            "Musjid",
            "Gurdwara",
            "Jamia",
            "Darul",
            "Madrasah",
            "Madrassa",
            "Mandir");
    private static final Set<String> ON_A_STREET = Set.of("on", "along", "off", "down", "up", "at", "opposite", "past");
    private static final Set<String> TITLES = Set.of("Mr", "Mrs", "Ms", "Miss", "Mx", "Master", "Mr.", "Mrs.", "Ms.");

    /** The titles of {@link #TITLES} a child may have: the others name an adult. */
    private static final Set<String> CHILD_TITLES = Set.of("Miss", "Master");

    /**
     * The mention starts with an adult's title ("Mr and Mrs Okoro", "Ms Reid"): a child word in its sentence is about
     * someone else. "Miss" and "Master" may be a child's.
     */
    static boolean adultTitled(String text, Mention mention) {
        int end = mention.start();
        while (end < mention.end() && text.charAt(end) != ' ') {
            end++;
        }
        String first = text.substring(mention.start(), end);
        return TITLES.contains(first) && !CHILD_TITLES.contains(first);
    }

    /** Round 17 (clean17): words for an adult relation, right before a name ("her husband Raj", "my wife Sue"). */
    private static final Pattern ADULT_RELATION_BEFORE = Pattern.compile("(?i)\\b(?:husband|wife|partner|fianc[eé]e?"
            + "|boyfriend|girlfriend|dad|mum|father|mother|grandad|granddad|grandfather|grandma|grandmother|nan|nanna"
            + "|father-in-law|mother-in-law)\\s{1,2}$");

    /**
     * Round 17 (clean17): the name follows a word for an adult relation ("Congratulations to DS Priya Shah and her
     * husband Raj on the birth of their daughter"): a child word in its sentence is about someone else.
     */
    static boolean adultRelationBefore(String text, Mention mention) {
        return mention.start() > 0
                && ADULT_RELATION_BEFORE
                        .matcher(text)
                        .region(Math.max(0, mention.start() - 20), mention.start())
                        .find();
    }

    // First names that are also everyday words: they need a known surname or a telling context.
    private static final Set<String> AMBIGUOUS = Set.of(
            "will",
            "may",
            "june",
            "april",
            "august",
            "grace",
            "hope",
            "faith",
            "joy",
            "summer",
            "autumn",
            "amber",
            "crystal",
            "holly",
            "ivy",
            "poppy",
            "daisy",
            "violet",
            "iris",
            "heather",
            "hazel",
            "mark",
            "bill",
            "pat",
            "rob",
            "sue",
            "don",
            "art",
            "bob",
            "jack",
            "max",
            "chase",
            "angel",
            "harmony",
            "sky",
            "skye",
            "river",
            "storm",
            "dawn",
            "eve",
            "guy",
            "victoria",
            "florence",
            "chelsea",
            "paris",
            "sydney",
            "austin",
            "jordan",
            "lincoln",
            "carmen",
            "hunter",
            "chester",
            "kent",
            "dale",
            "glen",
            "ray",
            "sandy",
            "rich",
            "frank",
            "earl",
            "miles",
            "grant",
            "lance",
            "penny",
            "charity",
            "mercy",
            "patience",
            "precious",
            "destiny",
            "india",
            "jade",
            "ruby",
            "rose",
            "pearl",
            "sterling",
            "king",
            "bishop",
            "major",
            "reed",
            "page",
            "gene",
            "stan",
            "lee",
            "bella",
            "nell",
            "harley",
            "morgan",
            "taylor",
            "kelly",
            "carol",
            "noel",
            "louis",
            "douglas",
            "blessing",
            "maxwell",
            "marina",
            "mona",
            "willow",
            "luna",
            "olive",
            "nancy",
            "percy");

    // Strong signals that two capitalised words are a person: an age right after, or a telling word before.
    private static final Pattern AGE_AFTER = Pattern.compile("(?:,\\s{0,2}(?:aged\\s{1,2})?\\d{1,2}\\s{0,2}[,.;)]|"
            + "\\s{0,2}\\(\\s{0,2}(?:aged\\s{1,2})?\\d{1,2}\\s{0,2}\\)|,?\\s{1,2}aged\\s{1,2}\\d{1,2}\\b)");
    // "Jordan Pike, from Stroud," / "Jo Hill, of Tetbury,": where someone lives, right after the name.
    private static final Pattern HOME_AFTER =
            Pattern.compile(",\\s{0,2}(?:from|of)\\s{1,2}[A-Z][a-z]{2,20}(?:[\\s-]{1,3}[A-Z][a-z]{1,20}){0,2}\\s{0,2},"
                    // "Huang Mei from Cheltenham lost ...": the same without commas, when a lower-case word follows.
                    + "|\\s{1,2}from\\s{1,2}(?:the\\s{1,2})?[A-Z][a-z]{2,20}(?:[\\s-]{1,3}[A-Z][a-z]{1,20}){0,2}\\s{1,2}[a-z]"
                    // "..., Stavros Georgiou, who kept a lost toddler safe": a person is a who.
                    + "|,?\\s{1,2}who\\s"
                    + "|,\\s{0,2}of\\s{1,2}(?:no\\s{1,2}fixed\\s{1,2}(?:abode|address)|NFA)\\b"
                    // What happens to a person: "... is wanted", "... was arrested", "..., sought over the fraud".
                    + "|,?\\s{1,2}(?:is|was|has\\s{1,2}been|had\\s{1,2}been|remains|is\\s{1,2}still|was\\s{1,2}last)"
                    + "\\s{1,2}(?:wanted|arrested|missing|charged|found\\s{1,2}(?:safe|dead|guilty)|reported\\s{1,2}missing"
                    + "|seen|sought|remanded|jailed|sentenced|convicted|bailed|released|detained|questioned|cautioned"
                    + "|summonsed|killed|injured|assaulted|attacked|robbed|stabbed|in\\s{1,2}custody|on\\s{1,2}bail)\\b"
                    + "|,\\s{0,2}(?:sought|wanted|missing|arrested|charged|jailed|remanded|bailed)\\s"
                    // "... handed himself in", "... and her neighbours": a person's pronoun right after.
                    + "|\\s{1,2}(?:[a-z]{2,12}\\s{1,2}){1,2}(?:him|her)self\\b"
                    + "|\\s{1,2}and\\s{1,2}(?:his|her)\\s");
    // What only ever happens to a person, right after two unknown capitalised words: "Nasir Qaderi was remanded",
    // "..., wanted over ...", "... handed himself in", "... and her children". (Firms are fined, not remanded.)
    private static final Pattern PERSON_ONLY_AFTER = Pattern.compile(
            ",?\\s{1,2}(?:is|was|has\\s{1,2}been|had\\s{1,2}been)\\s{1,2}(?:arrested|remanded|jailed|bailed|detained"
                    + "|reported\\s{1,2}missing|last\\s{1,2}seen|wanted)\\b"
                    + "|,\\s{0,2}(?:wanted|missing|arrested|remanded|jailed|bailed)\\s"
                    + "|,\\s{0,2}of\\s{1,2}(?:no\\s{1,2}fixed\\s{1,2}(?:abode|address)|NFA)\\b"
                    + "|\\s{1,2}(?:[a-z]{2,12}\\s{1,2}){1,2}(?:him|her)self\\b"
                    + "|\\s{1,2}and\\s{1,2}(?:his|her)\\s");
    // Words right before two capitalised words that show they name a person: "victim Jo Bloggs", "named as ...".
    private static final Set<String> TELLING_WORD = Set.of(
            "victim",
            "witness",
            "wanted",
            "suspect",
            "defendant",
            // Round 16 (pd16): what was done to the person named right after ("hit Jordan Pike", "attacked Kelly
            // Marsh")
            "hit",
            "attacked",
            "assaulted",
            "punched",
            "stabbed",
            "robbed",
            "threatened",
            "glassed",
            "mugged",
            "occupier",
            "driver",
            "is",
            "was",
            "rip",
            "charged",
            "missing",
            "son",
            "daughter",
            "wife",
            "husband",
            "partner",
            "neighbour",
            "friend",
            "brother",
            "sister",
            "mum",
            "dad",
            "mother",
            "father",
            "niece",
            "nephew",
            "grandson",
            "granddaughter",
            "year-old",
            "boy",
            "girl",
            "man",
            "woman",
            "pensioner",
            "teenager",
            "schoolboy",
            "schoolgirl",
            // who someone is to the incident: "IP Krystyna Bak", "complainant ...", "the owner, ..."
            "ip",
            "complainant",
            "informant",
            "caller",
            "owner",
            "pedestrian",
            "cyclist",
            "motorcyclist",
            "passenger",
            "resident",
            "shopkeeper",
            "homeowner",
            "householder",
            "tenant",
            "toddler",
            "baby",
            "lad",
            "youth",
            "gran",
            "grandmother",
            "grandfather",
            "grandad",
            "nan",
            "aunt",
            "uncle",
            "cousin",
            "girlfriend",
            "boyfriend",
            "fiancee",
            "fiancé",
            "stepson",
            "stepdaughter",
            "called",
            "named",
            "aka",
            "alias",
            "née",
            "nee",
            "questioned",
            "interviewed",
            "arrested",
            "detained",
            "accused",
            "met",
            "landlord",
            "landlady",
            "carer",
            "lodger",
            "flatmate",
            "housemate",
            "colleague",
            "employer",
            "stepfather",
            "stepmother",
            "stepdad",
            "stepmum",
            "ex-partner",
            "ex-wife",
            "ex-husband",
            "ex-girlfriend",
            "ex-boyfriend",
            "fugitive",
            "absconder",
            "offender",
            "motorist",
            "rider",
            "biker",
            "hiker",
            "jogger",
            "patient",
            "student",
            "pupil",
            "widow",
            "widower",
            "bride",
            "mate",
            "pal",
            "bloke",
            "fella",
            "lass",
            "gentleman",
            "volunteer",
            "hero",
            "samaritan",
            "bystander",
            "passer-by",
            "shopper",
            "customer",
            "client",
            "victims",
            "witnesses");
    // Two words before a name that show it names a person: thanks and praise for a member of the public, an appeal
    // to trace someone, or what happened to them ("the death of ...").
    private static final Set<String> TELLING_PAIR = Set.of(
            "named as",
            "locally as",
            "identified as",
            "thanks to",
            // meeting someone: "bumped into ...", "had a chat with ...", "we've spoken to ..."
            "bumped into",
            "ran into",
            "chat with",
            "chatting with",
            "spoke to",
            "spoken to",
            "speaking to",
            "talking to",
            "talked to",
            "up with",
            // an appeal: "do you know where ... is?"
            "know where",
            "who knows",
            "knows where",
            "tributes to",
            "birthday to");
    // Praise and appeals ("well done ...", "have you seen ..."): telling for a plain first name, but not enough for
    // one that is also a word ("Chelsea Flower Show", "Jack Frost").
    private static final Set<String> PRAISE_PAIR = Set.of(
            "thank you",
            "you to",
            "well done",
            "out to",
            "off to",
            "kudos to",
            "credit to",
            "grateful to",
            "congratulations to",
            "you seen",
            "to trace",
            "to locate",
            "to find",
            "looking for",
            "speak to",
            "paid to",
            "family of",
            "memory of",
            "death of",
            "murder of",
            "killing of",
            "disappearance of",
            "whereabouts of");
    private static final Pattern NAMED_IN_ROLE_AFTER = Pattern.compile(
            ",?\\s{0,2}(?:(?:our|the|a|who\\s{1,2}is\\s{1,2}(?:our|the|a))\\s{1,2})?(?:new\\s{1,2}|local\\s{1,2}|"
                    + "neighbourhood\\s{1,2}|beat\\s{1,2}|dog\\s{1,2}|area\\s{1,2})*(?:MP|MSP|KC|QC|officer|sergeant|"
                    + "inspector|constable|pcso|detective|superintendent|chief|commander|commissioner|councillor|"
                    + "mayor|handler|pcc)\\b"
                    // Round 14: a first in the history of the police, said of the person: "Edith Smith became the
                    // first woman police officer", "Sislin Fay Allen became the country's first black female police
                    // officer", "... was the Met's first Asian detective". "became" with any first; "was" only with a
                    // police rank or role right after the words for who they were.
                    + "|\\s{1,2}became\\s{1,2}(?:the\\s{1,2})?(?:[a-z]{2,20}['’]s\\s{1,2})?(?:very\\s{1,2})?first(?:-ever)?\\s{1,2}"
                    + "(?:[a-z-]{2,20}\\s{1,2}){0,3}?(?:woman|women|female|black|asian|muslim|sikh|hindu|jewish|gay"
                    + "|lesbian|openly|disabled|officer|policewoman|policeman|constable|detective|sergeant|inspector"
                    + "|chief|superintendent|commissioner|commander)\\b"
                    + "|\\s{1,2}was\\s{1,2}(?:the\\s{1,2})?(?:[a-z]{2,20}['’]s\\s{1,2})?(?:very\\s{1,2})?first(?:-ever)?\\s{1,2}"
                    + "(?:[a-z-]{2,20}\\s{1,2}){0,3}?(?:officer|policewoman|policeman|constable|detective|sergeant"
                    + "|inspector|chief\\s{1,2}constable|superintendent|commissioner)\\b"
                    // "Vote Kelly Lloyd for PCC", "Sarah Jenkins-Boyd for MP!": a candidate, a public figure.
                    + "|\\s{1,2}(?:for|as)\\s{1,2}(?:(?:our|the|your)\\s{1,2})?(?:next\\s{1,2}|new\\s{1,2})?(?:MP|MSP|PCC|"
                    + "mayor|councillor|police\\s{1,2}and\\s{1,2}crime\\s{1,2}commissioner)\\b"
                    // Round 14: one of the force's own staff, said as "one of our ..." or "our ..." with a job
                    // ("Sarah Okafor, one of our call handlers in the Force Contact Centre", "Dan Hughes, our control
                    // room supervisor"). A job after "our" is the force's; a job alone ("Dan, a supervisor") is not,
                    // nor are "our volunteer" (round 13: a member of the public), "our cadets" (children) and "our
                    // Neighbourhood Watch co-ordinator" (a resident).
                    + "|\\s{0,2},\\s{0,2}(?:one\\s{1,2}of\\s{1,2})?our\\s{1,2}(?![a-z\\s-]{0,40}\\bwatch\\b)"
                    + "(?:[a-z-]{1,20}\\s{1,2}){0,3}?(?:officers?|"
                    + "handlers?|takers?|staff|specials?|pcsos?|detectives?|sergeants?|inspectors?|constables?|"
                    + "dispatchers?|controllers?|investigators?|analysts?|nurses?|co-?ordinators?|advis[eo]rs?|"
                    + "supervisors?|trainers?|instructors?|chaplains?)\\b",
            Pattern.CASE_INSENSITIVE);

    // "the rape of Jane Smith", "the murder of ...": the person named is the victim, whoever else is charged.
    private static final Pattern VICTIM_OF_BEFORE = Pattern.compile(
            "(?i)\\b(?:rape|assault|abuse|murder|killing|death|manslaughter|robbery|stabbing|kidnap(?:ping)?|"
                    + "grooming|exploitation|harassment|stalking)\\s{1,2}of\\s{1,2}$");

    private NameFinder() {}

    /** A known first name, in lower case ("hollie"), for a name given alone. */
    static boolean isLoneFirstName(String lower) {
        return FIRST_NAMES.contains(lower) && !AMBIGUOUS.contains(lower);
    }

    /**
     * A greeting that opens a sentence, right before the name: "Hi", "Good morning,". Not a letter's "Dear": a letter
     * is private.
     */
    private static final Pattern GREETING_BEFORE =
            Pattern.compile("(?i)(?:hi|hello|hiya|hey|morning|good\\s(?:morning|afternoon|evening))[,!]?\\s{1,2}");

    /**
     * A reply's opening words, then a comma, right before the name: "Thank you so much, ", "Sorry to hear that, ",
     * "That's kind of you to say, ". Not "Thanks to the owner, " (a third person) or "That's the owner, ".
     */
    private static final Pattern REPLY_BEFORE =
            Pattern.compile("(?i)(?:(?:thank\\s(?:you|u)|thanks|many\\sthanks)(?!\\sto\\b)"
                    + "|(?:sorry|we['’]?re\\s(?:so\\s|really\\s|very\\s)?sorry|we\\sare\\ssorry)"
                    + "(?!\\sto\\s(?:report|announce|share|say|tell)\\b)"
                    + "|you['’]?re\\s(?:very\\s|most\\s)?welcome|glad\\s(?:to\\shear|it|you|that)|good\\s(?:morning|afternoon|evening)"
                    + "|that['’]?s\\s(?:so\\s|really\\s|very\\s)?(?:kind|lovely|great|brilliant|wonderful|good\\sto\\shear|nice)"
                    + "|what\\sa\\s(?:lovely|kind))[^.!?\\n,]{0,60}(?<!\\b(?:owner|victim|colleague|volunteer|resident"
                    + "|neighbour|friend|teacher|woman|man|lady|pensioner|mum|dad|mother|father|wife|husband|member"
                    + "|driver|manager|worker|nurse|doctor|grandmother|grandfather|daughter|son)),\\s{1,2}");

    /**
     * A title and surname said to the person the post answers: after a greeting, or after a reply's opening words
     * and a comma, and followed by a comma, a sentence end or the end of the post. Naming the person replied to
     * tells no one anything they have not said themselves.
     */
    private static boolean vocative(String text, int start, int end) {
        if (end < text.length()) {
            char after = text.charAt(end);
            boolean closes = after == ',' || after == '.' || after == '!' || after == '?' || after == '\n';
            if (!closes) {
                return false;
            }
        }
        // The sentence's start, at most 90 characters back (a plain scan), then one anchored attempt per pattern over
        // the words from there to the name: the cost does not grow with the text.
        int from = start - 1;
        while (from >= 0 && start - from <= 90) {
            char c = text.charAt(from);
            if (c == '.' || c == '!' || c == '?' || c == '\n') {
                break;
            }
            from--;
        }
        if (from >= 0 && start - from > 90) {
            return false;
        }
        from++;
        while (from < start && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        return GREETING_BEFORE.matcher(text).region(from, start).matches()
                || REPLY_BEFORE.matcher(text).region(from, start).matches();
    }

    /** A title that names a person: "Mr", "Mrs", "Ms", "Miss", "Mx", "Master" (with or without a full stop). */
    static boolean isTitle(String word) {
        return TITLES.contains(word);
    }

    /** A surname as written for a household or a shop: "smith", "smiths", "joneses" (lower case, no apostrophe). */
    static boolean isSurnameOrPlural(String lower) {
        return SURNAMES.contains(lower)
                || lower.endsWith("es") && SURNAMES.contains(lower.substring(0, lower.length() - 2))
                || lower.endsWith("s") && SURNAMES.contains(lower.substring(0, lower.length() - 1));
    }

    /** A known first name, even one that is also a word ("grace"): for a name right after "16-year-old". */
    static boolean isAnyFirstName(String lower) {
        return FIRST_NAMES.contains(lower);
    }

    /** True when the words just before the mention make the person the victim ("the rape of ..."). */
    static boolean namedAsVictimOf(String text, Mention mention) {
        return VICTIM_OF_BEFORE
                .matcher(text.substring(Math.max(0, mention.start() - 30), mention.start()))
                .find();
    }

    private static final AnalysedText.Key<List<Mention>> KEY = AnalysedText.Key.named("name-mentions");

    /** The name mentions of one check's text, found once and shared by the name and contempt detectors. */
    static List<Mention> find(AnalysedText text) {
        return text.shared(KEY, t -> List.copyOf(find(t)));
    }

    static List<Mention> find(String text) {
        List<Token> tokens = tokens(text);
        List<Mention> mentions = new ArrayList<>();
        Set<String> named = new HashSet<>();
        int i = 0;
        // [0]: names passed as said to the reader, counted like mentions: the scan stays bounded; [1]: whether the post
        // gives the reader's own contact details (0 not yet known, 1 yes, 2 no), read once, at the first such name.
        int[] vocatives = {0, 0};
        while (i < tokens.size() && mentions.size() + vocatives[0] < Windows.MAX_MATCHES) {
            int consumed = tryName(text, tokens, i, mentions, named, vocatives);
            i += Math.max(consumed, 1);
        }
        loneFirstNames(text, tokens, mentions, named);
        hashtagNames(text, tokens, mentions);
        familyNames(text, tokens, mentions, named);
        namesJoinedByAnd(text, tokens, mentions, named);
        for (int m = mentions.size() - 1; m >= 0; m--) {
            Mention mention = mentions.get(m);
            if (!presentCase(text, mention.start(), mention.end())
                            && (isFamous(text, mention) || commemorated(text, mention))
                    || famousPlace(text, mention)) {
                mentions.remove(m);
                for (String word : text.substring(mention.start(), mention.end())
                        .toLowerCase(Locale.ROOT)
                        .split(" ")) {
                    named.remove(word);
                }
            }
        }
        if (!named.isEmpty()) {
            java.util.BitSet covered = new java.util.BitSet(text.length());
            for (Mention m : mentions) {
                covered.set(m.start(), m.end());
            }
            List<Mention> repeats = new ArrayList<>();
            for (int t = 0; t < tokens.size() && repeats.size() < Windows.MAX_MATCHES; t++) {
                Token token = tokens.get(t);
                if (token.capitalised()
                        && named.contains(token.lower())
                        && !covered.get(token.start())
                        && !inRole(text, tokens, t)) {
                    repeats.add(new Mention(token.start(), token.end(), true, 0.8));
                }
            }
            mentions.addAll(repeats);
        }
        return mentions;
    }

    private static int tryName(
            String text, List<Token> tokens, int i, List<Mention> mentions, Set<String> named, int[] vocatives) {
        Token first = tokens.get(i);
        boolean title = isTitle(first);
        if (!first.capitalised() && !title) {
            return upperCaseName(text, tokens, i, mentions, named);
        }
        if (title) {
            int last = i + 1;
            if (last < tokens.size()
                    && adjacent(text, first, tokens.get(last))
                    && isSurnameLike(tokens.get(last))
                    && vocative(text, first.start(), tokens.get(last).end())
                    && !contactGiven(text, vocatives)) {
                vocatives[0]++;
                return 2; // "Thank you so much, Mrs Patel." "Hi Mr Clarke, thanks for your question."
            }
            if (last < tokens.size() && adjacent(text, first, tokens.get(last)) && isInitial(text, tokens, last)) {
                int surname = skipInitials(text, tokens, last);
                if (surname > last && isSurnameLike(tokens.get(surname))) { // "Mr J Smith", "Mrs A. B. Jones"
                    mentions.add(new Mention(first.start(), tokens.get(surname).end(), false, 0.85));
                    named.add(tokens.get(surname).lower());
                    return surname - i + 1;
                }
                return 1;
            }
            if (last < tokens.size() && adjacent(text, first, tokens.get(last)) && isSurnameLike(tokens.get(last))) {
                int particle = particleSurname(text, tokens, last);
                if (particle > 0) {
                    last = particle; // "Mr Dafydd ap Gruffudd", "Mrs Ana de Souza"
                } else if (last + 1 < tokens.size()
                        && adjacent(text, tokens.get(last), tokens.get(last + 1))
                        && isSurnameLike(tokens.get(last + 1))) {
                    last++;
                }
                Token end = tokens.get(last);
                mentions.add(new Mention(first.start(), end.end(), false, 0.85));
                named.add(end.lower());
                return last - i + 1;
            }
            return 1;
        }
        if (gerundBeforeName(text, tokens, i)) {
            return 1; // "Jailing Tyler Marsh, 25, ...", "Sentencing Mark Reid": the verb is not part of the name
        }
        int nicknamed = nicknamed(text, tokens, i);
        if (nicknamed > 0) {
            mentions.add(new Mention(first.start(), tokens.get(nicknamed).end(), false, 0.85));
            named.add(first.lower());
            named.add(tokens.get(nicknamed).lower());
            return nicknamed - i + 1;
        }
        if (i + 1 >= tokens.size() || !adjacent(text, first, tokens.get(i + 1))) {
            return 1;
        }
        Token second = tokens.get(i + 1);
        if (NOT_SURNAMES.contains(first)
                || ROLES.contains(first.text())
                || (TELLING_WORD.contains(first.lower()) && !isFirstName(first))) {
            return 1; // "Victim Olusegun Adeyemi", "Mum Jess Whitlock": the name starts after the telling word
        }
        int particleEnd = particleSurname(text, tokens, i);
        if (particleEnd < 0 && isFirstName(first) && !AMBIGUOUS.contains(first.lower())) {
            if (isInitial(text, tokens, i + 1)) { // "Jane A. Smith"
                int surname = skipInitials(text, tokens, i + 1);
                particleEnd = surname > i + 1 && isSurnameLike(tokens.get(surname)) ? surname : -1;
            } else if (isUpperCaseSurname(second)) { // "John SMITH", as copied from a log
                particleEnd = i + 1;
            }
        }
        if (particleEnd > 0) {
            Token last = tokens.get(particleEnd);
            if (inRole(text, tokens, i)
                    || placeBefore(tokens, i)
                    || lookingAt(NAMED_IN_ROLE_AFTER, text, last.end(), 80)
                    || retiring(text, first.start(), last.end())) {
                return particleEnd - i + 1;
            }
            if (replyTag(text, i, first, last.end()) && !contactGiven(text, vocatives)) {
                vocatives[0]++;
                return particleEnd - i + 1;
            }
            mentions.add(new Mention(first.start(), last.end(), false, 0.85));
            named.add(first.lower());
            named.add(last.lower());
            return particleEnd - i + 1;
        }
        if (!isSurnameLike(second) && !isPlaceWordSurname(text, tokens, i)) {
            return 1;
        }
        int lastIndex = i + 1;
        if (FIRST_NAMES.contains(second)
                && i + 2 < tokens.size()
                && adjacent(text, second, tokens.get(i + 2))
                && isSurnameLike(tokens.get(i + 2))
                && isSurname(tokens.get(i + 2).lower())) {
            lastIndex = i + 2; // a middle name: "Mary Jane Smith"
        }
        Token last = tokens.get(lastIndex);
        boolean knownFirst = isFirstName(first);
        boolean knownSurname = isSurname(last.lower());
        if (!knownFirst && SURNAME_FIRST.contains(first.lower()) && isFirstName(second)) {
            knownFirst = true; // "Huang Mei": family name first, then a known given name
            knownSurname = !AMBIGUOUS.contains(second.lower());
        }
        boolean ageAfter = lookingAt(AGE_AFTER, text, last.end(), 24);
        if (!ageAfter
                && PLACES.contains(text.substring(first.start(), last.end()).toLowerCase(Locale.ROOT))
                && !strongBefore(tokens, i)
                && !tellingBefore(tokens, i, false)) {
            return lastIndex - i + 1; // "Harold Hill officers", "everyone from Tunbridge Wells": a place
        }
        if (lastIndex + 1 < tokens.size()
                && adjacent(text, last, tokens.get(lastIndex + 1))
                && tokens.get(lastIndex + 1).capitalised()
                && NOT_SURNAMES.contains(tokens.get(lastIndex + 1))
                && !FIRST_NAMES.contains(tokens.get(lastIndex + 1))) {
            return lastIndex - i + 1; // "Chelsea Flower Show", "Ben Kinsella Trust": an event or a body
        }
        if ((thingAfter(text, last.end()) || commemoratedBefore(tokens, i))
                && !ageAfter
                && !presentCase(text, first.start(), last.end())) {
            return lastIndex - i + 1; // "the Wilfred Owen memorial", "the statue of Edith Cavell": not a private person
        }
        boolean praise = !AMBIGUOUS.contains(first.lower()) || knownSurname;
        boolean telling = ageAfter || tellingBefore(tokens, i, praise) || lookingAt(HOME_AFTER, text, last.end(), 48);
        double confidence;
        if (knownFirst && !AMBIGUOUS.contains(first.lower())) {
            confidence = knownSurname || telling ? 0.9 : 0.75;
        } else if (knownFirst) {
            confidence = knownSurname && telling ? 0.85 : knownSurname ? 0.6 : telling ? 0.7 : 0;
        } else if (telling && (knownSurname || ageAfter)) {
            confidence = 0.8;
        } else if ((strongBefore(tokens, i) || lookingAt(PERSON_ONLY_AFTER, text, last.end(), 40))
                && lastIndex == i + 1
                && !followedByCapitalised(text, tokens, lastIndex)
                && !MAKES.contains(first.lower())) {
            confidence = 0.7; // "witness Tendai Moyo", "named as Ngozi Eze": two unknown words after a person's role
        } else {
            confidence = 0;
        }
        if (confidence > 0 && articleBefore(text, tokens, i) && (!knownSurname || NOT_SURNAMES.contains(last))) {
            confidence = 0; // "the Ashley Down open day": a place or a thing; "the Poppy White trial" stays a name
        }
        if (confidence > 0
                && (!knownSurname || NOT_SURNAMES.contains(last))
                && placeBefore(tokens, i)
                && !(knownFirst && possessiveAfter(text, last.end()))) {
            confidence = 0; // "volunteers in Upton St Leonards and Ashton Keynes": a place, not a person
        }
        if (confidence > 0
                && lastIndex == i + 1
                && STREET_WORDS.contains(last.lower())
                && (AMBIGUOUS.contains(first.lower())
                        || (i > 0 && ON_A_STREET.contains(tokens.get(i - 1).lower())))
                && !ageAfter
                && !strongBefore(tokens, i)
                && !tellingBefore(tokens, i, false)) {
            confidence = 0; // "found on Holly Lane", "walking up Rose Hill": a street, not a person
        }
        if (confidence > 0
                && lastIndex == i + 1
                && !ageAfter
                && !strongBefore(tokens, i)
                && (STREET_WORDS.contains(last.lower()) && lookingAt(ROAD_AFTER, text, last.end(), 80)
                        || lookingAt(AREA_AFTER, text, last.end(), 24))) {
            confidence = 0; // "Catherine Hill in Frome will be closed", "Shirley Warren residents": a place
        }
        if (confidence > 0
                && i > 0
                && adjacent(text, tokens.get(i - 1), first)
                && STREET_FIRST.contains(tokens.get(i - 1).text())) {
            confidence = 0; // "Ffordd Glyn Coch", "Heol Emrys Evans": the road's name, after the Welsh word for road
        }
        if (confidence > 0 && STREET_FIRST.contains(first.text())) {
            confidence = 0; // round 19: "Masjid Noor", "Gurdwara Singh Sabha": the word itself opens the mention
        }
        if (confidence > 0 && styleCompound(text, last)) {
            confidence = 0; // "a Harry Potter-themed quiz", "Peaky Blinders-style caps": a theme, not a person
        }
        if (confidence == 0
                || inRole(text, tokens, i)
                || lookingAt(NAMED_IN_ROLE_AFTER, text, last.end(), 80)
                || retiring(text, first.start(), last.end())) {
            return confidence == 0 ? 1 : lastIndex - i + 1;
        }
        if ((replyTag(text, i, first, last.end())
                        || !ageAfter
                                && (vocative(text, first.start(), last.end())
                                        || thankedDirectly(text, first, last.end())))
                && !contactGiven(text, vocatives)) {
            vocatives[0]++;
            return lastIndex - i + 1; // "@Mark Jones Hi Mark, ...", "Hi Gemma Ward, ...": the person the reply answers
        }
        mentions.add(new Mention(first.start(), last.end(), false, confidence));
        named.add(first.lower());
        named.add(last.lower());
        return lastIndex - i + 1;
    }

    /**
     * Round 17 (clean17): a reply that opens with the tag of the person it answers, then greets or thanks them ("@Mark
     * Jones Hi Mark. We'd love to see the doorbell footage", "Lisa Moore Hi Lisa, yes ...", "@Helen Price Sorry to hear
     * that Helen"). Facebook and X put the commenter's name first; naming them tells no one what they have not said.
     */
    private static final Pattern REPLY_TAG_AFTER = Pattern.compile("\\s{1,2}(?:Hi|Hello|Hiya|Hey|Morning|Afternoon"
            + "|Evening|Good\\s(?:morning|afternoon|evening)|Thanks|Thank\\s(?:you|u)|Many\\sthanks|Cheers|Sorry"
            + "|Apologies|We['’]?re\\s(?:so\\s|really\\s|very\\s)?sorry|We\\sare\\ssorry|Yes|No)\\b");

    /** Thanks said straight to the person, opening the sentence: "Thanks Paul Hughes for sharing", "Thank you Linda Marsh, ". */
    private static final Pattern THANKS_BEFORE = Pattern.compile(
            "(?i)(?:thanks|thank\\s(?:you|u)|many\\sthanks|cheers)(?:\\s(?:so\\smuch|again))?,?\\s{1,2}");

    private static final Pattern FOR_AFTER = Pattern.compile("\\s{1,2}for\\s");

    /**
     * Round 17 (clean17): a full name thanked directly at the start of its sentence and followed by a comma, a sentence end
     * or "for" ("Thanks Paul Hughes for sharing this", "Thank you Linda Marsh, that's lovely to hear"); "Thanks to ..."
     * is a third person and does not match.
     */
    private static boolean thankedDirectly(String text, Token first, int end) {
        int from = first.start();
        while (from > 0 && first.start() - from <= 30 && ".!?\n".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        while (from < first.start() && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        if (!THANKS_BEFORE.matcher(text).region(from, first.start()).matches()) {
            return false;
        }
        if (end >= text.length()) {
            return true;
        }
        char after = text.charAt(end);
        return after == ','
                || after == '.'
                || after == '!'
                || after == '?'
                || after == '\n'
                || lookingAt(FOR_AFTER, text, end, 8);
    }

    /**
     * Round 24 (a reply that names the person and gives their contact details): "Thanks for getting in touch, Glenys
     * Parry. We'll email you at glenys.parry@...", "Sorry to hear that, Mr Hollins. We'll call you back on 07700 ...":
     * the name said to the reader is no longer only what they said themselves, it is joined to their e-mail address or
     * number in public, so it is flagged as a person. The contact is the reader's when it is said as theirs ("email you
     * at", "call you on", "your email", "your number") with an address or digits right after; "email us at" is the
     * force's, and "see you on 3 June" is no contact.
     */
    private static final Pattern READER_CONTACT = Pattern.compile(
            "(?i)\\b(?:(?:e-?mail|call|ring|phone|text|contact|message|reach|write\\s{1,2}to"
                    + "|get\\s{1,2}back\\s{1,2}to)\\s{1,2}you(?:\\s{1,2}back)?\\s{1,2}(?:at|on)"
                    + "|your\\s{1,2}(?:e-?mail(?:\\s{1,2}address)?|(?:mobile|phone|contact|telephone)(?:\\s{1,2}number)?"
                    + "|number|address))(?:\\s{1,2}(?:is|as|of))?\\s{0,2}[:(,]?\\s{0,2}(?:[\\w.+-]{1,64}@[\\w-]{1,63}\\.|\\+?\\d)");

    private static boolean contactGiven(String text, int[] vocatives) {
        if (vocatives[1] == 0) {
            vocatives[1] = READER_CONTACT.matcher(text).find() ? 1 : 2;
        }
        return vocatives[1] == 1;
    }

    private static boolean replyTag(String text, int i, Token first, int end) {
        return i == 0
                && (first.start() == 0 || first.start() == 1 && text.charAt(0) == '@')
                && lookingAt(REPLY_TAG_AFTER, text, end, 30);
    }

    // Round 16 (pd16): a lower-case word right after two capitalised words that makes them the name of a thing: a
    // memorial, a charity, an award, a building ("the Wilfred Owen memorial", "the Rhys Jones memorial tournament",
    // "the Ruth Ellis display", "Bradley Stoke leisure centre"). A capitalised one is read by NOT_SURNAMES already.
    private static final Set<String> THING_AFTER = Set.of(
            "memorial",
            "memorials",
            "statue",
            "plaque",
            "museum",
            "exhibition",
            "display",
            "lecture",
            "award",
            "awards",
            "trust",
            "foundation",
            "fund",
            "scholarship",
            "bench",
            "cup",
            "trophy",
            "tournament",
            "festival",
            "institute",
            "leisure",
            "library",
            "academy",
            "hospital",
            "collection",
            "archive",
            "centenary");

    /** The word right after {@code end}, after one space, is one of {@link #THING_AFTER}. */
    private static boolean thingAfter(String text, int end) {
        if (end + 1 >= text.length() || text.charAt(end) != ' ' || !Character.isLowerCase(text.charAt(end + 1))) {
            return false;
        }
        int wordEnd = end + 1;
        while (wordEnd < text.length() && wordEnd - end < 14 && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        return THING_AFTER.contains(text.substring(end + 1, wordEnd));
    }

    // Round 16 (pd16): a person commemorated by a thing made for them ("the statue of Edith Cavell", "a memorial to
    // Wilfred Owen", "a blue plaque to Grace Darling", "named after Edith Smith"): a figure of history, not a private
    // person in a police matter. "In memory of" alone is not read: a recent death is named with the family's consent.
    private static final Set<String> COMMEMORATED_BEFORE = Set.of(
            "statue of",
            "statue to",
            "memorial to",
            "plaque to",
            "plaque for",
            "plaque honouring",
            "bust of",
            "portrait of",
            "named after",
            "honour of",
            "honor of",
            "birthplace of",
            "grave of");

    private static boolean commemoratedBefore(List<Token> tokens, int i) {
        return i >= 2
                && COMMEMORATED_BEFORE.contains(
                        tokens.get(i - 2).lower() + " " + tokens.get(i - 1).lower());
    }

    // Round 16 (pd16): what is said of a road or a place after a name ending in a street word ("Catherine Hill in
    // Frome will be closed to traffic"), or of an area after any two words ("Shirley Warren residents").
    private static final Pattern ROAD_AFTER = Pattern.compile("(?i)(?:\\s{1,2}in\\s{1,2}[A-Z][\\w'’-]{1,25})?,?\\s{1,2}"
            + "(?:(?:is|was|will\\s{1,2}be|has\\s{1,2}been|remains)\\s{1,2}(?:now\\s{1,2})?(?:closed|shut|blocked|"
            + "flooded|reopened|open\\s{1,2}again|one-way|gridlocked)|closed|(?:road\\s{1,2})?closure|roadworks|"
            + "diversions?)\\b");
    private static final Pattern AREA_AFTER =
            Pattern.compile("\\s{1,2}(?:residents|estate|area|ward|village|neighbourhood|community\\s{1,2}centre"
                    // Round 17 (pd17): a place's own officers, team and centre ("Harold Hill officers", "Lewis Hill
                    // SNT", "Kelly Bray town centre").
                    + "|officers|(?-i:SNT|NPT|PCSOs)|town\\s{1,2}centre|high\\s{1,2}street|magistrates['’]?)\\b");

    // Round 15: a force wishing someone a happy retirement is wishing it to its own officer or staff member ("Happy
    // retirement to Janice Kerr, who has answered the front desk phone at Stirling for 28 years", "Congratulations to
    // Dave Rees on his retirement"). "retired" alone is not enough: "John Smith, a retired teacher, was burgled".
    private static final Pattern RETIREMENT_BEFORE = Pattern.compile(
            "(?i)\\b(?:happy|long\\s{1,2}and\\s{1,2}happy|enjoy\\s{1,2}your)\\s{1,2}retirement\\s{0,2}[,!]?\\s{1,2}(?:to\\s{1,2})?$");
    // Also a retirement happening now, after a career ("Sandra Hughes, who retires today after 32 years", "... is
    // retiring after 30 years with Dyfed-Powys Police"), and good wishes "in her retirement". Not "retired after 40
    // years as a miner", which may be a victim's life story.
    private static final Pattern RETIREMENT_AFTER = Pattern.compile(
            "(?i)\\s{1,2}(?:on|in)\\s{1,2}(?:his|her|their)\\s{1,2}(?:well[- ]earned\\s{1,2}|well[- ]deserved\\s{1,2})?retirement\\b"
                    + "|,?\\s{1,2}(?:who\\s{1,2})?(?:retires|is\\s{1,2}retiring|will\\s{1,2}retire|retiring)\\s{1,2}(?:today\\s{1,2}|"
                    + "tomorrow\\s{1,2}|this\\s{1,2}(?:week|month|friday|weekend)\\s{1,2})?after\\s{1,2}(?:\\d{1,2}|"
                    + "[a-z]{3,12}(?:[- ][a-z]{3,6})?)\\s{1,2}years\\b"
                    + "|\\s{1,2}all\\s{1,2}the\\s{1,2}best\\s{1,2}(?:in|for|on)\\s{1,2}(?:his|her|their)\\s{1,2}retirement\\b");

    // A victim, suspect or harm in the retiring person's sentence ("Farmer Tom Evans, who retires this month after 40
    // years, was the victim of quad bike theft"): a member of the public's life story, unless the force's own people
    // are meant (a rank or staff title before the name, "with Gwent Police", "in our control room" after it).
    private static final Pattern RETIREE_HARMED = Pattern.compile("(?i)\\b(?:victims?|theft|thefts|stolen|stole|"
            + "burgl[a-z]{0,6}|assault(?:ed)?|attack(?:ed)?|threatened|robbed|robbery|knife|injur(?:ed|ies|y)|punched|"
            + "bitten|hurt|arrested|suspects?|charged|scammed|defrauded|conned|missing)\\b");
    private static final Pattern RETIREE_OWN = Pattern.compile("(?i)\\b(?:police|constabulary|force|our|colleagues?|"
            + "officers?|pcso|pc|sgt|sergeant|inspector|insp|constable|detective|dc|ds|supt|superintendent|"
            + "front\\s{1,2}desk|control\\s{1,2}room|call\\s{1,2}handlers?|staff)\\b");

    private static boolean retiring(String text, int start, int end) {
        if (RETIREMENT_BEFORE
                .matcher(text)
                .region(Math.max(0, start - 40), start)
                .find()) {
            return true;
        }
        java.util.regex.Matcher after = RETIREMENT_AFTER.matcher(text);
        after.region(end, Math.min(text.length(), end + 80));
        if (!after.lookingAt()) {
            return false;
        }
        int sentenceEnd = end;
        while (sentenceEnd < text.length()
                && sentenceEnd - end < 250
                && ".!?\n".indexOf(text.charAt(sentenceEnd)) < 0) {
            sentenceEnd++;
        }
        if (!RETIREE_HARMED.matcher(text).region(after.end(), sentenceEnd).find()) {
            return true;
        }
        int sentenceStart = start;
        while (sentenceStart > 0 && start - sentenceStart < 40 && ".!?\n".indexOf(text.charAt(sentenceStart - 1)) < 0) {
            sentenceStart--;
        }
        return RETIREE_OWN
                .matcher(text)
                .region(sentenceStart, Math.min(sentenceEnd, after.end() + 60))
                .find();
    }

    /** {@code TITLES.contains(token.text())}; every title starts with "M", so other words need no string. */
    private static boolean isTitle(Token token) {
        return token.post.charAt(token.start()) == 'M' && TITLES.contains(token.text());
    }

    private static boolean lookingAt(Pattern pattern, String text, int from, int window) {
        java.util.regex.Matcher m = pattern.matcher(text);
        m.region(from, Math.min(text.length(), from + window));
        return m.lookingAt();
    }

    // Surname particles: "Oisín Ó Briain", "Aoife Ní Bhriain", "Lucas van der Berg", "Ana de Souza"; Welsh "ab" before
    // a vowel and "ferch" (daughter of): "Owain ab Iorwerth", "Lowri ferch Gwyn"; "Marie du Pont", "Huda bint Khalid".
    private static final Set<String> PARTICLES = Set.of(
            "Ó", "O", "Ní", "Ni", "Nic", "Mac", "Ua", "de", "da", "di", "dos", "das", "van", "von", "der", "den", "bin",
            "ibn", "ap", "De", "Van", "Von", "Da", "Di", "ab", "ferch", "verch", "du", "Du", "del", "Del", "della",
            "bint", "al", "el");

    /**
     * A known first name, one or two surname particles, then a capitalised word: the index of that word, or -1.
     */
    private static int particleSurname(String text, List<Token> tokens, int i) {
        if (!isFirstName(tokens.get(i)) || AMBIGUOUS.contains(tokens.get(i).lower())) {
            return -1;
        }
        int k = i + 1;
        int particles = 0;
        while (k < tokens.size()
                && particles < 2
                && PARTICLES.contains(tokens.get(k).text())
                && adjacent(text, tokens.get(k - 1), tokens.get(k))) {
            particles++;
            k++;
        }
        if (particles == 0 || k >= tokens.size() || !adjacent(text, tokens.get(k - 1), tokens.get(k))) {
            return -1;
        }
        return isSurnameLike(tokens.get(k)) ? k : -1;
    }

    /**
     * A middle or first initial: one capital letter followed by a space or a full stop, then the next word. "A" and
     * "I" count only with a full stop ("Jane A. Smith"), as they are also words.
     */
    private static boolean isInitial(String text, List<Token> tokens, int k) {
        if (k + 1 >= tokens.size()) {
            return false;
        }
        Token token = tokens.get(k);
        if (token.end() - token.start() != 1 || !Character.isUpperCase(text.charAt(token.start()))) {
            return false;
        }
        String gap = text.substring(token.end(), tokens.get(k + 1).start());
        boolean dotted = gap.equals(".") || gap.equals(". ") || gap.equals(".  ");
        char letter = text.charAt(token.start());
        return dotted || ((gap.equals(" ") || gap.equals("  ")) && letter != 'A' && letter != 'I');
    }

    /** The index of the word after at most two initials from {@code k}. */
    private static int skipInitials(String text, List<Token> tokens, int k) {
        int n = 0;
        while (n < 2 && isInitial(text, tokens, k)) {
            k++;
            n++;
        }
        return k;
    }

    /**
     * "MISSING: JANE SMITH": a known first name and a listed surname, both in capitals. Everyday words in capitals
     * ("GRACE ROAD") are left alone: the first name must not be ambiguous and the surname must be on the list.
     */
    private static int upperCaseName(
            String text, List<Token> tokens, int i, List<Mention> mentions, Set<String> named) {
        Token first = tokens.get(i);
        if (i + 1 < tokens.size() && Character.isLowerCase(text.charAt(first.start()))) {
            return lowerCaseName(text, tokens, i, mentions, named);
        }
        if (i + 1 >= tokens.size()
                || first.end() - first.start() < 2
                || !Character.isUpperCase(text.charAt(first.start()))
                || !Character.isUpperCase(text.charAt(first.start() + 1))) {
            return 1;
        }
        Token second = tokens.get(i + 1);
        if (!adjacent(text, first, second)
                || !isAllUpperCase(first.text())
                || !isAllUpperCase(second.text())
                || !FIRST_NAMES.contains(first)
                || AMBIGUOUS.contains(first.lower())
                || !SURNAMES.contains(second)
                || NOT_SURNAMES.contains(second)
                || inRole(text, tokens, i)) {
            return 1;
        }
        mentions.add(new Mention(first.start(), second.end(), false, 0.8));
        named.add(first.lower());
        named.add(second.lower());
        return 2;
    }

    /**
     * "anyone know tariq mahmood": a name typed in lower case, in a reply. Only a known first name that is not also a
     * word, then a listed surname that is not a word either ("will smith", "amber green" are left alone).
     */
    private static int lowerCaseName(
            String text, List<Token> tokens, int i, List<Mention> mentions, Set<String> named) {
        Token first = tokens.get(i);
        Token second = tokens.get(i + 1);
        if (first.end() - first.start() < 3
                || second.end() - second.start() < 3
                || !Character.isLowerCase(text.charAt(second.start()))
                || !adjacent(text, first, second)
                || !FIRST_NAMES.contains(first)
                || AMBIGUOUS.contains(first.lower())
                || !SURNAMES.contains(second)
                || NOT_SURNAMES.contains(second)
                || !first.text().equals(first.lower())
                || !second.text().equals(second.lower())
                || (i > 0 && (text.charAt(first.start() - 1) == '@' || text.charAt(first.start() - 1) == '#'))) {
            return 1;
        }
        mentions.add(new Mention(first.start(), second.end(), false, 0.7));
        return 2;
    }

    private static boolean isAllUpperCase(String word) {
        for (int k = 0; k < word.length(); k++) {
            if (Character.isLowerCase(word.charAt(k))) {
                return false;
            }
        }
        return word.length() >= 2;
    }

    /** "SMITH", "BĄK", "NOWAK": a known surname (or a surname's shape) in capitals. */
    private static boolean isUpperCaseSurname(Token token) {
        String word = token.text();
        if (word.length() < 2) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (Character.isLowerCase(c)) {
                return false;
            }
        }
        return isSurname(token.lower()) && !NOT_SURNAMES.contains(token);
    }

    // Words right before a lone first name that make it a child's name: "schoolboy Alfie", "toddler Ruby-Mae".
    private static final Set<String> CHILD_BEFORE = Set.of(
            "schoolboy",
            "schoolgirl",
            "toddler",
            "tot",
            "baby",
            "little",
            "youngster",
            "boy",
            "girl",
            "son",
            "daughter",
            "grandson",
            "granddaughter",
            "teenager",
            "pupil");
    private static final Set<String> NOT_A_CHILD = Set.of("jesus", "christ", "moses");

    // Round 9: a lower-case ending joined to the last word makes the name an adjective for a theme or a look.
    private static final Set<String> STYLE_ENDINGS =
            Set.of("themed", "theme", "style", "styled", "inspired", "esque", "shaped", "branded", "like", "lookalike");

    /** "Potter-themed", "Blinders-style": the word ends in a hyphen and one of {@link #STYLE_ENDINGS}. */
    private static boolean styleCompound(String text, Token last) {
        String word = text.substring(last.start(), last.end());
        int hyphen = word.lastIndexOf('-');
        return hyphen > 0 && STYLE_ENDINGS.contains(word.substring(hyphen + 1));
    }

    // Round 16 (clean16): a public figure by what is said around the name rather than by a list. A statue, bronze, bust
    // or plaque of the person ("the new bronze of Ellen Wilkinson", "the Robert Burns statue", "a blue plaque to Mary
    // Prince"): public monuments are raised to public figures.
    private static final Pattern MONUMENT_BEFORE = Pattern.compile(
            "(?i)\\b(?:statue|bronze|bust|sculpture|mural|"
                    + "(?:blue\\s{1,2})?plaque)\\s{1,2}(?:of|to|for|honouring|celebrating)\\s{1,2}(?:the\\s{1,2}(?:late\\s{1,2})?)?$");
    private static final Pattern MONUMENT_AFTER = Pattern.compile(
            "(?i)(?:['’]s)?\\s{1,2}(?:statue|bronze|bust|" + "sculpture|monument|mural|blue\\s{1,2}plaque)\\b");
    // ... or the person placed in history by a year before 1930 in the same sentence, said with a preposition
    // ("sworn in as a police officer in 1919", "based there from 1749") or as a lifespan "(1820-1910)": no one a
    // force would protect as a private individual was an adult then. Not a log number ("incident 1223 of 20 March"),
    // a sum or a distance, nor a birth or a life still going on ("born in 1928", "has lived there since 1925").
    private static final Pattern HISTORIC_YEAR = Pattern.compile(
            "(?i)(?<!\\bborn\\s{1,2})\\b(?:in|from|circa|"
                    + "around|year|during)\\s{1,2}(?:the\\s{1,2}(?:year\\s{1,2})?)?(?:1[0-8]\\d\\d|19[0-2]\\d)\\b(?!\\s{0,2}(?:of\\b|[/:.,]\\d|-\\d|"
                    + "mph|km|miles|metres|m\\b|cc\\b|hours|people|officers|calls))"
                    + "|\\(\\s{0,2}(?:c\\.\\s{0,2}|b\\.\\s{0,2})?1\\d{3}\\s{0,2}[-\\u2013]\\s{0,2}(?:1\\d{3}|20[0-2]\\d)\\s{0,2}\\)");
    private static final int HISTORY_REACH = 160; // characters either side of the name, inside its sentence

    private static boolean commemorated(String text, Mention m) {
        if (m.repeat()) {
            return false;
        }
        int from = Math.max(0, m.start() - 40);
        if (MONUMENT_BEFORE.matcher(text).region(from, m.start()).find()
                || MONUMENT_AFTER
                        .matcher(text)
                        .region(m.end(), Math.min(text.length(), m.end() + 24))
                        .lookingAt()) {
            return true;
        }
        int start = sentenceStartWithin(text, m.start());
        int end = sentenceEndWithin(text, m.end());
        return HISTORIC_YEAR.matcher(text).region(start, end).find();
    }

    /**
     * review16: someone alive now and part of what happened: an age right after the name, or a crime, its parties, a
     * missing person, a family devastated or a birthday in the sentence ("a mural of Kayden Smith, 15, ... was
     * defaced", "Jack Russell, 34, of Leeds, has been charged", "Doris Green ... turns 100 today"). A famous name, a
     * memorial or a year long ago does not make such a person a public figure: asked once per mention, before isFamous
     * and commemorated ("George Best, 19, was attacked").
     */
    private static boolean presentCase(String text, int start, int end) {
        return lookingAt(AGE_AFTER, text, end, 24)
                || PRESENT_CASE
                        .matcher(text)
                        .region(sentenceStartWithin(text, start), sentenceEndWithin(text, end))
                        .find();
    }

    private static int sentenceStartWithin(String text, int at) {
        int start = at;
        while (start > 0 && at - start < HISTORY_REACH && ".!?\n".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        return start;
    }

    private static int sentenceEndWithin(String text, int at) {
        int end = at;
        while (end < text.length() && end - at < HISTORY_REACH && ".!?\n".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return end;
    }

    // A person given an age, or a crime and its parties, in the sentence: someone alive now, whatever year is named
    // ("Jane Smith, 34, was attacked near the statue unveiled in 1905").
    private static final Pattern PRESENT_CASE = Pattern.compile("(?i)\\b(?:year-old|aged|victims?|witness(?:es)?|"
            + "attacked|assaulted|robbed|stabbed|punched|burgled|scammed|conned|defrauded|injured|missing|arrested|"
            + "charged|wanted|suspects?|appeal|devastated|birthday|turns\\s{1,2}100)\\b");

    // Round 17 (clean17): a hill said as a place right before its name ("the missing walker on Ben Macdui", "heading up
    // Ben Nevis", "from the summit of Ben Lawers").
    private static final Pattern PLACE_WORD_BEFORE = Pattern.compile("(?i)\\b(?:on|up|near|climb(?:ing|ed)?"
            + "|descend(?:ing|ed)?|(?:summit|top|slopes?|foot|side|flanks?)\\s{1,2}of)\\s{1,2}$");

    /**
     * Round 17 (clean17): a famous name said as a place ({@link #PLACE_WORD_BEFORE}) is the hill, whatever happened on
     * it ("A climber injured on Ben Lomond was airlifted"), unless an age follows ("Ben Hope, 23, was charged").
     */
    private static boolean famousPlace(String text, Mention m) {
        if (m.start() < 3 || !isFamous(text, m) || lookingAt(AGE_AFTER, text, m.end(), 24)) {
            return false;
        }
        return PLACE_WORD_BEFORE
                .matcher(text)
                .region(Math.max(0, m.start() - 24), m.start())
                .find();
    }

    /** "Dick Turpin", "Edward R. Murrow": the first and last words of the mention name a famous person. */
    private static boolean isFamous(String text, Mention m) {
        String name = text.substring(m.start(), m.end());
        int firstSpace = name.indexOf(' ');
        int lastSpace = name.lastIndexOf(' ');
        if (firstSpace < 0) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return FAMOUS.contains(lower)
                || FAMOUS.contains(lower.substring(0, firstSpace) + " " + lower.substring(lastSpace + 1));
    }

    // Words right before a lone first name that say who the person is to the post: "her brother Harrison", "his
    // owner Ciara", "missing teenager Keeley", "15-year-old Kofi".
    private static final Set<String> PERSON_BEFORE = Set.of(
            "year-old",
            "brother",
            "sister",
            "nephew",
            "niece",
            "cousin",
            "wife",
            "husband",
            "mum",
            "dad",
            "mother",
            "father",
            "grandmother",
            "grandfather",
            "grandma",
            "grandad",
            "grandpa",
            "gran",
            "nan",
            "nana",
            "owner",
            "victim",
            "witness",
            "neighbour",
            "granny",
            "stepson",
            "stepdaughter",
            "twins",
            "sisters",
            "brothers",
            // Round 14: partners, exes and a parent's "lad" ("your lad Mason", "her ex Nicola", "his partner
            // Shelley", "their carer Bronwen").
            "lad",
            "lass",
            "ex",
            "partner",
            "boyfriend",
            "girlfriend",
            "fiance",
            "fiancé",
            "fiancee",
            "fiancée",
            "carer",
            "stepdad",
            "stepmum",
            "stepfather",
            "stepmother");
    // "a grandmother called Doreen", "a lad named Callum": a person word shortly before "called" or "named".
    private static final Set<String> PERSON_NOUN = Set.of(
            "man",
            "woman",
            "boy",
            "girl",
            "lad",
            "lass",
            "bloke",
            "chap",
            "guy",
            "person",
            "someone",
            "somebody",
            "grandmother",
            "grandfather",
            "pensioner",
            "teenager",
            "teen",
            "child",
            "kid",
            "toddler",
            "son",
            "daughter",
            "mother",
            "father",
            "friend",
            "neighbour",
            "gentleman",
            "lady",
            "student",
            "pupil",
            "resident",
            "driver",
            "victim",
            "witness",
            // Round 14: "she's called Maisie", "he is named Kofi".
            "she",
            "he",
            // Round 14: members of the public by what they were doing ("a passer-by called Imran", "a dog walker
            // called Norman", "the shopper named Rosalind").
            "passer-by",
            "passerby",
            "cyclist",
            "motorist",
            "pedestrian",
            "shopper",
            "customer",
            "walker",
            "jogger",
            "runner",
            "tenant",
            "nurse",
            "volunteer");

    /**
     * A known first name on its own where the words around it make it a person's: after a word for a child or a
     * relation ("little Alfie", "her brother Harrison"), after "a woman called", after "first name's", or with an
     * age right after ("Margaret, 84,", "Ellie-Mae (7)").
     */
    private static void loneFirstNames(String text, List<Token> tokens, List<Mention> mentions, Set<String> named) {
        for (int t = 0; t < tokens.size() && mentions.size() < Windows.MAX_MATCHES; t++) {
            Token token = tokens.get(t);
            if (!Character.isUpperCase(text.charAt(token.start()))
                    || !token.capitalised()
                    || !isFirstName(token)
                    || AMBIGUOUS.contains(token.lower()) && !ambiguousAfterRelation(text, tokens, t)
                    || NOT_A_CHILD.contains(token.lower())
                    || followedByCapitalised(text, tokens, t)
                    || covered(mentions, token.start())
                    || inRole(text, tokens, t)
                    || !loneNameContext(text, tokens, t)
                    || namesAnAnimal(tokens, t)) {
                continue;
            }
            mentions.add(new Mention(token.start(), token.end(), false, 0.7));
            named.add(token.lower());
        }
    }

    // Round 14: first names that are also months or a verb stay out even after a relation ("mum May 2024").
    private static final Set<String> NEVER_LONE = Set.of("will", "may", "june", "april", "august");

    /**
     * Round 14: a first name that is also a word ("Poppy", "Grace", "Jack") right after a child or relation word
     * written in lower case ("little Poppy", "her sister Grace", "owner Jack"): the capital mid-sentence makes it a
     * name. Not after "Little" with a capital ("Little Chester" is a place).
     */
    private static boolean ambiguousAfterRelation(String text, List<Token> tokens, int t) {
        if (t == 0 || NEVER_LONE.contains(tokens.get(t).lower())) {
            return false;
        }
        Token before = tokens.get(t - 1);
        String lower = before.lower();
        return (CHILD_BEFORE.contains(lower) || PERSON_BEFORE.contains(lower))
                && Character.isLowerCase(text.charAt(before.start()))
                && adjacent(text, before, tokens.get(t));
    }

    // Round 14: "call Gary on 07...", "text Debbie on (07700) ...": a first name to ring on a number.
    private static final Set<String> CALL_BEFORE = Set.of("call", "ring", "text", "phone", "contact", "message");
    private static final Pattern ON_A_NUMBER = Pattern.compile("\\s{1,2}on\\s{1,2}[(+0]");
    // Round 14: "Hamish was born on ...", "Ellie, born 2009,": a first name with its birth.
    private static final Pattern BORN_AFTER = Pattern.compile("\\s{1,2}(?:was|is)\\s{1,2}born\\b|,\\s{0,2}born\\b");

    private static boolean loneNameContext(String text, List<Token> tokens, int t) {
        Token token = tokens.get(t);
        if (t > 0
                && CALL_BEFORE.contains(tokens.get(t - 1).lower())
                && adjacent(text, tokens.get(t - 1), token)
                && lookingAt(ON_A_NUMBER, text, token.end(), 8)
                && !organisationNumberAfter(text, token.end())) {
            return true;
        }
        if (lookingAt(BORN_AFTER, text, token.end(), 12) && !animalBefore(tokens, t)) {
            return true;
        }
        if (t > 0 && appositive(text, tokens.get(t - 1), token)) {
            String before = tokens.get(t - 1).lower();
            if ((CHILD_BEFORE.contains(before) && !before.equals("little")) || PERSON_BEFORE.contains(before)) {
                return true; // "her son, Harrison, was ...", "the owner, Ciara, has ..."
            }
        }
        if (t > 0 && adjacent(text, tokens.get(t - 1), token)) {
            String before = tokens.get(t - 1).lower();
            if (CHILD_BEFORE.contains(before) || PERSON_BEFORE.contains(before) || before.contains("-of-")) {
                return true; // "her brother Harrison", "mum-of-two Jade"
            }
            if (t > 1 && LONE_PAIR.contains(tokens.get(t - 2).lower() + " " + before)) {
                return true; // "the family of Jayden", "named locally as Precious"
            }
            if ((before.equals("called") || before.equals("named")) && personNounBefore(tokens, t - 1)) {
                return true;
            }
            if (t > 1
                    && tokens.get(t - 2).lower().equals("name")
                    && (before.equals("is") || before.equals("was") || before.equals("s"))) {
                return true; // "his first name's Kyle", "her name is Aleksandra"
            }
        }
        if (possessiveAfter(text, token.end())
                && t + 2 < tokens.size()
                && tokens.get(t + 1).lower().equals("s")
                && (RELATION_AFTER.contains(tokens.get(t + 2).lower())
                        || BELONGING_AFTER.contains(tokens.get(t + 2).text()) && !saintBefore(tokens, t))
                && !animalBefore(tokens, t)) {
            return true; // "Jayden's mum has asked us to share this", "Gemma's purse was snatched"
        }
        return (lookingAt(LONE_AGE_AFTER, text, token.end(), 16) || schoolYearAfter(text, token.end()))
                && !placeBefore(tokens, t)
                && !animalBefore(tokens, t);
    }

    // Round 19 (blind19b): a school year right after a first name ("Isla in Year 3 at St Anne's", "Ellie
    // (Year 4)", "Amir, a Year 9 pupil", "Ciara in P6", "Callum, S2,"): the name is a pupil's, a child's.
    private static final Pattern SCHOOL_YEAR_AFTER = Pattern.compile("\\s{0,2}(?:,\\s{0,2}|\\(\\s{0,2})?"
            + "(?:(?:from|in|of)\\s{1,2}|an?\\s{1,2})?(?:(?i:year|yr)\\s{0,2}(?:1[0-3]|[1-9])|P[1-7]|S[1-6])\\b");

    /** A school year said right after a name ending at {@code end}: see SCHOOL_YEAR_AFTER. */
    static boolean schoolYearAfter(String text, int end) {
        return lookingAt(SCHOOL_YEAR_AFTER, text, end, 24);
    }

    // Two words before a lone first name that make it a person's: what happened to them, or who they were named as.
    private static final Set<String> LONE_PAIR = Set.of(
            "family of",
            "families of",
            "memory of",
            "death of",
            "murder of",
            "killing of",
            "disappearance of",
            "named as",
            "locally as",
            "identified as",
            "tributes to");
    // "Jayden's mum", "Aleksy's family": a lone first name owning a relative is a person's.
    private static final Set<String> RELATION_AFTER = Set.of(
            "mum",
            "dad",
            "mother",
            "father",
            "parents",
            "family",
            "brother",
            "sister",
            "wife",
            "husband",
            "partner",
            "nan",
            "gran",
            "grandparents",
            "grandmother",
            "grandfather",
            "son",
            "daughter",
            "children",
            "kids",
            "friends",
            "girlfriend",
            "boyfriend",
            "school",
            "teachers",
            "carers");

    // Round 14: "Gemma's purse", "Derek's van", "Lily's bike": a lone first name owning a personal thing, written in
    // lower case ("Jack's Café" is a business, "St Mary's home" a saint's).
    private static final Set<String> BELONGING_AFTER = Set.of(
            "purse",
            "handbag",
            "bag",
            "wallet",
            "phone",
            "mobile",
            "bike",
            "bicycle",
            "car",
            "van",
            "moped",
            "scooter",
            "house",
            "home",
            "flat",
            "garden",
            "shed",
            "keys",
            "laptop",
            "jewellery",
            "bedroom");

    /** "St George's", "Saint Mary's": the word before the name is a saint's title. */
    private static boolean saintBefore(List<Token> tokens, int t) {
        if (t == 0) {
            return false;
        }
        String before = tokens.get(t - 1).text();
        return before.equals("St") || before.equals("Saint") || before.equals("Ste");
    }

    // "Margaret, 84, from ...", "Ellie-Mae (7)", "Dev, aged 9,": an age right after a lone first name.
    private static final Pattern LONE_AGE_AFTER = Pattern.compile(
            ",\\s{0,2}(?:aged\\s{1,2})?\\d{1,2}\\s{0,2}[,;)]|\\s{0,2}\\(\\s{0,2}(?:aged\\s{1,2})?\\d{1,2}\\s{0,2}\\)"
                    + "|,?\\s{1,2}aged\\s{1,2}\\d{1,2}\\b");

    /** "son, Harrison, was": a comma between the two words and another comma or a bracket right after the name. */
    private static boolean appositive(String text, Token before, Token name) {
        if (!text.substring(before.end(), name.start()).equals(", ")) {
            return false;
        }
        int after = name.end();
        return after < text.length() && (text.charAt(after) == ',' || text.charAt(after) == ')');
    }

    /**
     * "the Okafor family", "the Nowakowski family's car": a listed surname (or a surname's shape) between "the" and
     * "family" is a private household's name.
     */
    private static void familyNames(String text, List<Token> tokens, List<Mention> mentions, Set<String> named) {
        for (int t = 1; t + 1 < tokens.size() && mentions.size() < Windows.MAX_MATCHES; t++) {
            Token token = tokens.get(t);
            Token next = tokens.get(t + 1);
            if (next.end() - next.start() != 6
                    || !text.regionMatches(true, next.start(), "family", 0, 6)
                    || !tokens.get(t - 1).lower().equals("the")
                    || !token.capitalised()
                    || !isSurname(token.lower())
                    || NOT_SURNAMES.contains(token)
                    || FAMOUS_FAMILIES.contains(token.lower())
                    || !adjacent(text, tokens.get(t - 1), token)
                    || !adjacent(text, token, next)
                    || covered(mentions, token.start())
                    || namedInRoleNear(text, tokens, t)) {
                continue;
            }
            mentions.add(new Mention(token.start(), token.end(), false, 0.75));
            named.add(token.lower());
        }
    }

    /**
     * Round 17 (clean17): the family's surname is an officer's named in role in the post ("PC Dawson retires today ...
     * more time with the Dawson family", "his handler PC Owens and the Owens family"), up to {@link #PET_REACH} tokens
     * either side: the officer's own household, not a member of the public.
     */
    private static boolean namedInRoleNear(String text, List<Token> tokens, int t) {
        String surname = tokens.get(t).lower();
        for (int k = Math.max(1, t - PET_REACH); k < Math.min(tokens.size(), t + PET_REACH); k++) {
            if (k != t
                    && tokens.get(k).lower().equals(surname)
                    && (inRole(text, tokens, k) || inRole(text, tokens, k - 1) && isFirstName(tokens.get(k - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> FAMOUS_FAMILIES = Set.of("royal", "addams", "simpson", "kennedy", "windsor");

    private static final Set<String> ANIMALS = Set.of("dog", "dogs", "pd", "horse", "pony", "pup", "puppy", "cat");

    /**
     * mend14b: the number after "on" is an organisation's (03, 08, 09: "text John on 0300 999 1234"), which the phone
     * check lets through, so it does not make the name before it a person's to ring.
     */
    private static boolean organisationNumberAfter(String text, int from) {
        int i = text.indexOf("on", from);
        if (i < 0 || i > from + 4) {
            return false;
        }
        i += 2;
        int end = Math.min(text.length(), i + 8);
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '(')) {
            i++;
        }
        if (text.startsWith("+44", i)) {
            i += 3;
        } else if (text.startsWith("0044", i)) {
            i += 4;
        } else if (i < text.length() && text.charAt(i) == '0') {
            i++;
        } else {
            return false;
        }
        while (i < text.length()
                && i < end + 4
                && (text.charAt(i) == ' ' || text.charAt(i) == '(' || text.charAt(i) == ')')) {
            i++;
        }
        return i < text.length() && (text.charAt(i) == '3' || text.charAt(i) == '8' || text.charAt(i) == '9');
    }

    private static boolean animalBefore(List<Token> tokens, int t) {
        for (int k = t - 1; k >= Math.max(0, t - 3); k--) {
            if (ANIMALS.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    // Round 14 (fix14a): praise for an animal ("Good boy Bruno", "clever girl Luna").
    private static final Set<String> PRAISE = Set.of("good", "clever", "brave", "best", "goodest");
    private static final int PET_REACH = 80; // tokens either side: a post's length, and no quadratic scan of 64 KB
    private static final Set<String> ANIMAL_POST = Set.of("canine", "paws", "pooch", "kennel", "kennels");

    /** Words between a name and the animal it names: "Poppy the police horse", "Max, our new police dog". */
    private static final Set<String> ANIMAL_LEAD = Set.of("the", "our", "a", "police", "force", "new", "retired");

    /**
     * Round 14: a first name the post gives to an animal, not a person's. Right after "PH" ("PH Poppy"); followed by
     * the animal within a few words ("little Poppy the police horse"); the same name straight after "PD", "dog" or
     * "pony" within 80 words ("PD Bruno had a busy nightshift ... Good boy Bruno"); or "good boy/girl" before it in a
     * post that speaks of a dog or a horse. A child praised as "good girl Ruby" in a post with no animal stays a name.
     */
    private static boolean namesAnAnimal(List<Token> tokens, int t) {
        if (t > 0 && tokens.get(t - 1).lower().equals("ph")) {
            return true;
        }
        if (animalNamedAfter(tokens, t)) {
            return true;
        }
        String name = tokens.get(t).lower();
        boolean praised = t >= 2
                && (tokens.get(t - 1).lower().equals("boy")
                        || tokens.get(t - 1).lower().equals("girl"))
                && PRAISE.contains(tokens.get(t - 2).lower());
        for (int k = Math.max(0, t - PET_REACH), to = Math.min(tokens.size(), t + PET_REACH); k < to; k++) {
            String w = tokens.get(k).lower();
            if (k > 0 && w.equals(name) && ANIMALS.contains(tokens.get(k - 1).lower())) {
                return true; // includes "PD" right before this very name
            }
            if (praised && (ANIMALS.contains(w) || ANIMAL_POST.contains(w))) {
                return true;
            }
        }
        return false;
    }

    /** "Poppy the police horse": the animal within four words after the name, past lead words only. */
    private static boolean animalNamedAfter(List<Token> tokens, int t) {
        for (int k = t + 1; k < Math.min(tokens.size(), t + 5); k++) {
            String w = tokens.get(k).lower();
            if (ANIMALS.contains(w)) {
                return k > t + 1; // "Poppy the police horse"; not "Poppy horse-riding"
            }
            if (!ANIMAL_LEAD.contains(w)) {
                return false;
            }
        }
        return false;
    }

    private static boolean personNounBefore(List<Token> tokens, int called) {
        for (int k = called - 1; k >= Math.max(0, called - 3); k--) {
            if (ANIMALS.contains(tokens.get(k).lower())) {
                return false;
            }
            if (PERSON_NOUN.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "Shauna Petrie's home": a possessive right after two words makes a known first name a person's. */
    private static boolean possessiveAfter(String text, int end) {
        return end + 1 < text.length()
                && (text.charAt(end) == '\'' || text.charAt(end) == '’')
                && (text.charAt(end + 1) == 's' || text.charAt(end + 1) == 'S')
                && (end + 2 == text.length() || !Character.isLetter(text.charAt(end + 2)));
    }

    /**
     * First names joined by "and", "or" or "&" to a name already found share its surname or its context: "Callum or
     * Jodie Fairbrother", "Ollie, Finn and Amy Marsh", "Jodie Fairbrother and Callum".
     */
    private static void namesJoinedByAnd(String text, List<Token> tokens, List<Mention> mentions, Set<String> named) {
        int found = mentions.size();
        for (int m = 0; m < found && mentions.size() < Windows.MAX_MATCHES; m++) {
            Mention mention = mentions.get(m);
            int first = tokenAt(tokens, mention.start(), true);
            int last = tokenAt(tokens, mention.end(), false);
            if (first < 0 || last < 0) {
                continue;
            }
            // backwards: "Ollie, Finn and [Amy Marsh]"
            int k = first;
            String joint = "and";
            for (int n = 0; n < 3 && k > 0; n++) {
                int c = joined(text, tokens, k - 1, k, joint);
                if (c < 0 || !loneJoinedName(text, tokens, mentions, c)) {
                    break;
                }
                mentions.add(new Mention(tokens.get(c).start(), tokens.get(c).end(), false, 0.75));
                named.add(tokens.get(c).lower());
                k = c;
                joint = ",";
            }
            // forwards: "[Jodie Fairbrother] and Callum"
            if (last + 1 < tokens.size()) {
                int c = last + 1;
                String gap = text.substring(
                                tokens.get(last).end(), tokens.get(c).start())
                        .strip();
                boolean and = gap.equals("&")
                        || (gap.isEmpty()
                                && (tokens.get(c).lower().equals("and")
                                        || tokens.get(c).lower().equals("or"))
                                && ++c < tokens.size()
                                && adjacent(text, tokens.get(c - 1), tokens.get(c)));
                if (and && c < tokens.size() && loneJoinedName(text, tokens, mentions, c)) {
                    mentions.add(
                            new Mention(tokens.get(c).start(), tokens.get(c).end(), false, 0.75));
                    named.add(tokens.get(c).lower());
                } else if (and && c + 1 < tokens.size() && joinedFullName(text, tokens, mentions, c)) {
                    Token second = tokens.get(c + 1);
                    mentions.add(new Mention(tokens.get(c).start(), second.end(), false, 0.8));
                    named.add(tokens.get(c).lower());
                    named.add(second.lower());
                }
            }
        }
    }

    /**
     * The index of the token starting (or, with {@code start} false, ending) at {@code at}, or -1. Tokens do not
     * overlap, so their starts and ends both rise: a binary search instead of a pass over the post per mention.
     */
    private static int tokenAt(List<Token> tokens, int at, boolean start) {
        int low = 0;
        int high = tokens.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int value = start ? tokens.get(mid).start() : tokens.get(mid).end();
            if (value < at) {
                low = mid + 1;
            } else if (value > at) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /**
     * The index of the word joined to token {@code k} from before by {@code joint} ("and"/"or"/"&" or a comma), or -1.
     */
    private static int joined(String text, List<Token> tokens, int before, int k, String joint) {
        Token word = tokens.get(before);
        String gap = text.substring(word.end(), tokens.get(k).start()).strip();
        if (joint.equals(",")) {
            return gap.equals(",") ? before : (gap.isEmpty() ? joined(text, tokens, before, k, "and") : -1);
        }
        if (gap.equals("&")) {
            return before;
        }
        if (gap.isEmpty()
                && (word.lower().equals("and") || word.lower().equals("or"))
                && before > 0
                && adjacent(text, tokens.get(before - 1), word)) {
            return before - 1;
        }
        return -1;
    }

    /**
     * Round 24 (a second full name joined by "and"): after a full name found, "and" and two capitalised words, one a
     * known first name or the other a known surname, are a second person ("Thanks to Graham Lowe and Priti Desai, two
     * shoppers ..."), even when the first name is one no list holds. Not a rank or role before them ("and Sgt Priti
     * Desai"), not a place ("and Tunbridge Wells"), not a body or a firm ("and Neighbourhood Watch", "and Tesco
     * Express": one of the words is no surname), and not three capitalised words in a row.
     */
    private static boolean joinedFullName(String text, List<Token> tokens, List<Mention> mentions, int c) {
        Token first = tokens.get(c);
        Token second = tokens.get(c + 1);
        return Character.isUpperCase(text.charAt(first.start()))
                && first.capitalised()
                && adjacent(text, first, second)
                && isSurnameLike(first)
                && isSurnameLike(second)
                && !isTitle(first)
                && !TELLING_WORD.contains(first.lower())
                && (isFirstName(first) && !AMBIGUOUS.contains(first.lower()) || SURNAMES.contains(second.lower()))
                && !PLACES.contains(text.substring(first.start(), second.end()).toLowerCase(Locale.ROOT))
                && !covered(mentions, first.start())
                && !covered(mentions, second.start())
                && !inRole(text, tokens, c)
                && !placeBefore(tokens, c)
                && !animalBefore(tokens, c)
                && !(c + 2 < tokens.size()
                        && adjacent(text, second, tokens.get(c + 2))
                        && tokens.get(c + 2).capitalised());
    }

    private static boolean loneJoinedName(String text, List<Token> tokens, List<Mention> mentions, int c) {
        Token token = tokens.get(c);
        return Character.isUpperCase(text.charAt(token.start()))
                && token.capitalised()
                && isFirstName(token)
                && !AMBIGUOUS.contains(token.lower())
                && !NOT_A_CHILD.contains(token.lower())
                && !covered(mentions, token.start())
                && !inRole(text, tokens, c)
                && !placeBefore(tokens, c)
                && !animalBefore(tokens, c)
                && !(c + 1 < tokens.size()
                        && adjacent(text, token, tokens.get(c + 1))
                        && tokens.get(c + 1).capitalised());
    }

    /**
     * Round 16: a capitalised verb in -ing that is no first name, right before a known first name ("Jailing Tyler
     * Marsh, 25, the judge said ...", "Sentencing Mark Reid, 41, to four years"): the name starts after it, so the
     * court-result reading sees "Tyler Marsh" and the frame after it.
     */
    private static boolean gerundBeforeName(String text, List<Token> tokens, int i) {
        Token first = tokens.get(i);
        String lower = first.lower();
        return lower.length() > 5
                && lower.endsWith("ing")
                && !isFirstName(first)
                && i + 1 < tokens.size()
                && adjacent(text, first, tokens.get(i + 1))
                && isFirstName(tokens.get(i + 1));
    }

    /**
     * "Stephen 'Stevo' Rimmer": a known first name, a nickname in quotes, then a surname. The index of the surname
     * token, or -1.
     */
    private static int nicknamed(String text, List<Token> tokens, int i) {
        Token first = tokens.get(i);
        // review16: no search of the whole post for a quotation mark here (once per first name, it was quadratic on a
        // long post of names with none): the two characters before the nickname say it.
        if (i + 2 >= tokens.size() || !isFirstName(first) || AMBIGUOUS.contains(first.lower())) {
            return -1;
        }
        Token nickname = tokens.get(i + 1);
        Token surname = tokens.get(i + 2);
        String open = text.substring(first.end(), nickname.start());
        String close = text.substring(nickname.end(), surname.start());
        boolean quoted = (open.equals(" \"") && close.equals("\" "))
                || (open.equals(" '") && close.equals("' "))
                || (open.equals(" ‘") && close.equals("’ "))
                || (open.equals(" “") && close.equals("” "));
        return quoted && nickname.capitalised() && isSurnameLike(surname) && !inRole(text, tokens, i) ? i + 2 : -1;
    }

    // Campaign and memorial hashtags that carry a person's name: "#JusticeForAmyLee", "#RIPJaydenHall".
    private static final List<String> NAME_HASHTAG_PREFIXES = List.of(
            "justicefor", "rip", "findmissing", "find", "bringhome", "prayfor", "prayers4", "remember", "lovefor");

    /** The name in a campaign or memorial hashtag, from the first name to the end of the tag. */
    private static void hashtagNames(String text, List<Token> tokens, List<Mention> mentions) {
        if (text.indexOf('#') < 0) {
            return;
        }
        for (Token token : tokens) {
            if (token.start() == 0 || text.charAt(token.start() - 1) != '#' || mentions.size() >= Windows.MAX_MATCHES) {
                continue;
            }
            String lower = token.lower();
            for (String prefix : NAME_HASHTAG_PREFIXES) {
                int at = prefix.length();
                if (!lower.startsWith(prefix)
                        || at >= token.text().length()
                        || !Character.isUpperCase(token.text().charAt(at))) {
                    continue;
                }
                int next = at + 1;
                while (next < token.text().length()
                        && Character.isLowerCase(token.text().charAt(next))) {
                    next++;
                }
                String name = lower.substring(at, next);
                if (next - at >= 3 && isFirstName(name) && !AMBIGUOUS.contains(name)) {
                    mentions.add(new Mention(token.start() + at, token.end(), false, 0.75));
                }
                break;
            }
        }
    }

    private static boolean covered(List<Mention> mentions, int at) {
        for (Mention m : mentions) {
            if (m.start() <= at && at < m.end()) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> MET_INTO = Set.of("bumped", "ran", "run", "bump", "running", "bumping");

    // Words before a run of capitalised words that make it a place: "in Ashton Keynes", "near Chipping Sodbury".
    private static final Set<String> PLACE_BEFORE = Set.of(
            "in",
            "near",
            "around",
            "across",
            "through",
            "towards",
            "into",
            "between",
            "throughout",
            "within",
            "outside",
            "via");

    /**
     * A place preposition just before the name, possibly with other capitalised words and "and" between: "in Upton
     * St Leonards and Ashton Keynes". Looks back at most six words.
     */
    private static boolean placeBefore(List<Token> tokens, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 6); k--) {
            Token token = tokens.get(k);
            if (sentenceBetween(token, tokens.get(k + 1)) || markBetween(token, tokens.get(k + 1))) {
                return false; // Round 17 (pd17): "... in Ilkley. Sarah Whitely, 24, ...": the place is the last
                // sentence's
            }
            String lower = token.lower();
            if (PLACE_BEFORE.contains(lower)) {
                // "bumped into Lee Marchbank" meets a person; "into Ashton Keynes" goes to a place
                return !(lower.equals("into")
                        && k > 0
                        && MET_INTO.contains(tokens.get(k - 1).lower()));
            }
            if (!token.capitalised() && !lower.equals("and") && !lower.equals("st")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Round 19 (blind19b): an emoji, a bar, a colon, a dash or a bracket between two words ends a run of capitalised
     * words as a sentence's end does ("van break-ins in Leighton Buzzard 👀 Kieran Dobbs, 41, ..."): a place's name runs on
     * only through spaces, commas, full stops, apostrophes and "&".
     */
    private static boolean markBetween(Token before, Token after) {
        for (int k = before.end(); k < after.start(); k++) {
            char c = before.post.charAt(k);
            if (!Character.isWhitespace(c) && c != ',' && c != '.' && c != '\'' && c != '’' && c != '&') {
                return true;
            }
        }
        return false;
    }

    /** A sentence's end between two words: a full stop, "!" or "?" followed by a space, or a new line. */
    private static boolean sentenceBetween(Token before, Token after) {
        for (int k = before.end(); k < after.start(); k++) {
            char c = before.post.charAt(k);
            if (c == '\n'
                    || ((c == '.' || c == '!' || c == '?')
                            && k + 1 < after.start()
                            && Character.isWhitespace(before.post.charAt(k + 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Same as {@code isFirstName(token.lower())}: a hyphenated name needs its lower-case form, others do not. */
    private static boolean isFirstName(Token token) {
        return FIRST_NAMES.contains(token) || (token.hasHyphen() && isFirstName(token.lower()));
    }

    /** A known first name, or a hyphenated one whose parts are ("Lily-Mae", "Mary-Jane", "Jean-Paul"). */
    private static boolean isFirstName(String lower) {
        if (FIRST_NAMES.contains(lower)) {
            return true;
        }
        int hyphen = lower.indexOf('-');
        return hyphen > 1
                && FIRST_NAMES.contains(lower.substring(0, hyphen))
                && lower.indexOf('-', hyphen + 1) < 0
                && lower.length() - hyphen > 2;
    }

    /** A known surname, a double-barrelled one with a known part, or a word with a surname's shape. */
    private static boolean isSurname(String lower) {
        if (SURNAMES.contains(lower)) {
            return true;
        }
        int hyphen = lower.indexOf('-');
        if (hyphen > 1
                && (SURNAMES.contains(lower.substring(0, hyphen)) || SURNAMES.contains(lower.substring(hyphen + 1)))) {
            return true;
        }
        if (lower.length() >= 5) {
            for (String ending : SURNAME_ENDINGS) {
                if (lower.endsWith(ending)) {
                    return true;
                }
            }
        }
        return lower.length() >= 4 && ((lower.startsWith("o'") || lower.startsWith("o’")) || lower.startsWith("mc"));
    }

    /** The one or two words before the name say it is a person: "victim", "named as", "a 9-year-old girl". */
    private static boolean tellingBefore(List<Token> tokens, int i, boolean praise) {
        if (i == 0) {
            return false;
        }
        Token previous = tokens.get(i - 1);
        if (previous.end() < tokens.get(i).start() - 3) {
            return false;
        }
        return TELLING_WORD.contains(previous.lower())
                || previous.lower().contains("-of-") // "mum-of-two", "grandfather-of-five"
                || (i >= 2 && TELLING_PAIR.contains(tokens.get(i - 2).lower() + " " + previous.lower()))
                || (praise && i >= 2 && PRAISE_PAIR.contains(tokens.get(i - 2).lower() + " " + previous.lower()));
    }

    // Words before a name that say outright a person is meant, so two capitalised words after them are a name even
    // when neither is on a list: "suspect Tendai Moyo", "witness Aigerim Bekova", "named as Olamide Eze".
    private static final Set<String> STRONG_BEFORE = Set.of(
            "victim",
            "witness",
            "suspect",
            "defendant",
            "complainant",
            "ip",
            "wanted",
            "missing",
            "named",
            "called",
            "aka",
            "alias",
            "née",
            "nee",
            "arrested",
            "charged",
            "accused",
            "neighbour",
            "pensioner",
            "tenant",
            "landlord",
            "landlady",
            "mate",
            "pal",
            "friend",
            "samaritan",
            "bystander");

    // Vehicle makes: "the suspect Range Rover", "a wanted Ford Focus" are cars, not people.
    private static final Set<String> MAKES = Set.of(
            "range",
            "land",
            "ford",
            "vauxhall",
            "audi",
            "bmw",
            "volkswagen",
            "vw",
            "toyota",
            "nissan",
            "honda",
            "kia",
            "hyundai",
            "peugeot",
            "renault",
            "citroen",
            "citroën",
            "fiat",
            "mercedes",
            "skoda",
            "seat",
            "volvo",
            "mini",
            "jaguar",
            "tesla",
            "mazda",
            "suzuki",
            "yamaha",
            "kawasaki",
            "ducati",
            "triumph",
            "lexus",
            "porsche",
            "mitsubishi",
            "subaru",
            "dacia",
            "jeep",
            "chevrolet",
            "alfa",
            "smart",
            "saab",
            "rover",
            "transit",
            "golf",
            "polo",
            "corsa",
            "astra",
            "fiesta",
            "focus",
            "qashqai",
            "juke",
            "yaris",
            "civic",
            "clio");

    private static boolean strongBefore(List<Token> tokens, int i) {
        if (i == 0) {
            return false;
        }
        Token previous = tokens.get(i - 1);
        if (previous.end() < tokens.get(i).start() - 3) {
            return false;
        }
        // "witness Tendai Moyo", "Wanted: Tendai Moyo"; not a headline in title case ("Missing Cat Found")
        String gap =
                previous.post.substring(previous.end(), tokens.get(i).start()).strip();
        boolean plain = gap.isEmpty() && Character.isLowerCase(previous.text().charAt(0)) || gap.equals(":");
        if (plain && calledThing(tokens, i)) {
            return false; // "The scheme is called Safe Places", "It's called Silent Solution": a thing's name
        }
        return plain && STRONG_BEFORE.contains(previous.lower())
                || (i >= 2
                        && TELLING_PAIR.contains(tokens.get(i - 2).lower() + " " + previous.lower())
                        && previous.lower().equals("as"));
    }

    /** Things that have names: a scheme, an app, a campaign "called" something is not a person. */
    private static final Set<String> NAMED_THINGS = Set.of(
            "it",
            "scheme",
            "schemes",
            "campaign",
            "app",
            "initiative",
            "service",
            "programme",
            "program",
            "project",
            "form",
            "protocol",
            "website",
            "site",
            "page",
            "event",
            "course",
            "network",
            "charity",
            "tool",
            "system",
            "card",
            "award",
            "film",
            "video",
            "book",
            "game",
            "podcast",
            "operation",
            "partnership",
            "group",
            "club",
            "newsletter",
            "alert",
            "code",
            "plan");

    /**
     * "called" or "named" right before, said of a thing: "scheme called X", "is called X" after a thing, "It's called
     * X". Not "a man called John Smith" or "the victim is called ...".
     */
    private static boolean calledThing(List<Token> tokens, int i) {
        String previous = tokens.get(i - 1).lower();
        if (i < 2 || !(previous.equals("called") || previous.equals("named"))) {
            return false;
        }
        String before = tokens.get(i - 2).lower();
        if (NAMED_THINGS.contains(before)) {
            return true;
        }
        return i >= 3
                && (before.equals("is") || before.equals("was") || before.equals("s"))
                && NAMED_THINGS.contains(tokens.get(i - 3).lower());
    }

    /** "the Ashley Down open day", "a Jordan Hill resident": an article right before makes it a thing or place. */
    private static boolean articleBefore(String text, List<Token> tokens, int i) {
        if (i == 0) {
            return false;
        }
        Token previous = tokens.get(i - 1);
        String word = previous.text();
        // "The Albert Hall event": a capital "The" is an article too, at the start of a sentence or of a place's name.
        return (word.equals("the") || word.equals("The") || word.equals("a") || word.equals("an"))
                && adjacent(text, previous, tokens.get(i));
    }

    private static boolean followedByCapitalised(String text, List<Token> tokens, int k) {
        return k + 1 < tokens.size()
                && adjacent(text, tokens.get(k), tokens.get(k + 1))
                && tokens.get(k + 1).capitalised();
    }

    private static final Set<String> ROLE_BEFORE_COMMA = Set.of(
            "pcc",
            "commissioner",
            "candidate",
            "councillor",
            "mp",
            "mayor",
            "minister",
            "constable",
            "inspector",
            "sergeant",
            "superintendent",
            "officer",
            "pcso",
            "commander",
            "chair",
            "chairman",
            "chairwoman",
            "coroner",
            "judge",
            "special",
            "cadet",
            "detective",
            "handler",
            "investigator",
            "chief");

    /**
     * The word before is a rank or role ("PC", "Chief Constable", "custody nurse"), possibly with a collar number
     * between; or the name is the next in a list after a plural role ("PCs Amy Patel and Tom Reeve").
     */
    private static boolean inRole(String text, List<Token> tokens, int i) {
        int previous = i - 1;
        if (previous < 0) {
            return false;
        }
        String gap = text.substring(tokens.get(previous).end(), tokens.get(i).start());
        String joint = gap.strip();
        if (joint.equals(",")
                && (ROLE_BEFORE_COMMA.contains(tokens.get(previous).lower())
                        || staffRoleEndsAt(text, tokens, previous))) {
            return true; // "the PCC, Jane Smith", "Conservative candidate, Aled Luckman", "custody nurse, Ewa K"
        }
        if (isCollarNumber(gap)) {
            gap = "";
        } else if (!gap.isBlank()) {
            return (joint.equals(".") && ROLES.contains(tokens.get(previous).text() + "."))
                    || ((joint.equals(",") || joint.equals("&")) && listedAfterPluralRole(text, tokens, previous, 2));
        }
        return ROLES.contains(tokens.get(previous).text())
                || staffRoleEndsAt(text, tokens, previous)
                || isPluralRole(text, tokens, previous)
                || (tokens.get(previous).lower().equals("and")
                        && previous > 0
                        && adjacent(text, tokens.get(previous - 1), tokens.get(previous))
                        && listedAfterPluralRole(text, tokens, previous - 1, 2));
    }

    /**
     * The name ending at token {@code end} ("Amy Patel", "Amy") follows a plural role ("officers", "PCs", "call
     * takers"), directly or after further names of the same list: the next name in the list is named in that role too.
     * A singular role does not carry: in "PC Amy Patel and Tom Reeve", Tom Reeve may be a member of the public.
     */
    private static boolean listedAfterPluralRole(String text, List<Token> tokens, int end, int depth) {
        if (!tokens.get(end).capitalised()) {
            return false;
        }
        for (int start = end; start >= 1 && start >= end - 2; start--) {
            if (start < end
                    && (!tokens.get(start).capitalised()
                            || !adjacent(text, tokens.get(start), tokens.get(start + 1)))) {
                return false;
            }
            Token before = tokens.get(start - 1);
            String gap = text.substring(before.end(), tokens.get(start).start()).strip();
            if ((gap.isEmpty() || gap.equals(",")) && isPluralRole(text, tokens, start - 1)) {
                return true;
            }
            if (depth > 0) {
                if ((gap.equals(",") || gap.equals("&")) && listedAfterPluralRole(text, tokens, start - 1, depth - 1)) {
                    return true; // "officers Amy Patel, Tom Reeve and Jo Bell"
                }
                if (gap.isEmpty()
                        && before.lower().equals("and")
                        && start >= 2
                        && adjacent(text, tokens.get(start - 2), before)
                        && listedAfterPluralRole(text, tokens, start - 2, depth - 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    // Roles whose plural is a name in its own right ("Queens Park", "Lords", "Kings Heath", "Fathers Day", "Majors").
    private static final Set<String> NOT_PLURAL_ROLES = Set.of(
            "King", "Queen", "Lord", "Lady", "Prince", "Saint", "St", "Father", "Major", "General", "Canon", "Baron",
            "Justice", "Dr", "Vote", "vote");

    /** "officers", "PCs", "Sergeants", "PCSOs", "call takers": a rank, role or staff job in the plural. */
    private static boolean isPluralRole(String text, List<Token> tokens, int j) {
        String word = tokens.get(j).text();
        if (word.length() < 3 || word.charAt(word.length() - 1) != 's') {
            return false;
        }
        String singular = word.substring(0, word.length() - 1);
        return (ROLES.contains(singular) && !NOT_PLURAL_ROLES.contains(singular)) || staffRoleEndsAt(text, tokens, j);
    }

    /**
     * A police staff job ends at token {@code j}: a job word ("nurse", "supervisor") with one of its qualifiers just
     * before it ("custody", "control room"), in any case. The job word alone is not a role: nurses and supervisors are
     * victims and witnesses too.
     */
    private static boolean staffRoleEndsAt(String text, List<Token> tokens, int j) {
        String job = tokens.get(j).lower();
        List<String[]> qualifiers = STAFF_ROLES.get(job);
        if (qualifiers == null && job.length() > 3 && job.endsWith("s")) {
            qualifiers = STAFF_ROLES.get(job.substring(0, job.length() - 1)); // "crime scene investigators"
        }
        if (qualifiers == null) {
            return false;
        }
        for (String[] words : qualifiers) {
            int k = j - words.length;
            if (k < 0) {
                continue;
            }
            boolean matches = true;
            for (int w = 0; w < words.length && matches; w++) {
                Token token = tokens.get(k + w);
                matches = token.lower().equals(words[w]) && adjacent(text, token, tokens.get(k + w + 1));
            }
            if (matches) {
                return true;
            }
        }
        return false;
    }

    /** Reads staff-roles.txt: "QUALIFIER | JOB, JOB" lines into job word to qualifiers. */
    private static Map<String, List<String[]>> staffRoles(List<String> lines) {
        Map<String, List<String[]>> roles = new HashMap<>();
        for (String line : lines) {
            int bar = line.indexOf('|');
            if (bar < 0) {
                throw new IllegalStateException("staff-roles.txt: expected 'QUALIFIER | JOBS' in: " + line);
            }
            String[] qualifier =
                    line.substring(0, bar).strip().toLowerCase(Locale.ROOT).split(" +");
            for (String job : line.substring(bar + 1).split(",")) {
                roles.computeIfAbsent(job.strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(qualifier);
            }
        }
        Map<String, List<String[]>> frozen = new HashMap<>();
        roles.forEach((job, qualifiers) -> frozen.put(job, List.copyOf(qualifiers)));
        return Map.copyOf(frozen);
    }

    /**
     * "Emily Wood" and "Jade Green" are people; "Grace Wood Park" is not. A surname that is also a place word counts
     * after a known first name when no further capitalised word follows.
     */
    private static boolean isPlaceWordSurname(String text, List<Token> tokens, int i) {
        Token second = tokens.get(i + 1);
        boolean followed = i + 2 < tokens.size()
                && adjacent(text, second, tokens.get(i + 2))
                && tokens.get(i + 2).capitalised();
        return second.capitalised() && SURNAMES.contains(second) && FIRST_NAMES.contains(tokens.get(i)) && !followed;
    }

    /** " 1234 " between a rank and a name: "PC 1234 Amy Patel". */
    private static boolean isCollarNumber(String gap) {
        String number = gap.strip();
        if (number.isEmpty() || number.length() > 6) {
            return false;
        }
        for (int k = 0; k < number.length(); k++) {
            if (number.charAt(k) < '0' || number.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isSurnameLike(Token token) {
        return token.capitalised() && !NOT_SURNAMES.contains(token) && !ROLES.contains(token.text());
    }

    private static boolean adjacent(String text, Token a, Token b) {
        int gap = b.start() - a.end();
        if (gap < 1 || gap > 2) {
            return false;
        }
        for (int k = a.end(); k < b.start(); k++) {
            if (text.charAt(k) != ' ') {
                return false;
            }
        }
        return true;
    }

    /** "Smith", "O'Brien", "McDonald", "Smith-Jones"; not "PCSO" or "smith". */
    static boolean isCapitalised(String word) {
        return isCapitalised(word, 0, word.length());
    }

    /** {@link #isCapitalised(String)} of {@code text[from, to)}. */
    private static boolean isCapitalised(String text, int from, int to) {
        int length = to - from;
        if (length < 2 || !Character.isUpperCase(text.charAt(from))) {
            return false;
        }
        int lower = 0;
        for (int k = from + 1; k < to; k++) {
            if (Character.isLowerCase(text.charAt(k))) {
                lower++;
            }
        }
        return lower * 2 >= length - 1;
    }

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 5 + 4);
        int n = text.length();
        int k = 0;
        while (k < n) {
            if (!isLetter(text.charAt(k))) {
                k++;
                continue;
            }
            int start = k;
            while (k < n) {
                char c = text.charAt(k);
                if (isLetter(c)) {
                    k++;
                } else if ((c == '\'' || c == '’' || c == '-')
                        && k + 1 < n
                        && isLetter(text.charAt(k + 1))
                        && !(k + 2 <= n
                                && (text.charAt(k + 1) == 's' || text.charAt(k + 1) == 'S')
                                && (k + 2 == n || !Character.isLetter(text.charAt(k + 2))))) {
                    k++; // O'Brien, Smith-Jones; but "Smith's" ends at "Smith"
                } else {
                    break;
                }
            }
            tokens.add(new Token(text, start, k));
        }
        return tokens;
    }

    /** {@link Character#isLetter(char)}, answered for ASCII without a table lookup: most of a post is ASCII. */
    private static boolean isLetter(char c) {
        return c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') : Character.isLetter(c);
    }

    private static Set<String> lowerCase(List<String> words) {
        Set<String> set = new HashSet<>();
        for (String word : words) {
            set.add(word.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(set);
    }
}
