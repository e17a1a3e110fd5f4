package org.postwatch.safeguard.detectors;

import java.util.ArrayList;
import java.util.List;
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
 * Dates of birth: a date right after "born", "DOB", "d.o.b.", "b." or "date of birth", or a full date right after a
 * person's name ("Jo Bloggs (02.05.1970)"). Other dates (events, incidents) and police animals' birthdays are not
 * personal data and are not flagged.
 */
public final class DateOfBirthDetector implements Detector {

    private static final String MONTH =
            "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
                    + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
    private static final String DAY = "(?:[0-3]?\\d)(?:st|nd|rd|th)?";
    private static final String YEAR = "(?:\\d{4}|'?\\d{2})(?!\\d)";
    // Round 14: a date of birth said in words, after "born" or "DOB": "the fourteenth of March two thousand and nine",
    // "twenty-second of July, 2008", "3rd of June nineteen fifty-one".
    private static final String UNIT = "(?:one|two|three|four|five|six|seven|eight|nine)";
    private static final String TEENS_TENS = "(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
            + "|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-]" + UNIT + ")?)";
    private static final String DAY_WORDS = "(?:(?:twenty|thirty)[\\s-])?(?:first|second|third|fourth|fifth|sixth"
            + "|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth"
            + "|eighteenth|nineteenth|twentieth|thirtieth)";
    private static final String YEAR_WORDS = "(?:two\\s{1,2}thousand(?:\\s{1,2}and)?(?:\\s{1,2}(?:" + UNIT + "|"
            + TEENS_TENS + "))?|nineteen\\s{1,2}(?:hundred\\s{1,2}and\\s{1,2})?" + TEENS_TENS + "|twenty\\s{1,2}"
            + TEENS_TENS + ")";
    private static final String DATE_IN_WORDS = "(?:" + DAY_WORDS + "|" + DAY + ")\\s{1,2}of\\s{1,2}" + MONTH
            + ",?\\s{1,2}" + YEAR_WORDS + "(?![\\w-])|" + DAY_WORDS + "\\s{1,2}(?:of\\s{1,2})?" + MONTH
            + ",?\\s{1,2}\\d{4}";
    private static final String DATE = "(?:" + DATE_IN_WORDS + "|"
            + "[0-3]?\\d[/.-][01]?\\d[/.-](?:\\d{4}|\\d{2})" // 16/01/1960, 16.01.60
            // 17th June 1999, 9 Jan 41, 12-Mar-1990, 3rd of March '87
            + "|" + DAY + "(?:\\s{1,2}(?:of\\s{1,2})?|[-/])" + MONTH + "\\.?(?:,?\\s{1,2}|[-/])" + YEAR
            + "|" + MONTH + "\\.?\\s{1,2}" + DAY + ",?\\s{1,2}\\d{4}" // November 21, 1998
            + "|(?:19|20)\\d{2}[-/][01]?\\d[-/][0-3]?\\d" // 1998-11-21, 1998/11/21
            + "|(?:19|20)\\d{2}" // a year alone, kept only where yearOfBirth says so
            + ")";
    private static final String WEEKDAY =
            "(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?\\s{1,2}(?:the\\s{1,2})?)?";
    private static final Pattern DOB = Pattern.compile("(?i)\\b(?:born(?:\\s{1,2}on)?(?:\\s{1,2}the)?"
            + "|d\\.?\\s?o\\.?\\s?b\\.?|date[\\s-]{1,2}of[\\s-]{1,2}birth|birth\\s?date|birthday"
            // "(b. 3/4/91)": the genealogists' "b." only before a date with digits
            + "|(?<![\\w.])b\\.(?=\\s{0,2}[0-3]?\\d))"
            + "\\s{0,2}(?:(?:is|was|of|being|as|given\\s{1,2}as|:|-|–"
            // Round 24 (the date set off by a comma): "and her date of birth, 12/05/1949.", "DOB, 3 March 1961,", "date
            // of birth, which is 4/7/88"; a year alone after the comma is not read (yearOfBirth), nor a date after
            // "birthday,".
            + "|(?<!day),(?:\\s{0,2}(?:which\\s{1,2})?(?:is|was)(?=\\s))?)\\s{0,2}(?:the\\s{1,2})?)?\\(?\\s{0,2}"
            + WEEKDAY
            + "(" + DATE
            + ")(?![\\w/])");
    // A full date right after a person's name, in brackets or between commas: "Jo Bloggs, 11/02/1985," or
    // "Jo Bloggs (02.05.1970)". Only a date with a year of birth (four digits, or two in brackets) counts.
    private static final Pattern DATE_AFTER_NAME = Pattern.compile("(?:,\\s{0,2}|\\s{0,2}\\(\\s{0,2})"
            + "([0-3]?\\d[/.-][01]?\\d[/.-](?:19|20)\\d{2}|[0-3]?\\d(?:st|nd|rd|th)?\\s{1,2}" + MONTH
            + "\\.?,?\\s{1,2}(?:19|20)\\d{2})(?![\\w/])\\s{0,2}[,.;)]?");
    private static final Pattern SHORT_DATE_IN_BRACKETS = Pattern.compile(
            "\\s{0,2}\\(\\s{0,2}([0-3]?\\d[/.-][01]?\\d[/.-]\\d{2})\\s{0,2}\\)|,\\s{0,2}([0-3]?\\d([/.-])[01]?\\d\\3\\d{2}),");
    // A police dog's or horse's birthday is not personal data: "PD Kaiser (born 3 May 2016)".
    private static final Pattern ANIMAL_BEFORE = Pattern.compile(
            "(?:\\b(?:PD|PH|PDs)\\s{1,2}[A-Z][a-z]{1,15}|(?i:\\b(?:police|our|the)\\s{1,2}(?:dog|horse|pup|puppy)"
                    + "(?:\\s{1,2}[A-Z][a-z]{1,15})?))\\s{0,2}[,(]?\\s{0,2}(?:who\\s{1,2}was\\s{1,2}|was\\s{1,2})?$");

