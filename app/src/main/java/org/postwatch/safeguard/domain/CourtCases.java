package org.postwatch.safeguard.domain;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.postwatch.audit.AuditTrail;
import org.postwatch.platform.RecordNotFoundException;
import org.postwatch.platform.Tenancy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The force's list of cases before the courts, kept by the communications team and professional standards. Every
 * change is audited, and so is opening a case's record, since it holds the names of people the court protects.
 */
@Service
@PreAuthorize("hasAnyRole('REVIEWER', 'PROFESSIONAL_STANDARDS')")
public class CourtCases {

    private static final int CLOSED_SHOWN = 50;

    private final CourtCaseRepository cases;
    private final AuditTrail audit;
    private final Clock clock;

    CourtCases(CourtCaseRepository cases, AuditTrail audit, Clock clock) {
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
    }

    public List<CourtCase> open() {
        return cases.open(Tenancy.requireForce());
    }

    /** The most recently closed, newest first. */
    public List<CourtCase> recentlyClosed() {
        return cases.closed(Tenancy.requireForce(), CLOSED_SHOWN);
    }

    /** Opens a case's full record (with protected names); the view is audited. */
    @Transactional
    public CourtCase view(UUID id) {
        CourtCase found = load(id);
        audit.record(
                SafeguardActions.CASE_VIEWED,
                "court-case",
                id,
                null,
                Map.of("reference", found.details().reference()));
        return found;
    }

    @Transactional
    public CourtCase add(CaseDetails details) {
        CourtCase opened = CourtCase.open(Tenancy.requireForce(), details, clock.instant());
        cases.save(opened);
        audit.record(SafeguardActions.CASE_OPENED, "court-case", opened.id(), null, summary(details));
        return opened;
    }

    @Transactional
    public CourtCase update(UUID id, CaseDetails details) {
        CourtCase found = load(id);
        found.update(details, clock.instant());
        cases.save(found);
        audit.record(SafeguardActions.CASE_UPDATED, "court-case", id, null, summary(details));
        return found;
    }

    @Transactional
    public CourtCase close(UUID id, String reason) {
        CourtCase found = load(id);
        found.close(reason, clock.instant());
        cases.save(found);
        audit.record(
                SafeguardActions.CASE_CLOSED,
                "court-case",
                id,
                found.closedReason(),
                Map.of("reference", found.details().reference()));
        return found;
    }

    private CourtCase load(UUID id) {
        return cases.find(Tenancy.requireForce(), id).orElseThrow(() -> new RecordNotFoundException("Court case", id));
    }

    /** The audit trail names the case, not the people the court protects. */
    private static Map<String, String> summary(CaseDetails d) {
        return Map.of(
                "reference", d.reference(),
                "defendants", String.join(", ", d.defendants()),
                "court", d.court() == null ? "" : d.court(),
                "nextHearing", d.nextHearing() == null ? "" : d.nextHearing().toString(),
                "protectedNames", String.valueOf(d.protectedNames().size()));
    }
}
