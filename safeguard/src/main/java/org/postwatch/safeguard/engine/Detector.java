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

    /**
     * The same check on a text shared with the other detectors of one check, so derived views (folded text, context
     * cues) are computed once per check rather than once per detector. Override it to use them.
     */
    default List<Finding> detect(AnalysedText text, CheckContext context) {
        return detect(text.original(), context);
    }
}
