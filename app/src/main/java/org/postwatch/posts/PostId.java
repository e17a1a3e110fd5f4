package org.postwatch.posts;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies one post. */
public record PostId(UUID value) implements Serializable {

    public PostId {
        Objects.requireNonNull(value, "value");
    }

    public static PostId of(String value) {
        return new PostId(UUID.fromString(value));
    }

    public static PostId random() {
        return new PostId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
