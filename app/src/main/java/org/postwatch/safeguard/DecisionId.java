package org.postwatch.safeguard;

import java.util.Objects;
import java.util.UUID;

/** Identifies one recorded safeguard decision. */
public record DecisionId(UUID value) {

    public DecisionId {
        Objects.requireNonNull(value, "value");
    }

    public static DecisionId random() {
        return new DecisionId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
