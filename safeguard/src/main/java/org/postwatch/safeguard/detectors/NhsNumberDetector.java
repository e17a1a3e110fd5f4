package org.postwatch.safeguard.detectors;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.postwatch.safeguard.engine.AnalysedText;
import org.postwatch.safeguard.engine.Category;
import org.postwatch.safeguard.engine.CheckContext;
import org.postwatch.safeguard.engine.Detector;
import org.postwatch.safeguard.engine.Finding;
import org.postwatch.safeguard.engine.Severity;
import org.postwatch.safeguard.engine.Span;

/**
 * NHS numbers: ten digits whose last is the mod-11 check digit. One in eleven ten-digit references passes the check
 * by chance, so a number counts only when written 3-3-4 or near the word "NHS", and never after "reference", "log"
 * or "incident".
 */
public final class NhsNumberDetector implements Detector {

    private static final Pattern NHS = Pattern.compile("(?<![\\w/-])(\\d{3})([ -]?)(\\d{3})\\2(\\d{4})(?![\\w/-])");
    static final Windows.Anchored NHS_WINDOWS = Windows.anchored(NHS);
    private static final Pattern NHS_CONTEXT = Pattern.compile("(?i)\\b(?:nhs|health|patient|hospital)\\b");
    private static final Pattern REFERENCE_CONTEXT =
            Pattern.compile("(?i)\\b(?:ref(?:erence)?|log|incident|crime|case|quote|occurrence|call)\\b[^.\\d]{0,20}$");

    @Override
    public String name() {
        return "personal-data.nhs";
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
        for (MatchResult m : Windows.nearDigits(NHS_WINDOWS, text, Windows.digits(analysed), 0, 14, 10)) {
            String digits = m.group(1) + m.group(3) + m.group(4);
            if (!passesCheckDigit(digits)) {
                continue;
            }
            String before = text.substring(Math.max(0, m.start() - 40), m.start());
            boolean nhsNearby = NHS_CONTEXT.matcher(before).find();
            boolean spaced = !m.group(2).isEmpty();
            if ((!nhsNearby && !spaced) || REFERENCE_CONTEXT.matcher(before).find()) {
                continue;
            }
            findings.add(new Finding(
                    Category.PERSONAL_DATA,
                    "personal-data.nhs-number",
                    new Span(m.start(), m.end()),
                    Severity.HIGH,
                    nhsNearby ? 0.95 : 0.75,
                    "This looks like an NHS number, which identifies a patient.",
                    "Remove it."));
        }
        return findings;
    }

    static boolean passesCheckDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(9) - '0';
    }
}
