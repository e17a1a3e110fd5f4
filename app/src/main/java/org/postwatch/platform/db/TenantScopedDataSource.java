package org.postwatch.platform.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.Tenancy;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Hands out connections scoped to the current force. PostgreSQL row-level security policies read
 * {@code postwatch.force_id} and {@code postwatch.system}, so a query can only see the current force's rows even if
 * the application forgot a {@code where force_id = ?}. Set at checkout, which Spring does once per transaction.
 */
public class TenantScopedDataSource extends DelegatingDataSource {

    private static final String SCOPE_SQL =
            "select set_config('postwatch.force_id', ?, false), set_config('postwatch.system', ?, false)";

    public TenantScopedDataSource(DataSource target) {
        super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return scoped(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return scoped(super.getConnection(username, password));
    }

    private static Connection scoped(Connection connection) throws SQLException {
        Tenancy.Scope scope = Tenancy.current();
        String force = scope instanceof Tenancy.ForceScope(ForceId id) ? id.toString() : "";
        String system = scope instanceof Tenancy.SystemScope ? "on" : "off";
        try (PreparedStatement statement = connection.prepareStatement(SCOPE_SQL)) {
            statement.setString(1, force);
            statement.setString(2, system);
            statement.execute();
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        return connection;
    }
}
