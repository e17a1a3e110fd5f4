package org.postwatch.safeguard.engine;

import java.util.List;

/**
 * Finds one kind of risk. Implementations are pure and thread-safe: no I/O, no shared mutable state; word
 * lists and patterns are loaded once, from resources, when the detector is built.
 */
public interface Detector {

    /** Stable name, for example {@code personal-data.phone}. */
    String name();

    Category category();

    List<Finding> detect(String text, CheckContext context);
}
