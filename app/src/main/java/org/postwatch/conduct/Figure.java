package org.postwatch.conduct;

import org.postwatch.platform.Suppression;

/**
 * A count as it may be published: the number, or suppressed. A suppressed figure never carries its number, so it cannot
 * leak through an export, a chart or an API response.
 */
public record Figure(Long value) {

    /** How every suppressed figure reads, in tables, charts and exports alike. */
    public static final String SUPPRESSED = "suppressed";

    /**
     * Explains the marker: one wording everywhere, so a reader cannot tell a small number from one withheld to protect
     * it.
     */
    public static final String SUPPRESSION_NOTE = "\"suppressed\" means fewer than 5, or a number withheld so that one"
            + " fewer than 5 cannot be worked out from the totals.";

    public static Figure of(long value) {
        return new Figure(value);
    }

    /** The named count as a suppression (already applied) lets it be published. */
    public static Figure of(Suppression suppression, String name) {
        return suppression.hidden(name) ? suppressed() : of(suppression.value(name));
    }

    public static Figure suppressed() {
        return new Figure(null);
    }

    public boolean isSuppressed() {
        return value == null;
    }

    public String text() {
        return value == null ? SUPPRESSED : Long.toString(value);
    }

    @Override
    public String toString() {
        return text();
    }
}
