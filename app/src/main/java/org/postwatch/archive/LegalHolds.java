package org.postwatch.archive;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.postwatch.archive.domain.ArchiveSearchQueries;
import org.postwatch.archive.domain.ArchiveStore;
import org.postwatch.archive.domain.HoldStore;
import org.postwatch.audit.AuditTrail;
import org.postwatch.identity.StaffDirectory;
import org.postwatch.identity.StaffMember;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.CurrentUser;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.PostwatchUser;
import org.postwatch.platform.RecordNotFoundException;
import org.postwatch.platform.StaffId;
import org.postwatch.platform.Tenancy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Legal holds: named, with a reason, on a person, an account, a case or a search. While a hold is active nothing it
 * covers can be disposed of. Placing, extending and lifting a hold are recorded in the audit trail.
 */
@Service
@PreAuthorize("hasAnyRole('PROFESSIONAL_STANDARDS', 'FORCE_ADMIN')")
public class LegalHolds {

    private final HoldStore holds;
    private final ArchiveStore store;
    private final ArchiveSearchQueries queries;
    private final StaffDirectory staff;
    private final AuditTrail audit;
    private final Clock clock;

    LegalHolds(
            HoldStore holds,
            ArchiveStore store,
            ArchiveSearchQueries queries,
            StaffDirectory staff,
            AuditTrail audit,
            Clock clock) {
        this.holds = holds;
        this.store = store;
        this.queries = queries;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public LegalHoldId place(NewLegalHold request) {
        ForceId force = Tenancy.requireForce();
        if (request.name() == null || request.name().isBlank()) {
            throw new BusinessRuleException("Give the hold a name, for example the case or matter it is for");
        }
        if (request.reason() == null || request.reason().isBlank()) {
            throw new BusinessRuleException("Give the reason for the hold");
        }
        if (request.scope() == null) {
            throw new BusinessRuleException("Choose what the hold covers");
        }
        String subject;
        String label;
        ArchiveQuery search = null;
        switch (request.scope()) {
            case PERSON -> {
                StaffMember person = parseStaff(request.subject())
                        .flatMap(staff::find)
                        .orElseThrow(() -> new BusinessRuleException("Choose the person the hold covers"));
                subject = person.id().toString();
                label = person.fullName();
            }
            case ACCOUNT -> {
                subject = required(request.subject(), "Enter the account the hold covers, for example @GlosPolice");
                label = subject;
            }
            case CASE -> {
                subject = required(request.subject(), "Enter the case reference the hold is for");
                label = "Case " + subject;
            }
            case SEARCH -> {
                if (request.search() == null || request.search().isEmpty()) {
                    throw new BusinessRuleException("A hold on a search needs at least one search term or filter");
                }
                search = request.search();
                subject = search.describe().toString();
                label = describe(search);
            }
            default -> throw new IllegalStateException();
        }
        List<ArchiveRecordId> attached = request.records();
        if (!attached.isEmpty() && store.findAll(force, attached).size() != attached.size()) {
            throw new RecordNotFoundException("Archive record", attached);
        }
        PostwatchUser user = CurrentUser.get();
        LegalHold hold = new LegalHold(
                LegalHoldId.random(),
                request.name().trim(),
                request.reason().trim(),
                request.scope(),
                subject,
                label,
                search,
                user.displayName(),
                clock.instant(),
                null,
                null,
                null);
        holds.insert(force, hold, user.staffId().value());
        holds.attach(force, hold.id(), attached, clock.instant());
        Map<String, String> details = new LinkedHashMap<>();
        details.put("name", hold.name());
        details.put("scope", hold.scope().name());
        details.put("covers", label);
        details.put("attachedRecords", Integer.toString(attached.size()));
        if (!attached.isEmpty()) {
            details.put("recordIds", ids(attached));
        }
        audit.record(ArchiveActions.HOLD_PLACED, ArchiveActions.HOLD, hold.id(), hold.reason(), details);
        return hold.id();
    }

    /** Attaches more records to an active hold. */
    @Transactional
    public void attach(LegalHoldId id, List<ArchiveRecordId> records) {
        ForceId force = Tenancy.requireForce();
        LegalHold hold = get(id);
        if (!hold.active()) {
            throw new BusinessRuleException("This hold has been lifted; place a new one");
        }
        if (records.isEmpty()) {
            throw new BusinessRuleException("Select at least one record");
        }
        if (store.findAll(force, records).size() != records.size()) {
            throw new RecordNotFoundException("Archive record", records);
        }
        holds.attach(force, id, records, clock.instant());
        audit.record(
                ArchiveActions.HOLD_EXTENDED,
                ArchiveActions.HOLD,
                id,
                null,
                Map.of("attachedRecords", Integer.toString(records.size()), "recordIds", ids(records)));
    }

    @Transactional
    public void lift(LegalHoldId id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("Give the reason for lifting the hold");
        }
        LegalHold hold = get(id);
        if (!hold.active()) {
            throw new BusinessRuleException("This hold has already been lifted");
        }
        PostwatchUser user = CurrentUser.get();
        holds.lift(
                Tenancy.requireForce(), id, user.staffId().value(), user.displayName(), reason.trim(), clock.instant());
        audit.record(ArchiveActions.HOLD_LIFTED, ArchiveActions.HOLD, id, reason.trim(), Map.of("name", hold.name()));
    }

