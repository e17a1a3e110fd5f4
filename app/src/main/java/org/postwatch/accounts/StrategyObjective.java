package org.postwatch.accounts;

/** The force communication strategy's objectives an account (and, later, a post) serves. A fixed set for now. */
public enum StrategyObjective {
    ENGAGEMENT("Engagement"),
    APPEAL_FOR_INFORMATION("Appeals for information"),
    CRIME_PREVENTION("Crime prevention"),
    REASSURANCE("Reassurance"),
    ROAD_SAFETY("Road safety"),
    RECRUITMENT("Recruitment"),
    MISSING_PERSONS("Missing persons"),
    WARNING_AND_INFORMING("Warning and informing");

    private final String label;

    StrategyObjective(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
