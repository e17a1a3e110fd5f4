package org.postwatch.platform;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies a member of a force's staff: an officer, PCSO, special constable or member of police staff. */
public record StaffId(UUID value) implements Serializable {

    public StaffId {
        Objects.requireNonNull(value, "value");
    }

    public static StaffId of(String value) {
        return new StaffId(UUID.fromString(value));
    }

    public static StaffId random() {
        return new StaffId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
