package org.postwatch.safeguard.detectors;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.postwatch.safeguard.engine.AnalysedText;
import org.postwatch.safeguard.engine.Category;
import org.postwatch.safeguard.engine.CheckContext;
import org.postwatch.safeguard.engine.Detector;
import org.postwatch.safeguard.engine.Finding;
import org.postwatch.safeguard.engine.Severity;
import org.postwatch.safeguard.engine.Span;
import org.postwatch.safeguard.text.WordList;

/**
 * UK mobile and landline numbers. Emergency and service numbers (999, 112, 101, 111, 105) are too short to match;
 * non-geographic numbers (03, 08, 09) belong to organisations and helplines and are not flagged, nor are the
 * force's published numbers or the well-known helplines in {@code known-phone-numbers.txt}.
 */
public final class PhoneNumberDetector implements Detector {

    // +44 / 0044 / 0, then 9 or 10 more digits with at most two separator characters between any two digits.
    // Round 14: a space may follow the leading 0 of a mobile ("0 7 7 0 0 9 0 0 7 1 2", "0 7700 900461"); not of
    // other numbers, where a run of spaced digits is more often a list or a score.
    private static final Pattern PHONE =
            Pattern.compile("(?<![\\w+/])(?:(?:\\+|00)\\s?44[\\s.-]{0,2}(?:\\(0\\)[\\s.-]{0,2})?"
                    + "|\\(?0(?:\\s(?=7))?)(\\d(?:[\\s.)-]{0,2}\\d){8,9})(?![\\w/])");
    static final Windows.Anchored PHONE_WINDOWS = Windows.anchored(PHONE);

    // Round 9: a landline the post itself gives as the force's own: "ring our switchboard on 01632 ...", "call us
    // on ...", "the front counter: ...", "contact the press office on ...", "call the incident room on ...". Tried only
    // in the 70 characters before a landline, anchored at it.
    private static final Pattern FORCE_LINE_BEFORE =
            Pattern.compile("(?i)(?:\\b(?:call|ring|phone|contact|reach|text) us(?: directly)?(?: on| at)?"
                    + "|\\b(?:our|the) (?:switchboard|front counter|front desk|enquiry office|enquiries line|main number|"
                    + "station|office|control room|force control room|non-emergency line|press office|press desk|"
                    + "media office|media team|media desk|communications team|incident room|major incident room|"
                    + "reception desk|custody desk)(?: number| line)?(?: is)?(?: on| at)?"
                    + "|\\bswitchboard(?: number)?(?: is)?(?: on)?"
                    // Round 23 (blind23): a police station or its front desk that "can be reached on" a number ("The
                    // front desk at Cheltenham police station can be reached on 01242 ...").
                    + "|\\bpolice station(?: front desk| front counter| reception)? (?:can be reached|can be contacted"
                    + "|can be called|is reachable)(?: directly)?(?: on| at)?"
                    // A line a service runs: "the Cyber Protect team's public advice line is", "the anti-social
                    // behaviour helpline is", "our partners' support line,". Not "my direct line": that is a person's.
                    + "|\\b(?:advice|help|support|information|enquiry|enquiries|reporting|public|hot)[ -]?line"
                    + "(?: number)?(?: is| was)?(?: on| at)?"
                    // Round 14: a team or office of the force ("our") or of a council, named right before its number:
                    // "reach our firearms licensing team on", "the district council's environmental services team on",
                    // "the council's environmental health team. You can contact them on". Not "Dave from the football
                    // team on": a team that is neither the force's nor a council's may be one person's phone.
                    + "|\\b(?:our|(?:council|borough|district|county|city)(?:['’]s)?)(?: [a-z'’-]{2,20}){0,3} (?:team|"
                    + "office|unit|department|service|bureau|section|desk)(?:['’]s)?(?: number| line)?(?: is)?(?: on| at)?"
                    // The same body in the sentence before, then "contact them on": a council's team, or a service,
                    // office or department ("That's for the street cleansing service. Contact them on").
                    + "|\\b(?:(?:council|borough|district|county|city)(?:['’]s)?(?: [a-z'’-]{2,20}){0,3} team|service|"
                    + "office|department|council)\\. (?:you can |please )?(?:call|ring|contact|reach|phone) them(?: on| at)?"
                    // Round 19 (blind19): a police unit by its proper name ("contact the Serious Collision
                    // Investigation
                    // Unit on", "the Rural Crime Team on"): capitalised words, then a unit's word. "Dave from the
                    // football team on" stays a person's phone: lower case, and a team must name crime, policing, an
                    // investigation, safety or protection.
                    + "|\\bthe(?-i:(?: [A-Z][a-z'’-]{1,20}){1,5}) (?:(?-i:Unit|Squad|Bureau|Department|Hub)|(?-i:(?:"
                    + "Investigation|Investigations|Crime|Policing|Safety|Protection|Enquiry|Enquiries) Team))"
                    + "(?:['’]s)?(?: number| line)?(?: is)?(?: on| at)?)"
                    + "[\\s:,-]{0,3}\\(?$");

    private static final Set<String> KNOWN =
            Set.copyOf(WordList.load("org/postwatch/safeguard/detectors/known-phone-numbers.txt").stream()
                    .map(PhoneNumberDetector::digits)
                    .toList());

