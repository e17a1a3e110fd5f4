package org.postwatch.inbox.domain;

import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.postwatch.inbox.CommunityStandard;
import org.postwatch.inbox.InboundCategory;
import org.postwatch.inbox.KeywordRoute;
import org.postwatch.inbox.SlaSettings;
import org.postwatch.platform.ForceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each force's SLA targets, office hours, keyword routes and community standards. */
@Repository
public class SettingsRepository {

    private final JdbcClient jdbc;

    SettingsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public SlaSettings sla(ForceId force) {
        Map<InboundCategory, Integer> minutes = new EnumMap<>(InboundCategory.class);
        jdbc.sql("select category, minutes from inbox.sla where force_id = ?")
                .param(force.value())
                .query((rs, n) -> minutes.put(InboundCategory.valueOf(rs.getString(1)), rs.getInt(2)))
                .list();
        SlaSettings standard = SlaSettings.standard();
        return jdbc.sql("select office_start, office_end from inbox.office_hours where force_id = ?")
                .param(force.value())
                .query((rs, n) -> new SlaSettings(
                        minutes, rs.getTime(1).toLocalTime(), rs.getTime(2).toLocalTime()))
                .optional()
                .orElseGet(() -> new SlaSettings(minutes, standard.officeStart(), standard.officeEnd()));
    }

    public void saveSla(ForceId force, SlaSettings sla) {
        sla.minutes()
                .forEach((category, minutes) -> jdbc.sql("""
                        insert into inbox.sla (force_id, category, minutes) values (?, ?, ?)
                        on conflict (force_id, category) do update set minutes = excluded.minutes
                        """)
                        .params(force.value(), category.name(), minutes)
                        .update());
        jdbc.sql("""
                        insert into inbox.office_hours (force_id, office_start, office_end) values (?, ?, ?)
                        on conflict (force_id) do update set office_start = excluded.office_start,
                            office_end = excluded.office_end
                        """)
                .params(force.value(), Time.valueOf(sla.officeStart()), Time.valueOf(sla.officeEnd()))
                .update();
    }

    public List<KeywordRoute> routes(ForceId force) {
        return jdbc.sql("select * from inbox.keyword_route where force_id = ? order by keyword")
                .param(force.value())
                .query((rs, n) -> new KeywordRoute(
                        rs.getObject("id", UUID.class),
                        rs.getString("keyword"),
                        rs.getString("team"),
                        rs.getString("created_by"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    public boolean addRoute(ForceId force, UUID id, String keyword, String team, String by, Instant at) {
        return jdbc.sql("""
                                insert into inbox.keyword_route (id, force_id, keyword, team, created_by, created_at)
                                values (?, ?, ?, ?, ?, ?) on conflict (force_id, keyword) do nothing
                                """)
                        .params(id, force.value(), keyword, team, by, Timestamp.from(at))
                        .update()
                > 0;
    }

    public Optional<KeywordRoute> removeRoute(ForceId force, UUID id) {
        Optional<KeywordRoute> route =
                routes(force).stream().filter(r -> r.id().equals(id)).findFirst();
        route.ifPresent(r -> jdbc.sql("delete from inbox.keyword_route where force_id = ? and id = ?")
                .params(force.value(), id)
                .update());
        return route;
    }

    public List<CommunityStandard> standards(ForceId force) {
        return jdbc.sql("select * from inbox.community_standard where force_id = ? order by created_at, title")
                .param(force.value())
                .query((rs, n) -> new CommunityStandard(
                        rs.getObject("id", UUID.class),
                        rs.getString("title"),
                        rs.getString("description"),
                        rs.getBoolean("active")))
                .list();
    }

    public boolean addStandard(ForceId force, UUID id, String title, String description, Instant at) {
        return jdbc.sql("""
                                insert into inbox.community_standard (id, force_id, title, description, created_at)
                                values (?, ?, ?, ?, ?) on conflict (force_id, title) do nothing
                                """)
                        .params(id, force.value(), title, description, Timestamp.from(at))
                        .update()
                > 0;
    }

    public boolean setStandardActive(ForceId force, UUID id, boolean active) {
        return jdbc.sql("update inbox.community_standard set active = ? where force_id = ? and id = ?")
                        .params(active, force.value(), id)
                        .update()
                > 0;
    }

    public static LocalTime time(String text) {
        return LocalTime.parse(text);
    }
}
