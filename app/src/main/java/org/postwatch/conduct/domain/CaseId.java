package org.postwatch.conduct.domain;

import java.util.Objects;
import java.util.UUID;

/** Identifies a conduct case. */
public record CaseId(UUID value) {

    public CaseId {
        Objects.requireNonNull(value, "value");
    }

    public static CaseId random() {
        return new CaseId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
