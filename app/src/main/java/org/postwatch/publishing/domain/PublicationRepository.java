package org.postwatch.publishing.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.postwatch.platform.ForceId;
import org.postwatch.publishing.AttemptOutcome;
import org.postwatch.publishing.Channel;
import org.postwatch.publishing.MediaItem;
import org.postwatch.publishing.PauseId;
import org.postwatch.publishing.PublicationId;
import org.postwatch.publishing.PublicationState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Publications, their media and their attempts. Every query names the force; row-level security does so again. */
@Repository
public class PublicationRepository {

    /** An account publishing has seen: for the pause form and the calendar. */
    public record KnownAccount(UUID account, Channel channel, String handle) {}

    private final JdbcClient jdbc;

    PublicationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the publication unless one with its id exists; true when it was inserted. */
    public boolean insertIfAbsent(Publication p) {
        return jdbc.sql("""
                        insert into publishing.publication (id, force_id, post_reference, account_id, channel, handle, text,
                            reply_to, content_hash, publish_at, state, next_attempt_at, created_at, created_by)
                        values (:id, :force, :post, :account, :channel, :handle, :text, :replyTo, :hash, :publishAt, :state,
                            :next, :createdAt, :createdBy)
                        on conflict (id) do nothing
                        """)
                        .param("id", p.id().value())
                        .param("force", p.force().value())
                        .param("post", p.postReference())
                        .param("account", p.account())
                        .param("channel", p.channel().name())
                        .param("handle", p.handle())
                        .param("text", p.text())
                        .param("replyTo", p.replyTo())
                        .param("hash", p.contentHash())
                        .param("publishAt", ts(p.publishAt()))
                        .param("state", p.state().name())
                        .param("next", ts(p.nextAttemptAt()))
                        .param("createdAt", ts(p.createdAt()))
                        .param("createdBy", p.createdBy())
                        .update()
                == 1;
    }

    public void save(Publication p) {
        jdbc.sql("""
                        update publishing.publication set publish_at = :publishAt, state = :state, next_attempt_at = :next,
                            waiting_reason = :waiting, held_by_pause = :held, platform_post_id = :postId, url = :url,
                            failure = :failure, published_at = :publishedAt, finished_at = :finishedAt
                        where force_id = :force and id = :id
                        """)
                .param("publishAt", ts(p.publishAt()))
                .param("state", p.state().name())
                .param("next", ts(p.nextAttemptAt()))
                .param("waiting", p.waitingReason())
                .param("held", p.heldByPause() == null ? null : p.heldByPause().value())
                .param("postId", p.platformPostId())
                .param("url", p.url())
                .param("failure", p.failure())
                .param("publishedAt", ts(p.publishedAt()))
                .param("finishedAt", ts(p.finishedAt()))
                .param("force", p.force().value())
                .param("id", p.id().value())
                .update();
    }

    public Optional<Publication> find(ForceId force, PublicationId id) {
        return jdbc.sql("select * from publishing.publication where force_id = ? and id = ?")
                .params(force.value(), id.value())
                .query(PublicationRepository::map)
                .optional();
    }

    /** Loads and locks the row until the transaction ends: the outbox and people's changes take turns. */
    public Optional<Publication> lock(ForceId force, PublicationId id) {
        return jdbc.sql("select * from publishing.publication where force_id = ? and id = ? for update")
                .params(force.value(), id.value())
                .query(PublicationRepository::map)
                .optional();
    }

    public List<Publication> forPost(ForceId force, String postReference) {
        return jdbc.sql("select * from publishing.publication where force_id = ? and post_reference = ?"
                        + " order by created_at")
                .params(force.value(), postReference)
                .query(PublicationRepository::map)
                .list();
    }

    /** Publications due between two times (or, unfinished, waiting), for the calendar; null account means all. */
    public List<Publication> between(ForceId force, UUID account, Instant from, Instant to) {
        return jdbc.sql("""
                        select * from publishing.publication
                         where force_id = :force and (cast(:account as uuid) is null or account_id = :account)
                           and coalesce(published_at, next_attempt_at, publish_at) >= :from
                           and coalesce(published_at, next_attempt_at, publish_at) < :to
                         order by coalesce(published_at, next_attempt_at, publish_at)
                         limit 1000
                        """)
                .param("force", force.value())
                .param("account", account)
                .param("from", ts(from))
                .param("to", ts(to))
                .query(PublicationRepository::map)
                .list();
    }

    public List<Publication> inStates(ForceId force, List<PublicationState> states, int limit) {
        return jdbc.sql("""
                        select * from publishing.publication where force_id = :force and state in (:states)
                         order by coalesce(finished_at, next_attempt_at, publish_at) desc limit :limit
                        """)
                .param("force", force.value())
                .param("states", states.stream().map(Enum::name).toList())
                .param("limit", limit)
                .query(PublicationRepository::map)
                .list();
    }

    public long countInState(ForceId force, PublicationState state) {
        return jdbc.sql("select count(*) from publishing.publication where force_id = ? and state = ?")
                .params(force.value(), state.name())
                .query(Long.class)
                .single();
    }