    @Override
    public String name() {
        return "personal-data.dob";
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
        String original = text.original();
        // The names are found once per check and shared with the name detector: asking here costs nothing more.
        return detect(original, LowerCase.of(text), NameFinder.find(text));
    }

    private static List<Finding> detect(String text, String lower, List<NameFinder.Mention> names) {
        List<Finding> findings = new ArrayList<>();
        if (lower.contains("born")
                || lower.contains("birth")
                || lower.contains("o.b")
                || lower.contains("dob")
                || lower.contains("o b")
                || initialB(lower)) {
            Matcher m = DOB.matcher(text);
            while (m.find() && findings.size() < Windows.MAX_MATCHES) {
                if (!animalBefore(text, m.start()) && (m.end(1) - m.start(1) != 4 || yearOfBirth(text, m))) {
                    findings.add(finding(m.start(1), m.end(1)));
                }
            }
        }
        for (NameFinder.Mention name : names) {
            int end = name.end();
            if (end >= text.length()
                    || (text.charAt(end) != ',' && text.charAt(end) != ' ' && text.charAt(end) != '(')) {
                continue;
            }
            Matcher after = DATE_AFTER_NAME.matcher(text);
            after.region(end, Math.min(text.length(), end + 32));
            Matcher bracketed = SHORT_DATE_IN_BRACKETS.matcher(text);
            bracketed.region(end, Math.min(text.length(), end + 16));
            Matcher hit = after.lookingAt() ? after : bracketed.lookingAt() ? bracketed : null;
            int group = hit != null && hit.start(1) < 0 ? 2 : 1;
            if (hit != null && !covered(findings, hit.start(group))) {
                findings.add(finding(hit.start(group), hit.end(group)));
            }
        }
        return findings;
    }

    /**
     * A year alone is someone's year of birth after "DOB" or "date of birth", or after "born" or "b." set off in
     * brackets or commas beside the person: "aged 34 (born 1990)", "Peter Oduya, born 1988,", "(b. 1979)". Not
     * "Born in 1990? Apply now", "people born before 1960" or a birthday.
     */
    private static boolean yearOfBirth(String text, Matcher m) {
        int keyword = m.start();
        int comma = text.indexOf(',', keyword);
        if (comma >= 0 && comma < m.start(1)) {
            return false; // Round 24: "name and date of birth, 2019 onwards": a year after a comma is not one of birth
        }
        if (text.regionMatches(true, keyword, "birth", 0, 5)) {
            return false;
        }
        if (!text.regionMatches(true, keyword, "born", 0, 4) && !text.regionMatches(true, keyword, "b.", 0, 2)) {
            return true; // "DOB 1990", "date of birth: 1990"
        }
        int before = keyword - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        int after = m.end(1);
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        return before >= 0
                && (text.charAt(before) == '(' || text.charAt(before) == ',')
                && (after == text.length() || text.charAt(after) == ')' || text.charAt(after) == ',');
    }

    /** "b." standing alone, as in "(b. 3/4/91)"; not the end of "pub." or "club.". */
    private static boolean initialB(String lower) {
        int at = lower.indexOf("b.");
        while (at >= 0) {
            if (at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1))) {
                return true;
            }
            at = lower.indexOf("b.", at + 2);
        }
        return false;
    }

    private static boolean covered(List<Finding> findings, int at) {
        for (Finding f : findings) {
            if (f.span().start() <= at && at < f.span().end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean animalBefore(String text, int anchor) {
        Matcher m = ANIMAL_BEFORE.matcher(text);
        m.region(Math.max(0, anchor - 40), anchor);
        return m.find();
    }

    private static Finding finding(int start, int end) {
        return new Finding(
                Category.PERSONAL_DATA,
                "personal-data.dob",
                new Span(start, end),
                Severity.HIGH,
                0.95,
                "This is someone's date of birth.",
                "Give their age instead, for example 'a 34-year-old woman'.");
    }
}
