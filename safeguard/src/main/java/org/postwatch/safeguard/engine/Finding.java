package org.postwatch.safeguard.engine;

import java.util.Objects;

/**
 * One risk found in a post.
 *
 * @param rule stable rule id, for example {@code personal-data.phone-uk}
 * @param reason plain English an officer understands
 * @param suggestion a suggested fix, or {@code null} when there is none
 */
public record Finding(
        Category category,
        String rule,
        Span span,
        Severity severity,
        double confidence,
        String reason,
        String suggestion) {

    public Finding {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(reason, "reason");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        }
    }
}