    @Transactional(readOnly = true)
    public List<LegalHold> all() {
        return holds.all(Tenancy.requireForce());
    }

    @Transactional(readOnly = true)
    public List<LegalHold> active() {
        return holds.active(Tenancy.requireForce());
    }

    @Transactional(readOnly = true)
    public LegalHold get(LegalHoldId id) {
        return holds.find(Tenancy.requireForce(), id).orElseThrow(() -> new RecordNotFoundException("Legal hold", id));
    }

    /** The names of the active holds covering a record. */
    @Transactional(readOnly = true)
    public List<String> covering(ArchiveRecordId record) {
        return holds.heldBy(Tenancy.requireForce(), List.of(record)).getOrDefault(record, List.of());
    }

    /** The records a hold covers, newest first; looking is recorded. */
    @Transactional
    public SearchResults covered(LegalHoldId id, int page) {
        ForceId force = Tenancy.requireForce();
        LegalHold hold = get(id);
        Map<String, Object> params = new HashMap<>();
        String where = HoldStore.coverage(hold, "h_", params);
        SearchResults results = queries.search(
                force,
                where,
                params,
                hold.search() == null ? null : hold.search().text(),
                page,
                ArchiveSearch.PAGE_SIZE);
        audit.record(
                ArchiveActions.HOLD_VIEWED,
                ArchiveActions.HOLD,
                id,
                null,
                Map.of("results", results.matchesText(), "page", Integer.toString(results.page())));
        return results;
    }

    static String describe(ArchiveQuery search) {
        List<String> parts = new java.util.ArrayList<>();
        if (search.text() != null) {
            parts.add("“" + search.text() + "”");
        }
        if (search.account() != null) {
            parts.add("on " + search.account());
        }
        if (search.author() != null) {
            parts.add("by staff " + search.author());
        }
        if (search.type() != null) {
            parts.add(search.type().label().toLowerCase(java.util.Locale.UK) + "s");
        }
        if (search.outcome() != null) {
            parts.add("outcome " + search.outcome());
        }
        if (search.category() != null) {
            parts.add("category " + search.category());
        }
        if (search.from() != null) {
            parts.add("from " + search.from());
        }
        if (search.to() != null) {
            parts.add("to " + search.to());
        }
        return "Search: " + String.join(", ", parts);
    }

    private static String ids(List<ArchiveRecordId> records) {
        String joined =
                String.join(",", records.stream().map(ArchiveRecordId::toString).toList());
        return joined.length() > 4000 ? joined.substring(0, 4000) + "…" : joined;
    }

    private static String required(String value, String message) {
        if (value == null || value.isBlank()) {
            throw new BusinessRuleException(message);
        }
        return value.trim();
    }

    private static java.util.Optional<StaffId> parseStaff(String value) {
        try {
            return value == null || value.isBlank()
                    ? java.util.Optional.empty()
                    : java.util.Optional.of(new StaffId(UUID.fromString(value.trim())));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
