package org.postwatch.conduct.domain;

import java.io.IOException;
import java.io.Reader;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.postwatch.audit.Actor;
import org.postwatch.audit.AuditTrail;
import org.postwatch.identity.StaffDirectory;
import org.postwatch.identity.StaffMember;
import org.postwatch.identity.StaffType;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.CsvReader;
import org.postwatch.platform.CurrentUser;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.ImportReport;
import org.postwatch.platform.ImportReport.RowResult;
import org.postwatch.platform.ImportReport.RowStatus;
import org.postwatch.platform.LondonTime;
import org.postwatch.platform.Tenancy;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings a force's historic case records in from a spreadsheet. Each row is checked and saved on its own: a bad row is
 * reported with every reason and good rows are kept. The subject is matched by collar number or work e-mail.
 */
@Service
@PreAuthorize("hasRole('PROFESSIONAL_STANDARDS')")
public class CaseImport {

    public static final List<String> REQUIRED_COLUMNS =
            List.of("how_arose", "platform", "account_kind", "duty", "categories", "reported_on");

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK));

    private final CaseRepository cases;
    private final CaseHistory history;
    private final StaffDirectory directory;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CaseImport(
            CaseRepository cases,
            CaseHistory history,
            StaffDirectory directory,
            AuditTrail audit,
            TransactionTemplate transactions,
            Clock clock) {
        this.cases = cases;
        this.history = history;
        this.directory = directory;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    public ImportReport importCsv(Reader csv) throws IOException {
        ForceId force = Tenancy.requireForce();
        List<CsvReader.Row> rows = CsvReader.read(csv);
        ImportReport report = new ImportReport();
        if (rows.isEmpty()) {
            report.add(new RowResult(1, "file", RowStatus.REJECTED, List.of("The file has no data rows")));
            return report;
        }
        CsvReader.Row first = rows.getFirst();
        List<String> missing = new ArrayList<>(
                REQUIRED_COLUMNS.stream().filter(column -> !first.has(column)).toList());
        if (!first.has("collar_number") && !first.has("email")) {
            missing.add("collar_number or email");
        }
        if (!missing.isEmpty()) {
            report.add(new RowResult(
                    1, "header", RowStatus.REJECTED, List.of("Missing columns: " + String.join(", ", missing))));
            return report;
        }
        for (CsvReader.Row row : rows) {
            report.add(importRow(force, row));
        }
        transactions.executeWithoutResult(status -> audit.record(
                ConductActions.CASES_IMPORTED,
                "conduct-import",
                UUID.randomUUID(),
                null,
                Map.of(
                        "accepted", Long.toString(report.accepted()),
                        "rejected", Long.toString(report.rejected()))));
        return report;
    }

    private RowResult importRow(ForceId force, CsvReader.Row row) {
        List<String> errors = new ArrayList<>();
        LocalDate today = LocalDate.now(clock.withZone(LondonTime.ZONE));
        String reference = row.get("reference");
        String collar = row.get("collar_number");
        String email = row.get("email");
        String label = !reference.isEmpty() ? reference : (!collar.isEmpty() ? "Collar " + collar : email);

        StaffMember subject = null;
        if (collar.isEmpty() && email.isEmpty()) {
            errors.add("Give the person's collar number or work e-mail");
        } else {
            Optional<StaffMember> found =
                    !collar.isEmpty() ? directory.findByCollarNumber(collar) : directory.findByEmail(email);
            if (found.isEmpty()) {
                errors.add("No one in your force has "
                        + (!collar.isEmpty() ? "collar number " + collar : "e-mail " + email));
            } else if (found.get().id().equals(CurrentUser.get().staffId())) {
                errors.add("The case is about you: ask a colleague to import it");
            } else {
                subject = found.get();
            }
        }
        StaffType staffType =
                row.get("staff_type").isEmpty() ? null : parse(StaffType.class, row, "staff_type", errors);
        Origin origin = parse(Origin.class, row, "how_arose", errors);
        Platform platform = parse(Platform.class, row, "platform", errors);
        AccountKind accountKind = parse(AccountKind.class, row, "account_kind", errors);
        Duty duty = parse(Duty.class, row, "duty", errors);
        Set<AllegationCategory> categories = parseSet(AllegationCategory.class, row, "categories", errors);
        Set<ProfessionalStandard> standards = parseSet(ProfessionalStandard.class, row, "standards", errors);
        boolean factor = parseYesNo(row.get("social_media_factor"), errors);
        LocalDate reportedOn = parseDate(row, "reported_on", errors);
        LocalDate assessedOn = parseDate(row, "assessed_on", errors);
        LocalDate concludedOn = parseDate(row, "concluded_on", errors);
        Severity severity = row.get("severity").isEmpty() ? null : parse(Severity.class, row, "severity", errors);
        Outcome outcome = row.get("outcome").isEmpty() ? null : parse(Outcome.class, row, "outcome", errors);
        if (row.get("categories").isEmpty()) {
            errors.add("Give at least one allegation category");
        }
        if (row.get("reported_on").isEmpty()) {
            errors.add("The date reported is missing");
        }
        if (row.get("severity").isEmpty() != row.get("assessed_on").isEmpty()) {
            errors.add("Give the severity and the assessment date together");
        }
        if (row.get("outcome").isEmpty() != row.get("concluded_on").isEmpty()) {
            errors.add("Give the outcome and the conclusion date together");
        }
        if (reference.length() > 40) {
            errors.add("The reference must be 40 characters or fewer");
        }
        if (!errors.isEmpty()) {
            return new RowResult(row.line(), label, RowStatus.REJECTED, errors);
        }
        StaffMember person = subject;
        try {
            return transactions.execute(status -> {
                if (!reference.isEmpty() && cases.referenceTaken(force, reference)) {
                    throw new BusinessRuleException("Case " + reference + " is already in the register");
                }
                String ref = reference.isEmpty() ? cases.nextReference(force, reportedOn.getYear()) : reference;
                ConductCase imported = ConductCase.open(
                        force,
                        ref,
                        new Subject(
                                person.id(),
                                staffType != null ? staffType : person.type(),
                                row.get("rank").isEmpty() ? person.rank() : row.get("rank")),
                        new Particulars(
                                origin, platform, accountKind, duty, categories, standards, factor, row.get("notes")),
                        reportedOn,
                        today);
                if (severity != null) {
                    imported.assess(severity, assessedOn, today);
                }
                if (outcome != null) {
                    imported.conclude(outcome, concludedOn, today);
                }
                cases.insert(imported);
                Actor by = Actor.of(CurrentUser.get());
                history.add(force, imported.id(), by, "Imported from a CSV file", "Line " + row.line());
                audit.record(
                        ConductActions.CASE_OPENED,
                        "conduct-case",
                        imported.id(),
                        "CSV import",
                        Map.of("reference", ref, "line", Integer.toString(row.line())));
                return new RowResult(row.line(), ref, RowStatus.CREATED, List.of());
            });
        } catch (BusinessRuleException e) {
            return new RowResult(row.line(), label, RowStatus.REJECTED, List.of(e.getMessage()));
        } catch (DataIntegrityViolationException e) {
            return new RowResult(
                    row.line(), label, RowStatus.REJECTED, List.of("Clashes with a case already in the register"));
        }
    }

    /** Matches a value to an enum by its name or label, ignoring case and punctuation, or by a unique prefix. */
    static <E extends Enum<E>> E match(Class<E> type, String value) {
        String wanted = normalise(value);
        if (wanted.isEmpty()) {
            return null;
        }
        E[] constants = type.getEnumConstants();
        for (E constant : constants) {
            if (normalise(constant.name()).equals(wanted)
                    || normalise(labelOf(constant)).equals(wanted)) {
                return constant;
            }
        }
        if (type == Platform.class && wanted.equals("twitter")) {
            return type.cast(Platform.X);
        }
        List<E> prefixed = Arrays.stream(constants)
                .filter(c -> normalise(c.name()).startsWith(wanted)
                        || normalise(labelOf(c)).startsWith(wanted))
                .toList();
        return prefixed.size() == 1 ? prefixed.getFirst() : null;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, CsvReader.Row row, String column, List<String> errors) {
        String value = row.get(column);
        if (value.isEmpty()) {
            errors.add(readable(column) + " is missing");
            return null;
        }
        E found = match(type, value);
        if (found == null) {
            errors.add(readable(column) + " '" + value + "' is not one of: " + choices(type));
        }
        return found;
    }

    private static <E extends Enum<E>> Set<E> parseSet(
            Class<E> type, CsvReader.Row row, String column, List<String> errors) {
        Set<E> values = EnumSet.noneOf(type);
        for (String part : row.get(column).split("[;|]")) {
            if (part.isBlank()) {
                continue;
            }
            E found = match(type, part);
            if (found == null) {
                errors.add(readable(column) + ": '" + part.strip() + "' is not one of: " + choices(type));
            } else {
                values.add(found);
            }
        }
        return values;
    }

    private static boolean parseYesNo(String value, List<String> errors) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "", "yes", "y", "true", "1" -> true;
            case "no", "n", "false", "0" -> false;
            default -> {
                errors.add("Social media factor '" + value + "' should be yes or no");
                yield true;
            }
        };
    }

    private static LocalDate parseDate(CsvReader.Row row, String column, List<String> errors) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException ignored) {
                // Try the next format.
            }
        }
        errors.add(readable(column) + " '" + value + "' is not a date like 2024-03-31 or 31/03/2024");
        return null;
    }

    private static String readable(String column) {
        String words = column.replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static <E extends Enum<E>> String choices(Class<E> type) {
        return String.join(
                ", ",
                Arrays.stream(type.getEnumConstants()).map(CaseImport::labelOf).toList());
    }

    private static String labelOf(Enum<?> constant) {
        return switch (constant) {
            case Origin o -> o.label();
            case Platform p -> p.label();
            case AccountKind k -> k.label();
            case Duty d -> d.label();
            case AllegationCategory c -> c.label();
            case ProfessionalStandard s -> s.label();
            case Severity s -> s.label();
            case Outcome o -> o.label();
            case StaffType t -> t.label();
            default -> constant.name();
        };
    }

    private static String normalise(String value) {
        return value.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
