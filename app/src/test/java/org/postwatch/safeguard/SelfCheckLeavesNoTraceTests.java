package org.postwatch.safeguard;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.postwatch.support.DemoUsers;
import org.postwatch.support.PostwatchIntegrationTest;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * "Before you post" promises that nothing typed there is stored or logged. This drives the page as a browser does
 * (real HTTP, session cookie, CSRF token, the htmx request and the plain form post) and then proves it: no table in
 * any schema gained or lost a row, no column anywhere holds the text, and no log event at any level mentions it.
 */
@PostwatchIntegrationTest
class SelfCheckLeavesNoTraceTests {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    /**
     * The servlet container's own debug logging prints the raw bytes and parameters of every request, whatever the
     * page: a diagnostic switch for the container, never on in production, so it stays at its configured level here.
     * Everything else (the application, Spring MVC, Security, Session, JDBC, Thymeleaf) logs at TRACE.
     */
    private static final List<String> CONTAINER_LOGGERS =
            List.of("org.apache.coyote", "org.apache.tomcat", "org.apache.catalina");

    @LocalServerPort
    int port;

    @Autowired
    DemoUsers demo;

    @Value("${spring.datasource.url}")
    String databaseUrl;

    @Test
    void nothingTypedIntoBeforeYouPostIsStoredOrLogged() throws Exception {
        String marker =
                "Quillfeather" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String text = "Jason Pritchard is guilty as sin, says Zelda " + marker
                + " of 14 Church Lane, Stafford ST16 2DH. Call her on 07700 900461. Vote Labour!";

        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        signIn(browser, "sta.neighbourhood");
        String csrf = csrfFrom(get(browser, "/safeguard/before-you-post"));

        Map<String, Long> rowsBefore = rowCounts();
        List<ILoggingEvent> logged;
        HttpResponse<String> htmx;
        HttpResponse<String> page;
        try (LogCapture capture = LogCapture.everything()) {
            htmx = post(browser, "/safeguard/before-you-post", text, csrf, true);
            page = post(browser, "/safeguard/before-you-post", text, csrf, false);
            logged = capture.events();
        }
        Map<String, Long> rowsAfter = rowCounts();

        assertThat(htmx.statusCode()).isEqualTo(200);
        assertThat(htmx.body()).contains("Think before you post", "Contempt of court", marker);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Political impartiality", marker);
        assertThat(htmx.headers().allValues("Cache-Control"))
                .anySatisfy(v -> assertThat(v).contains("no-store"));

        assertThat(rowsAfter).as("row counts of every table in every schema").isEqualTo(rowsBefore);
        assertThat(columnsHolding(marker))
                .as("columns anywhere holding the text")
                .isEmpty();

        assertThat(logged).as("the capture saw the requests").isNotEmpty();
        List<String> mentions = logged.stream()
                .map(SelfCheckLeavesNoTraceTests::everythingIn)
                .filter(line -> line.contains(marker) || line.contains("Quillfeather"))
                .toList();
        assertThat(mentions).as("log events mentioning the text").isEmpty();
    }

