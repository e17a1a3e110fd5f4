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
    private static final String DATELESS = "(?:[A-Z]{1,3}\\s?\\d{1,4}|\\d{1,4}\\s?[A-Z]{1,3})";

    private static final Pattern DATED =
            Pattern.compile("(?<![\\w/-])(?:" + CURRENT + "|" + PREFIX + "|" + SUFFIX + ")(?![\\w/-])");
    static final Windows.Anchored DATED_WINDOWS = Windows.anchored(DATED);
    private static final Pattern WITH_CONTEXT =
            Pattern.compile("(?i:\\b(?:reg(?:istration)?(?:\\s{1,2}(?:no|number|mark))?"
                    + "|number\\s{1,2}plates?|plates?|vrm|index)\\.?\\s{0,2}[:-]?\\s{0,2})"
                    + "((?i:" + CURRENT + "|" + PREFIX + "|" + SUFFIX + ")|" + DATELESS + ")(?![\\w/-])");

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
            findings.add(finding(dated.start(), dated.end(), 0.85));
        }
        if (!mentionsRegistration(lower)) {
            return findings;
        }
        Matcher withContext = WITH_CONTEXT.matcher(text);
        while (withContext.find()) {
            int start = withContext.start(1);
            int end = withContext.end(1);
            if (NOT_A_VEHICLE.matcher(withContext.group(1)).matches()) {
                continue;
            }
            boolean already = findings.stream().anyMatch(f -> f.span().start() == start);
            if (!already) {
                findings.add(finding(start, end, 0.9));
            }
        }
        return findings;
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
