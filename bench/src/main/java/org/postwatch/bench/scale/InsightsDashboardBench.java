package org.postwatch.bench.scale;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postwatch.PostwatchApplication;
import org.postwatch.accounts.Accounts;
import org.postwatch.inbox.InboundCategory;
import org.postwatch.insights.domain.DemoHistory;
import org.postwatch.insights.domain.FactRepository;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.LondonTime;
import org.postwatch.platform.Tenancy;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Dashboard speed for a large force: starts the app (web server, demo users) on a throwaway embedded PostgreSQL, gives
 * Gloucestershire 300 more accounts and a year of generated facts at the scale of a large force (about 100k broadcast
 * posts, 100k replies, 115k checks and 500k inbound items), then times the dashboard pages, the API and the PDF over
 * HTTP as a signed-in reviewer. Run by hand (docs/benchmarks.md); never part of {@code ./mvnw verify}.
 */
public final class InsightsDashboardBench {

    public static void main(String[] args) throws Exception {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        String dataDir = "target/bench-insights";
        SpringApplication application = new SpringApplication(PostwatchApplication.class);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("server.port", "0");
        properties.put("postwatch.data-dir", dataDir);
        properties.put("postwatch.embedded-database.ephemeral", "true");
        properties.put("postwatch.demo.enabled", "true");
        properties.put("logging.level.root", "warn");
        properties.put("spring.main.banner-mode", "off");
        properties.put("postwatch.audit.signing-key", BenchKey.load(dataDir));
        try (ConfigurableApplicationContext context = application.run(properties.entrySet().stream()
                .map(p -> "--" + p.getKey() + "=" + p.getValue())
                .toArray(String[]::new))) {
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            TransactionTemplate transactions = context.getBean(TransactionTemplate.class);
            ForceId glo = Tenancy.asSystem(() -> jdbc.sql("select id from identity.force where code = 'GLO'")
                    .query((rs, n) -> new ForceId(rs.getObject(1, UUID.class)))
                    .single());

            long started = System.nanoTime();
            Tenancy.asForce(
                    glo,
                    () -> transactions.executeWithoutResult(status -> {
                        addAccounts(jdbc, glo, 300);
                        var accounts = context.getBean(Accounts.class).all();
                        context.getBean(DemoHistory.class)
                                .generate(
                                        glo,
                                        "BENCH",
                                        accounts,
                                        LocalDate.now().minusMonths(12),
                                        LocalDate.now().minusDays(1));
                        addInbound(
                                context.getBean(FactRepository.class),
                                glo,
                                accounts.stream().map(a -> a.id().value()).toList());
                    }));
            System.out.printf("Generated in %.1f s%n", (System.nanoTime() - started) / 1e9);
            Tenancy.asSystem(() -> {
                for (String table : List.of("publication_day", "check_day", "review_day", "inbound_day")) {
                    Map<String, Object> row = jdbc.sql("select count(*) n, coalesce(sum("
                                    + switch (table) {
                                        case "publication_day" -> "broadcasts + replies";
                                        case "check_day" -> "case when category = '' then checks else 0 end";
                                        case "review_day" -> "decisions";
                                        default -> "received";
                                    }
                                    + "), 0) total from insights." + table + " where force_id = ?")
                            .param(glo.value())
                            .query()
                            .singleRow();
                    System.out.printf("%-16s %,9d rows, %,10d counted%n", table, row.get("n"), row.get("total"));
                }
            });

            HttpClient http = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            String base = "http://localhost:" + port;
            signIn(http, base, Path.of(dataDir, "demo-credentials.txt"), "glo.reviewer");
            String token = column(Path.of(dataDir, "demo-credentials.txt"), "glo.reviewer", 4);
            String inspectorToken = column(Path.of(dataDir, "demo-credentials.txt"), "glo.inspector", 4);

            Map<String, HttpRequest> requests = new LinkedHashMap<>();
            requests.put("page /insights 12 months", get(base + "/insights?period=12m", null));
            requests.put("page /insights quarter", get(base + "/insights?period=quarter", null));
            requests.put("page /insights 30 days", get(base + "/insights?period=30d", null));
            requests.put("page /insights/accounts 12 months", get(base + "/insights/accounts?period=12m", null));
            requests.put(
                    "page /insights/accounts unit, 12 months",
                    get(
                            base + "/insights/accounts?period=12m&unit="
                                    + URLEncoder.encode("Unit 7", StandardCharsets.UTF_8),
                            null));
            requests.put("htmx partial /insights 12 months", get(base + "/insights?period=12m", "htmx"));
            requests.put("API dashboard 12 months", get(base + "/api/v1/insights/dashboard?period=12m", token));
            requests.put(
                    "API inspection 12 months", get(base + "/api/v1/insights/inspection?period=12m", inspectorToken));
            requests.put("PDF report 12 months", get(base + "/insights/report.pdf?period=12m", null));

            System.out.printf(
                    "%n%-40s %8s %8s %8s %8s %10s%n", "request", "p50 ms", "p95 ms", "max ms", "mean ms", "bytes");
            for (var entry : requests.entrySet()) {
                for (int i = 0; i < 5; i++) {
                    send(http, entry.getValue());
                }
                double[] times = new double[iterations];
                int bytes = 0;
                for (int i = 0; i < iterations; i++) {
                    long t = System.nanoTime();
                    bytes = send(http, entry.getValue());
                    times[i] = (System.nanoTime() - t) / 1e6;
                }
                double mean = Arrays.stream(times).average().orElse(0);
                Arrays.sort(times);
                System.out.printf(
                        "%-40s %8.0f %8.0f %8.0f %8.0f %10d%n",
                        entry.getKey(),
                        BenchApplication.percentile(times, 50),
                        BenchApplication.percentile(times, 95),
                        times[times.length - 1],
                        mean,
                        bytes);
            }
        }
    }

