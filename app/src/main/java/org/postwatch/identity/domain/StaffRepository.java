package org.postwatch.identity.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.postwatch.identity.StaffDetails;
import org.postwatch.identity.StaffStatus;
import org.postwatch.identity.StaffType;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.Role;
import org.postwatch.platform.StaffId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Staff records. Every query names the force explicitly; row-level security in the database applies the same scope
 * again.
 */
@Repository
public class StaffRepository {

    private static final String SELECT =
            "select s.*, coalesce((select string_agg(r.role, ',') from identity.staff_role r"
                    + " where r.staff_id = s.id), '') as roles from identity.staff s ";

    private final JdbcClient jdbc;

    StaffRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void save(Staff staff) {
        StaffDetails d = staff.details();
        jdbc.sql("""
                        insert into identity.staff (id, force_id, given_name, family_name, staff_type, rank, collar_number,
                                                    unit, email, status, left_on)
                        values (:id, :force, :given, :family, :type, :rank, :collar, :unit, :email, :status, :leftOn)
                        on conflict (id) do update set given_name = excluded.given_name, family_name = excluded.family_name,
                            staff_type = excluded.staff_type, rank = excluded.rank, collar_number = excluded.collar_number,
                            unit = excluded.unit, email = excluded.email, status = excluded.status,
                            left_on = excluded.left_on, updated_at = now()
                        """)
                .param("id", staff.id().value())
                .param("force", staff.force().value())
                .param("given", d.givenName())
                .param("family", d.familyName())
                .param("type", d.type().name())
                .param("rank", d.rank())
                .param("collar", d.collarNumber())
                .param("unit", d.unit())
                .param("email", d.email())
                .param("status", staff.status().name())
                .param("leftOn", staff.leftOn())
                .update();
        jdbc.sql("delete from identity.staff_role where staff_id = ?")
                .param(staff.id().value())
                .update();
        for (Role role : staff.roles()) {
            jdbc.sql("insert into identity.staff_role (staff_id, force_id, role) values (?, ?, ?)")
                    .params(staff.id().value(), staff.force().value(), role.name())
                    .update();
        }
    }

    public Optional<Staff> find(ForceId force, StaffId id) {
        return jdbc.sql(SELECT + "where s.force_id = ? and s.id = ?")
                .params(force.value(), id.value())
                .query(StaffRepository::map)
                .optional();
    }

    public Optional<Staff> findByEmail(ForceId force, String email) {
        return jdbc.sql(SELECT + "where s.force_id = ? and lower(s.email) = lower(?)")
                .params(force.value(), email.trim())
                .query(StaffRepository::map)
                .optional();
    }

    /** Looks across forces: only for sign-in through the identity provider, which runs as system. */
    public Optional<Staff> findByEmailInAnyForce(String email) {
        return jdbc.sql(SELECT + "where lower(s.email) = lower(?)")
                .param(email.trim())
                .query(StaffRepository::map)
                .optional();
    }

    public boolean emailTakenByAnother(String email, StaffId except) {
        return jdbc.sql("select count(*) from identity.staff where lower(email) = lower(?) and id <> ?")
                        .params(email.trim(), except.value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    public List<Staff> search(ForceId force, StaffSearch search) {
        StringBuilder sql = new StringBuilder(SELECT + "where s.force_id = :force");
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("force", force.value());
        if (search.text() != null && !search.text().isBlank()) {
            sql.append(" and (s.given_name || ' ' || s.family_name || ' ' || coalesce(s.collar_number, '') || ' '"
                    + " || s.email || ' ' || s.unit) ilike :text");
            params.put("text", "%" + search.text().trim().replace("%", "\\%") + "%");
        }
        if (search.status() != null) {
            sql.append(" and s.status = :status");
            params.put("status", search.status().name());
        }
        if (search.role() != null) {
            sql.append(" and exists (select 1 from identity.staff_role r where r.staff_id = s.id and r.role = :role)");
            params.put("role", search.role().name());
        }
        sql.append(" order by s.family_name, s.given_name limit 500");
        return jdbc.sql(sql.toString())
                .params(params)
                .query(StaffRepository::map)
                .list();
    }

    public Map<StaffId, String> namesOf(ForceId force, Set<StaffId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select id, given_name || ' ' || family_name as name from identity.staff where force_id = :force"
                        + " and id in (:ids)")
                .param("force", force.value())
                .param("ids", ids.stream().map(StaffId::value).toList())
                .query((rs, n) -> Map.entry(new StaffId(rs.getObject("id", UUID.class)), rs.getString("name")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public long countInForce(ForceId force) {
        return jdbc.sql("select count(*) from identity.staff where force_id = ?")
                .param(force.value())
                .query(Long.class)
                .single();
    }

    static Staff map(ResultSet rs, int row) throws SQLException {
        String roleList = rs.getString("roles");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (!roleList.isEmpty()) {
            for (String role : roleList.split(",")) {
                roles.add(Role.valueOf(role));
            }
        }
        LocalDate leftOn = rs.getObject("left_on", LocalDate.class);
        return new Staff(
                new StaffId(rs.getObject("id", UUID.class)),
                new ForceId(rs.getObject("force_id", UUID.class)),
                new StaffDetails(
                        rs.getString("given_name"),
                        rs.getString("family_name"),
                        StaffType.valueOf(rs.getString("staff_type")),
                        rs.getString("rank"),
                        rs.getString("collar_number"),
                        rs.getString("unit"),
                        rs.getString("email")),
                StaffStatus.valueOf(rs.getString("status")),
                leftOn,
                roles);
    }
}
