package org.postwatch.training;

import java.io.IOException;
import java.io.Reader;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.postwatch.audit.Actor;
import org.postwatch.audit.AuditAction;
import org.postwatch.audit.AuditTrail;
import org.postwatch.identity.StaffDirectory;
import org.postwatch.identity.StaffMember;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.CsvReader;
import org.postwatch.platform.CurrentUser;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.ImportReport;
import org.postwatch.platform.ImportReport.RowResult;
import org.postwatch.platform.ImportReport.RowStatus;
import org.postwatch.platform.LondonTime;
import org.postwatch.platform.RecordNotFoundException;
import org.postwatch.platform.StaffId;
import org.postwatch.platform.Tenancy;
import org.postwatch.training.domain.CompletionRepository;
import org.postwatch.training.domain.CompletionRepository.NewCompletion;
import org.postwatch.training.domain.CourseRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * People's course completions: recorded one at a time or imported from a learning system's CSV export, and each
 * person's standing on every course.
 */
@Service
@Transactional(readOnly = true)
public class TrainingRecords {

    /** Completions older than this are almost certainly a typing error. */
    static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

    static final List<String> PERSON_EMAIL = List.of("email", "email_address", "staff_email", "work_email");
    static final List<String> PERSON_COLLAR = List.of("collar_number", "collar", "staff_number", "warrant_number");
    static final List<String> COURSE = List.of("course_code", "course", "course_id", "course_title");
    static final List<String> COMPLETED =
            List.of("completed_on", "completion_date", "completed", "date_completed", "date");

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK).withResolverStyle(ResolverStyle.STRICT));

    private final CourseRepository courses;
    private final CompletionRepository completions;
    private final StaffDirectory directory;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    TrainingRecords(
            CourseRepository courses,
            CompletionRepository completions,
            StaffDirectory directory,
            AuditTrail audit,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock) {
        this.courses = courses;
        this.completions = completions;
        this.directory = directory;
        this.audit = audit;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The person's standing on every course in the catalogue, today. */
    public List<CourseStanding> transcriptOf(StaffId staff) {
        ForceId force = Tenancy.requireForce();
        LocalDate today = today();
        var latest = completions.latest(force, List.of(staff), today).getOrDefault(staff, Map.of());
        return courses.all(force).stream()
                .map(course -> {
                    var completion = latest.get(course.id());
                    return CourseStanding.of(
                            course,
                            completion == null ? null : completion.completedOn(),
                            completion == null ? null : completion.expiresOn(),
                            today);
                })
                .sorted(Comparator.comparing((CourseStanding s) -> s.status().ordinal() == 3)
                        .thenComparing(s -> s.course().title()))
                .toList();
    }

    /** Every completion recorded for the person, newest first. */
    public List<Completion> completionsOf(StaffId staff) {
        ForceId force = Tenancy.requireForce();
        Map<CourseId, Course> catalogue =
                courses.all(force).stream().collect(Collectors.toMap(Course::id, Function.identity()));
        return completions.of(force, staff, catalogue);
    }

    @Transactional
    @PreAuthorize("hasRole('TRAINING_ADMIN')")
    public void record(StaffId staff, CourseId courseId, LocalDate completedOn) {
        ForceId force = Tenancy.requireForce();
        StaffMember member = directory.find(staff).orElseThrow(() -> new RecordNotFoundException("Staff", staff));
        Course course = courses.find(force, courseId)
                .orElseThrow(() -> new BusinessRuleException("Choose a course from the catalogue"));
        Optional<String> wrong = checkDate(completedOn);
        if (wrong.isPresent()) {
            throw new BusinessRuleException(wrong.get());
        }
        LocalDate expiresOn = completedOn.plusMonths(course.validityMonths());
        Actor actor = actor();
        boolean created = completions
                .insert(
                        force,
                        List.of(new NewCompletion(staff, courseId, completedOn, expiresOn, "RECORDED", null)),
                        clock.instant(),
                        actor.name())[0];
        if (!created) {
            throw new BusinessRuleException(member.fullName() + "'s completion of " + course.title() + " on "
                    + new LondonTime().date(completedOn) + " is already recorded");
        }
        audit.recordFor(
                force,
                actor,
                Actions.RECORDED,
                "staff",
                staff,
                null,
                Map.of(
                        "course", course.code(),
                        "completedOn", completedOn.toString(),
                        "expiresOn", expiresOn.toString()));
        events.publishEvent(new CourseCompleted(staff, force, courseId, completedOn, expiresOn));
    }

    /**
     * Imports a learning system's export: one row per completion, naming the person by e-mail address or collar
     * number, the course by code (or title) and the completion date. Every row is checked; bad rows are reported and
     * good rows are kept. Completions already recorded are left as they are, so an export can be imported again.
     */
    @PreAuthorize("hasRole('TRAINING_ADMIN')")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ImportReport importCsv(Reader csv) throws IOException {
        ForceId force = Tenancy.requireForce();
        List<CsvReader.Row> rows = CsvReader.read(csv);
        ImportReport report = new ImportReport();
        if (rows.isEmpty()) {
            report.add(new RowResult(1, "file", RowStatus.REJECTED, List.of("The file has no data rows")));
            return report;
        }
        CsvReader.Row first = rows.getFirst();
        String email = column(first, PERSON_EMAIL);
        String collar = column(first, PERSON_COLLAR);
        String courseColumn = column(first, COURSE);
        String dateColumn = column(first, COMPLETED);
        List<String> missing = new ArrayList<>();
        if (email == null && collar == null) {
            missing.add("email or collar_number");
        }
        if (courseColumn == null) {
            missing.add("course_code");
        }
        if (dateColumn == null) {
            missing.add("completed_on");
        }
        if (!missing.isEmpty()) {
            report.add(new RowResult(
                    1, "header", RowStatus.REJECTED, List.of("Missing columns: " + String.join(", ", missing))));
            return report;
        }

        Map<String, StaffMember> byEmail = new HashMap<>();
        Map<String, StaffMember> byCollar = new HashMap<>();
        for (StaffMember member : directory.all()) {
            byEmail.put(member.email().toLowerCase(Locale.ROOT), member);
            if (member.collarNumber() != null) {
                byCollar.put(member.collarNumber().toLowerCase(Locale.ROOT), member);
            }
        }
        Map<String, Course> byCode = new HashMap<>();
        for (Course course : courses.all(force)) {
            byCode.put(course.code().toLowerCase(Locale.ROOT), course);
            byCode.putIfAbsent(course.title().toLowerCase(Locale.ROOT), course);
        }

        UUID importId = UUID.randomUUID();
        RowResult[] results = new RowResult[rows.size()];
        List<NewCompletion> good = new ArrayList<>();
        List<Integer> goodIndex = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            CsvReader.Row row = rows.get(i);
            List<String> errors = new ArrayList<>();
            String emailValue = email == null ? "" : row.get(email);
            String collarValue = collar == null ? "" : row.get(collar);
            String courseValue = row.get(courseColumn);
            String dateValue = row.get(dateColumn);
            String label = (emailValue.isEmpty() ? collarValue : emailValue) + " – " + courseValue;

            StaffMember member = null;
            if (emailValue.isEmpty() && collarValue.isEmpty()) {
                errors.add("No e-mail address or collar number");
            } else if (!emailValue.isEmpty()) {
                member = byEmail.get(emailValue.toLowerCase(Locale.ROOT));
                if (member == null) {
                    errors.add("No one in the force has the e-mail address " + emailValue);
                }
            } else {
                member = byCollar.get(collarValue.toLowerCase(Locale.ROOT));
                if (member == null) {
                    errors.add("No one in the force has the collar number " + collarValue);
                }
            }
            Course course = null;
            if (courseValue.isEmpty()) {
                errors.add("No course code");
            } else {
                course = byCode.get(courseValue.toLowerCase(Locale.ROOT));
                if (course == null) {
                    errors.add("No course has the code or title '" + courseValue + "'");
                }
            }
            LocalDate completedOn = null;
            if (dateValue.isEmpty()) {
                errors.add("No completion date");
            } else {
                completedOn = parseDate(dateValue);
                if (completedOn == null) {
                    errors.add("'" + dateValue + "' is not a date: use 2026-03-03 or 03/03/2026");
                } else {
                    checkDate(completedOn).ifPresent(errors::add);
                }
            }
            if (!errors.isEmpty()) {
                results[i] = new RowResult(row.line(), label, RowStatus.REJECTED, errors);
                continue;
            }
            good.add(new NewCompletion(
                    member.id(),
                    course.id(),
                    completedOn,
                    completedOn.plusMonths(course.validityMonths()),
                    "IMPORTED",
                    importId));
            goodIndex.add(i);
            results[i] = new RowResult(row.line(), label, RowStatus.CREATED, List.of());
        }

        Actor actor = actor();
        long rejected = rows.size() - good.size();
        boolean[] created = transactions.execute(status -> {
            boolean[] outcome = completions.insert(force, good, clock.instant(), actor.name());
            long added = 0;
            for (boolean b : outcome) {
                added += b ? 1 : 0;
            }
            audit.recordFor(
                    force,
                    actor,
                    Actions.IMPORTED,
                    "training-import",
                    importId,
                    null,
                    Map.of(
                            "rows", "" + rows.size(),
                            "added", "" + added,
                            "alreadyRecorded", "" + (good.size() - added),
                            "rejected", "" + rejected));
            return outcome;
        });
        long added = 0;
        for (int j = 0; j < goodIndex.size(); j++) {
            if (created[j]) {
                added++;
            } else {
                RowResult r = results[goodIndex.get(j)];
                results[goodIndex.get(j)] = new RowResult(
                        r.line(), r.label(), RowStatus.UPDATED, List.of("Already recorded; left as it was"));
            }
        }
        for (RowResult result : results) {
            report.add(result);
        }
        events.publishEvent(new CompletionsImported(force, importId, added, rejected));
        return report;
    }

    private Optional<String> checkDate(LocalDate completedOn) {
        if (completedOn == null) {
            return Optional.of("Enter the date the course was completed");
        }
        if (completedOn.isAfter(today())) {
            return Optional.of("The completion date " + completedOn + " is in the future");
        }
        if (completedOn.isBefore(EARLIEST)) {
            return Optional.of("The completion date " + completedOn + " is before 1990: check the year");
        }
        return Optional.empty();
    }

    static LocalDate parseDate(String value) {
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(value.trim(), format);
            } catch (DateTimeParseException e) {
                // Try the next format.
            }
        }
        return null;
    }

    private static String column(CsvReader.Row row, List<String> names) {
        return names.stream().filter(row::has).findFirst().orElse(null);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(LondonTime.ZONE));
    }

    private static Actor actor() {
        return CurrentUser.find().map(Actor::of).orElse(Actor.system());
    }

    enum Actions implements AuditAction {
        RECORDED("training.completion-recorded"),
        IMPORTED("training.completions-imported");

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