    private void signIn(HttpClient browser, String username) throws Exception {
        DemoUsers.Login login = demo.login(username);
        String csrf = csrfFromForm(get(browser, "/login").body());
        HttpResponse<String> response = browser.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(
                                Map.of("username", login.username(), "password", login.password(), "_csrf", csrf))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
        HttpResponse<String> response = browser.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Accept", "text/html")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }

    private HttpResponse<String> post(HttpClient browser, String path, String text, String csrf, boolean htmx)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-CSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("text", text, "channel", "FACEBOOK"))));
        if (htmx) {
            request.header("HX-Request", "true");
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String csrfFrom(HttpResponse<String> page) {
        Matcher m = CSRF.matcher(page.body());
        assertThat(m.find()).as("the page carries a CSRF token").isTrue();
        return m.group(1);
    }

    private static String csrfFromForm(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** As the database superuser, so neither row-level security nor grants hide a row. */
    private Connection superuser() throws SQLException {
        return DriverManager.getConnection(databaseUrl, "postgres", "");
    }

    private List<String[]> tables(Connection db) throws SQLException {
        List<String[]> tables = new ArrayList<>();
        try (ResultSet rs = db.createStatement()
                .executeQuery("select table_schema, table_name from"
                        + " information_schema.tables where table_type = 'BASE TABLE' and table_schema not in"
                        + " ('pg_catalog', 'information_schema') order by 1, 2")) {
            while (rs.next()) {
                tables.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        return tables;
    }

    private Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection db = superuser()) {
            List<String[]> tables = tables(db);
            assertThat(tables).extracting(t -> t[0]).contains("safeguard", "audit", "identity", "platform");
            for (String[] t : tables) {
                try (ResultSet rs =
                        db.createStatement().executeQuery("select count(*) from \"" + t[0] + "\".\"" + t[1] + "\"")) {
                    rs.next();
                    counts.put(t[0] + "." + t[1], rs.getLong(1));
                }
            }
        }
        return counts;
    }

    /** Every text, JSON, array and binary column of every table, searched for the text. */
    private List<String> columnsHolding(String marker) throws SQLException {
        List<String> holding = new ArrayList<>();
        try (Connection db = superuser();
                ResultSet columns = db.createStatement()
                        .executeQuery("select c.table_schema, c.table_name,"
                                + " c.column_name, c.data_type from information_schema.columns c join"
                                + " information_schema.tables t on t.table_schema = c.table_schema and t.table_name ="
                                + " c.table_name where t.table_type = 'BASE TABLE' and c.table_schema not in ('pg_catalog',"
                                + " 'information_schema') and c.data_type in ('text', 'character varying', 'character',"
                                + " 'json', 'jsonb', 'ARRAY', 'bytea')")) {
            while (columns.next()) {
                String table = "\"" + columns.getString(1) + "\".\"" + columns.getString(2) + "\"";
                String column = "\"" + columns.getString(3) + "\"";
                String condition = columns.getString(4).equals("bytea")
                        ? "position(convert_to(?, 'UTF8') in " + column + ") > 0"
                        : "position(? in " + column + "::text) > 0";
                try (PreparedStatement query =
                        db.prepareStatement("select count(*) from " + table + " where " + condition)) {
                    query.setString(1, marker);
                    try (ResultSet rs = query.executeQuery()) {
                        rs.next();
                        if (rs.getLong(1) > 0) {
                            holding.add(table + "." + column);
                        }
                    }
                }
            }
        }
        return holding;
    }

    private static String everythingIn(ILoggingEvent event) {
        StringBuilder all = new StringBuilder(event.getLoggerName()).append(' ').append(event.getFormattedMessage());
        if (event.getArgumentArray() != null) {
            for (Object argument : event.getArgumentArray()) {
                all.append(' ').append(argument);
            }
        }
        all.append(' ').append(event.getMDCPropertyMap());
        for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
            all.append(' ').append(t.getMessage());
        }
        return all.toString();
    }

    /** Turns every logger up to TRACE into a list (and away from the console), then puts everything back. */
    private static final class LogCapture implements AutoCloseable {

        private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        private final Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        private final ListAppender<ILoggingEvent> list = new ListAppender<>();
        private final Map<Logger, Level> levels = new HashMap<>();
        private final List<Appender<ILoggingEvent>> detached = new ArrayList<>();

        static LogCapture everything() {
            return new LogCapture();
        }

        private LogCapture() {
            for (Logger logger : context.getLoggerList()) {
                if (logger.getLevel() != null) {
                    levels.put(logger, logger.getLevel());
                    if (CONTAINER_LOGGERS.stream().noneMatch(logger.getName()::startsWith)) {
                        logger.setLevel(Level.TRACE);
                    }
                }
            }
            for (String name : CONTAINER_LOGGERS) {
                Logger wire = context.getLogger(name);
                levels.putIfAbsent(wire, wire.getLevel());
                wire.setLevel(
                        wire.getEffectiveLevel().isGreaterOrEqual(Level.WARN) ? wire.getEffectiveLevel() : Level.WARN);
            }
            root.setLevel(Level.TRACE);
            for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) {
                detached.add(it.next());
            }
            detached.forEach(root::detachAppender);
            list.setContext(context);
            list.start();
            root.addAppender(list);
        }

        List<ILoggingEvent> events() {
            return List.copyOf(list.list);
        }

        @Override
        public void close() {
            root.detachAppender(list);
            list.stop();
            detached.forEach(root::addAppender);
            levels.forEach(Logger::setLevel);
        }
    }
}
