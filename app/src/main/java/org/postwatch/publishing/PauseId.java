package org.postwatch.publishing;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies one critical-incident pause. */
public record PauseId(UUID value) implements Serializable {

    public PauseId {
        Objects.requireNonNull(value, "value");
    }

    public static PauseId of(String value) {
        return new PauseId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
