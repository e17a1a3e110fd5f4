package org.postwatch.conduct.domain;

import java.util.Objects;
import java.util.UUID;

/** Identifies a piece of evidence on a case. */
public record EvidenceId(UUID value) {

    public EvidenceId {
        Objects.requireNonNull(value, "value");
    }

    public static EvidenceId random() {
        return new EvidenceId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
