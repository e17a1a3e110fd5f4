package org.postwatch.safeguard.detectors;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postwatch.safeguard.engine.AnalysedText;
import org.postwatch.safeguard.engine.Category;
import org.postwatch.safeguard.engine.CheckContext;
import org.postwatch.safeguard.engine.Detector;
import org.postwatch.safeguard.engine.Finding;
import org.postwatch.safeguard.engine.Severity;
import org.postwatch.safeguard.engine.Span;

/**
 * UK vehicle registration marks: current (AB12 CDE), prefix (A123 BCD) and suffix (ABC 123D) formats, written in
 * capitals. Dateless marks (ABC 123, 1234 AB) look like collar numbers and references, so they count only right
 * after "reg", "registration", "number plate" or "VRM".
 */
public final class VehicleRegistrationDetector implements Detector {

    // Current: area letters, age identifier (02-29 or 51-79), three letters without I or Q.
    private static final String CURRENT = "[A-HJ-PR-Y][A-HJ-PR-Z](?:0[2-9]|[12]\\d|5[1-9]|[67]\\d)\\s?[A-HJ-PR-Z]{3}";
    private static final String PREFIX = "[A-HJ-NPR-Y]\\d{1,3}\\s?[A-HJ-PR-Z]{3}";
    private static final String SUFFIX = "[A-HJ-PR-Z]{3}\\s?\\d{1,3}[A-HJ-NPR-Y]";
    private static final String PREFIX_SPACED = "[A-HJ-NPR-Y]\\s\\d{1,3}\\s[A-HJ-PR-Z]{3}";
    private static final String DATELESS = "(?:[A-Z]{1,3}\\s?\\d{1,4}|\\d{1,4}\\s?[A-Z]{1,3})";
    // Northern Ireland: an optional letter, a two-letter code holding I or Z ("KLZ 4821", "OIZ 2231", "AZ 9012"),
    // then one to four digits. A four-digit year after it ("KIA 2019", "DIZ 2024") is a model year or a name, not a
    // mark, and a digit after a full stop is a version ("UI 3.0").
    private static final String NORTHERN_IRISH =
            "[A-HJ-PR-Y]?(?:[A-HJ-PR-Y]Z|I[ABGJLW]|JI|OI|UI|XI)\\s?" + "(?!(?:19|20)\\d{2}(?!\\d))\\d{1,4}(?![.,]\\d)";

