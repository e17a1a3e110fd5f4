package org.postwatch.identity;

import java.io.IOException;
import java.io.Reader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.postwatch.audit.AuditAction;
import org.postwatch.audit.AuditTrail;
import org.postwatch.identity.domain.Staff;
import org.postwatch.identity.domain.StaffRepository;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.CsvReader;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.ImportReport;
import org.postwatch.platform.ImportReport.RowResult;
import org.postwatch.platform.ImportReport.RowStatus;
import org.postwatch.platform.LondonTime;
import org.postwatch.platform.RecordNotFoundException;
import org.postwatch.platform.Role;
import org.postwatch.platform.StaffId;
import org.postwatch.platform.Tenancy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** A force administrator's work on staff records: add, change, leave, roles and bulk import from HR. */
@Service
@PreAuthorize("hasRole('FORCE_ADMIN')")
public class StaffAdministration {

    static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    private final StaffRepository staff;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    StaffAdministration(
            StaffRepository staff,
            AuditTrail audit,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock) {
        this.staff = staff;
        this.audit = audit;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Transactional
    public StaffId add(StaffDetails details, Set<Role> roles) {
        ForceId force = Tenancy.requireForce();
        requireUniqueEmail(details.email(), null);
        Staff member = Staff.join(force, details, roles);
        staff.save(member);
        audit.record(
                Actions.CREATED,
                "staff",
                member.id(),
                null,
                Map.of("name", details.fullName(), "roles", roles.toString()));
        return member.id();
    }

    @Transactional
    public void update(StaffId id, StaffDetails details) {
        Staff member = load(id);
        requireUniqueEmail(details.email(), id);
        member.update(details);
        staff.save(member);
        audit.record(Actions.UPDATED, "staff", id, null, Map.of("name", details.fullName()));
    }

    @Transactional
    public void changeRoles(StaffId id, Set<Role> roles, String reason) {
        Staff member = load(id);
        Set<Role> before = member.roles();
        member.changeRoles(roles);
        staff.save(member);
        audit.record(
                Actions.ROLES_CHANGED,
                "staff",
                id,
                reason,
                Map.of("from", before.toString(), "to", member.roles().toString()));
        events.publishEvent(new RolesChanged(id, member.force(), member.roles()));
    }

    @Transactional
    public void leave(StaffId id, LocalDate on, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("Give a reason for recording that this person has left");
        }
        Staff member = load(id);
        member.leave(on);
        staff.save(member);
        audit.record(Actions.LEFT, "staff", id, reason, Map.of("leftOn", on.toString()));
        events.publishEvent(new StaffLeft(id, member.force(), on));
    }

    /**
     * Imports an HR export. Each row is saved in its own transaction, so a bad row is reported and every good row is
     * kept. Existing staff are matched by e-mail address and updated.
     */
    public ImportReport importCsv(Reader csv) throws IOException {
        ForceId force = Tenancy.requireForce();
        List<CsvReader.Row> rows = CsvReader.read(csv);
        ImportReport report = new ImportReport();
        if (rows.isEmpty()) {
            report.add(new RowResult(1, "file", RowStatus.REJECTED, List.of("The file has no data rows")));
            return report;
        }
        List<String> missing = REQUIRED_COLUMNS.stream()
                .filter(column -> !rows.getFirst().has(column))
                .toList();
        if (!missing.isEmpty()) {
            report.add(new RowResult(
                    1, "header", RowStatus.REJECTED, List.of("Missing columns: " + String.join(", ", missing))));
            return report;
        }
        for (CsvReader.Row row : rows) {
            report.add(importRow(force, row));
        }
        transactions.executeWithoutResult(status -> audit.record(
                Actions.IMPORTED,
                "staff-import",
                java.util.UUID.randomUUID(),
                null,
                Map.of(
                        "accepted", Long.toString(report.accepted()),
                        "rejected", Long.toString(report.rejected()))));
        return report;
    }

    static final List<String> REQUIRED_COLUMNS =
            List.of("given_name", "family_name", "email", "staff_type", "rank", "unit");

