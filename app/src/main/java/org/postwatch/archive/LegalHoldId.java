package org.postwatch.archive;

import java.util.Objects;
import java.util.UUID;

/** Identifies a legal hold. */
public record LegalHoldId(UUID value) {

    public LegalHoldId {
        Objects.requireNonNull(value, "value");
    }

    public static LegalHoldId of(String value) {
        return new LegalHoldId(UUID.fromString(value));
    }

    public static LegalHoldId random() {
        return new LegalHoldId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
