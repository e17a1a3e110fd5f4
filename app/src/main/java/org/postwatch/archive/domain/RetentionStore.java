package org.postwatch.archive.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.postwatch.archive.ArchiveRecordId;
import org.postwatch.archive.ArchiveRecordType;
import org.postwatch.archive.RetentionRule;
import org.postwatch.archive.ReviewDecision;
import org.postwatch.platform.ForceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A force's retention rules (its own, or the defaults) and the review decisions made under them. */
@Repository
public class RetentionStore {

    private final JdbcClient jdbc;

    RetentionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<RetentionRule> rules(ForceId force) {
        return jdbc
                .sql("""
                        select d.record_type, coalesce(r.months, d.months) as months,
                               coalesce(r.schedule_reference, d.schedule_reference) as schedule_reference,
                               r.changed_by, r.changed_at
                          from archive.retention_default d
                          left join archive.retention_rule r on r.record_type = d.record_type and r.force_id = ?
                        """)
                .param(force.value())
                .query((rs, n) -> {
                    Timestamp changed = rs.getTimestamp("changed_at");
                    return new RetentionRule(
                            ArchiveRecordType.valueOf(rs.getString("record_type")),
                            rs.getInt("months"),
                            rs.getString("schedule_reference"),
                            rs.getString("changed_by"),
                            changed == null ? null : changed.toInstant());
                })
                .list()
                .stream()
                .sorted(java.util.Comparator.comparing(RetentionRule::type))
                .toList();
    }

    public Map<ArchiveRecordType, Integer> months(ForceId force) {
        Map<ArchiveRecordType, Integer> months = new EnumMap<>(ArchiveRecordType.class);
        rules(force).forEach(rule -> months.put(rule.type(), rule.months()));
        return months;
    }

    public void save(ForceId force, ArchiveRecordType type, int months, String reference, String by, Instant at) {
        jdbc.sql("""
                        insert into archive.retention_rule (force_id, record_type, months, schedule_reference,
                                                            changed_by, changed_at)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (force_id, record_type) do update
                           set months = excluded.months, schedule_reference = excluded.schedule_reference,
                               changed_by = excluded.changed_by, changed_at = excluded.changed_at
                        """)
                .params(force.value(), type.name(), months, reference, by, Timestamp.from(at))
                .update();
    }

    public void recordDecision(
            ForceId force,
            ArchiveRecordId record,
            ReviewDecision decision,
            String reason,
            java.time.LocalDate nextReview,
            UUID byId,
            String by,
            Instant at) {
        jdbc.sql("""
                        insert into archive.review_decision (id, force_id, record_id, decision, reason,
                                                             next_review_on, decided_by_id, decided_by, decided_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        UUID.randomUUID(),
                        force.value(),
                        record.value(),
                        decision.name(),
                        reason,
                        nextReview,
                        byId,
                        by,
                        Timestamp.from(at))
                .update();
    }

    /** A record's review decisions, oldest first, as one-line descriptions. */
    public List<String> history(ForceId force, ArchiveRecordId record) {
        return jdbc.sql("""
                        select decision, reason, next_review_on, decided_by, decided_at
                          from archive.review_decision where force_id = ? and record_id = ? order by decided_at
                        """)
                .params(force.value(), record.value())
                .query((rs, n) -> new org.postwatch.archive.domain.ReviewEntry(
                                rs.getString("decision"),
                                rs.getString("reason"),
                                rs.getObject("next_review_on", java.time.LocalDate.class),
                                rs.getString("decided_by"),
                                rs.getTimestamp("decided_at").toInstant())
                        .describe())
                .list();
    }
}
