package org.postwatch.archive;

/** What a retention review decides for a record. */
public enum ReviewDecision {
    /** Keep it, with a reason, until a new review date. */
    RETAIN,
    /** Remove its content, keeping a tombstone with its hash. Refused while a legal hold covers it. */
    DISPOSE
}
