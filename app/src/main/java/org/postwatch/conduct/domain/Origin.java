package org.postwatch.conduct.domain;

/** How a case came to professional standards' attention. */
public enum Origin {
    PUBLIC_COMPLAINT("Public complaint"),
    INTERNAL_REPORT("Internal report"),
    MONITORING("Monitoring"),
    REFERRAL("Referral");

    private final String label;

    Origin(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
