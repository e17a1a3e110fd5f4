package org.postwatch.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.core.env.Environment;

/**
 * A connection as the role that owns the tables, as someone with full control of the database would have. Only such a
 * person can change audit entries, and only after switching off the append-only trigger; tests use it to tamper.
 */
final class DatabaseOwner {

    private DatabaseOwner() {}

    interface Work {
        void run(Statement sql) throws SQLException;
    }

    /** Runs the statements in one transaction with the append-only triggers off, across every force. */
    static void tamper(Environment environment, Work work) {
        try (Connection connection = DriverManager.getConnection(
                        environment.getRequiredProperty("spring.flyway.url"), "postwatch_owner", "");
                Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            sql.execute("select set_config('postwatch.system', 'on', true)");
            sql.execute("alter table audit.entry disable trigger entry_append_only");
            sql.execute("alter table audit.checkpoint disable trigger checkpoint_append_only");
            work.run(sql);
            sql.execute("alter table audit.entry enable trigger entry_append_only");
            sql.execute("alter table audit.checkpoint enable trigger checkpoint_append_only");
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
