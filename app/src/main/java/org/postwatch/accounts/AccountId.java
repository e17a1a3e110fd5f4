package org.postwatch.accounts;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies one of a force's social media accounts. */
public record AccountId(UUID value) implements Serializable {

    public AccountId {
        Objects.requireNonNull(value, "value");
    }

    public static AccountId of(String value) {
        return new AccountId(UUID.fromString(value));
    }

    public static AccountId random() {
        return new AccountId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
