package org.postwatch.safeguard.domain;

/** Where a policy version is in its life: drafted, in force, or replaced by a later activation. */
public enum PolicyStatus {
    DRAFT("Draft"),
    ACTIVE("Active"),
    RETIRED("Replaced");

    private final String label;

    PolicyStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