    public List<KnownAccount> knownAccounts(ForceId force) {
        return jdbc
                .sql("""
                        select distinct on (account_id) account_id, channel, handle from publishing.publication
                         where force_id = ? order by account_id, created_at desc
                        """)
                .param(force.value())
                .query((rs, n) -> new KnownAccount(
                        rs.getObject("account_id", UUID.class),
                        Channel.valueOf(rs.getString("channel")),
                        rs.getString("handle")))
                .list()
                .stream()
                .sorted(java.util.Comparator.comparing(KnownAccount::handle, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** Held publications of these pauses, locked, so resuming can release them. */
    public List<Publication> heldBy(ForceId force, List<PauseId> pauses) {
        if (pauses.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select * from publishing.publication where force_id = :force and state = 'SCHEDULED'
                           and held_by_pause in (:pauses) for update
                        """)
                .param("force", force.value())
                .param("pauses", pauses.stream().map(PauseId::value).toList())
                .query(PublicationRepository::map)
                .list();
    }

    /** Whether another publication already owns this platform post. */
    public boolean claimedByAnother(UUID account, String platformPostId, PublicationId except) {
        return jdbc.sql("select count(*) from publishing.publication where account_id = ? and platform_post_id = ?"
                                + " and id <> ?")
                        .params(account, platformPostId, except.value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    public void insertMedia(ForceId force, PublicationId id, List<MediaItem> media) {
        for (int i = 0; i < media.size(); i++) {
            MediaItem item = media.get(i);
            jdbc.sql("""
                            insert into publishing.publication_media (publication_id, position, force_id, file_name,
                                content_type, content, reference, alt_text)
                            values (?, ?, ?, ?, ?, ?, ?, ?)
                            """)
                    .params(
                            id.value(),
                            i,
                            force.value(),
                            item.fileName(),
                            item.contentType(),
                            item.content(),
                            item.reference(),
                            item.altText())
                    .update();
        }
    }

    public List<MediaItem> media(ForceId force, PublicationId id) {
        return jdbc.sql("select * from publishing.publication_media where force_id = ? and publication_id = ?"
                        + " order by position")
                .params(force.value(), id.value())
                .query((rs, n) -> new MediaItem(
                        rs.getString("file_name"),
                        rs.getString("content_type"),
                        rs.getBytes("content"),
                        rs.getString("reference"),
                        rs.getString("alt_text")))
                .list();
    }

    public List<Attempt> attempts(ForceId force, PublicationId id) {
        return jdbc.sql("select * from publishing.attempt where force_id = ? and publication_id = ? order by number")
                .params(force.value(), id.value())
                .query(PublicationRepository::mapAttempt)
                .list();
    }

    public void insertAttempt(ForceId force, PublicationId id, Attempt attempt) {
        jdbc.sql("""
                        insert into publishing.attempt (publication_id, number, force_id, started_at, outcome, instance,
                            content_hash)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id.value(),
                        attempt.number(),
                        force.value(),
                        ts(attempt.startedAt()),
                        attempt.outcome().name(),
                        attempt.instance(),
                        attempt.contentHash())
                .update();
    }

    public void finishAttempt(
            ForceId force,
            PublicationId id,
            int number,
            AttemptOutcome outcome,
            Integer httpStatus,
            String message,
            Instant at) {
        jdbc.sql("""
                        update publishing.attempt set outcome = ?, http_status = ?, platform_message = ?, finished_at = ?
                         where force_id = ? and publication_id = ? and number = ?
                        """)
                .params(
                        outcome.name(),
                        httpStatus,
                        message == null ? null : truncate(message, 2000),
                        ts(at),
                        force.value(),
                        id.value(),
                        number)
                .update();
    }

    public void readBackTried(ForceId force, PublicationId id, int number, String message) {
        jdbc.sql("""
                        update publishing.attempt set read_back_tries = read_back_tries + 1, platform_message = ?
                         where force_id = ? and publication_id = ? and number = ?
                        """)
                .params(message == null ? null : truncate(message, 2000), force.value(), id.value(), number)
                .update();
    }

    static Publication map(ResultSet rs, int row) throws SQLException {
        UUID held = rs.getObject("held_by_pause", UUID.class);
        return new Publication(
                new PublicationId(rs.getObject("id", UUID.class)),
                new ForceId(rs.getObject("force_id", UUID.class)),
                rs.getString("post_reference"),
                rs.getObject("account_id", UUID.class),
                Channel.valueOf(rs.getString("channel")),
                rs.getString("handle"),
                rs.getString("text"),
                rs.getString("reply_to"),
                rs.getString("content_hash"),
                instant(rs, "publish_at"),
                PublicationState.valueOf(rs.getString("state")),
                instant(rs, "next_attempt_at"),
                rs.getString("waiting_reason"),
                held == null ? null : new PauseId(held),
                rs.getString("platform_post_id"),
                rs.getString("url"),
                rs.getString("failure"),
                instant(rs, "published_at"),
                instant(rs, "finished_at"),
                instant(rs, "created_at"),
                rs.getString("created_by"));
    }

    static Attempt mapAttempt(ResultSet rs, int row) throws SQLException {
        Integer status = rs.getObject("http_status", Integer.class);
        return new Attempt(
                rs.getInt("number"),
                instant(rs, "started_at"),
                instant(rs, "finished_at"),
                AttemptOutcome.valueOf(rs.getString("outcome")),
                status,
                rs.getString("platform_message"),
                rs.getString("instance"),
                rs.getString("content_hash"),
                rs.getInt("read_back_tries"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
