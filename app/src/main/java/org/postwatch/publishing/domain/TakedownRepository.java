package org.postwatch.publishing.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.postwatch.platform.ForceId;
import org.postwatch.publishing.PublicationId;
import org.postwatch.publishing.TakedownState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Takedowns of published posts, one per publication. Every query names the force. */
@Repository
public class TakedownRepository {

    private final JdbcClient jdbc;

    TakedownRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the takedown unless the publication has one; true when it was inserted. */
    public boolean insertIfAbsent(Takedown t) {
        return jdbc.sql("""
                        insert into publishing.takedown (publication_id, force_id, state, reason, requested_by,
                            requested_at, tries, next_attempt_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (publication_id) do nothing
                        """)
                        .params(
                                t.publication().value(),
                                t.force().value(),
                                t.state().name(),
                                t.reason(),
                                t.requestedBy(),
                                ts(t.requestedAt()),
                                t.tries(),
                                ts(t.nextAttemptAt()))
                        .update()
                == 1;
    }

    public void save(Takedown t) {
        jdbc.sql("""
                        update publishing.takedown set state = ?, tries = ?, next_attempt_at = ?, last_status = ?,
                            last_message = ?, already_gone = ?, finished_at = ?
                         where force_id = ? and publication_id = ?
                        """)
                .params(
                        t.state().name(),
                        t.tries(),
                        ts(t.nextAttemptAt()),
                        t.lastStatus(),
                        t.lastMessage(),
                        t.alreadyGone(),
                        ts(t.finishedAt()),
                        t.force().value(),
                        t.publication().value())
                .update();
    }

    public Optional<Takedown> find(ForceId force, PublicationId publication) {
        return jdbc.sql("select * from publishing.takedown where force_id = ? and publication_id = ?")
                .params(force.value(), publication.value())
                .query(TakedownRepository::takedown)
                .optional();
    }

    /** The takedown, locked until the transaction ends: one run decides at a time. */
    public Optional<Takedown> lock(ForceId force, PublicationId publication) {
        return jdbc.sql("select * from publishing.takedown where force_id = ? and publication_id = ? for update")
                .params(force.value(), publication.value())
                .query(TakedownRepository::takedown)
                .optional();
    }

    public long countInState(ForceId force, TakedownState state) {
        return jdbc.sql("select count(*) from publishing.takedown where force_id = ? and state = ?")
                .params(force.value(), state.name())
                .query(Long.class)
                .single();
    }

    private static Takedown takedown(ResultSet rs, int n) throws SQLException {
        Object status = rs.getObject("last_status");
        return new Takedown(
                new PublicationId(rs.getObject("publication_id", UUID.class)),
                new ForceId(rs.getObject("force_id", UUID.class)),
                TakedownState.valueOf(rs.getString("state")),
                rs.getString("reason"),
                rs.getString("requested_by"),
                instant(rs, "requested_at"),
                rs.getInt("tries"),
                instant(rs, "next_attempt_at"),
                status == null ? null : ((Number) status).intValue(),
                rs.getString("last_message"),
                rs.getBoolean("already_gone"),
                instant(rs, "finished_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
