package org.postwatch.conduct.domain;

import java.util.Set;
import org.postwatch.platform.StaffId;

/**
 * Which cases to list.
 *
 * @param text part of a reference, or of the subject's name or collar number
 * @param subjects the people whose names matched {@code text}; empty when it matched nobody
 */
public record CaseFilter(CaseStatus status, Integer year, String text, Set<StaffId> subjects) {

    public static CaseFilter everything() {
        return new CaseFilter(null, null, null, Set.of());
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
