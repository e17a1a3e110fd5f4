package org.postwatch.insights.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
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

    /** Publications of one account for one objective ('' for none) over a period. */
    public record Publications(UUID account, String objective, long broadcasts, long replies, long failures) {}

    /** Publications in one bucket of time (a week or a month, by its first day). */
    public record PublicationsAt(LocalDate bucket, String objective, long broadcasts, long replies, long failures) {}

    /** Inbound items of one account (or of one bucket of time, account null) over a period. */
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

    private static final String ADD_PUBLICATION = """
            insert into insights.publication_day as p (force_id, day, account_id, objective, broadcasts, replies, failures)
            values (?, ?, ?, ?, ?, ?, ?)
            on conflict (force_id, day, account_id, objective) do update
               set broadcasts = p.broadcasts + excluded.broadcasts, replies = p.replies + excluded.replies,
                   failures = p.failures + excluded.failures
            """;

    private static final String ADD_CHECK = """
            insert into insights.check_day as c (force_id, day, outcome, category, checks) values (?, ?, ?, ?, ?)
            on conflict (force_id, day, outcome, category) do update set checks = c.checks + excluded.checks
            """;

    private static final String ADD_REVIEW = """
            insert into insights.review_day as r (force_id, day, decision, decisions, office_seconds, overdue)
            values (?, ?, ?, ?, ?, ?)
            on conflict (force_id, day, decision) do update
               set decisions = r.decisions + excluded.decisions,
                   office_seconds = r.office_seconds + excluded.office_seconds, overdue = r.overdue + excluded.overdue
            """;

    private static final String ADD_INBOUND = """
            insert into insights.inbound_day as i (force_id, day, account_id, received, answered, replied,
                response_seconds, within_hour, answered_late, escalated, breached)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (force_id, day, account_id) do update
               set received = i.received + excluded.received, answered = i.answered + excluded.answered,
                   replied = i.replied + excluded.replied,
                   response_seconds = i.response_seconds + excluded.response_seconds,
                   within_hour = i.within_hour + excluded.within_hour,
                   answered_late = i.answered_late + excluded.answered_late,
                   escalated = i.escalated + excluded.escalated, breached = i.breached + excluded.breached
            """;

    private static final String ADD_INBOUND_CATEGORY = """
            insert into insights.inbound_category_day as c (force_id, day, category, received, escalated)
            values (?, ?, ?, ?, ?)
            on conflict (force_id, day, category) do update
               set received = c.received + excluded.received, escalated = c.escalated + excluded.escalated
            """;

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
        template.update(ADD_PUBLICATION, force.value(), day, account, objective, broadcasts, replies, failures);
    }

    public void addPublications(ForceId force, List<Object[]> dayAccountObjectiveBroadcastsRepliesFailures) {
        template.batchUpdate(ADD_PUBLICATION, withForce(force, dayAccountObjectiveBroadcastsRepliesFailures));
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
        Object[] row = new Object[3 + counts.length];
        row[0] = force.value();
        row[1] = day;
        row[2] = account;
        for (int i = 0; i < counts.length; i++) {
            row[3 + i] = counts[i];
        }
        template.update(ADD_INBOUND, row);
    }

    public void addInbounds(ForceId force, List<Object[]> dayAccountCounts) {
        template.batchUpdate(ADD_INBOUND, withForce(force, dayAccountCounts));
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

    public List<Publications> publications(ForceId force, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select account_id, objective, sum(broadcasts) b, sum(replies) r, sum(failures) f
                          from insights.publication_day
                         where force_id = ? and day between ? and ?
                         group by account_id, objective
                        """)
                .params(force.value(), from, to)
                .query((rs, n) -> new Publications(
                        rs.getObject("account_id", UUID.class),
                        rs.getString("objective"),
                        rs.getLong("b"),
                        rs.getLong("r"),
                        rs.getLong("f")))
                .list();
    }

    /** Over time, by week or month; only the given accounts when {@code accounts} is not null. */
    public List<PublicationsAt> publicationsOverTime(
            ForceId force, LocalDate from, LocalDate to, boolean byMonth, Collection<UUID> accounts) {
        if (accounts != null && accounts.isEmpty()) {
            return List.of();
        }
        String sql = "select date_trunc('" + (byMonth ? "month" : "week") + "', day)::date bucket, objective,"
                + " sum(broadcasts) b, sum(replies) r, sum(failures) f from insights.publication_day"
                + " where force_id = :force and day between :from and :to"
                + (accounts == null ? "" : " and account_id in (:accounts)")
                + " group by 1, objective";
        var spec =
                jdbc.sql(sql).param("force", force.value()).param("from", from).param("to", to);
        if (accounts != null) {
            spec = spec.param("accounts", List.copyOf(accounts));
        }
        return spec.query((rs, n) -> new PublicationsAt(
                        rs.getObject("bucket", LocalDate.class),
                        rs.getString("objective"),
                        rs.getLong("b"),
                        rs.getLong("r"),
                        rs.getLong("f")))
                .list();
    }

    private static final String INBOUND_SUMS = " sum(received) received, sum(answered) answered, sum(replied) replied,"
            + " sum(response_seconds) response_seconds, sum(within_hour) within_hour, sum(answered_late) answered_late,"
            + " sum(escalated) escalated, sum(breached) breached from insights.inbound_day";

    public List<Inbound> inboundByAccount(ForceId force, LocalDate from, LocalDate to) {
        return jdbc.sql("select account_id, null::date bucket," + INBOUND_SUMS
                        + " where force_id = ? and day between ? and ? group by account_id")
                .params(force.value(), from, to)
                .query((rs, n) -> inbound(rs))
                .list();
    }

    public List<Inbound> inboundOverTime(
            ForceId force, LocalDate from, LocalDate to, boolean byMonth, Collection<UUID> accounts) {
        if (accounts != null && accounts.isEmpty()) {
            return List.of();
        }
        String sql = "select null::uuid account_id, date_trunc('" + (byMonth ? "month" : "week")
                + "', day)::date bucket," + INBOUND_SUMS + " where force_id = :force and day between :from and :to"
                + (accounts == null ? "" : " and account_id in (:accounts)") + " group by 2";
        var spec =
                jdbc.sql(sql).param("force", force.value()).param("from", from).param("to", to);
        if (accounts != null) {
            spec = spec.param("accounts", List.copyOf(accounts));
        }
        return spec.query((rs, n) -> inbound(rs)).list();
    }

    private static Inbound inbound(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Inbound(
                rs.getObject("account_id", UUID.class),
                rs.getObject("bucket", LocalDate.class),
                rs.getLong("received"),
                rs.getLong("answered"),
                rs.getLong("replied"),
                rs.getLong("response_seconds"),
                rs.getLong("within_hour"),
                rs.getLong("answered_late"),
                rs.getLong("escalated"),
                rs.getLong("breached"));
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
        return jdbc.sql("select case when category = '' then date_trunc('" + (byMonth ? "month" : "week")
                        + "', day)::date end bucket, outcome, category, sum(checks) checks"
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
