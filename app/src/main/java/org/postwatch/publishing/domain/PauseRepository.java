package org.postwatch.publishing.domain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.postwatch.platform.ForceId;
import org.postwatch.publishing.PauseId;
import org.postwatch.publishing.PauseNotice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Critical-incident pauses. A pause and an attempt about to start take a force-wide lock in opposite modes, so once a
 * pause commits no new attempt can begin for the accounts it covers.
 */
@Repository
public class PauseRepository {

    private final JdbcClient jdbc;

    PauseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Taken by every attempt before it checks for pauses; many attempts share it. */
    public void lockShared(ForceId force) {
        jdbc.sql("select pg_advisory_xact_lock_shared(hashtextextended('publishing.pause:' || ?, 0))")
                .param(force.toString())
                .query((rs, n) -> 1)
                .list();
    }

    /** Taken by pause and resume: waits for attempts that are deciding now, and keeps new ones waiting. */
    public void lockExclusive(ForceId force) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended('publishing.pause:' || ?, 0))")
                .param(force.toString())
                .query((rs, n) -> 1)
                .list();
    }

    public void insert(ForceId force, PauseNotice pause, UUID pausedById) {
        jdbc.sql("""
                        insert into publishing.pause (id, force_id, accounts, reason, paused_by_id, paused_by_name, paused_at)
                        values (:id, :force, cast(:accounts as uuid[]), :reason, :byId, :byName, :at)
                        """)
                .param("id", pause.id().value())
                .param("force", force.value())
                .param(
                        "accounts",
                        pause.wholeForce()
                                ? null
                                : "{"
                                        + String.join(
                                                ",",
                                                pause.accounts().stream()
                                                        .map(UUID::toString)
                                                        .toList()) + "}")
                .param("reason", pause.reason())
                .param("byId", pausedById)
                .param("byName", pause.pausedBy())
                .param("at", PublicationRepository.ts(pause.pausedAt()))
                .update();
    }

    public List<PauseNotice> active(ForceId force) {
        return jdbc.sql("select * from publishing.pause where force_id = ? and resumed_at is null order by paused_at")
                .param(force.value())
                .query(PauseRepository::map)
                .list();
    }

    public Optional<PauseNotice> find(ForceId force, PauseId id) {
        return jdbc.sql("select * from publishing.pause where force_id = ? and id = ?")
                .params(force.value(), id.value())
                .query(PauseRepository::map)
                .optional();
    }

    public List<PauseNotice> history(ForceId force, int limit) {
        return jdbc.sql("select * from publishing.pause where force_id = ? order by paused_at desc limit ?")
                .params(force.value(), limit)
                .query(PauseRepository::map)
                .list();
    }

    public void resume(ForceId force, PauseId id, UUID byId, String byName, String reason, Instant at) {
        jdbc.sql("""
                        update publishing.pause set resumed_at = ?, resumed_by_id = ?, resumed_by_name = ?, resume_reason = ?
                         where force_id = ? and id = ? and resumed_at is null
                        """)
                .params(PublicationRepository.ts(at), byId, byName, reason, force.value(), id.value())
                .update();
    }

    static PauseNotice map(ResultSet rs, int row) throws SQLException {
        Array accounts = rs.getArray("accounts");
        Set<UUID> paused = accounts == null ? Set.of() : Set.copyOf(Arrays.asList((UUID[]) accounts.getArray()));
        return new PauseNotice(
                new PauseId(rs.getObject("id", UUID.class)),
                paused,
                rs.getString("reason"),
                rs.getString("paused_by_name"),
                PublicationRepository.instant(rs, "paused_at"),
                rs.getString("resumed_by_name"),
                PublicationRepository.instant(rs, "resumed_at"),
                rs.getString("resume_reason"));
    }
}
