package org.postwatch.safeguard.detectors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
    }

    private static final String NAMES = "org/postwatch/safeguard/detectors/names/";
    private static final Set<String> FIRST_NAMES = lowerCase(WordList.load(NAMES + "first-names.txt"));
    private static final Set<String> SURNAMES = lowerCase(WordList.load(NAMES + "surnames.txt"));
    private static final Set<String> NOT_SURNAMES = lowerCase(WordList.load(NAMES + "not-surnames.txt"));
    private static final Set<String> ROLES = Set.copyOf(WordList.load(NAMES + "roles.txt"));
    private static final Set<String> TITLES = Set.of("Mr", "Mrs", "Ms", "Miss", "Mx", "Master", "Mr.", "Mrs.", "Ms.");

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
            "luna");

    // Strong signals that two capitalised words are a person: an age right after, or a telling word before.
    private static final Pattern AGE_AFTER = Pattern.compile("(?:,\\s{0,2}(?:aged\\s{1,2})?\\d{1,2}\\s{0,2}[,.;)]|"
            + "\\s{0,2}\\(\\s{0,2}(?:aged\\s{1,2})?\\d{1,2}\\s{0,2}\\)|,?\\s{1,2}aged\\s{1,2}\\d{1,2}\\b)");
    // "Jordan Pike, from Stroud," / "Jo Hill, of Tetbury,": where someone lives, right after the name.
    private static final Pattern HOME_AFTER = Pattern.compile(
            ",\\s{0,2}(?:from|of)\\s{1,2}[A-Z][a-z]{2,20}(?:[\\s-]{1,3}[A-Z][a-z]{1,20}){0,2}\\s{0,2},");
    // Words right before two capitalised words that show they name a person: "victim Jo Bloggs", "named as ...".
    private static final Set<String> TELLING_WORD = Set.of(
            "victim",
            "witness",
            "wanted",
            "suspect",
            "defendant",
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
            "schoolgirl");
    private static final Set<String> TELLING_PAIR = Set.of("named as", "locally as", "identified as", "thanks to");
    private static final Pattern NAMED_IN_ROLE_AFTER = Pattern.compile(
            ",?\\s{0,2}(?:(?:our|the|a|who\\s{1,2}is\\s{1,2}(?:our|the|a))\\s{1,2})?(?:new\\s{1,2}|local\\s{1,2}|"
                    + "neighbourhood\\s{1,2}|beat\\s{1,2}|dog\\s{1,2}|area\\s{1,2})*(?:MP|MSP|KC|QC|officer|sergeant|"
                    + "inspector|constable|pcso|detective|superintendent|chief|commander|commissioner|councillor|"
                    + "mayor|handler|pcc)\\b",
            Pattern.CASE_INSENSITIVE);

    // "the rape of Jane Smith", "the murder of ...": the person named is the victim, whoever else is charged.
    private static final Pattern VICTIM_OF_BEFORE = Pattern.compile(
            "(?i)\\b(?:rape|assault|abuse|murder|killing|death|manslaughter|robbery|stabbing|kidnap(?:ping)?|"
                    + "grooming|exploitation|harassment|stalking)\\s{1,2}of\\s{1,2}$");

    private NameFinder() {}

    /** A known first name, in lower case ("hollie"), for a name given alone. */
    static boolean isFirstName(String lower) {
        return FIRST_NAMES.contains(lower) && !AMBIGUOUS.contains(lower);
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
        while (i < tokens.size() && mentions.size() < Windows.MAX_MATCHES) {
            int consumed = tryName(text, tokens, i, mentions, named);
            i += Math.max(consumed, 1);
        }
        if (!named.isEmpty()) {
            java.util.BitSet covered = new java.util.BitSet(text.length());
            for (Mention m : mentions) {
                covered.set(m.start(), m.end());
            }
            List<Mention> repeats = new ArrayList<>();
            for (int t = 0; t < tokens.size() && repeats.size() < Windows.MAX_MATCHES; t++) {
                Token token = tokens.get(t);
                if (isCapitalised(token.text())
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

    private static int tryName(String text, List<Token> tokens, int i, List<Mention> mentions, Set<String> named) {
        Token first = tokens.get(i);
        if (!isCapitalised(first.text()) && !TITLES.contains(first.text())) {
            return 1;
        }
        if (TITLES.contains(first.text())) {
            int last = i + 1;
            if (last < tokens.size() && adjacent(text, first, tokens.get(last)) && isSurnameLike(tokens.get(last))) {
                if (last + 1 < tokens.size()
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
        if (i + 1 >= tokens.size() || !adjacent(text, first, tokens.get(i + 1))) {
            return 1;
        }
        Token second = tokens.get(i + 1);
        if (NOT_SURNAMES.contains(first.lower()) || ROLES.contains(first.text())) {
            return 1;
        }
        if (!isSurnameLike(second) && !isPlaceWordSurname(text, tokens, i)) {
            return 1;
        }
        int lastIndex = i + 1;
        if (FIRST_NAMES.contains(second.lower())
                && i + 2 < tokens.size()
                && adjacent(text, second, tokens.get(i + 2))
                && isSurnameLike(tokens.get(i + 2))
                && SURNAMES.contains(tokens.get(i + 2).lower())) {
            lastIndex = i + 2; // a middle name: "Mary Jane Smith"
        }
        Token last = tokens.get(lastIndex);
        boolean knownFirst = FIRST_NAMES.contains(first.lower());
        boolean knownSurname = SURNAMES.contains(last.lower());
        boolean ageAfter = lookingAt(AGE_AFTER, text, last.end(), 24);
        boolean telling = ageAfter || tellingBefore(tokens, i) || lookingAt(HOME_AFTER, text, last.end(), 48);
        double confidence;
        if (knownFirst && !AMBIGUOUS.contains(first.lower())) {
            confidence = knownSurname || telling ? 0.9 : 0.75;
        } else if (knownFirst) {
            confidence = knownSurname && telling ? 0.85 : knownSurname ? 0.6 : telling ? 0.7 : 0;
        } else if (telling && (knownSurname || ageAfter)) {
            confidence = 0.8;
        } else {
            confidence = 0;
        }
        if (confidence == 0 || inRole(text, tokens, i) || lookingAt(NAMED_IN_ROLE_AFTER, text, last.end(), 80)) {
            return confidence == 0 ? 1 : lastIndex - i + 1;
        }
        mentions.add(new Mention(first.start(), last.end(), false, confidence));
        named.add(first.lower());
        named.add(last.lower());
        return lastIndex - i + 1;
    }

    private static boolean lookingAt(Pattern pattern, String text, int from, int window) {
        java.util.regex.Matcher m = pattern.matcher(text);
        m.region(from, Math.min(text.length(), from + window));
        return m.lookingAt();
    }

    /** The one or two words before the name say it is a person: "victim", "named as", "a 9-year-old girl". */
    private static boolean tellingBefore(List<Token> tokens, int i) {
        if (i == 0) {
            return false;
        }
        Token previous = tokens.get(i - 1);
        if (previous.end() < tokens.get(i).start() - 3) {
            return false;
        }
        return TELLING_WORD.contains(previous.lower())
                || (i >= 2 && TELLING_PAIR.contains(tokens.get(i - 2).lower() + " " + previous.lower()));
    }

    /** The word before is a rank or role ("PC", "Chief Constable"), possibly with a collar number between. */
    private static boolean inRole(String text, List<Token> tokens, int i) {
        int previous = i - 1;
        if (previous < 0) {
            return false;
        }
        String gap = text.substring(tokens.get(previous).end(), tokens.get(i).start());
        if (isCollarNumber(gap)) {
            gap = "";
        } else if (!gap.isBlank()) {
            return gap.strip().equals(".")
                    && ROLES.contains(tokens.get(previous).text() + ".");
        }
        return ROLES.contains(tokens.get(previous).text());
    }

    /**
     * "Emily Wood" and "Jade Green" are people; "Grace Wood Park" is not. A surname that is also a place word counts
     * after a known first name when no further capitalised word follows.
     */
    private static boolean isPlaceWordSurname(String text, List<Token> tokens, int i) {
        Token second = tokens.get(i + 1);
        boolean followed = i + 2 < tokens.size()
                && adjacent(text, second, tokens.get(i + 2))
                && isCapitalised(tokens.get(i + 2).text());
        return isCapitalised(second.text())
                && SURNAMES.contains(second.lower())
                && FIRST_NAMES.contains(tokens.get(i).lower())
                && !followed;
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
        return isCapitalised(token.text()) && !NOT_SURNAMES.contains(token.lower()) && !ROLES.contains(token.text());
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
        if (word.length() < 2 || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        int lower = 0;
        for (int k = 1; k < word.length(); k++) {
            if (Character.isLowerCase(word.charAt(k))) {
                lower++;
            }
        }
        return lower * 2 >= word.length() - 1;
    }

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 5 + 4);
        int n = text.length();
        int k = 0;
        while (k < n) {
            if (!Character.isLetter(text.charAt(k))) {
                k++;
                continue;
            }
            int start = k;
            while (k < n) {
                char c = text.charAt(k);
                if (Character.isLetter(c)) {
                    k++;
                } else if ((c == '\'' || c == '’' || c == '-')
                        && k + 1 < n
                        && Character.isLetter(text.charAt(k + 1))
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

    private static Set<String> lowerCase(List<String> words) {
        Set<String> set = new HashSet<>();
        for (String word : words) {
            set.add(word.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(set);
    }
}
