package org.postwatch.inbox.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.postwatch.inbox.InboundItemId;
import org.postwatch.inbox.InboxModeration;
import org.postwatch.inbox.ModerationAction;
import org.postwatch.platform.ForceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Moderation actions with their appeals, and the authors each account has blocked. */
@Repository
public class ModerationRepository {

    private final JdbcClient jdbc;

    ModerationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(ForceId force, InboxModeration m, UUID byId) {
        jdbc.sql("""
                        insert into inbox.moderation (id, force_id, item_id, action, standard, note, by_id, by_name, at,
                            platform_outcome, platform_message)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        m.id(),
                        force.value(),
                        m.item().value(),
                        m.action().name(),
                        m.standard(),
                        m.note(),
                        byId,
                        m.byName(),
                        Timestamp.from(m.at()),
                        m.platformOutcome(),
                        m.platformMessage())
                .update();
    }

    public Optional<InboxModeration> lock(ForceId force, UUID id) {
        return jdbc.sql("select * from inbox.moderation where force_id = ? and id = ? for update")
                .params(force.value(), id)
                .query(ModerationRepository::map)
                .optional();
    }

    public List<InboxModeration> forItems(ForceId force, List<InboundItemId> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from inbox.moderation where force_id = ? and item_id = any (?) order by at")
                .params(force.value(), items.stream().map(InboundItemId::value).toArray(UUID[]::new))
                .query(ModerationRepository::map)
                .list();
    }

    public void appeal(ForceId force, UUID id, String text, Instant at, String by) {
        jdbc.sql("""
                        update inbox.moderation set appeal_text = ?, appeal_at = ?, appeal_recorded_by = ?
                         where force_id = ? and id = ?
                        """).params(text, Timestamp.from(at), by, force.value(), id).update();
    }

    public void decide(ForceId force, UUID id, String decision, String reason, String by, Instant at) {
        jdbc.sql("""
                        update inbox.moderation set appeal_decision = ?, appeal_reason = ?, appeal_decided_by = ?,
                            appeal_decided_at = ? where force_id = ? and id = ?
                        """)
                .params(decision, reason, by, Timestamp.from(at), force.value(), id)
                .update();
    }

    public void block(ForceId force, UUID account, String author, String standard, String by, Instant at) {
        jdbc.sql("""
                        insert into inbox.blocked_author (force_id, account_id, author_handle, standard, blocked_at,
                            blocked_by) values (?, ?, ?, ?, ?, ?) on conflict do nothing
                        """)
                .params(force.value(), account, author, standard, Timestamp.from(at), by)
                .update();
    }

    public void unblock(ForceId force, UUID account, String author) {
        jdbc.sql("delete from inbox.blocked_author where force_id = ? and account_id = ? and author_handle = ?")
                .params(force.value(), account, author)
                .update();
    }

    public boolean blocked(ForceId force, UUID account, String author) {
        return jdbc.sql("""
                                select count(*) from inbox.blocked_author
                                 where force_id = ? and account_id = ? and author_handle = ?
                                """)
                        .params(force.value(), account, author)
                        .query(Long.class)
                        .single()
                > 0;
    }

    static InboxModeration map(ResultSet rs, int row) throws SQLException {
        return new InboxModeration(
                rs.getObject("id", UUID.class),
                new InboundItemId(rs.getObject("item_id", UUID.class)),
                ModerationAction.valueOf(rs.getString("action")),
                rs.getString("standard"),
                rs.getString("note"),
                rs.getString("by_name"),
                rs.getTimestamp("at").toInstant(),
                rs.getString("platform_outcome"),
                rs.getString("platform_message"),
                rs.getString("appeal_text"),
                ItemRepository.instant(rs, "appeal_at"),
                rs.getString("appeal_decision"),
                rs.getString("appeal_reason"),
                rs.getString("appeal_decided_by"),
                ItemRepository.instant(rs, "appeal_decided_at"));
    }
}
