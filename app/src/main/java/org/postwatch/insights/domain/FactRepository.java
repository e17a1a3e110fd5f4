package org.postwatch.insights.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.postwatch.platform.ForceId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Insights' daily facts: added to as events arrive (each an upsert that adds to the day's counts) and read as sums over
 * a period. Every query names its force, even though row-level security would narrow it anyway.
 */
@Repository
public class FactRepository {

    /** Publications of one account for one objective ('' for none) in one week or month (by its first day). */
    public record PublicationsAt(
            LocalDate bucket, UUID account, String objective, long broadcasts, long replies, long failures) {}

    /** Inbound items of one account in one week or month (by its first day). */
    public record Inbound(
            UUID account,
            LocalDate bucket,
            long received,
            long answered,
            long replied,
            long responseSeconds,
            long withinHour,
            long answeredLate,
            long escalated,
            long breached) {}

    public record InboundCategory(String category, long received, long escalated) {}

    /** Checks with an outcome in a bucket of time; or, with a category, checks that found it. */
    public record Checks(LocalDate bucket, String outcome, String category, long checks) {}

    public record Reviews(String decision, long decisions, long officeSeconds, long overdue) {}

    public record Pause(UUID id, Instant startedAt, Instant endedAt, boolean wholeForce, int accounts) {}

    public record DemoHistory(LocalDate firstDay, LocalDate lastDay) {}

    private static final List<String> PUBLICATION_KEY = List.of("account_id", "objective");
    private static final List<String> PUBLICATION_COUNTS = List.of("broadcasts", "replies", "failures");
    private static final List<String> INBOUND_KEY = List.of("account_id");
    private static final List<String> INBOUND_COUNTS = List.of(
            "received",
            "answered",
            "replied",
            "response_seconds",
            "within_hour",
            "answered_late",
            "escalated",
            "breached");

    private static final String ADD_PUBLICATION =
            addTo("insights.publication_day", "day", PUBLICATION_KEY, PUBLICATION_COUNTS);
    private static final String ADD_PUBLICATION_MONTH =
            addTo("insights.publication_month", "month", PUBLICATION_KEY, PUBLICATION_COUNTS);
    private static final String ADD_CHECK =
            addTo("insights.check_day", "day", List.of("outcome", "category"), List.of("checks"));
    private static final String ADD_REVIEW =
            addTo("insights.review_day", "day", List.of("decision"), List.of("decisions", "office_seconds", "overdue"));
    private static final String ADD_INBOUND = addTo("insights.inbound_day", "day", INBOUND_KEY, INBOUND_COUNTS);
    private static final String ADD_INBOUND_MONTH =
            addTo("insights.inbound_month", "month", INBOUND_KEY, INBOUND_COUNTS);
    private static final String ADD_INBOUND_CATEGORY =
            addTo("insights.inbound_category_day", "day", List.of("category"), List.of("received", "escalated"));

