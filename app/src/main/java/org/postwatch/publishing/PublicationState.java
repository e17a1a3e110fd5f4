package org.postwatch.publishing;

/** Where a publication is. SCHEDULED includes waiting for a retry, a rate limit or a pause. */
public enum PublicationState {
    SCHEDULED("Scheduled"),
    PUBLISHING("Publishing"),
    PUBLISHED("Published"),
    FAILED("Failed"),
    CANCELLED("Cancelled");

    private final String label;

    PublicationState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isFinal() {
        return this == PUBLISHED || this == FAILED || this == CANCELLED;
    }
}
