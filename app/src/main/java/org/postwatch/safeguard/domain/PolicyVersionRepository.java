package org.postwatch.safeguard.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.StaffId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Policy versions. Every query names the force; row-level security applies the same scope again. */
@Repository
public class PolicyVersionRepository {

    /** Enough to find the active version's engine without reading its text on every check. */
    public record ActiveRef(UUID id, int number, String sha256) {}

    private final JdbcClient jdbc;

    PolicyVersionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ActiveRef> activeRef(ForceId force) {
        return jdbc.sql("select id, number, yaml_sha256 from safeguard.policy_version"
                        + " where force_id = ? and status = 'ACTIVE'")
                .param(force.value())
                .query((rs, n) -> new ActiveRef(rs.getObject("id", UUID.class), rs.getInt("number"), rs.getString(3)))
                .optional();
    }

    public Optional<PolicyVersion> active(ForceId force) {
        return jdbc.sql("select * from safeguard.policy_version where force_id = ? and status = 'ACTIVE'")
                .param(force.value())
                .query(PolicyVersionRepository::map)
                .optional();
    }

    public Optional<PolicyVersion> find(ForceId force, int number) {
        return jdbc.sql("select * from safeguard.policy_version where force_id = ? and number = ?")
                .params(force.value(), number)
                .query(PolicyVersionRepository::map)
                .optional();
    }

    public Optional<String> yaml(ForceId force, UUID id) {
        return jdbc.sql("select yaml from safeguard.policy_version where force_id = ? and id = ?")
                .params(force.value(), id)
                .query(String.class)
                .optional();
    }

    /** Newest first. */
    public List<PolicyVersion> all(ForceId force) {
        return jdbc.sql("select * from safeguard.policy_version where force_id = ? order by number desc")
                .param(force.value())
                .query(PolicyVersionRepository::map)
                .list();
    }

    /** Serialises changes to one force's versions (numbering, activation) across instances. */
    public void lockForce(ForceId force) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended('safeguard.policy:' || ?, 0))")
                .param(force.toString())
                .query((rs, n) -> 1)
                .list();
    }

    public int nextNumber(ForceId force) {
        return jdbc.sql("select coalesce(max(number), 0) + 1 from safeguard.policy_version where force_id = ?")
                .param(force.value())
                .query(Integer.class)
                .single();
    }

    public Optional<Integer> numberWithLabel(ForceId force, String label, UUID except) {
        return jdbc.sql("select number from safeguard.policy_version where force_id = ? and label = ? and id <> ?")
                .params(force.value(), label, except == null ? new UUID(0, 0) : except)
                .query(Integer.class)
                .optional();
    }

    public boolean hasAny(ForceId force) {
        return jdbc.sql("select exists (select 1 from safeguard.policy_version where force_id = ?)")
                .param(force.value())
                .query(Boolean.class)
                .single();
    }

    public void save(PolicyVersion v) {
        jdbc.sql("""
                        insert into safeguard.policy_version (id, force_id, number, label, name, yaml, yaml_sha256, status,
                            based_on, created_at, created_by, created_by_name, updated_at, activated_at,
                            activated_by_name, activation_reason, retired_at)
                        values (:id, :force, :number, :label, :name, :yaml, :sha, :status, :basedOn, :createdAt,
                            :createdBy, :createdByName, :updatedAt, :activatedAt, :activatedBy, :reason, :retiredAt)
                        on conflict (id) do update set label = excluded.label, name = excluded.name,
                            yaml = excluded.yaml, yaml_sha256 = excluded.yaml_sha256, status = excluded.status,
                            updated_at = excluded.updated_at, activated_at = excluded.activated_at,
                            activated_by_name = excluded.activated_by_name,
                            activation_reason = excluded.activation_reason, retired_at = excluded.retired_at
                        """)
                .param("id", v.id())
                .param("force", v.force().value())
                .param("number", v.number())
                .param("label", v.label())
                .param("name", v.name())
                .param("yaml", v.yaml())
                .param("sha", v.sha256())
                .param("status", v.status().name())
                .param("basedOn", v.basedOn())
                .param("createdAt", timestamp(v.createdAt()))
                .param("createdBy", v.createdBy() == null ? null : v.createdBy().value())
                .param("createdByName", v.createdByName())
                .param("updatedAt", timestamp(v.updatedAt()))
                .param("activatedAt", timestamp(v.activatedAt()))
                .param("activatedBy", v.activatedByName())
                .param("reason", v.activationReason())
                .param("retiredAt", timestamp(v.retiredAt()))
                .update();
    }

    static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static PolicyVersion map(ResultSet rs, int row) throws SQLException {
        UUID createdBy = rs.getObject("created_by", UUID.class);
        Integer basedOn = rs.getObject("based_on", Integer.class);
        return new PolicyVersion(
                rs.getObject("id", UUID.class),
                new ForceId(rs.getObject("force_id", UUID.class)),
                rs.getInt("number"),
                rs.getString("label"),
                rs.getString("name"),
                rs.getString("yaml"),
                rs.getString("yaml_sha256"),
                PolicyStatus.valueOf(rs.getString("status")),
                basedOn,
                instant(rs, "created_at"),
                createdBy == null ? null : new StaffId(createdBy),
                rs.getString("created_by_name"),
                instant(rs, "updated_at"),
                instant(rs, "activated_at"),
                rs.getString("activated_by_name"),
                rs.getString("activation_reason"),
                instant(rs, "retired_at"));
    }
}
