package org.postwatch.identity.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.StaffId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Personal API tokens, stored only as SHA-256 hashes: a token is shown once, when it is made. */
@Repository
public class ApiTokenStore {

    public record StoredToken(
            UUID id,
            ForceId force,
            StaffId staff,
            String name,
            String prefix,
            Instant createdAt,
            Instant expiresAt,
            Instant lastUsedAt,
            Instant revokedAt) {

        public boolean usableAt(Instant now) {
            return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
        }
    }

    private final JdbcClient jdbc;

    ApiTokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void save(UUID id, ForceId force, StaffId staff, String name, byte[] hash, String prefix, Instant expires) {
        jdbc.sql("""
                        insert into identity.api_token (id, force_id, staff_id, name, token_hash, token_prefix, expires_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        force.value(),
                        staff.value(),
                        name,
                        hash,
                        prefix,
                        expires == null ? null : java.sql.Timestamp.from(expires))
                .update();
    }

    /** Looks a token up by hash in any force: call as system, before the force is known. */
    public Optional<StoredToken> findByHash(byte[] hash) {
        return jdbc.sql("select * from identity.api_token where token_hash = ?")
                .param(hash)
                .query(ApiTokenStore::map)
                .optional();
    }

    public List<StoredToken> ofStaff(ForceId force, StaffId staff) {
        return jdbc.sql("select * from identity.api_token where force_id = ? and staff_id = ? order by created_at desc")
                .params(force.value(), staff.value())
                .query(ApiTokenStore::map)
                .list();
    }

    public boolean revoke(ForceId force, StaffId staff, UUID id, Instant at) {
        return jdbc.sql("update identity.api_token set revoked_at = ? where force_id = ? and staff_id = ? and id = ?"
                                + " and revoked_at is null")
                        .params(java.sql.Timestamp.from(at), force.value(), staff.value(), id)
                        .update()
                > 0;
    }

    public void touch(UUID id, Instant at) {
        jdbc.sql("update identity.api_token set last_used_at = ? where id = ?"
                        + " and (last_used_at is null or last_used_at < ?)")
                .params(java.sql.Timestamp.from(at), id, java.sql.Timestamp.from(at.minusSeconds(60)))
                .update();
    }

    private static StoredToken map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new StoredToken(
                rs.getObject("id", UUID.class),
                new ForceId(rs.getObject("force_id", UUID.class)),
                new StaffId(rs.getObject("staff_id", UUID.class)),
                rs.getString("name"),
                rs.getString("token_prefix"),
                instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("expires_at")),
                instant(rs.getTimestamp("last_used_at")),
                instant(rs.getTimestamp("revoked_at")));
    }

    private static Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
