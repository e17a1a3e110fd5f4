package org.postwatch.conduct.domain;

import java.time.LocalDate;
import org.postwatch.identity.StaffType;
import org.postwatch.platform.StaffId;

/** A line in the case register. */
public record CaseSummary(
        CaseId id,
        String reference,
        StaffId subject,
        StaffType staffType,
        String rank,
        Platform platform,
        AccountKind accountKind,
        Duty duty,
        LocalDate reportedOn,
        CaseStatus status,
        Severity severity,
        Outcome outcome) {}
