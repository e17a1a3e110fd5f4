package org.postwatch.insights;

import java.util.Locale;

/**
 * One cell of a table: the number it shows (null when there is none to chart) and its text. A suppressed figure never
 * carries its number, so it cannot leak through a chart, an export or the API.
 */
public record Value(Double number, String text) {

    /** How a suppressed figure reads everywhere: the same word conduct's statistics use. */
    public static final String SUPPRESSED = org.postwatch.conduct.Figure.SUPPRESSED;

    public static Value count(long n) {
        return new Value((double) n, String.format(Locale.UK, "%,d", n));
    }

    public static Value decimal(double n, int places) {
        double scale = Math.pow(10, places);
        double rounded = Math.round(n * scale) / scale;
        return new Value(rounded, String.format(Locale.UK, "%,." + places + "f", rounded));
    }

    /** A share of a whole as a percentage with one decimal; a dash when the whole is zero. */
    public static Value percent(long part, long whole) {
        return whole == 0 ? none() : decimal(100.0 * part / whole, 1);
    }

    public static Value text(String text) {
        return new Value(null, text);
    }

    /** Nothing to show: nothing was counted. */
    public static Value none() {
        return new Value(null, "–");
    }

    public static Value suppressed() {
        return new Value(null, SUPPRESSED);
    }

    public boolean isSuppressed() {
        return SUPPRESSED.equals(text) && number == null;
    }

    @Override
    public String toString() {
        return text;
    }
}
