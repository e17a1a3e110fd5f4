package org.postwatch.conduct.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.postwatch.audit.Actor;
import org.postwatch.audit.AuditTrail;
import org.postwatch.identity.StaffDirectory;
import org.postwatch.identity.StaffMember;
import org.postwatch.identity.StaffType;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.CurrentUser;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.LondonTime;
import org.postwatch.platform.PostwatchUser;
import org.postwatch.platform.StaffId;
import org.postwatch.platform.Tenancy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The professional standards case register: open, read, assess, conclude and reopen cases. Only professional standards
 * staff of the case's own force reach it, and every look at a case is audited (Data Protection Act 2018, s.62).
 */
@Service
@PreAuthorize("hasRole('PROFESSIONAL_STANDARDS')")
public class CaseRegister {

    public static final int LIST_LIMIT = 50;

    /** Everything the case page shows. */
    public record CaseView(
            ConductCase conductCase,
            StaffMember subject,
            List<Evidence> evidence,
            List<InterimMeasure> measures,
            List<HistoryEntry> history) {

        public boolean hasActiveMeasures() {
            return measures.stream().anyMatch(InterimMeasure::isActive);
        }
    }

    private final CaseRepository cases;
    private final CaseAccess access;
    private final EvidenceRepository evidence;
    private final InterimMeasureRepository measures;
    private final MeasureRecords measureRecords;
    private final CaseHistory history;
    private final StaffDirectory directory;
    private final AuditTrail audit;
    private final Clock clock;

