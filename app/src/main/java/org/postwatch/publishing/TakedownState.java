package org.postwatch.publishing;

/** Where taking a published post down has got to. */
public enum TakedownState {
    REQUESTED("Being taken down"),
    TAKEN_DOWN("Taken down"),
    FAILED("Could not be taken down");

    private final String label;

    TakedownState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
