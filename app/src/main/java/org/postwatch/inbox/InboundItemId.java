package org.postwatch.inbox;

import java.util.Objects;
import java.util.UUID;

/** One incoming comment, mention or message, stored once however often it is fetched. */
public record InboundItemId(UUID value) {
    public InboundItemId {
        Objects.requireNonNull(value, "value");
    }

    public static InboundItemId random() {
        return new InboundItemId(UUID.randomUUID());
    }

    public static InboundItemId parse(String text) {
        return new InboundItemId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
