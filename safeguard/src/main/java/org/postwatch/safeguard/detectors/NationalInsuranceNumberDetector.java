package org.postwatch.safeguard.detectors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

/** National Insurance numbers ("QQ 12 34 56 C"), with only the prefixes HMRC issues. */
public final class NationalInsuranceNumberDetector implements Detector {

    // First letter never D, F, I, Q, U, V; second never D, F, I, O, Q, U, V.
    private static final Pattern NINO =
            Pattern.compile("(?<![A-Za-z0-9])([A-CEGHJ-PR-TW-Za-ceghj-pr-tw-z][A-CEGHJ-NPR-TW-Za-ceghj-npr-tw-z])"
                    + "[ -]?\\d{2}[ -]?\\d{2}[ -]?\\d{2}[ -]?[A-Da-d](?![A-Za-z0-9])");
    static final Windows.Anchored NINO_WINDOWS = Windows.anchored(NINO);

    private static final Set<String> NEVER_ISSUED = Set.of("BG", "GB", "NK", "KN", "TN", "NT", "ZZ");

    @Override
    public String name() {
        return "personal-data.nino";
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
        for (MatchResult m : Windows.nearDigits(NINO_WINDOWS, text, Windows.digits(analysed), 3, 14, 6)) {
            if (NEVER_ISSUED.contains(m.group(1).toUpperCase(Locale.ROOT))) {
                continue;
            }
            findings.add(new Finding(
                    Category.PERSONAL_DATA,
                    "personal-data.nino",
                    new Span(m.start(), m.end()),
                    Severity.HIGH,
                    0.95,
                    "This looks like a National Insurance number.",
                    "Remove it: say 'a National Insurance number' instead."));
        }
        return findings;
    }
}
