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
 * Payment card numbers: 13 to 19 digits from a card scheme's range that pass the Luhn check, standing on their own
 * (not digits inside a longer code such as a UUID or a reference with letters).
 */
public final class PaymentCardDetector implements Detector {

    private static final Pattern CARD = Pattern.compile("(?<![\\w/-])[2-6]\\d{2,3}(?:[ -]?\\d{1,4}){2,5}(?![\\w/-])");
    static final Windows.Anchored CARD_WINDOWS = Windows.anchored(CARD);

    @Override
    public String name() {
        return "personal-data.card";
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
        for (MatchResult m : Windows.nearDigits(CARD_WINDOWS, text, Windows.digits(analysed), 0, 30, 13)) {
            String digits = PhoneNumberDetector.digits(m.group());
            if (digits.length() < 13 || digits.length() > 19 || !isCardRange(digits) || !passesLuhn(digits)) {
                continue;
            }
            findings.add(new Finding(
                    Category.PERSONAL_DATA,
                    "personal-data.payment-card",
                    new Span(m.start(), m.end()),
                    Severity.HIGH,
                    0.95,
                    "This looks like a payment card number.",
                    "Remove it completely; never post card details, even partly."));
        }
        return findings;
    }

    private static boolean isCardRange(String digits) {
        int two = Integer.parseInt(digits.substring(0, 2));
        return digits.charAt(0) == '4' // Visa
                || (two >= 51 && two <= 55) // Mastercard
                || (two >= 22 && two <= 27) // Mastercard 2-series
                || two == 34
                || two == 37 // American Express
                || digits.charAt(0) == '6'; // Discover, Maestro, UnionPay
    }

    static boolean passesLuhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }
}
