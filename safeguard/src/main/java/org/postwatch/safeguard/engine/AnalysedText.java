package org.postwatch.safeguard.engine;

import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The text of one check and what detectors derive from it (folded views, context cues, name mentions), each
 * computed at most once, when the first detector asks, and shared by the rest. Belongs to one check on one thread:
 * not thread-safe, and not to be kept after the check.
 */
public final class AnalysedText {

    /** Names one derived value. Keys are compared by identity: declare each once, as a constant. */
    public static final class Key<T> {
        private static final AtomicInteger COUNT = new AtomicInteger();
        private final int index = COUNT.getAndIncrement();
        private final String name;

        private Key(String name) {
            this.name = name;
        }

        public static <T> Key<T> named(String name) {
            return new Key<>(name);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private final String original;
    private Object[] values = new Object[8];

    private AnalysedText(String original) {
        this.original = Objects.requireNonNull(original, "text");
    }

    public static AnalysedText of(String text) {
        return new AnalysedText(text == null ? "" : text);
    }

    /** The text as the author typed it. */
    public String original() {
        return original;
    }

    /** The value for {@code key}, computed from the original text on first use. */
    @SuppressWarnings("unchecked")
    public <T> T shared(Key<T> key, Function<String, T> compute) {
        if (key.index >= values.length) {
            values = Arrays.copyOf(values, Math.max(key.index + 1, values.length * 2));
        }
        Object value = values[key.index];
        if (value == null) {
            value = Objects.requireNonNull(compute.apply(original), key.name);
            values[key.index] = value;
        }
        return (T) value;
    }
}
