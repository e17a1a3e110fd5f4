package org.postwatch.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.postwatch.platform.ForceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The police forces of the United Kingdom known to Postwatch: reference data. */
@Service
public class Forces {

    private final JdbcClient jdbc;

    Forces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Force> all() {
        return jdbc.sql("select * from identity.force order by name")
                .query(Forces::map)
                .list();
    }

    public Optional<Force> find(ForceId id) {
        return jdbc.sql("select * from identity.force where id = ?")
                .param(id.value())
                .query(Forces::map)
                .optional();
    }

    public Optional<Force> findByCode(String code) {
        return jdbc.sql("select * from identity.force where code = ?")
                .param(code)
                .query(Forces::map)
                .optional();
    }

    public Force get(ForceId id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("Unknown force " + id));
    }

    private static Force map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Force(
                new ForceId(rs.getObject("id", UUID.class)),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("email_domain"),
                rs.getString("kind"));
    }
}
