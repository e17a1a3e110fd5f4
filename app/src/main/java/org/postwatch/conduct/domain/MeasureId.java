package org.postwatch.conduct.domain;

import java.util.Objects;
import java.util.UUID;

/** Identifies an interim measure. */
public record MeasureId(UUID value) {

    public MeasureId {
        Objects.requireNonNull(value, "value");
    }

    public static MeasureId random() {
        return new MeasureId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
