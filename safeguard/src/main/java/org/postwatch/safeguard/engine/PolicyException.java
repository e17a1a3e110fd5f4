package org.postwatch.safeguard.engine;

import java.util.List;

/** A policy file that cannot be used, with every problem found, each starting with its line number. */
public final class PolicyException extends Exception {

    private final List<String> errors;

    public PolicyException(List<String> errors) {
        super("Invalid policy:\n  " + String.join("\n  ", errors));
        this.errors = List.copyOf(errors);
    }

    /** For example {@code line 7: unknown category 'PERSNAL_DATA'}. */
    public List<String> errors() {
        return errors;
    }
}
