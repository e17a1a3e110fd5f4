package org.postwatch.training.domain;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.postwatch.accounts.AccountKind;
import org.postwatch.accounts.Channel;
import org.postwatch.platform.ForceId;
import org.postwatch.training.CourseId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which courses each kind of account needs, on every channel (channel null) or on one channel. */
@Repository
public class RuleRepository {

    /** One required course. */
    public record Row(AccountKind kind, Channel channel, CourseId course) {}

    private final JdbcClient jdbc;

    RuleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Row> all(ForceId force) {
        return jdbc.sql("select * from training.accreditation_rule where force_id = ?")
                .param(force.value())
                .query((rs, n) -> new Row(
                        AccountKind.valueOf(rs.getString("account_kind")),
                        rs.getString("channel") == null ? null : Channel.valueOf(rs.getString("channel")),
                        new CourseId(rs.getObject("course_id", UUID.class))))
                .list();
    }

    /** The courses required for a kind of account on a channel: its own rule and the every-channel rule together. */
    public List<CourseId> required(ForceId force, AccountKind kind, Channel channel) {
        return jdbc.sql("""
                        select distinct course_id from training.accreditation_rule
                         where force_id = ? and account_kind = ? and (channel is null or channel = ?)
                        """)
                .params(force.value(), kind.name(), channel.name())
                .query((rs, n) -> new CourseId(rs.getObject("course_id", UUID.class)))
                .list();
    }

    public void replace(ForceId force, AccountKind kind, Channel channel, Set<CourseId> courses) {
        jdbc.sql("""
                        delete from training.accreditation_rule
                         where force_id = ? and account_kind = ? and coalesce(channel, '') = coalesce(?, '')
                        """)
                .params(force.value(), kind.name(), channel == null ? null : channel.name())
                .update();
        for (CourseId course : courses) {
            jdbc.sql(
                            "insert into training.accreditation_rule (force_id, account_kind, channel, course_id) values (?, ?, ?, ?)")
                    .params(force.value(), kind.name(), channel == null ? null : channel.name(), course.value())
                    .update();
        }
    }
}
