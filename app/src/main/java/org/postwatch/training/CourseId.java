package org.postwatch.training;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies a course in a force's training catalogue. */
public record CourseId(UUID value) implements Serializable {

    public CourseId {
        Objects.requireNonNull(value, "value");
    }

    public static CourseId of(String value) {
        return new CourseId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
