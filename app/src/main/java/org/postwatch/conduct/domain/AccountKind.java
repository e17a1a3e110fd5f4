package org.postwatch.conduct.domain;

/** Whose account was used: most cases involve personal accounts. */
public enum AccountKind {
    OFFICIAL("Official force account"),
    PERSONAL("Personal account"),
    CLOSED_GROUP("Closed group");

    private final String label;

    AccountKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
