package org.postwatch.platform;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Statistical disclosure control for a set of linked tables, used wherever Postwatch publishes counts that could
 * identify people (conduct's FOI statistics, insights' inspectorate view; docs/conduct.md). Primary suppression hides
 * every count from 1 to 4. Secondary suppression then works through each published sum ("this total is the sum of
 * these parts"): wherever one hidden number could be worked out by subtraction, or several hidden numbers would add up
 * to fewer than 5, it hides the next smallest part too, until nothing changes. Every table that shares a total is
 * registered together, so a number hidden in one cannot be recovered from another.
 */
public final class Suppression {

    public static final int THRESHOLD = 5;

    private final Map<String, Long> values = new LinkedHashMap<>();
    private final List<Sum> sums = new ArrayList<>();
    private final Set<String> hidden = new HashSet<>();
    private boolean applied;

    private record Sum(String total, List<String> parts) {}

    public Suppression count(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException("A count cannot be negative: " + name);
        }
        values.put(name, value);
        return this;
    }

    /** Declares that {@code total} is published and equals the sum of {@code parts}. */
    public Suppression sum(String total, List<String> parts) {
        long sum = parts.stream().mapToLong(this::require).sum();
        if (sum != require(total)) {
            throw new IllegalArgumentException(total + " is " + values.get(total) + " but its parts add up to " + sum);
        }
        sums.add(new Sum(total, List.copyOf(parts)));
        return this;
    }

    public Suppression apply() {
        values.forEach((name, value) -> {
            if (value > 0 && value < THRESHOLD) {
                hidden.add(name);
            }
        });
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Sum sum : sums) {
                if (needsMore(sum)) {
                    Optional<String> next = nextToHide(sum);
                    if (next.isPresent()) {
                        hidden.add(next.get());
                        changed = true;
                    }
                }
            }
        }
        applied = true;
        return this;
    }

    private boolean needsMore(Sum sum) {
        long hiddenParts = sum.parts().stream().filter(hidden::contains).count();
        boolean totalHidden = hidden.contains(sum.total());
        long hiddenItems = hiddenParts + (totalHidden ? 1 : 0);
        if (hiddenItems == 0) {
            return false;
        }
        if (hiddenItems == 1) {
            return true;
        }
        if (totalHidden) {
            return false;
        }
        long remainder = sum.parts().stream()
                .filter(hidden::contains)
                .mapToLong(values::get)
                .sum();
        return remainder > 0 && remainder < THRESHOLD;
    }

    /** The smallest visible non-zero part, else a visible zero part, else the total itself. */
    private Optional<String> nextToHide(Sum sum) {
        Optional<String> part = sum.parts().stream()
                .filter(name -> !hidden.contains(name))
                .min(Comparator.<String>comparingInt(name -> values.get(name) == 0 ? 1 : 0)
                        .thenComparingLong(values::get)
                        .thenComparing(Comparator.naturalOrder()));
        if (part.isPresent()) {
            return part;
        }
        return hidden.contains(sum.total()) ? Optional.empty() : Optional.of(sum.total());
    }

    public boolean hidden(String name) {
        if (!applied) {
            throw new IllegalStateException("Apply suppression before reading figures");
        }
        require(name);
        return hidden.contains(name);
    }

    public long value(String name) {
        return require(name);
    }

    private long require(String name) {
        Long value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("No count named " + name);
        }
        return value;
    }
}
