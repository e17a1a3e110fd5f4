package org.postwatch.safeguard.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.postwatch.platform.ForceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Court cases, per force. */
@Repository
public class CourtCaseRepository {

    private final JdbcClient jdbc;

    CourtCaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Open cases, the next hearing first. */
    public List<CourtCase> open(ForceId force) {
        return jdbc.sql("select * from safeguard.court_case where force_id = ? and status = 'OPEN'"
                        + " order by next_hearing nulls last, reference")
                .param(force.value())
                .query(CourtCaseRepository::map)
                .list();
    }

    /** Closed cases, most recently closed first. */
    public List<CourtCase> closed(ForceId force, int limit) {
        return jdbc.sql("select * from safeguard.court_case where force_id = ? and status = 'CLOSED'"
                        + " order by closed_at desc limit ?")
                .params(force.value(), limit)
                .query(CourtCaseRepository::map)
                .list();
    }

    public Optional<CourtCase> find(ForceId force, UUID id) {
        return jdbc.sql("select * from safeguard.court_case where force_id = ? and id = ?")
                .params(force.value(), id)
                .query(CourtCaseRepository::map)
                .optional();
    }

    public void save(CourtCase c) {
        CaseDetails d = c.details();
        jdbc.sql("""
                        insert into safeguard.court_case (id, force_id, reference, defendants, offence, court, next_hearing,
                            restrictions, protected_names, status, closed_at, closed_reason, created_at, updated_at)
                        values (:id, :force, :reference, :defendants, :offence, :court, :nextHearing, :restrictions,
                            :protectedNames, :status, :closedAt, :closedReason, :createdAt, :updatedAt)
                        on conflict (id) do update set reference = excluded.reference, defendants = excluded.defendants,
                            offence = excluded.offence, court = excluded.court, next_hearing = excluded.next_hearing,
                            restrictions = excluded.restrictions, protected_names = excluded.protected_names,
                            status = excluded.status, closed_at = excluded.closed_at,
                            closed_reason = excluded.closed_reason, updated_at = excluded.updated_at
                        """)
                .param("id", c.id())
                .param("force", c.force().value())
                .param("reference", d.reference())
                .param("defendants", d.defendants().toArray(String[]::new))
                .param("offence", d.offence())
                .param("court", d.court())
                .param("nextHearing", d.nextHearing())
                .param("restrictions", d.restrictions().toArray(String[]::new))
                .param("protectedNames", d.protectedNames().toArray(String[]::new))
                .param("status", c.status().name())
                .param("closedAt", PolicyVersionRepository.timestamp(c.closedAt()))
                .param("closedReason", c.closedReason())
                .param("createdAt", PolicyVersionRepository.timestamp(c.createdAt()))
                .param("updatedAt", PolicyVersionRepository.timestamp(c.updatedAt()))
                .update();
    }

    private static CourtCase map(ResultSet rs, int row) throws SQLException {
        return new CourtCase(
                rs.getObject("id", UUID.class),
                new ForceId(rs.getObject("force_id", UUID.class)),
                new CaseDetails(
                        rs.getString("reference"),
                        ForceSettingsRepository.strings(rs.getArray("defendants")),
                        rs.getString("offence"),
                        rs.getString("court"),
                        rs.getObject("next_hearing", LocalDate.class),
                        ForceSettingsRepository.strings(rs.getArray("restrictions")),
                        ForceSettingsRepository.strings(rs.getArray("protected_names"))),
                CourtCase.Status.valueOf(rs.getString("status")),
                PolicyVersionRepository.instant(rs, "closed_at"),
                rs.getString("closed_reason"),
                PolicyVersionRepository.instant(rs, "created_at"),
                PolicyVersionRepository.instant(rs, "updated_at"));
    }
}
