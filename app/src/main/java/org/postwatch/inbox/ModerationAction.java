package org.postwatch.inbox;

/** What the desk can do to an item that breaks the force's community standards. */
public enum ModerationAction {
    HIDE("Hide", "HIDDEN"),
    DELETE("Delete", "DELETED"),
    BLOCK_AUTHOR("Block the author", "BLOCKED_SENDER");

    private final String label;
    private final String archiveOutcome;

    ModerationAction(String label, String archiveOutcome) {
        this.label = label;
        this.archiveOutcome = archiveOutcome;
    }

    public String label() {
        return label;
    }

    /** The word the archive files the action under. */
    public String archiveOutcome() {
        return archiveOutcome;
    }
}
