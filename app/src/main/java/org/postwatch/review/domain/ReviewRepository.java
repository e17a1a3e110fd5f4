package org.postwatch.review.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.StaffId;
import org.postwatch.posts.PostId;
import org.postwatch.review.OfficeHours;
import org.postwatch.review.ReviewDecision;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Review items (one per time a post is held) with their decisions, and each force's review time target. */
@Repository
public class ReviewRepository {

    /** A held post not yet decided. */
    public record Open(PostId post, StaffId author, Instant submittedAt) {}

    private final JdbcClient jdbc;

    ReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void open(ForceId force, PostId post, StaffId author, Instant at) {
        jdbc.sql("""
                        insert into review.review_item (id, force_id, post_id, author_id, submitted_at)
                        values (?, ?, ?, ?, ?)
                        """)
                .params(UUID.randomUUID(), force.value(), post.value(), author.value(), Timestamp.from(at))
                .update();
    }

    /** Decides the post's open item; the item's id, or empty when none is open. */
    public Optional<UUID> decide(
            ForceId force,
            PostId post,
            ReviewDecision.Decision decision,
            StaffId by,
            String byName,
            String reason,
            Instant at) {
        return jdbc.sql("""
                        update review.review_item set decision = ?, decided_by = ?, decided_by_name = ?,
                            reason = ?, decided_at = ?
                         where force_id = ? and post_id = ? and decision is null
                        returning id
                        """)
                .params(
                        decision.name(),
                        by == null ? null : by.value(),
                        byName,
                        reason,
                        Timestamp.from(at),
                        force.value(),
                        post.value())
                .query(UUID.class)
                .optional();
    }

    /** When the review item was opened: the post was held then. */
    public Optional<Instant> submittedAt(ForceId force, UUID item) {
        return jdbc.sql("select submitted_at from review.review_item where force_id = ? and id = ?")
                .params(force.value(), item)
                .query((rs, n) -> rs.getTimestamp("submitted_at").toInstant())
                .optional();
    }

    public List<Open> open(ForceId force) {
        return jdbc.sql("""
                        select post_id, author_id, submitted_at from review.review_item
                         where force_id = ? and decision is null order by submitted_at, id
                        """)
                .param(force.value())
                .query((rs, n) -> new Open(
                        new PostId(rs.getObject("post_id", UUID.class)),
                        new StaffId(rs.getObject("author_id", UUID.class)),
                        rs.getTimestamp("submitted_at").toInstant()))
                .list();
    }

    public long openCount(ForceId force) {
        return jdbc.sql("select count(*) from review.review_item where force_id = ? and decision is null")
                .param(force.value())
                .query(Long.class)
                .single();
    }

    public List<ReviewDecision> decisions(ForceId force, PostId post) {
        return jdbc.sql("""
                        select decision, decided_by_name, reason, decided_at from review.review_item
                         where force_id = ? and post_id = ? and decision is not null order by decided_at
                        """)
                .params(force.value(), post.value())
                .query((rs, n) -> new ReviewDecision(
                        post,
                        ReviewDecision.Decision.valueOf(rs.getString("decision")),
                        rs.getString("decided_by_name"),
                        rs.getString("reason"),
                        rs.getTimestamp("decided_at").toInstant()))
                .list();
    }

    public Optional<OfficeHours> sla(ForceId force) {
        return jdbc.sql("select minutes, office_start, office_end from review.review_sla where force_id = ?")
                .param(force.value())
                .query((rs, n) -> new OfficeHours(
                        rs.getInt("minutes"),
                        rs.getObject("office_start", LocalTime.class),
                        rs.getObject("office_end", LocalTime.class)))
                .optional();
    }

    public void saveSla(ForceId force, OfficeHours hours, String by, Instant at) {
        jdbc.sql("""
                        insert into review.review_sla (force_id, minutes, office_start, office_end, changed_by, changed_at)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (force_id) do update set minutes = excluded.minutes,
                            office_start = excluded.office_start, office_end = excluded.office_end,
                            changed_by = excluded.changed_by, changed_at = excluded.changed_at
                        """)
                .params(force.value(), hours.minutes(), hours.start(), hours.end(), by, Timestamp.from(at))
                .update();
    }
}
