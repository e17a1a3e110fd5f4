package org.postwatch.safeguard.domain;

import java.util.Optional;
import org.postwatch.platform.ForceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One labelled example suite per force; a new upload replaces the last. */
@Repository
public class ExampleSuiteRepository {

    private final JdbcClient jdbc;

    ExampleSuiteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ExampleSuite> find(ForceId force) {
        return jdbc.sql("select * from safeguard.example_suite where force_id = ?")
                .param(force.value())
                .query((rs, n) -> new ExampleSuite(
                        rs.getString("file_name"),
                        rs.getString("content"),
                        rs.getInt("item_count"),
                        PolicyVersionRepository.instant(rs, "uploaded_at"),
                        rs.getString("uploaded_by_name")))
                .optional();
    }

    public void save(ForceId force, ExampleSuite suite) {
        jdbc.sql("""
                        insert into safeguard.example_suite (force_id, file_name, content, item_count, uploaded_at,
                            uploaded_by_name)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (force_id) do update set file_name = excluded.file_name, content = excluded.content,
                            item_count = excluded.item_count, uploaded_at = excluded.uploaded_at,
                            uploaded_by_name = excluded.uploaded_by_name
                        """)
                .params(
                        force.value(),
                        suite.fileName(),
                        suite.content(),
                        suite.itemCount(),
                        PolicyVersionRepository.timestamp(suite.uploadedAt()),
                        suite.uploadedByName())
                .update();
    }

    public boolean exists(ForceId force) {
        return jdbc.sql("select exists (select 1 from safeguard.example_suite where force_id = ?)")
                .param(force.value())
                .query(Boolean.class)
                .single();
    }
}
