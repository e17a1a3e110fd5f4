package org.postwatch.posts.domain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.postwatch.accounts.AccountId;
import org.postwatch.accounts.StrategyObjective;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.StaffId;
import org.postwatch.posts.PostId;
import org.postwatch.posts.PostState;
import org.postwatch.safeguard.MediaRight;
import org.postwatch.safeguard.Outcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Posts, their versions, the accounts they go to and their images. Every query names the force. */
@Repository
public class PostRepository {

    /** One account a post goes to, with its publication there. */
    public record Target(
            AccountId account,
            int position,
            UUID publication,
            Instant publishedAt,
            String platformPostId,
            String url,
            String failure) {

        public boolean published() {
            return publishedAt != null;
        }
    }

    /** An image with its bytes. */
    public record Image(
            UUID id,
            String fileName,
            String contentType,
            byte[] content,
            String altText,
            MediaRight right,
            String attribution) {}

    private static final String COLUMNS = """
            id, force_id, author_id, author_name, state, text, objective, scheduled_at, version, last_outcome,
            review_required, reviewer_id, reviewer_name, review_note, failure, deleted_reason, created_at, updated_at,
            submitted_at, published_at,
            (select coalesce(array_agg(t.account_id order by t.position), '{}') from posts.post_target t
              where t.post_id = p.id and t.force_id = p.force_id) as accounts
            """;

    private final JdbcClient jdbc;

    PostRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Post post) {
        jdbc.sql("""
                        insert into posts.post (id, force_id, author_id, author_name, state, text, objective,
                            scheduled_at, version, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        post.id().value(),
                        post.force().value(),
                        post.author().value(),
                        post.authorName(),
                        post.state().name(),
                        post.text(),
                        post.objective() == null ? null : post.objective().name(),
                        ts(post.scheduledAt()),
                        post.version(),
                        ts(post.createdAt()),
                        ts(post.updatedAt()))
                .update();
        replaceTargets(post);
    }

    public void update(Post post) {
        jdbc.sql("""
                        update posts.post set state = ?, text = ?, objective = ?, scheduled_at = ?, version = ?,
                            last_outcome = ?, review_required = ?, reviewer_id = ?, reviewer_name = ?, review_note = ?,
                            failure = ?, deleted_reason = ?, updated_at = ?, submitted_at = ?, published_at = ?
                         where id = ? and force_id = ?
                        """)
                .params(
                        post.state().name(),
                        post.text(),
                        post.objective() == null ? null : post.objective().name(),
                        ts(post.scheduledAt()),
                        post.version(),
                        post.lastOutcome() == null ? null : post.lastOutcome().name(),
                        post.reviewRequired(),
                        post.reviewer() == null ? null : post.reviewer().value(),
                        post.reviewerName(),
                        post.reviewNote(),
                        post.failure(),
                        post.deletedReason(),
                        ts(post.updatedAt()),
                        ts(post.submittedAt()),
                        ts(post.publishedAt()),
                        post.id().value(),
                        post.force().value())
                .update();
        List<AccountId> current =
                targets(post.force(), post.id()).stream().map(Target::account).toList();
        if (!current.equals(post.accounts())) {
            replaceTargets(post);
        }
    }

    private void replaceTargets(Post post) {
        jdbc.sql("delete from posts.post_target where post_id = ? and force_id = ?")
                .params(post.id().value(), post.force().value())
                .update();
        int position = 0;
        for (AccountId account : post.accounts()) {
            jdbc.sql("insert into posts.post_target (post_id, account_id, force_id, position) values (?, ?, ?, ?)")
                    .params(post.id().value(), account.value(), post.force().value(), position++)
                    .update();
        }
    }

    public void saveVersion(Post post, String savedBy, Instant at) {
        jdbc.sql("""
                        insert into posts.post_version (post_id, version, force_id, text, objective, scheduled_at,
                            accounts, saved_at, saved_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (post_id, version) do update set text = excluded.text,
                            objective = excluded.objective, scheduled_at = excluded.scheduled_at,
                            accounts = excluded.accounts, saved_at = excluded.saved_at
                        """)
                .params(
                        post.id().value(),
                        post.version(),
                        post.force().value(),
                        post.text(),
                        post.objective() == null ? null : post.objective().name(),
                        ts(post.scheduledAt()),
                        post.accounts().stream().map(AccountId::value).toArray(UUID[]::new),
                        ts(at),
                        savedBy)
                .update();
    }

    /** When a version was saved; fixed once the version exists (a change makes a new version). */
    public Optional<Instant> versionSavedAt(ForceId force, PostId id, int version) {
        return jdbc.sql("select saved_at from posts.post_version where post_id = ? and version = ? and force_id = ?")
                .params(id.value(), version, force.value())
                .query((rs, n) -> rs.getTimestamp("saved_at").toInstant())
                .optional();
    }

    /** Marks a version as kept in the archive; false when it already was (or does not exist). */
    public boolean markVersionArchived(ForceId force, PostId id, int version, String status) {
        return jdbc.sql("""
                                update posts.post_version set archived_as = ?
                                 where post_id = ? and version = ? and force_id = ? and archived_as is null
                                """).params(status, id.value(), version, force.value()).update() > 0;
    }

    /** Posts of the force whose scheduled or published time falls in [from, to), for the calendar. */
    public List<Post> onCalendar(ForceId force, Instant from, Instant to) {
        return jdbc.sql("select " + COLUMNS + """
                         from posts.post p where force_id = ?
                           and (state in ('SCHEDULED', 'PUBLISHED') or (state = 'DELETED' and published_at is not null))
                           and coalesce(published_at, scheduled_at, submitted_at) >= ?
                           and coalesce(published_at, scheduled_at, submitted_at) < ?
                         order by coalesce(published_at, scheduled_at, submitted_at)
                         limit 2000
                        """)
                .params(force.value(), ts(from), ts(to))
                .query(PostRepository::post)
                .list();
    }

    public int versionCount(ForceId force, PostId id) {
        return jdbc.sql("select count(*) from posts.post_version where post_id = ? and force_id = ?")
                .params(id.value(), force.value())
                .query(Integer.class)
                .single();
    }

    public Optional<Post> find(ForceId force, PostId id) {
        return jdbc.sql("select " + COLUMNS + " from posts.post p where id = ? and force_id = ?")
                .params(id.value(), force.value())
                .query(PostRepository::post)
                .optional();
    }

    /** The post, locked until the transaction ends, so two reviewers cannot both decide it. */
    public Optional<Post> lock(ForceId force, PostId id) {
        return jdbc.sql("select " + COLUMNS + " from posts.post p where id = ? and force_id = ? for update")
                .params(id.value(), force.value())
                .query(PostRepository::post)
                .optional();
    }

    public List<Post> byAuthor(ForceId force, StaffId author, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                         from posts.post p where force_id = ? and author_id = ? and state <> 'DELETED'
                         order by updated_at desc limit ?
                        """)
                .params(force.value(), author.value(), limit)
                .query(PostRepository::post)
                .list();
    }

    public List<Post> inStates(ForceId force, Collection<PostState> states, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                         from posts.post p where force_id = ? and state = any(?)
                         order by coalesce(scheduled_at, updated_at) limit ?
                        """)
                .params(force.value(), states.stream().map(Enum::name).toArray(String[]::new), limit)
                .query(PostRepository::post)
                .list();
    }

    public long countInState(ForceId force, PostState state) {
        return jdbc.sql("select count(*) from posts.post where force_id = ? and state = ?")
                .params(force.value(), state.name())
                .query(Long.class)
                .single();
    }

    public List<Target> targets(ForceId force, PostId id) {
        return jdbc.sql("""
                        select account_id, position, publication_id, published_at, platform_post_id, url, failure
                          from posts.post_target where post_id = ? and force_id = ? order by position
                        """)
                .params(id.value(), force.value())
                .query((rs, n) -> new Target(
                        new AccountId(rs.getObject("account_id", UUID.class)),
                        rs.getInt("position"),
                        rs.getObject("publication_id", UUID.class),
                        instant(rs, "published_at"),
                        rs.getString("platform_post_id"),
                        rs.getString("url"),
                        rs.getString("failure")))
                .list();
    }

    public void targetScheduled(ForceId force, PostId id, AccountId account, UUID publication) {
        jdbc.sql("""
                        update posts.post_target set publication_id = ?, failure = null
                         where post_id = ? and account_id = ? and force_id = ?
                        """)
                .params(publication, id.value(), account.value(), force.value())
                .update();
    }

    public void targetPublished(
            ForceId force, PostId id, AccountId account, Instant at, String platformPostId, String url) {
        jdbc.sql("""
                        update posts.post_target set published_at = ?, platform_post_id = ?, url = ?, failure = null
                         where post_id = ? and account_id = ? and force_id = ?
                        """)
                .params(ts(at), platformPostId, url, id.value(), account.value(), force.value())
                .update();
    }

    public void targetFailed(ForceId force, PostId id, AccountId account, String failure) {
        jdbc.sql("update posts.post_target set failure = ? where post_id = ? and account_id = ? and force_id = ?")
                .params(failure, id.value(), account.value(), force.value())
                .update();
    }

    public void insertImage(ForceId force, PostId post, Image image, Instant at) {
        jdbc.sql("""
                        insert into posts.post_image (id, post_id, force_id, file_name, content_type, content,
                            alt_text, media_right, attribution, added_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        image.id(),
                        post.value(),
                        force.value(),
                        image.fileName(),
                        image.contentType(),
                        image.content(),
                        image.altText(),
                        image.right().name(),
                        image.attribution(),
                        ts(at))
                .update();
    }

    public boolean deleteImage(ForceId force, PostId post, UUID image) {
        return jdbc.sql("delete from posts.post_image where id = ? and post_id = ? and force_id = ?")
                        .params(image, post.value(), force.value())
                        .update()
                > 0;
    }

    public List<Image> images(ForceId force, PostId post) {
        return jdbc.sql("""
                        select id, file_name, content_type, content, alt_text, media_right, attribution
                          from posts.post_image where post_id = ? and force_id = ? order by added_at, id
                        """)
                .params(post.value(), force.value())
                .query((rs, n) -> new Image(
                        rs.getObject("id", UUID.class),
                        rs.getString("file_name"),
                        rs.getString("content_type"),
                        rs.getBytes("content"),
                        rs.getString("alt_text"),
                        MediaRight.valueOf(rs.getString("media_right")),
                        rs.getString("attribution")))
                .list();
    }

    private static Post post(ResultSet rs, int n) throws SQLException {
        Array accounts = rs.getArray("accounts");
        List<AccountId> ids = new ArrayList<>();
        if (accounts != null) {
            Arrays.stream((Object[]) accounts.getArray()).forEach(o -> ids.add(new AccountId((UUID) o)));
        }
        String objective = rs.getString("objective");
        String outcome = rs.getString("last_outcome");
        UUID reviewer = rs.getObject("reviewer_id", UUID.class);
        return new Post(
                new PostId(rs.getObject("id", UUID.class)),
                new ForceId(rs.getObject("force_id", UUID.class)),
                new StaffId(rs.getObject("author_id", UUID.class)),
                rs.getString("author_name"),
                PostState.valueOf(rs.getString("state")),
                rs.getString("text"),
                objective == null ? null : StrategyObjective.valueOf(objective),
                instant(rs, "scheduled_at"),
                ids,
                rs.getInt("version"),
                outcome == null ? null : Outcome.valueOf(outcome),
                rs.getBoolean("review_required"),
                reviewer == null ? null : new StaffId(reviewer),
                rs.getString("reviewer_name"),
                rs.getString("review_note"),
                rs.getString("failure"),
                rs.getString("deleted_reason"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"),
                instant(rs, "submitted_at"),
                instant(rs, "published_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
