package org.postwatch.conduct.domain;

/** What the allegation is about; a case may have several. */
public enum AllegationCategory {
    DISCRIMINATORY_OR_OFFENSIVE("Discriminatory or offensive content"),
    OPERATIONAL_DISCLOSURE("Disclosure of operational information"),
    DATA_PROTECTION("Data protection breach"),
    INAPPROPRIATE_CONTACT("Inappropriate contact with a victim, witness or suspect"),
    ABUSE_OF_PUBLIC("Abuse of a member of the public"),
    INAPPROPRIATE_IMAGERY("Inappropriate imagery"),
    POLITICAL_ACTIVITY("Political activity"),
    DISREPUTE("Bringing the service into disrepute");

    private final String label;

    AllegationCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
