package org.postwatch.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postwatch.PostwatchApplication;
import org.postwatch.identity.Forces;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.Tenancy;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two application instances against one PostgreSQL publish a batch of scheduled posts to a stub X while things go
 * wrong: one instance is shut down mid-publish, and the platform fails before posting, fails after posting, and posts
 * but never answers. Every post must be on the platform exactly once. Slow (two application starts): run it with
 * {@code ./mvnw -pl app -am verify -Ptwo-instances} (see docs/publishing.md).
 */
@Tag("two-instances")
class TwoInstancesPublishOnceTests {

    static final int POSTS = 40;
    static final UUID ACCOUNT = UUID.randomUUID();
    static final JsonMapper JSON = JsonMapper.builder().build();

    static Path dataDirectory;
    static EmbeddedPostgres postgres;
    static FakeX platform;
    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;

    @BeforeAll
    static void startPostgresThePlatformAndTwoInstances() throws Exception {
        dataDirectory = Files.createTempDirectory("postwatch-two-instances-");
        postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(true)
                .setServerConfig("max_connections", "80")
                .setServerConfig("timezone", "UTC")
                .start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute("create role postwatch_owner login nosuperuser nobypassrls");
            sql.execute("create role postwatch_app login nosuperuser nobypassrls");
            sql.execute("create database postwatch owner postwatch_owner encoding 'UTF8'");
        }
        platform = new FakeX();
        first = start("first");
        second = start("second");
    }

    static ConfigurableApplicationContext start(String name) {
        String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postwatch";
        return new SpringApplication(PostwatchApplication.class)
                .run(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=postwatch_app",
                        "--spring.datasource.password=",
                        "--spring.flyway.url=" + url,
                        "--spring.flyway.user=postwatch_owner",
                        "--spring.flyway.password=",
                        "--spring.main.banner-mode=off",
                        "--server.port=0",
                        "--postwatch.demo.enabled=false",
                        "--postwatch.data-dir=target/two-instances",
                        "--postwatch.instance-name=" + name,
                        "--logging.level.root=warn",
                        "--logging.level.org.postwatch=warn",
                        "--db-scheduler.scheduler-name=" + name,
                        "--db-scheduler.threads=4",
                        "--db-scheduler.polling-interval=250ms",
                        "--db-scheduler.heartbeat-interval=1s",
                        "--db-scheduler.missed-heartbeats-limit=4",
                        "--db-scheduler.shutdown-max-wait=10ms",
                        "--db-scheduler.immediate-execution-enabled=false",
                        "--postwatch.publishing.connectors.x.base-url=" + platform.baseUrl(),
                        "--postwatch.publishing.connectors.connect-timeout=1s",
                        "--postwatch.publishing.connectors.request-timeout=1s",
                        "--postwatch.publishing.outbox.max-attempts=8",
                        "--postwatch.publishing.outbox.retry-backoff=500ms",
                        "--postwatch.publishing.outbox.max-backoff=2s",
                        "--postwatch.publishing.outbox.read-back-delay=500ms",
                        "--postwatch.publishing.outbox.max-read-back-tries=12",
                        "--postwatch.publishing.outbox.in-flight-lease=3s",
                        "--postwatch.publishing.outbox.failure-retry=1s",
                        "--postwatch.publishing.credentials[" + ACCOUNT + "][accessToken]=x-user-token");
    }

    @AfterAll
    static void stopEverything() throws IOException {
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] {first, second}) {
            if (context != null && context.isActive()) {
                context.close();
            }
        }
        if (platform != null) {
            platform.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
        if (dataDirectory != null) {
            FileSystemUtils.deleteRecursively(dataDirectory);
        }
    }

    @Test
    void everyScheduledPostIsPublishedExactlyOnceThoughAnInstanceDiesAndThePlatformMisbehaves() {
        ForceId force =
                first.getBean(Forces.class).findByCode("GLO").orElseThrow().id();
        Publishing publishing = first.getBean(Publishing.class);
        Instant due = Instant.now().plusSeconds(2);
        List<String> texts = IntStream.range(0, POSTS)
                .mapToObj(i -> "Batch post " + i + ": road safety week, day " + (i % 7 + 1) + " " + UUID.randomUUID())
                .toList();
        List<PublicationId> ids = new ArrayList<>();
        Tenancy.asForce(
                force,
                () -> texts.forEach(text -> {
                    var request = PublicationRequest.now(
                                    PublicationId.random(),
                                    "post-" + ids.size(),
                                    ACCOUNT,
                                    Channel.X,
                                    "@GlosPolice",
                                    text)
                            .at(due);
                    publishing.schedule(request);
                    ids.add(request.id());
                }));

        JdbcClient superuser = JdbcClient.create(database());
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> platform.inFlight.get() > 0
                        && superuser
                                        .sql("select count(*) from platform.scheduled_tasks where picked"
                                                + " and picked_by = 'first'")
                                        .query(Long.class)
                                        .single()
                                > 0);
        first.close();

        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> superuser
                                .sql("select count(*) from publishing.publication where state in"
                                        + " ('PUBLISHED', 'FAILED', 'CANCELLED')")
                                .query(Long.class)
                                .single()
                        == POSTS);

        Map<String, Long> states = superuser
                .sql("select state, count(*) from publishing.publication group by state")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(states).containsExactly(Map.entry("PUBLISHED", (long) POSTS));
        for (String text : texts) {
            assertThat(platform.timesPosted(text)).as("times posted: %s", text).isEqualTo(1);
        }
        assertThat(platform.posts).hasSize(POSTS);
        assertThat(platform.failedBeforePosting.get()).isPositive();
        assertThat(platform.failedAfterPosting.get()).isPositive();
        assertThat(platform.timedOutAfterPosting.get()).isPositive();
        List<String> outcomes = superuser
                .sql("select outcome from publishing.attempt")
                .query(String.class)
                .list();
        assertThat(outcomes)
                .contains("FOUND_BY_READ_BACK", "NOT_FOUND_BY_READ_BACK")
                .doesNotContain("IN_FLIGHT");
        List<String> instances = superuser
                .sql("select distinct instance from publishing.attempt")
                .query(String.class)
                .list();
        assertThat(instances).containsExactlyInAnyOrder("first", "second");
    }

    static DataSource database() {
        return postgres.getDatabase("postgres", "postwatch");
    }

    /**
     * X, played by the JDK's HTTP server: stores tweets, lists them back, and misbehaves on the first try of some posts
     * (by their number: 1 fails before posting, 2 posts then fails, 3 posts then never answers in time). It stores a
     * repeated text as a second post, as a platform without duplicate detection would, so a double post is visible.
     */
    static final class FakeX {

        record Tweet(String id, String text, Instant createdAt) {}

        final HttpServer server;
        final List<Tweet> posts = new CopyOnWriteArrayList<>();
        final Map<String, AtomicInteger> tries = new ConcurrentHashMap<>();
        final AtomicInteger inFlight = new AtomicInteger();
        final AtomicInteger failedBeforePosting = new AtomicInteger();
        final AtomicInteger failedAfterPosting = new AtomicInteger();
        final AtomicInteger timedOutAfterPosting = new AtomicInteger();
        final AtomicInteger listings = new AtomicInteger();
        final AtomicLong ids = new AtomicLong(1_800_000_000_000_000_000L);

        FakeX() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
            server.setExecutor(Executors.newCachedThreadPool());
            server.createContext("/", this::handle);
            server.start();
        }

        String baseUrl() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        void stop() {
            server.stop(0);
        }

        long timesPosted(String text) {
            return posts.stream().filter(t -> t.text().equals(text)).count();
        }

        void handle(HttpExchange exchange) throws IOException {
            String path = exchange.getRequestURI().getPath();
            try (exchange) {
                if ("POST".equals(exchange.getRequestMethod()) && path.equals("/2/tweets")) {
                    tweet(exchange);
                } else if (path.equals("/2/users/me")) {
                    respond(exchange, 200, "{\"data\":{\"id\":\"777\",\"username\":\"GlosPolice\"}}");
                } else if (path.equals("/2/users/777/tweets")) {
                    if (listings.incrementAndGet() % 4 == 0) {
                        respond(
                                exchange,
                                503,
                                "{\"title\":\"Service Unavailable\",\"detail\":\"Service Unavailable\"}");
                        return;
                    }
                    String data = posts.stream()
                            .map(t -> "{\"id\":\"" + t.id() + "\",\"text\":" + JSON.writeValueAsString(t.text())
                                    + ",\"created_at\":\"" + t.createdAt() + "\"}")
                            .collect(Collectors.joining(","));
                    respond(exchange, 200, "{\"data\":[" + data + "]}");
                } else {
                    respond(exchange, 404, "{\"title\":\"Not Found Error\"}");
                }
            } catch (IOException e) {
                // The client gave up waiting (a simulated time-out): nothing to answer.
            }
        }

        private void tweet(HttpExchange exchange) throws IOException {
            inFlight.incrementAndGet();
            try (InputStream body = exchange.getRequestBody()) {
                String text = JSON.readTree(new String(body.readAllBytes(), StandardCharsets.UTF_8))
                        .path("text")
                        .asString("");
                int attempt =
                        tries.computeIfAbsent(text, t -> new AtomicInteger()).incrementAndGet();
                int number = Integer.parseInt(text.substring("Batch post ".length(), text.indexOf(':')));
                int fault = attempt == 1 ? number % 5 : 0;
                pause(150);
                if (fault == 1) {
                    failedBeforePosting.incrementAndGet();
                    respond(exchange, 503, "{\"title\":\"Service Unavailable\",\"detail\":\"Service Unavailable\"}");
                    return;
                }
                String id = String.valueOf(ids.incrementAndGet());
                posts.add(new Tweet(id, text, Instant.now()));
                if (fault == 2) {
                    failedAfterPosting.incrementAndGet();
                    respond(exchange, 503, "{\"title\":\"Service Unavailable\",\"detail\":\"Service Unavailable\"}");
                    return;
                }
                if (fault == 3) {
                    timedOutAfterPosting.incrementAndGet();
                    pause(2_500);
                }
                respond(
                        exchange,
                        201,
                        "{\"data\":{\"id\":\"" + id + "\",\"text\":" + JSON.writeValueAsString(text) + "}}");
            } finally {
                inFlight.decrementAndGet();
            }
        }

        private static void respond(HttpExchange exchange, int status, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        }

        private static void pause(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
