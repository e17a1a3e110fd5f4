package org.postwatch.inbox.connector;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.postwatch.platform.Tenancy;
import org.postwatch.publishing.Channel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The Sandbox network's inbound side: what simulated members of the public send to Sandbox handles, with the
 * moderation the desk applies there (hidden, deleted). The cursor is the message sequence number.
 */
@Component
public class SandboxInbox implements InboundConnector {

    private final JdbcClient jdbc;

    SandboxInbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Channel channel() {
        return Channel.SANDBOX;
    }

    /** "@GlosPoliceDogs" and "glospolicedogs" are the same handle, as on the publishing side. */
    public static String normalise(String handle) {
        String trimmed = handle == null ? "" : handle.trim();
        return (trimmed.startsWith("@") ? trimmed.substring(1) : trimmed).toLowerCase(Locale.ROOT);
    }

    /** A member of the public sends something to a handle, in the current force's sandbox; returns its id. */
    public String send(String handle, String kind, String author, String text, String inReplyTo, Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into inbox.sandbox_message (id, force_id, handle, kind, author_handle, text, in_reply_to,
                            thread_id, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        Tenancy.requireForce().value(),
                        normalise(handle),
                        kind,
                        author.startsWith("@") ? author : "@" + author,
                        text,
                        inReplyTo,
                        inReplyTo == null ? id.toString() : inReplyTo,
                        Timestamp.from(at))
                .update();
        return id.toString();
    }

    @Override
    public Fetched fetch(String handle, Map<String, String> credentials, String cursor) {
        long after = cursor == null || cursor.isBlank() ? 0 : Long.parseLong(cursor);
        record Row(long seq, InboundMessage message) {}
        List<Row> rows = jdbc.sql("""
                        select * from inbox.sandbox_message where force_id = ? and handle = ? and seq > ? and not deleted
                         order by seq limit 200
                        """)
                .params(Tenancy.requireForce().value(), normalise(handle), after)
                .query((rs, n) -> new Row(
                        rs.getLong("seq"),
                        new InboundMessage(
                                rs.getObject("id", UUID.class).toString(),
                                rs.getString("thread_id"),
                                rs.getString("in_reply_to"),
                                rs.getString("kind"),
                                rs.getString("author_handle"),
                                rs.getString("author_handle"),
                                rs.getString("text"),
                                rs.getTimestamp("created_at").toInstant())))
                .list();
        String next = rows.isEmpty() ? cursor : Long.toString(rows.getLast().seq());
        return new Fetched.Items(rows.stream().map(Row::message).toList(), next);
    }

    /** Hides or deletes a message on the Sandbox network; false when it is not there. */
    public boolean moderate(String platformId, boolean delete) {
        return jdbc.sql("update inbox.sandbox_message set hidden = true, deleted = ? where force_id = ? and id = ?")
                        .params(delete, Tenancy.requireForce().value(), uuid(platformId))
                        .update()
                > 0;
    }

    /** Undoes a hide after a successful appeal. */
    public void unhide(String platformId) {
        jdbc.sql("update inbox.sandbox_message set hidden = false where force_id = ? and id = ? and not deleted")
                .params(Tenancy.requireForce().value(), uuid(platformId))
                .update();
    }

    /** Whether the public can still see a message, for the conversation view and tests. */
    public String visibility(String platformId) {
        return jdbc.sql("""
                        select case when deleted then 'DELETED' when hidden then 'HIDDEN' else 'VISIBLE' end
                          from inbox.sandbox_message where force_id = ? and id = ?
                        """)
                .params(Tenancy.requireForce().value(), uuid(platformId))
                .query(String.class)
                .optional()
                .orElse("UNKNOWN");
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return new UUID(0, 0);
        }
    }
}
