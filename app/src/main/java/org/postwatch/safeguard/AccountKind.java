package org.postwatch.safeguard;

/** Whose voice a post is in. PERSONAL is a staff member's own account: checks there only ever advise. */
public enum AccountKind {
    CORPORATE("The force's main account"),
    TEAM("A team or station account"),
    INDIVIDUAL("An officer's named work account"),
    PERSONAL("Your own personal account");

    private final String label;

    AccountKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
