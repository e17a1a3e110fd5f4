package org.postwatch.conduct;

/** A part of a whole, as a percentage when both numbers may be published. */
public record Share(Figure part, Figure whole) {

    public boolean isSuppressed() {
        return part.isSuppressed() || whole.isSuppressed();
    }

    /** Whole percent, or {@code null} when suppressed or there is nothing to divide by. */
    public Long percent() {
        if (isSuppressed() || whole.value() == 0) {
            return null;
        }
        return Math.round(100.0 * part.value() / whole.value());
    }

    public String text() {
        if (isSuppressed()) {
            return Figure.SUPPRESSED;
        }
        Long percent = percent();
        return percent == null ? "no cases" : percent + "%";
    }
}
