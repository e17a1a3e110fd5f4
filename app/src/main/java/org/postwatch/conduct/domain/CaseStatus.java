package org.postwatch.conduct.domain;

/** Where a case is in its life. */
public enum CaseStatus {
    OPEN("Open"),
    CONCLUDED("Concluded");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
