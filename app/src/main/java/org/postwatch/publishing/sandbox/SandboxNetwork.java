package org.postwatch.publishing.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.postwatch.audit.AuditTrail;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.Tenancy;
import org.postwatch.publishing.MediaItem;
import org.postwatch.publishing.connector.PlatformPost;
import org.postwatch.publishing.connector.PublishResult;
import org.postwatch.publishing.connector.TakedownResult;
import org.postwatch.publishing.domain.PublishingActions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Sandbox channel's simulated social network, stored in Postwatch's own tables. Like a real platform it keeps
 * posts per handle (created on first use), deduplicates by idempotency key, lists recent posts, and fails on demand.
 * Handles are one namespace for every force, as on a real network; the public timeline reads across forces.
 */
@Service
public class SandboxNetwork {

    static final Duration RATE_LIMIT = Duration.ofSeconds(30);

    /** Bytes of an image on a post. */
    public record Image(String contentType, byte[] content) {}

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    SandboxNetwork(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** "@GlosPoliceDogs" and "glospolicedogs" are the same handle. */
    public static String normalise(String handle) {
        String trimmed = handle == null ? "" : handle.trim();
        return (trimmed.startsWith("@") ? trimmed.substring(1) : trimmed).toLowerCase(Locale.ROOT);
    }

    public static String display(String handle) {
        String trimmed = handle.trim();
        return trimmed.startsWith("@") ? trimmed : "@" + trimmed;
    }

    /** Posts as the current force, answering as a platform would. Runs in its own transaction, like a remote call. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public PublishResult post(
            String handle, String text, List<MediaItem> media, String replyTo, String idempotencyKey) {
        ForceId force = Tenancy.requireForce();
        String key = normalise(handle);
        if (key.isBlank()) {
            return new PublishResult.Rejected(400, "The Sandbox needs a handle to post as");
        }
        Optional<SandboxFault> fault = takeFault(force, key);
        if (fault.isPresent()) {
            SandboxFault f = fault.get();
            switch (f.mode()) {
                case SERVER_ERROR -> {
                    return new PublishResult.RetryableError(
                            503, f.messageOr("The Sandbox is failing on demand (server error)"));
                }
                case REJECT -> {
                    return new PublishResult.Rejected(403, f.messageOr("The Sandbox refused this post on demand"));
                }
                case RATE_LIMIT -> {
                    return new PublishResult.RateLimited(
                            clock.instant().plus(RATE_LIMIT),
                            429,
                            f.messageOr("The Sandbox is rate limiting on demand"));
                }
                case TIMEOUT_AFTER_POST -> {
                    store(force, key, handle, text, media, replyTo, idempotencyKey);
                    return new PublishResult.Ambiguous(
                            null, f.messageOr("No answer from the Sandbox (simulated time-out)"));
                }
            }
        }
        SandboxPost posted = existing(key, idempotencyKey)
                .orElseGet(() -> store(force, key, handle, text, media, replyTo, idempotencyKey));
        return new PublishResult.Published(posted.id().toString(), posted.path());
    }

    /**
     * Deletes one of the current force's posts, answering as a platform would (a post already gone is removed, not an
     * error); the failure set for the handle with {@link #failNext} applies to deletions too.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public TakedownResult remove(String handle, String postId) {
        ForceId force = Tenancy.requireForce();
        String key = normalise(handle);
        UUID id;
        try {
            id = UUID.fromString(postId);
        } catch (IllegalArgumentException | NullPointerException e) {
            return new TakedownResult.Removed(true);
        }
        Optional<SandboxFault> fault = takeFault(force, key);
        if (fault.isPresent()) {
            SandboxFault f = fault.get();
            switch (f.mode()) {
                case SERVER_ERROR -> {
                    return new TakedownResult.TryAgain(
                            503, f.messageOr("The Sandbox is failing on demand (server error)"));
                }
                case REJECT -> {
                    return new TakedownResult.Refused(403, f.messageOr("The Sandbox refused this deletion on demand"));
                }
                case RATE_LIMIT -> {
                    return new TakedownResult.RateLimited(
                            clock.instant().plus(RATE_LIMIT),
                            429,
                            f.messageOr("The Sandbox is rate limiting on demand"));
                }
                case TIMEOUT_AFTER_POST -> {
                    markRemoved(force, key, id);
                    return new TakedownResult.TryAgain(
                            null, f.messageOr("No answer from the Sandbox (simulated time-out)"));
                }
            }
        }
        return new TakedownResult.Removed(!markRemoved(force, key, id));
    }

    private boolean markRemoved(ForceId force, String handle, UUID id) {
        return jdbc.sql("""
                        update publishing.sandbox_post set removed_at = ?
                         where force_id = ? and handle = ? and id = ? and removed_at is null
                        """)
                        .params(
                                java.sql.Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS)),
                                force.value(),
                                handle,
                                id)
                        .update()
                > 0;
    }

    /** The current force's recent posts to a handle, for read-back. */
    @Transactional(readOnly = true)
    public List<PlatformPost> recent(String handle, Instant since) {
        return jdbc
                .sql("""
                        select * from publishing.sandbox_post where force_id = ? and handle = ? and created_at >= ?
                           and removed_at is null
                         order by created_at desc limit 100
                        """)
                .params(Tenancy.requireForce().value(), normalise(handle), java.sql.Timestamp.from(since))
                .query((rs, n) -> post(rs, List.of()))
                .list()
                .stream()
                .map(p -> new PlatformPost(p.id().toString(), p.path(), p.text(), p.createdAt(), p.idempotencyKey()))
                .toList();
    }

    /** The public timeline of a handle, newest first. Public data: read across forces. */
    public List<SandboxPost> timeline(String handle, int limit) {
        String key = normalise(handle);
        return Tenancy.asSystem(() -> {
            Map<UUID, List<SandboxPost.Image>> images = new java.util.HashMap<>();
            jdbc.sql("""
                            select m.post_id, m.position, m.content_type, m.alt_text from publishing.sandbox_media m
                              join publishing.sandbox_post p on p.id = m.post_id where p.handle = ? order by m.position
                            """)
                    .param(key)
                    .query((rs, n) -> {
                        images.computeIfAbsent(rs.getObject("post_id", UUID.class), id -> new ArrayList<>())
                                .add(new SandboxPost.Image(
                                        rs.getInt("position"), rs.getString("content_type"), rs.getString("alt_text")));
                        return 1;
                    })
                    .list();
            return jdbc.sql(
                            "select * from publishing.sandbox_post where handle = ? and removed_at is null order by created_at desc limit ?")
                    .params(key, limit)
                    .query((rs, n) -> post(rs, images.getOrDefault(rs.getObject("id", UUID.class), List.of())))
                    .list();
        });
    }

    /** Handles with posts, for the public index. */
    public List<String> handles() {
        return Tenancy.asSystem(() -> jdbc.sql("""
                        select max(display_handle) from publishing.sandbox_post group by handle order by 1
                        """).query(String.class).list());
    }

    public Optional<Image> image(UUID post, int position) {
        return Tenancy.asSystem(() -> jdbc.sql(
                        "select content_type, content from publishing.sandbox_media where post_id = ? and position = ?")
                .params(post, position)
                .query((rs, n) -> new Image(rs.getString("content_type"), rs.getBytes("content")))
                .optional());
    }

    /** Makes the next {@code count} posts to a handle fail in the given way. */
    @Transactional
    public SandboxFault failNext(String handle, SandboxFault.Mode mode, int count, String message, String setBy) {
        if (count < 1 || count > 1000) {
            throw new IllegalArgumentException("Choose between 1 and 1000 posts");
        }
        ForceId force = Tenancy.requireForce();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("""
                        insert into publishing.sandbox_fault (force_id, handle, mode, remaining, message, set_by, set_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (force_id, handle) do update set mode = excluded.mode, remaining = excluded.remaining,
                            message = excluded.message, set_by = excluded.set_by, set_at = excluded.set_at
                        """)
                .params(
                        force.value(),
                        normalise(handle),
                        mode.name(),
                        count,
                        message,
                        setBy,
                        java.sql.Timestamp.from(now))
                .update();
        audit.record(
                PublishingActions.SANDBOX_FAULT_SET,
                "sandbox-handle",
                normalise(handle),
                message,
                Map.of("mode", mode.name(), "posts", String.valueOf(count)));
        return new SandboxFault(normalise(handle), mode, count, message, setBy, now);
    }

    @Transactional
    public boolean clearFault(String handle) {
        boolean cleared = jdbc.sql("delete from publishing.sandbox_fault where force_id = ? and handle = ?")
                        .params(Tenancy.requireForce().value(), normalise(handle))
                        .update()
                > 0;
        if (cleared) {
            audit.record(PublishingActions.SANDBOX_FAULT_CLEARED, "sandbox-handle", normalise(handle), null);
        }
        return cleared;
    }

    @Transactional(readOnly = true)
    public List<SandboxFault> faults() {
        return jdbc.sql("select * from publishing.sandbox_fault where force_id = ? order by handle")
                .param(Tenancy.requireForce().value())
                .query((rs, n) -> fault(rs))
                .list();
    }

    /** The current force's handles that have posts, for the fault controls. */
    @Transactional(readOnly = true)
    public List<String> forceHandles() {
        return jdbc.sql("select max(display_handle) from publishing.sandbox_post where force_id = ? group by handle"
                        + " order by 1")
                .param(Tenancy.requireForce().value())
                .query(String.class)
                .list();
    }

    /** Adds a post as it was at {@code at}: demo data. Runs in the caller's transaction. */
    public SandboxPost seed(String handle, String text, Instant at) {
        ForceId force = Tenancy.requireForce();
        return insert(force, normalise(handle), handle, text, List.of(), null, null, at);
    }

    private Optional<SandboxFault> takeFault(ForceId force, String handle) {
        Optional<SandboxFault> fault = jdbc.sql(
                        "select * from publishing.sandbox_fault where force_id = ? and handle = ? for update")
                .params(force.value(), handle)
                .query((rs, n) -> fault(rs))
                .optional();
        fault.ifPresent(f -> {
            if (f.remaining() <= 1) {
                jdbc.sql("delete from publishing.sandbox_fault where force_id = ? and handle = ?")
                        .params(force.value(), handle)
                        .update();
            } else {
                jdbc.sql(
                                "update publishing.sandbox_fault set remaining = remaining - 1 where force_id = ? and handle = ?")
                        .params(force.value(), handle)
                        .update();
            }
        });
        return fault;
    }

    private Optional<SandboxPost> existing(String handle, String idempotencyKey) {
        if (idempotencyKey == null) {
            return Optional.empty();
        }
        return jdbc.sql("select * from publishing.sandbox_post where handle = ? and idempotency_key = ?")
                .params(handle, idempotencyKey)
                .query((rs, n) -> post(rs, List.of()))
                .optional();
    }

    private SandboxPost store(
            ForceId force,
            String key,
            String handle,
            String text,
            List<MediaItem> media,
            String replyTo,
            String idempotencyKey) {
        return existing(key, idempotencyKey)
                .orElseGet(() -> insert(
                        force,
                        key,
                        handle,
                        text,
                        media,
                        replyTo,
                        idempotencyKey,
                        clock.instant().truncatedTo(ChronoUnit.MICROS)));
    }

    private SandboxPost insert(
            ForceId force,
            String key,
            String handle,
            String text,
            List<MediaItem> media,
            String replyTo,
            String idempotencyKey,
            Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into publishing.sandbox_post (id, force_id, handle, display_handle, text, reply_to,
                            idempotency_key, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        force.value(),
                        key,
                        display(handle),
                        text,
                        replyTo,
                        idempotencyKey,
                        java.sql.Timestamp.from(at))
                .update();
        List<SandboxPost.Image> images = new ArrayList<>();
        for (int i = 0; i < media.size(); i++) {
            MediaItem item = media.get(i);
            jdbc.sql("""
                            insert into publishing.sandbox_media (post_id, position, force_id, content_type, content,
                                alt_text)
                            values (?, ?, ?, ?, ?, ?)
                            """)
                    .params(id, i, force.value(), item.contentType(), item.content(), item.altText())
                    .update();
            images.add(new SandboxPost.Image(i, item.contentType(), item.altText()));
        }
        return new SandboxPost(id, key, display(handle), text, replyTo, idempotencyKey, at, images);
    }

    private static SandboxPost post(java.sql.ResultSet rs, List<SandboxPost.Image> images)
            throws java.sql.SQLException {
        return new SandboxPost(
                rs.getObject("id", UUID.class),
                rs.getString("handle"),
                rs.getString("display_handle"),
                rs.getString("text"),
                rs.getString("reply_to"),
                rs.getString("idempotency_key"),
                rs.getTimestamp("created_at").toInstant(),
                images);
    }

    private static SandboxFault fault(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new SandboxFault(
                rs.getString("handle"),
                SandboxFault.Mode.valueOf(rs.getString("mode")),
                rs.getInt("remaining"),
                rs.getString("message"),
                rs.getString("set_by"),
                rs.getTimestamp("set_at").toInstant());
    }
}
