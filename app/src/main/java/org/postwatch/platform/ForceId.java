package org.postwatch.platform;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies a police force, the tenant every force-owned record belongs to. */
public record ForceId(UUID value) implements Serializable {

    public ForceId {
        Objects.requireNonNull(value, "value");
    }

    public static ForceId of(String value) {
        return new ForceId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