    @Override
    public String name() {
        return "personal-data.phone";
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
        String text = analysed.original();
        List<Finding> findings = new ArrayList<>();
        for (MatchResult m : Windows.nearDigits(PHONE_WINDOWS, text, Windows.digits(analysed), 3, 26, 10)) {
            String national = "0" + digits(m.group(1));
            if (national.length() != 10 && national.length() != 11) {
                continue;
            }
            char kind = national.charAt(1);
            if (kind != '1' && kind != '2' && kind != '7') {
                continue; // 03, 05, 08, 09: organisations and helplines
            }
            if (KNOWN.contains(national) || isPublished(national, context)) {
                continue;
            }
            if (kind != '7' && Windows.foundBefore(FORCE_LINE_BEFORE, text, m.start(), 70)) {
                continue;
            }
            findings.add(finding(kind == '7', new Span(m.start(), m.end())));
        }
        spokenNumbers(text, context, findings);
        return findings;
    }

    private static Finding finding(boolean mobile, Span span) {
        return new Finding(
                Category.PERSONAL_DATA,
                "personal-data.phone-uk",
                span,
                mobile ? Severity.HIGH : Severity.MEDIUM,
                mobile ? 0.95 : 0.8,
                mobile
                        ? "This looks like someone's mobile number."
                        : "This looks like a phone number that is not one of the force's published numbers.",
                "Remove the number, or ask people to call 101 (or 999 in an emergency).");
    }

    // Round 14 (fix14a): digit words ("zero seven seven zero zero, nine zero zero, one two three"; "oh" and "nought"
    // for zero, "double"/"treble" before a digit).
    private static final String[] DIGIT_WORDS = {
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"
    };

    /** The digit a word stands for, 10 for "double", 20 for "treble"/"triple", -1 for any other word. */
    private static int digitWord(String text, int from, int to) {
        int n = to - from;
        if (n == 1 && (text.charAt(from) | 0x20) == 'o') {
            return 0;
        }
        if (n > 6 || n < 2) {
            return -1;
        }
        for (int d = 0; d < DIGIT_WORDS.length; d++) {
            if (is(text, from, n, DIGIT_WORDS[d])) {
                return d;
            }
        }
        if (is(text, from, n, "oh") || is(text, from, n, "nought") || is(text, from, n, "nil")) {
            return 0;
        }
        if (is(text, from, n, "double")) {
            return 10;
        }
        return is(text, from, n, "treble") || is(text, from, n, "triple") ? 20 : -1;
    }

    private static boolean is(String text, int from, int length, String word) {
        return word.length() == length && text.regionMatches(true, from, word, 0, length);
    }

    /**
     * Round 14 (fix14a): a UK number said in words, a run of 10 or 11 digit words (with at most three spaces, commas,
     * dots or dashes between them) that starts with a zero word then one, two or seven. One pass over the text that
     * only reads a run where a word starting z, o or n begins; a run stops at the first other word and the next run is
     * looked for after it, so nothing is read twice, and a longer run of digit words (a list, a countdown) is not a
     * number at all.
     */
    private static void spokenNumbers(String text, CheckContext context, List<Finding> findings) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = (char) (text.charAt(i) | 0x20);
            boolean wordStart = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            if (!wordStart || (c != 'z' && c != 'o' && c != 'n')) {
                i++;
                continue;
            }
            StringBuilder digits = new StringBuilder(12);
            int start = i;
            int end = i;
            int at = i;
            int repeat = 1;
            int count = 0; // digits in the whole run; only the first twelve are kept
            while (at < n) {
                int we = at;
                while (we < n && Character.isLetter(text.charAt(we)) && we - at <= 7) {
                    we++;
                }
                int d = we < n && Character.isLetterOrDigit(text.charAt(we)) ? -1 : digitWord(text, at, we);
                if (d < 0 || (d >= 10 && repeat > 1)) {
                    break;
                }
                if (d >= 10) {
                    repeat = d == 10 ? 2 : 3;
                } else {
                    for (int r = 0; r < repeat; r++, count++) {
                        if (count < 12) {
                            digits.append((char) ('0' + d));
                        }
                    }
                    repeat = 1;
                    end = we;
                }
                int gap = we;
                while (gap < n && gap - we < 3 && " ,.-\t".indexOf(text.charAt(gap)) >= 0) {
                    gap++;
                }
                if (gap == we || gap >= n || !Character.isLetter(text.charAt(gap))) {
                    break;
                }
                at = gap;
            }
            String national = digits.toString();
            if ((count == 10 || count == 11)
                    && national.charAt(0) == '0'
                    && (national.charAt(1) == '1' || national.charAt(1) == '2' || national.charAt(1) == '7')
                    && !KNOWN.contains(national)
                    && !isPublished(national, context)
                    && (national.charAt(1) == '7' || !Windows.foundBefore(FORCE_LINE_BEFORE, text, start, 70))) {
                findings.add(finding(national.charAt(1) == '7', new Span(start, end)));
            }
            i = Math.max(end, i + 1);
        }
    }

    private static boolean isPublished(String national, CheckContext context) {
        for (String published : context.force().publishedPhoneNumbers()) {
            String digits = digits(published);
            if (digits.startsWith("44")) {
                digits = "0" + digits.substring(2);
            }
            if (digits.equals(national)) {
                return true;
            }
        }
        return false;
    }

    static String digits(String text) {
        StringBuilder digits = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }
}
