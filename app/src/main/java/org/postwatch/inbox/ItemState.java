package org.postwatch.inbox;

/** Where an incoming item is on the desk. Only OPEN items wait for someone to act. */
public enum ItemState {
    OPEN("Waiting"),
    AWAITING_APPROVAL("Reply awaiting approval"),
    REPLYING("Reply being published"),
    ANSWERED("Answered"),
    HANDED_OFF("Handed off"),
    NO_REPLY_NEEDED("No reply needed"),
    MODERATED("Moderated");

    private final String label;

    ItemState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Still the desk's to deal with. */
    public boolean waiting() {
        return this == OPEN || this == AWAITING_APPROVAL;
    }
}
