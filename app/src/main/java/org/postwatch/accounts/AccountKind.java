package org.postwatch.accounts;

/** Who an account speaks for. */
public enum AccountKind {
    CORPORATE("Corporate", "The force's own voice, run by corporate communications"),
    TEAM("Team", "A unit or team, such as a dog unit or a neighbourhood team"),
    INDIVIDUAL("Individual", "An accredited officer's or staff member's work account"),
    UNOFFICIAL("Unofficial", "Known to be run without approval; to be transferred to the force or closed");

    private final String label;
    private final String description;

    AccountKind(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