    // Round 14: a current mark written with a hyphen between its halves ("BD51-SMR"), as on some dashcam stills and
    // in copied logs.
    private static final String CURRENT_HYPHEN =
            "[A-HJ-PR-Y][A-HJ-PR-Z](?:0[2-9]|[12]\\d|5[1-9]|[67]\\d)-[A-HJ-PR-Z]{3}";
    private static final Pattern DATED = Pattern.compile("(?<![\\w/-])(?:" + CURRENT + "|" + CURRENT_HYPHEN + "|"
            + PREFIX + "|" + SUFFIX + "|" + NORTHERN_IRISH + ")(?![\\w/-])");
    static final Windows.Anchored DATED_WINDOWS = Windows.anchored(DATED);
    // A current mark typed in lower or mixed case ("yk19hjd", "Lm18Kcv"): only with a vehicle named just before it,
    // as "yr10 kid" or a product code has the same shape.
    // Round 13 (review): with a space before them, the three letters must not be an everyday word ("a Volvo xc60 for
    // sale", "sn73 and sn74 plates").
    private static final String CURRENT_ANY_CASE = "[A-HJ-PR-Y][A-HJ-PR-Z](?:0[2-9]|[12]\\d|5[1-9]|[67]\\d)"
            + "(?:\\s(?!(?:and|the|for|you|our|are|was|not|but|can|all|had|has|her|his|its|may|new|now|off|old|one|out|"
            + "own|saw|see|she|too|two|use|way|who|why|yet|got|get|let|put|ran|run|set|sat|say|any|few|far|ago|ask|big|"
            + "bad|day|end|eye|fun|lot|man|men|mum|car|van|bus|top|per|via|pic|yes|try|due|how|key|red|tax|hrs|mph)\\b)"
            + ")?[A-HJ-PR-Z]{3}";
    // Round 17 (blind17b): a current mark with a space after its area letters too, as the public type one in a reply
    // ("a white transit, ka 67 bxz", "KA 67 BXZ"), in any case; still only after a vehicle, and not when the two
    // letters are a word ("the van on 12 dec", "by 25 jan").
    private static final String CURRENT_SPACED = "(?!(?:on|at|in|by|to|of|no|so|do|go|up|us|we|me|he|my|or|an|as|be|"
            + "is|it|am|pm|ok|hi|mr|ms|dr)\\s)[A-HJ-PR-Y][A-HJ-PR-Z]\\s(?:0[2-9]|[12]\\d|5[1-9]|[67]\\d)\\s[A-HJ-PR-Z]{3}";
    private static final Pattern ANY_CASE_CURRENT =
            Pattern.compile("(?<![\\w/-])(?i:" + CURRENT_SPACED + "|" + CURRENT_ANY_CASE + ")(?![\\w/-])");
    static final Windows.Anchored ANY_CASE_WINDOWS = Windows.anchored(ANY_CASE_CURRENT);
    // What a vehicle is called in a post, from its kind to its make and model, then at most 40 characters to the mark
    // on the same sentence: "a white Ford Transit, ab12cde", "grey audi sn21 ovp", "the van, reg ...".
    private static final Pattern VEHICLE_BEFORE = Pattern.compile("(?i)\\b(?:car|van|vehicle|motor|motorbike|"
            + "motorcycle|bike|moped|scooter|lorry|truck|hgv|taxi|cab|minibus|caravan|campervan|camper|tractor|trailer|"
            + "jeep|suv|4x4|pick-?up|reg|registration|registered|plates?|vrm|ford|vauxhall|bmw|audi|merc|mercedes|vw|"
            + "volkswagen|golf|polo|fiesta|focus|kuga|corsa|astra|insignia|transit|sprinter|toyota|yaris|prius|"
            + "nissan|qashqai|juke|honda|civic|kia|hyundai|peugeot|renault|clio|citroen|citroën|fiat|seat|skoda|"
            + "octavia|volvo|tesla|mini|rover|evoque|jaguar|lexus|mazda|suzuki|yamaha|kawasaki|ducati|porsche)\\b"
            + "[^.!?\\n]{0,40}$");
    private static final Pattern WITH_CONTEXT =
            Pattern.compile("(?i:\\b(?:reg(?:istration)?(?:\\s{1,2}(?:no|number|mark))?"
                    + "|number\\s{1,2}plates?|plates?(?:\\s{1,2}(?:no|number))?|vrm|index)\\.?\\s{0,2}[:-]?\\s{0,2})"
                    // Round 14: after such a word, a prefix mark with a space after its letter ("plate number L 592
                    // FPE") is read whole, before the shorter dateless shape can take "L 592".
                    + "((?i:" + CURRENT + "|" + PREFIX + "|" + SUFFIX + ")|" + PREFIX_SPACED + "|" + DATELESS
                    + ")(?![\\w/-])");

    // Officers' collar numbers and ranks look like dateless marks: "PC 1234".
    private static final Pattern NOT_A_VEHICLE =
            Pattern.compile("(?:PC|DC|PS|DS|DI|PCSO|SC|Sgt|Op|M|A|B|J)\\s?\\d{1,4}");

