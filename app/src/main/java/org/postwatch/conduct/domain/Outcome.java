package org.postwatch.conduct.domain;

/** How a case ended. */
public enum Outcome {
    NO_CASE_TO_ANSWER("No case to answer"),
    NO_FURTHER_ACTION("No further action"),
    REFLECTIVE_PRACTICE("Reflective practice"),
    MANAGEMENT_ACTION("Management action"),
    WRITTEN_WARNING("Written warning"),
    FINAL_WRITTEN_WARNING("Final written warning"),
    DISMISSAL("Dismissal"),
    RESIGNED("Resigned"),
    RETIRED("Retired");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The person is no longer serving: the FOI question "dismissal, resignation or retirement". */
    public boolean endsService() {
        return this == DISMISSAL || this == RESIGNED || this == RETIRED;
    }

    /** A sanction that can only follow a finding of misconduct or gross misconduct. */
    public boolean isDisciplinarySanction() {
        return this == WRITTEN_WARNING || this == FINAL_WRITTEN_WARNING || this == DISMISSAL;
    }
}