    /**
     * Facts are additive counters: a row per force, period and key, and a repeat adds to the counts. Parameters:
     * force, period, the key columns, then the counts.
     */
    private static String addTo(String table, String period, List<String> key, List<String> counts) {
        List<String> columns = new java.util.ArrayList<>(List.of("force_id", period));
        columns.addAll(key);
        List<String> conflict = List.copyOf(columns);
        columns.addAll(counts);
        return "insert into " + table + " as f (" + String.join(", ", columns) + ") values ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ") on conflict ("
                + String.join(", ", conflict) + ") do update set "
                + String.join(
                        ", ",
                        counts.stream()
                                .map(c -> c + " = f." + c + " + excluded." + c)
                                .toList());
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    FactRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** True the first time an event is seen; false for a redelivery, which must not be counted again. */
    public boolean firstTime(ForceId force, String eventKey) {
        return jdbc.sql("insert into insights.counted_event (force_id, event_key) values (?, ?) on conflict do nothing")
                        .params(force.value(), eventKey)
                        .update()
                > 0;
    }

    public void objectiveOf(ForceId force, String postRef, String objective) {
        jdbc.sql("""
                        insert into insights.post_objective (force_id, post_ref, objective) values (?, ?, ?)
                        on conflict (force_id, post_ref) do update set objective = excluded.objective
                        """).params(force.value(), postRef, objective).update();
    }

    public Optional<String> objectiveOf(ForceId force, String postRef) {
        return jdbc.sql("select objective from insights.post_objective where force_id = ? and post_ref = ?")
                .params(force.value(), postRef)
                .query((rs, n) -> rs.getString(1))
                .optional();
    }

    public void addPublication(
            ForceId force, LocalDate day, UUID account, String objective, int broadcasts, int replies, int failures) {
        addPublications(
                force, List.<Object[]>of(new Object[] {day, account, objective, broadcasts, replies, failures}));
    }

    /** Adds rows of (day, account, objective, broadcasts, replies, failures) to the daily and monthly facts. */
    public void addPublications(ForceId force, List<Object[]> dayAccountObjectiveBroadcastsRepliesFailures) {
        List<Object[]> rows = withForce(force, dayAccountObjectiveBroadcastsRepliesFailures);
        template.batchUpdate(ADD_PUBLICATION, rows);
        template.batchUpdate(ADD_PUBLICATION_MONTH, byMonth(rows, 2 + PUBLICATION_KEY.size()));
    }

    public void addCheck(ForceId force, LocalDate day, String outcome, String category, int checks) {
        template.update(ADD_CHECK, force.value(), day, outcome, category, checks);
    }

    public void addChecks(ForceId force, List<Object[]> dayOutcomeCategoryChecks) {
        template.batchUpdate(ADD_CHECK, withForce(force, dayOutcomeCategoryChecks));
    }

    public void addReview(ForceId force, LocalDate day, String decision, long officeSeconds, boolean overdue) {
        template.update(ADD_REVIEW, force.value(), day, decision, 1, officeSeconds, overdue ? 1 : 0);
    }

    public void addReviews(ForceId force, List<Object[]> dayDecisionCountSecondsOverdue) {
        template.batchUpdate(ADD_REVIEW, withForce(force, dayDecisionCountSecondsOverdue));
    }

    /** Adds to one day's inbound counts of an account, in the column order of {@code insights.inbound_day}. */
    public void addInbound(ForceId force, LocalDate day, UUID account, long... counts) {
        Object[] row = new Object[2 + counts.length];
        row[0] = day;
        row[1] = account;
        for (int i = 0; i < counts.length; i++) {
            row[2 + i] = counts[i];
        }
        addInbounds(force, List.<Object[]>of(row));
    }

    /** Adds rows of (day, account, the eight counts of {@code insights.inbound_day}) to daily and monthly facts. */
    public void addInbounds(ForceId force, List<Object[]> dayAccountCounts) {
        List<Object[]> rows = withForce(force, dayAccountCounts);
        template.batchUpdate(ADD_INBOUND, rows);
        template.batchUpdate(ADD_INBOUND_MONTH, byMonth(rows, 2 + INBOUND_KEY.size()));
    }

    /** The same rows keyed by the first day of their month, summed; the first {@code keyLength} values are the key. */
    private static List<Object[]> byMonth(List<Object[]> rows, int keyLength) {
        java.util.Map<List<Object>, Object[]> months = new java.util.LinkedHashMap<>();
        for (Object[] row : rows) {
            Object[] month = row.clone();
            month[1] = ((LocalDate) row[1]).withDayOfMonth(1);
            List<Object> key = List.of(java.util.Arrays.copyOf(month, keyLength));
            Object[] sum = months.get(key);
            if (sum == null) {
                months.put(key, month);
            } else {
                for (int i = keyLength; i < month.length; i++) {
                    sum[i] = ((Number) sum[i]).longValue() + ((Number) month[i]).longValue();
                }
            }
        }
        return new java.util.ArrayList<>(months.values());
    }

    public void addInboundCategory(ForceId force, LocalDate day, String category, int received, int escalated) {
        template.update(ADD_INBOUND_CATEGORY, force.value(), day, category, received, escalated);
    }

    public void addInboundCategories(ForceId force, List<Object[]> dayCategoryReceivedEscalated) {
        template.batchUpdate(ADD_INBOUND_CATEGORY, withForce(force, dayCategoryReceivedEscalated));
    }

    public void pauseStarted(ForceId force, UUID pause, Instant at, boolean wholeForce, int accounts) {
        jdbc.sql("""
                        insert into insights.pause (force_id, pause_id, started_at, whole_force, accounts)
                        values (?, ?, ?, ?, ?) on conflict do nothing
                        """)
                .params(force.value(), pause, Timestamp.from(at), wholeForce, accounts)
                .update();
    }

    public void pauseEnded(ForceId force, UUID pause, Instant at) {
        jdbc.sql("update insights.pause set ended_at = ? where force_id = ? and pause_id = ? and ended_at is null")
                .params(Timestamp.from(at), force.value(), pause)
                .update();
    }

    public void demoHistory(ForceId force, LocalDate first, LocalDate last, Instant at) {
        jdbc.sql("""
                        insert into insights.demo_history (force_id, first_day, last_day, seeded_at) values (?, ?, ?, ?)
                        on conflict (force_id) do update set first_day = excluded.first_day, last_day = excluded.last_day,
                            seeded_at = excluded.seeded_at
                        """).params(force.value(), first, last, Timestamp.from(at)).update();
    }

    public Optional<DemoHistory> demoHistory(ForceId force) {
        return jdbc.sql("select first_day, last_day from insights.demo_history where force_id = ?")
                .param(force.value())
                .query((rs, n) -> new DemoHistory(
                        rs.getObject("first_day", LocalDate.class), rs.getObject("last_day", LocalDate.class)))
                .optional();
    }

    // Reading.

    /**
     * Publications per week or month (by its first day), account and objective over a period. Whole months inside the
     * period are read from the monthly facts, the days at either end from the daily ones.
     */
    public List<PublicationsAt> publications(ForceId force, LocalDate from, LocalDate to, boolean byMonth) {
        String columns = "account_id, objective, broadcasts, replies, failures";
        return jdbc.sql(
                        "select bucket, account_id, objective, sum(broadcasts) b, sum(replies) r, sum(failures) f from ("
                                + cube("publication", columns, byMonth)
                                + ") facts group by bucket, account_id, objective")
                .paramSource(ranges(force, from, to, byMonth))
                .query((rs, n) -> new PublicationsAt(
                        rs.getObject("bucket", LocalDate.class),
                        rs.getObject("account_id", UUID.class),
                        rs.getString("objective"),
                        rs.getLong("b"),
                        rs.getLong("r"),
                        rs.getLong("f")))
                .list();
    }

    /** Inbound items per week or month and account over a period, read as {@link #publications} reads. */
    public List<Inbound> inbound(ForceId force, LocalDate from, LocalDate to, boolean byMonth) {
        String columns = "account_id, received, answered, replied, response_seconds, within_hour, answered_late,"
                + " escalated, breached";
        return jdbc.sql("select bucket, account_id, sum(received) received, sum(answered) answered,"
                        + " sum(replied) replied, sum(response_seconds) response_seconds, sum(within_hour) within_hour,"
                        + " sum(answered_late) answered_late, sum(escalated) escalated, sum(breached) breached from ("
                        + cube("inbound", columns, byMonth)
                        + ") facts group by bucket, account_id")
                .paramSource(ranges(force, from, to, byMonth))
                .query((rs, n) -> new Inbound(
                        rs.getObject("account_id", UUID.class),
                        rs.getObject("bucket", LocalDate.class),
                        rs.getLong("received"),
                        rs.getLong("answered"),
                        rs.getLong("replied"),
                        rs.getLong("response_seconds"),
                        rs.getLong("within_hour"),
                        rs.getLong("answered_late"),
                        rs.getLong("escalated"),
                        rs.getLong("breached")))
                .list();
    }

    /** Week buckets start on Monday; month buckets on the 1st. Plain date arithmetic: no time zone conversion. */
    private static String bucket(boolean byMonth) {
        return byMonth ? "day - (extract(day from day)::int - 1)" : "day - (extract(isodow from day)::int - 1)";
    }

    private static String cube(String table, String columns, boolean byMonth) {
        if (!byMonth) {
            return "select " + bucket(false) + " bucket, " + columns + " from insights." + table
                    + "_day where force_id = :force and day between :from and :to";
        }
        return "select month bucket, " + columns + " from insights." + table
                + "_month where force_id = :force and month >= :fullFrom and month < :fullTo"
                + " union all select " + bucket(true) + " bucket, " + columns + " from insights." + table
                + "_day where force_id = :force and day between :from and :headTo"
                + " union all select " + bucket(true) + " bucket, " + columns + " from insights." + table
                + "_day where force_id = :force and day between :tailFrom and :to";
    }

    /**
     * The whole months inside a period [fullFrom, fullTo) and the days outside them at either end; with no whole
     * month, every day is read from the daily facts.
     */
    private static org.springframework.jdbc.core.namedparam.MapSqlParameterSource ranges(
            ForceId force, LocalDate from, LocalDate to, boolean byMonth) {
        LocalDate fullFrom =
                from.getDayOfMonth() == 1 ? from : from.plusMonths(1).withDayOfMonth(1);
        LocalDate fullTo = to.plusDays(1).getDayOfMonth() == 1 ? to.plusDays(1) : to.withDayOfMonth(1);
        var params = new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
                .addValue("force", force.value())
                .addValue("from", from)
                .addValue("to", to);
        if (!byMonth) {
            return params;
        }
        if (!fullFrom.isBefore(fullTo)) {
            // No whole month: the month branch reads nothing and the head reads every day.
            return params.addValue("fullFrom", from)
                    .addValue("fullTo", from)
                    .addValue("headTo", to)
                    .addValue("tailFrom", to.plusDays(1));
        }
        return params.addValue("fullFrom", fullFrom)
                .addValue("fullTo", fullTo)
                .addValue("headTo", fullFrom.minusDays(1))
                .addValue("tailFrom", fullTo);
    }

    public List<InboundCategory> inboundByCategory(ForceId force, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select category, sum(received) received, sum(escalated) escalated
                          from insights.inbound_category_day
                         where force_id = ? and day between ? and ? group by category
                        """)
                .params(force.value(), from, to)
                .query((rs, n) ->
                        new InboundCategory(rs.getString("category"), rs.getLong("received"), rs.getLong("escalated")))
                .list();
    }

    /** Checks by outcome over time (category ''), and, with bucket null, checks per category found and outcome. */
    public List<Checks> checks(ForceId force, LocalDate from, LocalDate to, boolean byMonth) {
        return jdbc.sql("select case when category = '' then " + bucket(byMonth)
                        + " end bucket, outcome, category, sum(checks) checks"
                        + " from insights.check_day where force_id = ? and day between ? and ? group by 1, 2, 3")
                .params(force.value(), from, to)
                .query((rs, n) -> new Checks(
                        rs.getObject("bucket", LocalDate.class),
                        rs.getString("outcome"),
                        rs.getString("category"),
                        rs.getLong("checks")))
                .list();
    }

    public List<Reviews> reviews(ForceId force, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select decision, sum(decisions) n, sum(office_seconds) s, sum(overdue) o
                          from insights.review_day where force_id = ? and day between ? and ? group by decision
                        """)
                .params(force.value(), from, to)
                .query((rs, n) ->
                        new Reviews(rs.getString("decision"), rs.getLong("n"), rs.getLong("s"), rs.getLong("o")))
                .list();
    }

    /** Pauses that were in force at some time in the period, latest first. */
    public List<Pause> pauses(ForceId force, Instant from, Instant to) {
        return jdbc.sql("""
                        select pause_id, started_at, ended_at, whole_force, accounts from insights.pause
                         where force_id = ? and started_at < ? and (ended_at is null or ended_at >= ?)
                         order by started_at desc
                        """)
                .params(force.value(), Timestamp.from(to), Timestamp.from(from))
                .query((rs, n) -> new Pause(
                        rs.getObject("pause_id", UUID.class),
                        rs.getTimestamp("started_at").toInstant(),
                        rs.getTimestamp("ended_at") == null
                                ? null
                                : rs.getTimestamp("ended_at").toInstant(),
                        rs.getBoolean("whole_force"),
                        rs.getInt("accounts")))
                .list();
    }

    private static List<Object[]> withForce(ForceId force, List<Object[]> rows) {
        return rows.stream()
                .map(row -> {
                    Object[] full = new Object[row.length + 1];
                    full[0] = force.value();
                    System.arraycopy(row, 0, full, 1, row.length);
                    return full;
                })
                .toList();
    }
}
