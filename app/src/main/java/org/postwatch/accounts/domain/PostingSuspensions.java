package org.postwatch.accounts.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.postwatch.accounts.PostingSuspension;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.StaffId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Suspensions of people's posting rights; a lifted suspension is kept with who lifted it and why. */
@Repository
public class PostingSuspensions {

    private final JdbcClient jdbc;

    PostingSuspensions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PostingSuspension> current(ForceId force, StaffId staff) {
        return jdbc.sql(
                        "select * from accounts.posting_suspension where force_id = ? and staff_id = ? and lifted_at is null")
                .params(force.value(), staff.value())
                .query(PostingSuspensions::map)
                .optional();
    }

    public List<PostingSuspension> allCurrent(ForceId force) {
        return jdbc.sql("select * from accounts.posting_suspension where force_id = ? and lifted_at is null")
                .param(force.value())
                .query(PostingSuspensions::map)
                .list();
    }

    public void suspend(ForceId force, StaffId staff, String reason, String caseReference, Instant at, String by) {
        jdbc.sql("""
                        insert into accounts.posting_suspension (id, force_id, staff_id, reason, case_reference,
                                                                 suspended_at, suspended_by)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(UUID.randomUUID(), force.value(), staff.value(), reason, caseReference, Timestamp.from(at), by)
                .update();
    }

    public boolean lift(ForceId force, StaffId staff, String reason, Instant at, String by) {
        return jdbc.sql("""
                        update accounts.posting_suspension set lifted_at = ?, lifted_by = ?, lifted_reason = ?
                         where force_id = ? and staff_id = ? and lifted_at is null
                        """)
                        .params(Timestamp.from(at), by, reason, force.value(), staff.value())
                        .update()
                == 1;
    }

    private static PostingSuspension map(ResultSet rs, int row) throws SQLException {
        return new PostingSuspension(
                new StaffId(rs.getObject("staff_id", UUID.class)),
                rs.getString("reason"),
                rs.getString("case_reference"),
                rs.getTimestamp("suspended_at").toInstant(),
                rs.getString("suspended_by"));
    }
}
