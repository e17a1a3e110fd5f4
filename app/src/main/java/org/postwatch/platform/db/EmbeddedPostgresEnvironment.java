package org.postwatch.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.StringUtils;

/**
 * Starts an embedded PostgreSQL when no database is configured, so a fresh machine needs only a JDK.
 *
 * <p>Runs before the application context exists and points the ordinary {@code spring.datasource.*} and
 * {@code spring.flyway.*} properties at it, so everything downstream is the same as against a real server. Migrations
 * run as {@value #OWNER_ROLE}, which owns the tables; the application connects as {@value #APP_ROLE}, which does not,
 * so PostgreSQL row-level security applies to every query it makes.
 */
public class EmbeddedPostgresEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String OWNER_ROLE = "postwatch_owner";
    static final String APP_ROLE = "postwatch_app";
    static final String DATABASE = "postwatch";

    private final Log log;

    public EmbeddedPostgresEnvironment(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(EmbeddedPostgresEnvironment.class);
    }

    @Override
    public int getOrder() {
        // After application.yml and profiles are loaded, so their settings are visible here.
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
                || !environment.getProperty("postwatch.embedded-database.enabled", Boolean.class, true)) {
            return;
        }
        boolean ephemeral = environment.getProperty("postwatch.embedded-database.ephemeral", Boolean.class, false);
        Path dataDirectory = ephemeral
                ? temporaryDirectory()
                : Path.of(environment.getProperty("postwatch.data-dir", "./data"))
                        .resolve("postgres")
                        .toAbsolutePath()
                        .normalize();
        EmbeddedPostgres postgres = start(dataDirectory, ephemeral);
        createDatabase(postgres);

        String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", url);
        properties.put("spring.datasource.username", APP_ROLE);
        properties.put("spring.datasource.password", "");
        properties.put("spring.flyway.url", url);
        properties.put("spring.flyway.user", OWNER_ROLE);
        properties.put("spring.flyway.password", "");
        properties.put("postwatch.database.embedded", "true");
        properties.put("postwatch.database.embedded-data-dir", ephemeral ? "(temporary)" : dataDirectory.toString());
        environment.getPropertySources().addFirst(new MapPropertySource("postwatchEmbeddedPostgres", properties));

        // Stopped as the very last bean, after the pool, scheduler and event registry have finished with it.
        application.addInitializers(context -> {
            if (context.getEnvironment() == environment
                    && context.getBeanFactory() instanceof DefaultListableBeanFactory beans) {
                beans.registerDisposableBean(
                        "embeddedPostgres", () -> stop(postgres, ephemeral ? dataDirectory : null));
            }
        });
    }

    private EmbeddedPostgres start(Path dataDirectory, boolean ephemeral) {
        try {
            Files.createDirectories(dataDirectory);
            log.info("Starting embedded PostgreSQL with data in " + dataDirectory);
            return EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(ephemeral)
                    // Stopped by the application context, last; its own JVM hook would race Spring's shutdown.
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "60")
                    .setServerConfig("timezone", "UTC")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    private static void createDatabase(EmbeddedPostgres postgres) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            createRoleIfMissing(statement, OWNER_ROLE);
            createRoleIfMissing(statement, APP_ROLE);
            try (ResultSet rs =
                    statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (!rs.next()) {
                    statement.execute("create database " + DATABASE + " owner " + OWNER_ROLE + " encoding 'UTF8'");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the embedded database", e);
        }
    }

    private static void createRoleIfMissing(Statement statement, String role) throws SQLException {
        try (ResultSet rs = statement.executeQuery("select 1 from pg_roles where rolname = '" + role + "'")) {
            if (!rs.next()) {
                statement.execute("create role " + role + " login nosuperuser nobypassrls");
            }
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("postwatch-pg-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void stop(EmbeddedPostgres postgres, Path deleteAfter) {
        try {
            postgres.close();
            if (deleteAfter != null) {
                FileSystemUtils.deleteRecursively(deleteAfter);
            }
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }
}