    private static void addAccounts(JdbcClient jdbc, ForceId force, int count) {
        String[] channels = {"X", "FACEBOOK", "INSTAGRAM", "NEXTDOOR"};
        String[][] objectives = {
            {"ENGAGEMENT", "REASSURANCE"},
            {"CRIME_PREVENTION", "APPEAL_FOR_INFORMATION"},
            {"ROAD_SAFETY"},
            {"RECRUITMENT"}
        };
        Instant now = Instant.now();
        for (int i = 0; i < count; i++) {
            String kind = i < 10 ? "CORPORATE" : i < 160 ? "TEAM" : "INDIVIDUAL";
            jdbc.sql("""
                            insert into accounts.account (id, force_id, channel, handle, display_name, kind, purpose,
                                objectives, owning_unit, asset_owner_id, status, status_changed_at, registered_at)
                            values (?, ?, ?, ?, ?, ?, 'Benchmark account', ?::text[], ?, ?, 'ACTIVE', ?, ?)
                            """)
                    .params(
                            UUID.randomUUID(),
                            force.value(),
                            channels[i % channels.length],
                            "@BenchAccount" + i,
                            "Bench account " + i,
                            kind,
                            "{" + String.join(",", objectives[i % objectives.length]) + "}",
                            "Unit " + (i % 40),
                            UUID.randomUUID(),
                            Timestamp.from(now),
                            Timestamp.from(now))
                    .update();
        }
    }

    /** About 500,000 items over the year: 4.6 a day per account, most answered, a few escalated or late. */
    private static void addInbound(FactRepository facts, ForceId force, List<UUID> accounts) {
        Random random = new Random(42);
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> categories = new ArrayList<>();
        LocalDate today = LocalDate.now(LondonTime.ZONE);
        InboundCategory[] kinds = InboundCategory.values();
        for (LocalDate day = today.minusMonths(12); day.isBefore(today); day = day.plusDays(1)) {
            long[] byCategory = new long[kinds.length];
            long[] escalatedByCategory = new long[kinds.length];
            for (UUID account : accounts) {
                int received = poisson(random, 4.6);
                long answered = 0, replied = 0, seconds = 0, withinHour = 0, late = 0, escalated = 0, breached = 0;
                for (int i = 0; i < received; i++) {
                    int category = random.nextInt(kinds.length);
                    byCategory[category]++;
                    if (random.nextDouble() < 0.88) {
                        answered++;
                        replied += random.nextDouble() < 0.6 ? 1 : 0;
                        long took = (long) (-Math.log(1 - random.nextDouble()) * 7200);
                        seconds += took;
                        withinHour += took <= 3600 ? 1 : 0;
                        late += took > 4 * 3600 ? 1 : 0;
                    } else {
                        breached++;
                    }
                    if (category <= 2 && random.nextDouble() < 0.3) {
                        escalated++;
                        escalatedByCategory[category]++;
                    }
                }
                if (received > 0) {
                    rows.add(new Object[] {
                        day, account, received, answered, replied, seconds, withinHour, late, escalated, breached
                    });
                }
            }
            for (int c = 0; c < kinds.length; c++) {
                categories.add(new Object[] {day, kinds[c].name(), byCategory[c], escalatedByCategory[c]});
            }
        }
        facts.addInbounds(force, rows);
        facts.addInboundCategories(force, categories);
    }

    private static int poisson(Random random, double mean) {
        double limit = Math.exp(-mean);
        double p = 1;
        int k = 0;
        do {
            k++;
            p *= random.nextDouble();
        } while (p > limit);
        return k - 1;
    }

    private static String column(Path credentials, String username, int column) throws Exception {
        return Files.readAllLines(credentials).stream()
                .filter(line -> !line.startsWith("#"))
                .map(line -> line.split("\t"))
                .filter(parts -> parts[2].equals(username))
                .findFirst()
                .orElseThrow()[column];
    }

    private static void signIn(HttpClient http, String base, Path credentials, String username) throws Exception {
        String login = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the sign-in page");
        }
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(column(credentials, username, 3), StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 302
                || response.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("Sign-in failed: " + response.statusCode());
        }
    }

    private static HttpRequest get(String url, String tokenOrHtmx) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        if ("htmx".equals(tokenOrHtmx)) {
            b.header("HX-Request", "true");
        } else if (tokenOrHtmx != null) {
            b.header("Authorization", "Bearer " + tokenOrHtmx);
        }
        return b.build();
    }

    private static int send(HttpClient http, HttpRequest request) throws Exception {
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
        }
        return response.body().length;
    }
}
