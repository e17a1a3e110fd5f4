package org.postwatch.conduct.domain;

import java.util.Objects;
import org.postwatch.identity.StaffType;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.StaffId;

/** The person a case is about, with their staff type and rank as they were at the time. */
public record Subject(StaffId staffId, StaffType staffType, String rank) {

    public Subject {
        Objects.requireNonNull(staffId, "staffId");
        Objects.requireNonNull(staffType, "staffType");
        if (rank == null || rank.isBlank()) {
            throw new BusinessRuleException("Enter the person's rank or grade at the time");
        }
        rank = rank.trim();
    }
}
