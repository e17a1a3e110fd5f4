package org.postwatch.safeguard;

/**
 * One risk found in a post, with the outcome the force's policy gave it.
 *
 * @param rule stable rule id, for example {@code personal-data.phone-uk}
 * @param start first character of the words concerned (inclusive); equal to {@code end} for an attachment
 * @param end character after the words concerned (exclusive)
 * @param reason plain English the author understands
 * @param suggestion a suggested fix, or {@code null}
 */
public record CheckFinding(
        Category category,
        String rule,
        int start,
        int end,
        Severity severity,
        double confidence,
        String reason,
        String suggestion,
        Outcome outcome) {

    /** True when the finding is about words in the text rather than an attachment. */
    public boolean hasSpan() {
        return end > start;
    }
}
