package org.postwatch.conduct.domain;

import java.time.LocalDate;
import java.util.Set;
import org.postwatch.identity.StaffType;
import org.postwatch.platform.ForceId;

/** The non-identifying facts of a case that statistics are built from: no names, references or notes. */
public record CaseFacts(
        ForceId force,
        LocalDate reportedOn,
        StaffType staffType,
        Platform platform,
        AccountKind accountKind,
        Duty duty,
        Set<AllegationCategory> categories,
        CaseStatus status,
        Outcome outcome,
        LocalDate concludedOn) {

    public CaseFacts {
        categories = Set.copyOf(categories);
    }
}
