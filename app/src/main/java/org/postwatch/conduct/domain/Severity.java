package org.postwatch.conduct.domain;

/** The severity assessment of the allegation. */
public enum Severity {
    NO_MISCONDUCT("No misconduct"),
    MISCONDUCT("Misconduct"),
    GROSS_MISCONDUCT("Gross misconduct");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
