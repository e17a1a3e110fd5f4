package org.postwatch.platform;

/** What a person may do in Postwatch. A person may hold several roles. */
public enum Role {
    CONTRIBUTOR("Contributor", "Drafts and posts to the accounts they are authorised for"),
    REVIEWER("Reviewer", "Reviews held posts, manages the inbox, pauses posting in a critical incident"),
    ACCOUNT_MANAGER("Account manager", "Registers accounts, grants contributors, runs security reviews"),
    TRAINING_ADMIN("Training administrator", "Records courses and completions"),
    PROFESSIONAL_STANDARDS("Professional standards", "Records and investigates misuse cases, produces FOI statistics"),
    FORCE_ADMIN("Force administrator", "Manages users, roles, force policy and retention settings"),
    INSPECTOR("Inspector", "Sees aggregates across forces, never personal data");

    private final String label;
    private final String description;

    Role(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** The Spring Security authority for this role, for example {@code ROLE_REVIEWER}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
