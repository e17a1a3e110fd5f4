package org.postwatch.conduct.domain;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.postwatch.identity.StaffType;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.StaffId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores conduct cases and hands out their per-force, per-year references. */
@Repository
public class CaseRepository {

    static final String PREFIX = "PSD";

    private final JdbcClient jdbc;
    private final Clock clock;

    CaseRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The next free reference for a force and year, such as PSD-2026-0042. */
    public String nextReference(ForceId force, int year) {
        while (true) {
            int number = jdbc.sql("""
                            insert into conduct.reference_counter (force_id, year, last_number) values (?, ?, 1)
                            on conflict (force_id, year) do update set last_number = conduct.reference_counter.last_number + 1
                            returning last_number
                            """)
                    .params(force.value(), year)
                    .query(Integer.class)
                    .single();
            String reference = String.format(Locale.ROOT, "%s-%d-%04d", PREFIX, year, number);
            // Imported historic cases keep their own references, which a new number must not repeat.
            if (!referenceTaken(force, reference)) {
                return reference;
            }
        }
    }

    public boolean referenceTaken(ForceId force, String reference) {
        return jdbc.sql("select count(*) from conduct.conduct_case where force_id = ? and lower(reference) = lower(?)")
                        .params(force.value(), reference)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public void insert(ConductCase c) {
        var now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        insert into conduct.conduct_case (id, force_id, reference, subject_id, subject_staff_type, subject_rank,
                            origin, platform, account_kind, duty, categories, standards, social_media_factor, reported_on,
                            assessed_on, severity, concluded_on, outcome, notes, status, created_at, updated_at, version)
                        values (:id, :force, :reference, :subject, :staffType, :rank, :origin, :platform, :accountKind, :duty,
                            :categories, :standards, :factor, :reportedOn, :assessedOn, :severity, :concludedOn, :outcome,
                            :notes, :status, :now, :now, 0)
                        """)
                .params(params(c))
                .param("force", c.force().value())
                .param("reference", c.reference())
                .param("now", now)
                .update();
    }

    /** Saves changes; fails if someone else saved the case since it was loaded. */
    public void update(ConductCase c) {
        int updated = jdbc.sql("""
                        update conduct.conduct_case set subject_id = :subject, subject_staff_type = :staffType,
                            subject_rank = :rank, origin = :origin, platform = :platform, account_kind = :accountKind,
                            duty = :duty, categories = :categories, standards = :standards, social_media_factor = :factor,
                            reported_on = :reportedOn, assessed_on = :assessedOn, severity = :severity,
                            concluded_on = :concludedOn, outcome = :outcome, notes = :notes, status = :status,
                            updated_at = :now, version = version + 1
                        where id = :id and force_id = :force and version = :version
                        """)
                .params(params(c))
                .param("force", c.force().value())
                .param("version", c.version())
                .param("now", Timestamp.from(clock.instant()))
                .update();
        if (updated != 1) {
            throw new BusinessRuleException("Someone else changed case " + c.reference()
                    + " while you were working on it. Reload it and try again.");
        }
    }

    private static java.util.Map<String, Object> params(ConductCase c) {
        var p = new java.util.HashMap<String, Object>();
        Particulars d = c.particulars();
        p.put("id", c.id().value());
        p.put("subject", c.subject().staffId().value());
        p.put("staffType", c.subject().staffType().name());
        p.put("rank", c.subject().rank());
        p.put("origin", d.origin().name());
        p.put("platform", d.platform().name());
        p.put("accountKind", d.accountKind().name());
        p.put("duty", d.duty().name());
        p.put("categories", names(d.categories()));
        p.put("standards", names(d.standards()));
        p.put("factor", d.socialMediaFactor());
        p.put("reportedOn", Date.valueOf(c.reportedOn()));
        p.put("assessedOn", c.assessedOn() == null ? null : Date.valueOf(c.assessedOn()));
        p.put("severity", c.severity() == null ? null : c.severity().name());
        p.put("concludedOn", c.concludedOn() == null ? null : Date.valueOf(c.concludedOn()));
        p.put("outcome", c.outcome() == null ? null : c.outcome().name());
        p.put("notes", d.notes());
        p.put("status", c.status().name());
        return p;
    }

    public Optional<ConductCase> find(ForceId force, CaseId id) {
        return jdbc.sql("select * from conduct.conduct_case where force_id = ? and id = ?")
                .params(force.value(), id.value())
                .query(CaseRepository::mapCase)
                .optional();
    }

    public List<CaseSummary> search(ForceId force, CaseFilter filter, StaffId hiddenSubject, int limit) {
        StringBuilder sql = new StringBuilder("""
                select id, reference, subject_id, subject_staff_type, subject_rank, platform, account_kind, duty, reported_on,
                       status, severity, outcome
                  from conduct.conduct_case where force_id = :force and subject_id <> :hidden
                """);
        var params = new java.util.HashMap<String, Object>();
        params.put("force", force.value());
        params.put("hidden", hiddenSubject.value());
        if (filter.status() != null) {
            sql.append(" and status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.year() != null) {
            sql.append(" and extract(year from reported_on) = :year");
            params.put("year", filter.year());
        }
        if (filter.hasText()) {
            sql.append(" and (reference ilike :text");
            params.put("text", "%" + filter.text().strip().replace("%", "\\%").replace("_", "\\_") + "%");
            if (!filter.subjects().isEmpty()) {
                sql.append(" or subject_id = any(:subjects)");
                params.put(
                        "subjects",
                        filter.subjects().stream().map(StaffId::value).toArray(UUID[]::new));
            }
            sql.append(")");
        }
        sql.append(" order by reported_on desc, reference desc limit :limit");
        params.put("limit", limit);
        return jdbc.sql(sql.toString())
                .params(params)
                .query((rs, n) -> new CaseSummary(
                        new CaseId(rs.getObject("id", UUID.class)),
                        rs.getString("reference"),
                        new StaffId(rs.getObject("subject_id", UUID.class)),
                        StaffType.valueOf(rs.getString("subject_staff_type")),
                        rs.getString("subject_rank"),
                        Platform.valueOf(rs.getString("platform")),
                        AccountKind.valueOf(rs.getString("account_kind")),
                        Duty.valueOf(rs.getString("duty")),
                        rs.getObject("reported_on", LocalDate.class),
                        CaseStatus.valueOf(rs.getString("status")),
                        optionalEnum(rs.getString("severity"), Severity::valueOf),
                        optionalEnum(rs.getString("outcome"), Outcome::valueOf)))
                .list();
    }

    /** Open cases, not counting any about the person asking. */
    public long countOpen(ForceId force, StaffId hiddenSubject) {
        return jdbc.sql("select count(*) from conduct.conduct_case where force_id = ? and status = 'OPEN'"
                        + " and subject_id <> ?")
                .params(force.value(), hiddenSubject.value())
                .query(Long.class)
                .single();
    }

    /** The statistical facts of cases reported between two dates, for one force or, as system, every force. */
    public List<CaseFacts> facts(ForceId force, LocalDate from, LocalDate toInclusive) {
        String sql = """
                select force_id, reported_on, subject_staff_type, platform, account_kind, duty, categories, status, outcome,
                       concluded_on
                  from conduct.conduct_case
                 where reported_on between :from and :to
                """ + (force == null ? "" : " and force_id = :force");
        var spec = jdbc.sql(sql).param("from", Date.valueOf(from)).param("to", Date.valueOf(toInclusive));
        if (force != null) {
            spec = spec.param("force", force.value());
        }
        return spec.query((rs, n) -> new CaseFacts(
                        new ForceId(rs.getObject("force_id", UUID.class)),
                        rs.getObject("reported_on", LocalDate.class),
                        StaffType.valueOf(rs.getString("subject_staff_type")),
                        Platform.valueOf(rs.getString("platform")),
                        AccountKind.valueOf(rs.getString("account_kind")),
                        Duty.valueOf(rs.getString("duty")),
                        enumSet(rs.getArray("categories"), AllegationCategory.class),
                        CaseStatus.valueOf(rs.getString("status")),
                        optionalEnum(rs.getString("outcome"), Outcome::valueOf),
                        rs.getObject("concluded_on", LocalDate.class)))
                .list();
    }

    private static ConductCase mapCase(ResultSet rs, int row) throws SQLException {
        Particulars particulars = new Particulars(
                Origin.valueOf(rs.getString("origin")),
                Platform.valueOf(rs.getString("platform")),
                AccountKind.valueOf(rs.getString("account_kind")),
                Duty.valueOf(rs.getString("duty")),
                enumSet(rs.getArray("categories"), AllegationCategory.class),
                enumSet(rs.getArray("standards"), ProfessionalStandard.class),
                rs.getBoolean("social_media_factor"),
                rs.getString("notes"));
        return new ConductCase(
                new CaseId(rs.getObject("id", UUID.class)),
                new ForceId(rs.getObject("force_id", UUID.class)),
                rs.getString("reference"),
                new Subject(
                        new StaffId(rs.getObject("subject_id", UUID.class)),
                        StaffType.valueOf(rs.getString("subject_staff_type")),
                        rs.getString("subject_rank")),
                particulars,
                rs.getObject("reported_on", LocalDate.class),
                rs.getObject("assessed_on", LocalDate.class),
                optionalEnum(rs.getString("severity"), Severity::valueOf),
                rs.getObject("concluded_on", LocalDate.class),
                optionalEnum(rs.getString("outcome"), Outcome::valueOf),
                CaseStatus.valueOf(rs.getString("status")),
                rs.getInt("version"));
    }

    private static String[] names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toArray(String[]::new);
    }

    private static <E extends Enum<E>> Set<E> enumSet(Array array, Class<E> type) throws SQLException {
        Set<E> values = EnumSet.noneOf(type);
        if (array != null) {
            Arrays.stream((String[]) array.getArray())
                    .map(name -> Enum.valueOf(type, name))
                    .forEach(values::add);
        }
        return values;
    }

    private static <E> E optionalEnum(String value, Function<String, E> parse) {
        return value == null ? null : parse.apply(value);
    }
}
