package org.postwatch.audit;

/** How a force's audit chain was found to be broken. */
public enum BreakKind {
    EDITED("Edited entry", "An entry's content no longer matches its hash."),
    DELETED("Deleted entry", "An entry is missing from the middle of the chain."),
    INSERTED("Inserted entry", "An entry was added that the chain never recorded."),
    REORDERED("Reordered entries", "Entries are out of the order in which they were chained."),
    TRUNCATED("Truncated tail", "Entries at the end of the chain are missing."),
    REWRITTEN(
            "Rewritten chain",
            "The chain no longer matches a signed checkpoint: entries were changed and their hashes recomputed."),
    BAD_SIGNATURE("Bad checkpoint signature", "A checkpoint's signature does not verify with a trusted key.");

    private final String label;
    private final String explanation;

    BreakKind(String label, String explanation) {
        this.label = label;
        this.explanation = explanation;
    }

    public String label() {
        return label;
    }

    public String explanation() {
        return explanation;
    }
}