    @Override
    public String name() {
        return "personal-data.vehicle";
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
    public List<Finding> detect(AnalysedText text, CheckContext context) {
        return detect(text.original(), LowerCase.of(text), Windows.digits(text));
    }

    private static List<Finding> detect(String text, String lower, Windows.Digits digits) {
        List<Finding> findings = new ArrayList<>();
        for (MatchResult dated : Windows.nearDigits(DATED_WINDOWS, text, digits, 4, 10, 1)) {
            if (!exampleBefore(lower, dated.start())) {
                findings.add(finding(dated.start(), dated.end(), 0.85));
            }
        }
        for (MatchResult mark : Windows.nearDigits(ANY_CASE_WINDOWS, text, digits, 4, 10, 1)) {
            if ((!capitals(text, mark.start(), mark.end()) || text.charAt(mark.start() + 2) == ' ')
                    && Windows.foundBefore(VEHICLE_BEFORE, text, mark.start(), 60)
                    && !exampleBefore(lower, mark.start())) {
                findings.add(finding(mark.start(), mark.end(), 0.8));
            }
        }
        if (!mentionsRegistration(lower)) {
            return findings;
        }
        Matcher withContext = WITH_CONTEXT.matcher(text);
        // Round 14: at most MAX_MATCHES marks, as elsewhere: each one is checked against those found before it.
        while (findings.size() < Windows.MAX_MATCHES && withContext.find()) {
            int start = withContext.start(1);
            int end = withContext.end(1);
            if (NOT_A_VEHICLE.matcher(withContext.group(1)).matches()
                    || exampleBefore(lower, start)
                    || partialBefore(lower, start)) {
                continue;
            }
            boolean already = findings.stream().anyMatch(f -> f.span().start() == start);
            if (!already) {
                findings.add(finding(start, end, 0.9));
            }
        }
        return findings;
    }

    // mend14b: words that make the mark after them an example of a shape, not a vehicle's: "plates with a hyphen such
    // as AB12-CDE are not legal", "e.g. AB12 CDE". "like" too, but not "looked like" (a witness's reading of a plate).
    private static final String[] EXAMPLE_BEFORE = {
        "such as", "e.g.", "e.g.,", " eg", "for example", "for example,", "for instance", "for instance,", " like"
    };
    private static final String[] LIKE_BUT_SEEN = {"look like", "looks like", "looked like", "something like"};

    /** Whether an example word ends right before {@code start}, past spaces and an opening quote. */
    private static boolean exampleBefore(String lower, int start) {
        int i = Math.min(start, lower.length());
        while (i > 0
                && start - i < 3
                && (lower.charAt(i - 1) == ' '
                        || lower.charAt(i - 1) == '\''
                        || lower.charAt(i - 1) == '"'
                        || lower.charAt(i - 1) == '\u2018'
                        || lower.charAt(i - 1) == '\u201c')) {
            i--;
        }
        for (String w : EXAMPLE_BEFORE) {
            if (lower.startsWith(w, i - w.length()) && i - w.length() >= 0) {
                if (w.equals(" like")) {
                    for (String seen : LIKE_BUT_SEEN) {
                        if (i - seen.length() >= 0 && lower.startsWith(seen, i - seen.length())) {
                            return false;
                        }
                    }
                }
                return true;
            }
        }
        return false;
    }

    // Round 24 (blind24b): part of a plate identifies no one ("partial reg YK19", "registration starting YK19").
    private static final String[] PARTIAL_BEFORE = {
        "partial reg",
        "partial registration",
        "partial plate",
        "partial index",
        "part reg",
        "starting",
        "starts with",
        "start with",
        "starting with",
        "beginning with",
        "begins with"
    };

    /** Whether a word saying the mark is only part of a plate ends right before {@code start}, past spaces. */
    private static boolean partialBefore(String lower, int start) {
        int i = Math.min(start, lower.length());
        while (i > 0 && start - i < 3 && (lower.charAt(i - 1) == ' ' || lower.charAt(i - 1) == ':')) {
            i--;
        }
        for (String w : PARTIAL_BEFORE) {
            if (i - w.length() >= 0 && lower.startsWith(w, i - w.length())) {
                return true;
            }
        }
        return false;
    }

    /** Whether every letter of {@code text[from, to)} is a capital: such a mark was found as written. */
    private static boolean capitals(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Character.isLowerCase(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean mentionsRegistration(String lower) {
        return lower.contains("reg") || lower.contains("plate") || lower.contains("vrm") || lower.contains("index");
    }

    private static Finding finding(int start, int end, double confidence) {
        return new Finding(
                Category.PERSONAL_DATA,
                "personal-data.vehicle-registration",
                new Span(start, end),
                Severity.MEDIUM,
                confidence,
                "This looks like a vehicle registration, which can identify the owner.",
                "Describe the vehicle instead ('a silver Ford Focus'), unless the appeal needs the registration.");
    }
}
