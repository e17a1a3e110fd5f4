package org.postwatch.conduct.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.postwatch.audit.Actor;
import org.postwatch.platform.ForceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each case's timeline, append-only, so investigators see what happened without reading the audit trail. */
@Repository
public class CaseHistory {

    private final JdbcClient jdbc;
    private final Clock clock;

    CaseHistory(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void add(ForceId force, CaseId id, Actor actor, String what, String detail) {
        jdbc.sql("""
                        insert into conduct.case_history (force_id, case_id, at, actor_id, actor_name, what, detail)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        force.value(),
                        id.value(),
                        Timestamp.from(clock.instant()),
                        actor.staffId(),
                        actor.name(),
                        what,
                        detail)
                .update();
    }

    public List<HistoryEntry> of(ForceId force, CaseId id) {
        return jdbc.sql("""
                        select at, actor_name, what, detail from conduct.case_history
                         where force_id = ? and case_id = ? order by at, id
                        """)
                .params(force.value(), id.value())
                .query((rs, n) -> new HistoryEntry(
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("actor_name"),
                        rs.getString("what"),
                        rs.getString("detail")))
                .list();
    }

    Instant now() {
        return clock.instant();
    }
}
