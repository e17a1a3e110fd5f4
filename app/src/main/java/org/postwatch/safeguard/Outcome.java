package org.postwatch.safeguard;

/** What happens to a post, from least to most restrictive. */
public enum Outcome {
    /** Safe: goes straight out. */
    ALLOW("Allowed"),
    /** The author sees a warning and confirms. */
    ADVISE("Advice"),
    /** Held for the communications team. */
    REVIEW("Held for review"),
    /** Must be edited before it can go anywhere. */
    BLOCK("Blocked");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
