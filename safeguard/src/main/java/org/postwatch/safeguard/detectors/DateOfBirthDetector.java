package org.postwatch.safeguard.detectors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * Dates of birth: a date right after "born", "DOB", "d.o.b." or "date of birth". Other dates (events, incidents)
 * are not personal data and are not flagged.
 */
public final class DateOfBirthDetector implements Detector {

    private static final String MONTH =
            "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
                    + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
    private static final String DAY = "(?:[0-3]?\\d)(?:st|nd|rd|th)?";
    private static final String YEAR = "(?:\\d{4}|'?\\d{2})(?!\\d)";
    private static final String DATE = "(?:" + "[0-3]?\\d[/.-][01]?\\d[/.-](?:\\d{4}|\\d{2})" // 16/01/1960, 16.01.60
            // 17th June 1999, 9 Jan 41, 12-Mar-1990, 3rd of March '87
            + "|" + DAY + "(?:\\s{1,2}(?:of\\s{1,2})?|[-/])" + MONTH + "\\.?(?:,?\\s{1,2}|[-/])" + YEAR
            + "|" + MONTH + "\\.?\\s{1,2}" + DAY + ",?\\s{1,2}\\d{4}" // November 21, 1998
            + "|(?:19|20)\\d{2}[-/][01]?\\d[-/][0-3]?\\d" // 1998-11-21, 1998/11/21
            + ")";
    private static final Pattern DOB = Pattern.compile("(?i)\\b(?:born(?:\\s{1,2}on)?(?:\\s{1,2}the)?"
            + "|d\\.?\\s?o\\.?\\s?b\\.?|date[\\s-]{1,2}of[\\s-]{1,2}birth|birth\\s?date|birthday)"
            + "\\s{0,2}(?:(?:is|was|of|being|:|-|–)\\s{0,2})?\\(?\\s{0,2}(" + DATE + ")(?![\\w/])");

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
        return detect(text, text.toLowerCase(Locale.ROOT));
    }

    @Override
    public List<Finding> detect(AnalysedText text, CheckContext context) {
        return detect(text.original(), LowerCase.of(text));
    }

    private static List<Finding> detect(String text, String lower) {
        List<Finding> findings = new ArrayList<>();
        if (!lower.contains("born")
                && !lower.contains("birth")
                && !lower.contains("o.b")
                && !lower.contains("dob")
                && !lower.contains("o b")) {
            return findings;
        }
        Matcher m = DOB.matcher(text);
        while (m.find()) {
            findings.add(new Finding(
                    Category.PERSONAL_DATA,
                    "personal-data.dob",
                    new Span(m.start(1), m.end(1)),
                    Severity.HIGH,
                    0.95,
                    "This is someone's date of birth.",
                    "Give their age instead, for example 'a 34-year-old woman'."));
        }
        return findings;
    }
}
