package org.postwatch.identity.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.StaffId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Local usernames and password hashes, and the failed-attempt count that locks an account. */
@Repository
public class Credentials {

    public record Credential(
            StaffId staff,
            ForceId force,
            String username,
            String passwordHash,
            int failedAttempts,
            Instant lockedUntil) {}

    private final JdbcClient jdbc;

    Credentials(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Looks up a username in any force: sign-in happens before the force is known, so call it as system. */
    public Optional<Credential> findByUsername(String username) {
        return jdbc.sql("select * from identity.local_credential where lower(username) = lower(?)")
                .param(username.trim())
                .query((rs, n) -> new Credential(
                        new StaffId(rs.getObject("staff_id", UUID.class)),
                        new ForceId(rs.getObject("force_id", UUID.class)),
                        rs.getString("username"),
                        rs.getString("password_hash"),
                        rs.getInt("failed_attempts"),
                        rs.getTimestamp("locked_until") == null
                                ? null
                                : rs.getTimestamp("locked_until").toInstant()))
                .optional();
    }

    public Optional<String> usernameOf(StaffId staff) {
        return jdbc.sql("select username from identity.local_credential where staff_id = ?")
                .param(staff.value())
                .query(String.class)
                .optional();
    }

    public void create(StaffId staff, ForceId force, String username, String passwordHash) {
        jdbc.sql("""
                        insert into identity.local_credential (staff_id, force_id, username, password_hash)
                        values (?, ?, ?, ?)
                        on conflict (staff_id) do update set username = excluded.username,
                            password_hash = excluded.password_hash, failed_attempts = 0, locked_until = null,
                            changed_at = now()
                        """)
                .params(staff.value(), force.value(), username, passwordHash)
                .update();
    }

    /** Counts a failure; at the limit the account locks until the given time. Returns the new count. */
    public int recordFailure(StaffId staff, int limit, Instant lockUntil) {
        return jdbc.sql("""
                        update identity.local_credential
                           set failed_attempts = failed_attempts + 1,
                               locked_until = case when failed_attempts + 1 >= :limit then :lockUntil else locked_until end
                         where staff_id = :staff
                        returning failed_attempts
                        """)
                .param("limit", limit)
                .param("lockUntil", java.sql.Timestamp.from(lockUntil))
                .param("staff", staff.value())
                .query(Integer.class)
                .optional()
                .orElse(0);
    }

    public void recordSuccess(StaffId staff, Instant at) {
        jdbc.sql("update identity.local_credential set failed_attempts = 0, locked_until = null, last_sign_in_at = ?"
                        + " where staff_id = ?")
                .params(java.sql.Timestamp.from(at), staff.value())
                .update();
    }
}
