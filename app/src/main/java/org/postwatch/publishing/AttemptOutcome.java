package org.postwatch.publishing;

/** What became of one call to the platform. */
public enum AttemptOutcome {
    IN_FLIGHT("Sending", false),
    PUBLISHED("Published", true),
    FOUND_BY_READ_BACK("Published (confirmed by reading the account back)", true),
    AMBIGUOUS("No answer: checking whether it was published", false),
    NOT_FOUND_BY_READ_BACK("Not published (confirmed by reading the account back)", true),
    RATE_LIMITED("Rate limited by the platform", true),
    RETRYABLE_ERROR("Platform error: will retry", true),
    REJECTED("Refused by the platform", true),
    NO_CREDENTIALS("No usable credentials", true),
    UNCONFIRMED("Could not confirm whether it was published", true);

    private final String label;
    private final boolean resolved;

    AttemptOutcome(String label, boolean resolved) {
        this.label = label;
        this.resolved = resolved;
    }

    public String label() {
        return label;
    }

    /** False while the attempt might still have put the post on the platform and nobody has checked. */
    public boolean resolved() {
        return resolved;
    }
}
