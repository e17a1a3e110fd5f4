package org.postwatch.inbox.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.postwatch.inbox.InboundItemId;
import org.postwatch.inbox.InboxReply;
import org.postwatch.platform.ForceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The desk's replies. At most one live reply per item (a unique index): a double submit cannot publish twice. */
@Repository
public class ReplyRepository {

    private final JdbcClient jdbc;

    ReplyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(
            ForceId force,
            UUID id,
            InboundItemId item,
            String text,
            UUID author,
            String authorName,
            InboxReply.State state,
            UUID publication,
            String checkOutcome,
            int attempt,
            Instant at) {
        jdbc.sql("""
                        insert into inbox.reply (id, force_id, item_id, text, author_id, author_name, state,
                            publication_id, check_outcome, attempt, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        force.value(),
                        item.value(),
                        text,
                        author,
                        authorName,
                        state.name(),
                        publication,
                        checkOutcome,
                        attempt,
                        Timestamp.from(at))
                .update();
    }

    public Optional<InboxReply> lock(ForceId force, UUID id) {
        return jdbc.sql("select * from inbox.reply where force_id = ? and id = ? for update")
                .params(force.value(), id)
                .query(ReplyRepository::map)
                .optional();
    }

    public Optional<InboxReply> byPublication(ForceId force, UUID publication) {
        return jdbc.sql("select * from inbox.reply where force_id = ? and publication_id = ? for update")
                .params(force.value(), publication)
                .query(ReplyRepository::map)
                .optional();
    }

    public Optional<InboxReply> live(ForceId force, InboundItemId item) {
        return jdbc.sql("""
                        select * from inbox.reply where force_id = ? and item_id = ?
                           and state in ('AWAITING_APPROVAL', 'PUBLISHING', 'PUBLISHED', 'FAILED')
                        """)
                .params(force.value(), item.value())
                .query(ReplyRepository::map)
                .optional();
    }

    public List<InboxReply> forItems(ForceId force, List<InboundItemId> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from inbox.reply where force_id = ? and item_id = any (?) order by created_at")
                .params(force.value(), items.stream().map(InboundItemId::value).toArray(UUID[]::new))
                .query(ReplyRepository::map)
                .list();
    }

    public List<InboxReply> awaitingApproval(ForceId force) {
        return jdbc.sql(
                        "select * from inbox.reply where force_id = ? and state = 'AWAITING_APPROVAL' order by created_at")
                .param(force.value())
                .query(ReplyRepository::map)
                .list();
    }

    public void update(
            ForceId force,
            UUID id,
            InboxReply.State state,
            int attempt,
            UUID publication,
            String failure,
            String decidedBy,
            String note,
            Instant publishedAt,
            String platformPostId,
            String url) {
        jdbc.sql("""
                        update inbox.reply set state = ?, attempt = ?, publication_id = ?, failure = ?,
                            decided_by = coalesce(?, decided_by), decision_note = coalesce(?, decision_note),
                            published_at = ?, platform_post_id = ?, url = ?
                         where force_id = ? and id = ?
                        """)
                .params(
                        state.name(),
                        attempt,
                        publication,
                        failure,
                        decidedBy,
                        note,
                        ItemRepository.ts(publishedAt),
                        platformPostId,
                        url,
                        force.value(),
                        id)
                .update();
    }

    /** The highest attempt number used for the item's replies, so a new publication id is never one used before. */
    public int maxAttempt(ForceId force, InboundItemId item) {
        return jdbc.sql("select coalesce(max(attempt), 0) from inbox.reply where force_id = ? and item_id = ?")
                .params(force.value(), item.value())
                .query(Integer.class)
                .single();
    }

    /** The author of a reply, so nobody approves their own. */
    public UUID author(ForceId force, UUID id) {
        return jdbc.sql("select author_id from inbox.reply where force_id = ? and id = ?")
                .params(force.value(), id)
                .query(UUID.class)
                .single();
    }

    static InboxReply map(ResultSet rs, int row) throws SQLException {
        return new InboxReply(
                rs.getObject("id", UUID.class),
                new InboundItemId(rs.getObject("item_id", UUID.class)),
                rs.getString("text"),
                rs.getString("author_name"),
                InboxReply.State.valueOf(rs.getString("state")),
                rs.getInt("attempt"),
                rs.getObject("publication_id", UUID.class),
                rs.getString("check_outcome"),
                rs.getString("failure"),
                rs.getString("decided_by"),
                rs.getString("decision_note"),
                rs.getTimestamp("created_at").toInstant(),
                ItemRepository.instant(rs, "published_at"),
                rs.getString("url"));
    }
}