    private RowResult importRow(ForceId force, CsvReader.Row row) {
        List<String> errors = new ArrayList<>();
        String label = (row.get("given_name") + " " + row.get("family_name")).trim();
        StaffType type = parseStaffType(row.get("staff_type"), errors);
        Set<Role> roles = parseRoles(row.get("roles"), errors);
        String email = row.get("email");
        if (row.get("given_name").isEmpty()) {
            errors.add("Given name is missing");
        }
        if (row.get("family_name").isEmpty()) {
            errors.add("Family name is missing");
        }
        if (!EMAIL.matcher(email).matches()) {
            errors.add("E-mail address '" + email + "' is not valid");
        }
        if (row.get("rank").isEmpty()) {
            errors.add("Rank or grade is missing");
        }
        if (row.get("unit").isEmpty()) {
            errors.add("Unit or team is missing");
        }
        if (!errors.isEmpty()) {
            return new RowResult(row.line(), label, RowStatus.REJECTED, errors);
        }
        StaffDetails details = new StaffDetails(
                row.get("given_name"),
                row.get("family_name"),
                type,
                row.get("rank"),
                row.get("collar_number"),
                row.get("unit"),
                email);
        try {
            return transactions.execute(status -> {
                Optional<Staff> existing = staff.findByEmail(force, email);
                if (existing.isPresent()) {
                    Staff member = existing.get();
                    member.update(details);
                    if (row.has("roles")) {
                        member.changeRoles(roles);
                    }
                    staff.save(member);
                    audit.record(Actions.UPDATED, "staff", member.id(), "HR import", Map.of("line", "" + row.line()));
                    return new RowResult(row.line(), label, RowStatus.UPDATED, List.of());
                }
                requireUniqueEmail(email, null);
                Staff member = Staff.join(force, details, roles);
                staff.save(member);
                audit.record(Actions.CREATED, "staff", member.id(), "HR import", Map.of("line", "" + row.line()));
                return new RowResult(row.line(), label, RowStatus.CREATED, List.of());
            });
        } catch (BusinessRuleException e) {
            return new RowResult(row.line(), label, RowStatus.REJECTED, List.of(e.getMessage()));
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            return new RowResult(
                    row.line(),
                    label,
                    RowStatus.REJECTED,
                    List.of("Clashes with an existing record (collar number or e-mail already in use)"));
        }
    }

    private static StaffType parseStaffType(String value, List<String> errors) {
        String normalised = value.trim().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        return switch (normalised) {
            case "POLICE_OFFICER", "OFFICER", "POLICE" -> StaffType.POLICE_OFFICER;
            case "PCSO", "POLICE_COMMUNITY_SUPPORT_OFFICER" -> StaffType.PCSO;
            case "SPECIAL_CONSTABLE", "SPECIAL" -> StaffType.SPECIAL_CONSTABLE;
            case "POLICE_STAFF", "STAFF" -> StaffType.POLICE_STAFF;
            default -> {
                errors.add("Staff type '" + value
                        + "' is not one of: police officer, PCSO, special constable, police staff");
                yield StaffType.POLICE_STAFF;
            }
        };
    }

    private static Set<Role> parseRoles(String value, List<String> errors) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (value.isBlank()) {
            return roles;
        }
        for (String part : value.split("[;|]")) {
            String name = part.trim().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
            if (name.isEmpty()) {
                continue;
            }
            try {
                roles.add(Role.valueOf(name));
            } catch (IllegalArgumentException e) {
                errors.add("Role '" + part.trim() + "' is not a Postwatch role");
            }
        }
        return roles;
    }

    private Staff load(StaffId id) {
        return staff.find(Tenancy.requireForce(), id).orElseThrow(() -> new RecordNotFoundException("Staff", id));
    }

    private void requireUniqueEmail(String email, StaffId except) {
        if (staff.emailTakenByAnother(email, except == null ? new StaffId(new java.util.UUID(0, 0)) : except)) {
            throw new BusinessRuleException("The e-mail address " + email + " is already used by another person");
        }
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(LondonTime.ZONE));
    }

    /** Audit actions on staff records. */
    enum Actions implements AuditAction {
        CREATED("staff.created"),
        UPDATED("staff.updated"),
        ROLES_CHANGED("staff.roles-changed"),
        LEFT("staff.left"),
        IMPORTED("staff.imported");

        private final String code;

        Actions(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }
}
