package org.postwatch.inbox;

/** What triage decided an incoming item is, riskiest first. */
public enum InboundCategory {
    RISK_TO_LIFE("Risk to life"),
    CRIME_REPORT("Crime report"),
    INTELLIGENCE("Intelligence"),
    ABUSE("Abuse"),
    QUESTION("Question"),
    COMMENT("Comment");

    private final String label;

    InboundCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
