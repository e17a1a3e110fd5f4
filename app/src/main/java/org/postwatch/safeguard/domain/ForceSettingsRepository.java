package org.postwatch.safeguard.domain;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.postwatch.platform.ForceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each force's settings for the checks; a force that never saved any has none. */
@Repository
public class ForceSettingsRepository {

    private final JdbcClient jdbc;

    ForceSettingsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ForceSettings find(ForceId force) {
        return jdbc.sql("select * from safeguard.force_settings where force_id = ?")
                .param(force.value())
                .query((rs, n) -> new ForceSettings(
                        strings(rs.getArray("published_numbers")),
                        strings(rs.getArray("link_domains")),
                        PolicyVersionRepository.instant(rs, "updated_at"),
                        rs.getString("updated_by_name")))
                .optional()
                .orElse(ForceSettings.none());
    }

    public void save(ForceId force, List<String> numbers, List<String> domains, String byName, Instant at) {
        jdbc.sql("""
                        insert into safeguard.force_settings (force_id, published_numbers, link_domains, updated_at,
                            updated_by_name)
                        values (?, ?, ?, ?, ?)
                        on conflict (force_id) do update set published_numbers = excluded.published_numbers,
                            link_domains = excluded.link_domains, updated_at = excluded.updated_at,
                            updated_by_name = excluded.updated_by_name
                        """)
                .params(
                        force.value(),
                        numbers.toArray(String[]::new),
                        domains.toArray(String[]::new),
                        PolicyVersionRepository.timestamp(at),
                        byName)
                .update();
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
