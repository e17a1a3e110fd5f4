package org.postwatch.publishing;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies one publication: one post going to one account. The caller chooses it, so scheduling is idempotent. */
public record PublicationId(UUID value) implements Serializable {

    public PublicationId {
        Objects.requireNonNull(value, "value");
    }

    public static PublicationId of(String value) {
        return new PublicationId(UUID.fromString(value));
    }

    public static PublicationId random() {
        return new PublicationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
