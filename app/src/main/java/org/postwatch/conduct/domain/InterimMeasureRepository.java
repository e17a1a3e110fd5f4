package org.postwatch.conduct.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.postwatch.accounts.AccountId;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.StaffId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores interim measures; the only change a stored measure can take is being lifted. */
@Repository
public class InterimMeasureRepository {

    private final JdbcClient jdbc;

    InterimMeasureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(InterimMeasure m, UUID imposedBy) {
        jdbc.sql("""
                        insert into conduct.interim_measure (id, force_id, case_id, kind, subject_id, account_id, account,
                                                             reason, imposed_by, imposed_by_name, imposed_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        m.id().value(),
                        m.force().value(),
                        m.caseId().value(),
                        m.kind().name(),
                        m.subject() == null ? null : m.subject().value(),
                        m.accountId() == null ? null : m.accountId().value(),
                        m.account(),
                        m.reason(),
                        imposedBy,
                        m.imposedByName(),
                        Timestamp.from(m.imposedAt()))
                .update();
    }

    public void saveLifted(InterimMeasure m) {
        jdbc.sql("""
                        update conduct.interim_measure set lifted_at = ?, lifted_by = ?, lifted_by_name = ?, lift_reason = ?
                         where id = ? and force_id = ? and lifted_at is null
                        """)
                .params(
                        Timestamp.from(m.liftedAt()),
                        m.liftedBy(),
                        m.liftedByName(),
                        m.liftReason(),
                        m.id().value(),
                        m.force().value())
                .update();
    }

    public List<InterimMeasure> of(ForceId force, CaseId caseId) {
        return jdbc.sql("select * from conduct.interim_measure where force_id = ? and case_id = ? order by imposed_at")
                .params(force.value(), caseId.value())
                .query(InterimMeasureRepository::map)
                .list();
    }

    public Optional<InterimMeasure> find(ForceId force, CaseId caseId, MeasureId id) {
        return jdbc.sql("select * from conduct.interim_measure where force_id = ? and case_id = ? and id = ?")
                .params(force.value(), caseId.value(), id.value())
                .query(InterimMeasureRepository::map)
                .optional();
    }

    public long countActive(ForceId force) {
        return jdbc.sql("select count(*) from conduct.interim_measure where force_id = ? and lifted_at is null")
                .param(force.value())
                .query(Long.class)
                .single();
    }

    /** How many account suspensions, in any of the force's cases, still hold this account. */
    public long activeAccountSuspensions(ForceId force, AccountId account) {
        return jdbc.sql("""
                        select count(*) from conduct.interim_measure
                         where force_id = ? and kind = 'ACCOUNT_SUSPENSION' and account_id = ? and lifted_at is null
                        """)
                .params(force.value(), account.value())
                .query(Long.class)
                .single();
    }

    private static InterimMeasure map(ResultSet rs, int row) throws SQLException {
        UUID subject = rs.getObject("subject_id", UUID.class);
        UUID account = rs.getObject("account_id", UUID.class);
        Timestamp lifted = rs.getTimestamp("lifted_at");
        return InterimMeasure.restore(
                new MeasureId(rs.getObject("id", UUID.class)),
                new ForceId(rs.getObject("force_id", UUID.class)),
                new CaseId(rs.getObject("case_id", UUID.class)),
                InterimMeasure.Kind.valueOf(rs.getString("kind")),
                subject == null ? null : new StaffId(subject),
                account == null ? null : new AccountId(account),
                rs.getString("account"),
                rs.getString("reason"),
                rs.getString("imposed_by_name"),
                rs.getTimestamp("imposed_at").toInstant(),
                lifted == null ? null : lifted.toInstant(),
                rs.getString("lifted_by_name"),
                rs.getString("lift_reason"));
    }
}
