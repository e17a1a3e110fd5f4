package org.postwatch.safeguard.engine;

/** What happens to a post, from least to most restrictive. */
public enum Outcome {
    /** Safe: goes straight out. */
    ALLOW,
    /** The author sees a warning and confirms. */
    ADVISE,
    /** Held for the communications team. */
    REVIEW,
    /** Must be edited before it can go anywhere. */
    BLOCK;

    public Outcome atLeast(Outcome other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