    CaseRegister(
            CaseRepository cases,
            CaseAccess access,
            EvidenceRepository evidence,
            InterimMeasureRepository measures,
            MeasureRecords measureRecords,
            CaseHistory history,
            StaffDirectory directory,
            AuditTrail audit,
            Clock clock) {
        this.cases = cases;
        this.access = access;
        this.evidence = evidence;
        this.measures = measures;
        this.measureRecords = measureRecords;
        this.history = history;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** The register, newest first, without any case about the person looking. The listing itself is audited. */
    @Transactional
    public List<CaseSummary> list(CaseStatus status, Integer year, String text) {
        PostwatchUser user = CurrentUser.get();
        Set<StaffId> subjects = text == null || text.isBlank()
                ? Set.of()
                : directory.search(text.strip(), null, null).stream()
                        .map(StaffMember::id)
                        .collect(Collectors.toSet());
        CaseFilter filter = new CaseFilter(status, year, text, subjects);
        List<CaseSummary> found = cases.search(Tenancy.requireForce(), filter, user.staffId(), LIST_LIMIT);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("status", status == null ? "any" : status.name());
        details.put("year", year == null ? "any" : year.toString());
        details.put("search", text == null ? "" : text.strip());
        details.put("shown", Integer.toString(found.size()));
        audit.record(ConductActions.CASES_LISTED, "conduct-case", "register", null, details);
        return found;
    }

    @Transactional
    public CaseView view(CaseId id) {
        ConductCase found = access.load(id);
        audit.record(
                ConductActions.CASE_VIEWED,
                "conduct-case",
                id,
                null,
                Map.of(
                        "reference",
                        found.reference(),
                        "subject",
                        found.subject().staffId().toString()));
        return new CaseView(
                found,
                subjectOf(found),
                evidence.of(found.force(), id),
                measures.of(found.force(), id),
                history.of(found.force(), id));
    }

    /** Staff names for the register, by id. */
    @Transactional(readOnly = true)
    public Map<StaffId, String> names(Set<StaffId> ids) {
        return ids.isEmpty() ? Map.of() : directory.namesOf(ids);
    }

    /** Finds the person a case is about by collar number or work e-mail, including people who have left. */
    @Transactional(readOnly = true)
    public Optional<StaffMember> findSubject(String collarOrEmail) {
        if (collarOrEmail == null || collarOrEmail.isBlank()) {
            return Optional.empty();
        }
        String key = collarOrEmail.strip();
        return key.contains("@") ? directory.findByEmail(key) : directory.findByCollarNumber(key);
    }

    /**
     * The subject as they are now, unless the investigator records their staff type or rank at the time of the
     * conduct: those are copied onto the case so later changes do not rewrite it.
     */
    @Transactional(readOnly = true)
    public Subject subjectAtTheTime(String collarOrEmail, StaffType staffType, String rank) {
        StaffMember member = findSubject(collarOrEmail)
                .orElseThrow(() -> new BusinessRuleException("No one in your force has the collar number or e-mail "
                        + (collarOrEmail == null ? "" : collarOrEmail.strip())));
        if (member.id().equals(CurrentUser.get().staffId())) {
            throw new BusinessRuleException("You cannot record a case about yourself: ask a colleague to record it");
        }
        return new Subject(
                member.id(),
                staffType != null ? staffType : member.type(),
                rank != null && !rank.isBlank() ? rank : member.rank());
    }

    @Transactional
    public CaseId open(Subject subject, Particulars particulars, LocalDate reportedOn) {
        ForceId force = Tenancy.requireForce();
        requireNotSelf(subject);
        String reference = cases.nextReference(force, reportedOn == null ? today().getYear() : reportedOn.getYear());
        ConductCase opened = ConductCase.open(force, reference, subject, particulars, reportedOn, today());
        cases.insert(opened);
        history.add(force, opened.id(), actor(), "Case opened", null);
        audit.record(
                ConductActions.CASE_OPENED,
                "conduct-case",
                opened.id(),
                null,
                Map.of("reference", reference, "subject", subject.staffId().toString()));
        return opened.id();
    }

    @Transactional
    public void revise(CaseId id, Subject subject, Particulars particulars, LocalDate reportedOn) {
        ConductCase found = access.load(id);
        requireNotSelf(subject);
        found.revise(subject, particulars, reportedOn, today());
        cases.update(found);
        history.add(found.force(), id, actor(), "Details changed", null);
        audit.record(ConductActions.CASE_UPDATED, "conduct-case", id, null, Map.of("reference", found.reference()));
    }

    @Transactional
    public void assess(CaseId id, Severity severity, LocalDate on) {
        ConductCase found = access.load(id);
        found.assess(severity, on, today());
        cases.update(found);
        history.add(
                found.force(), id, actor(), "Assessed as " + severity.label().toLowerCase(java.util.Locale.UK), null);
        audit.record(
                ConductActions.CASE_ASSESSED,
                "conduct-case",
                id,
                null,
                Map.of("reference", found.reference(), "severity", severity.name(), "on", on.toString()));
    }

    /** Concludes a case; interim measures still in force are lifted with it when asked. */
    @Transactional
    public void conclude(CaseId id, Outcome outcome, LocalDate on, boolean liftMeasures) {
        ConductCase found = access.load(id);
        found.conclude(outcome, on, today());
        cases.update(found);
        history.add(found.force(), id, actor(), "Concluded: " + outcome.label(), null);
        audit.record(
                ConductActions.CASE_CONCLUDED,
                "conduct-case",
                id,
                null,
                Map.of("reference", found.reference(), "outcome", outcome.name(), "on", on.toString()));
        if (liftMeasures) {
            for (InterimMeasure measure : measures.of(found.force(), id)) {
                if (measure.isActive()) {
                    measureRecords.lift(found, measure, "Case concluded: " + outcome.label(), actor());
                }
            }
        }
    }

    @Transactional
    public void reopen(CaseId id, String reason) {
        ConductCase found = access.load(id);
        Map<String, String> details = new HashMap<>();
        details.put("reference", found.reference());
        details.put(
                "previousOutcome",
                found.outcome() == null ? "" : found.outcome().name());
        found.reopen(reason);
        cases.update(found);
        history.add(found.force(), id, actor(), "Reopened", reason.strip());
        audit.record(ConductActions.CASE_REOPENED, "conduct-case", id, reason.strip(), details);
    }

    private StaffMember subjectOf(ConductCase c) {
        return directory.find(c.subject().staffId()).orElse(null);
    }

    private static void requireNotSelf(Subject subject) {
        if (subject.staffId().equals(CurrentUser.get().staffId())) {
            throw new BusinessRuleException("You cannot record a case about yourself: ask a colleague to record it");
        }
    }

    private static Actor actor() {
        return Actor.of(CurrentUser.get());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(LondonTime.ZONE));
    }
}
