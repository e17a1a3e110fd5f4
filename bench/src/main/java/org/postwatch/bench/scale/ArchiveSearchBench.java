package org.postwatch.bench.scale;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;
import org.postwatch.archive.ArchiveQuery;
import org.postwatch.archive.SearchResults;
import org.postwatch.archive.domain.ArchiveSearchQueries;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.StaffId;
import org.postwatch.platform.Tenancy;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Search latency at scale: fills an embedded PostgreSQL with archive records (one million by default, 90% in one
 * force, spread over three years and stored in the order they happened, as records are kept when they happen) and times the application's own search query ({@link ArchiveSearchQueries}: a page of 20 newest first with
 * snippets, and the capped count) for common, medium and rare words, phrases and filters. Run by hand; see
 * docs/benchmarks.md. The data stays in target/bench-archive, so a second run skips the load.
 */
public final class ArchiveSearchBench {

    private static final String REAL_WORDS = String.join(
            " ",
            "police officers please call information thank today area team local community appeal road town",
            "people public help incident report safe night weekend centre officer support anyone contact",
            "vehicle car driver arrested man woman street station patrol residents school children week",
            "collision closed traffic missing found seen last burglary theft property stolen damage",
            "drugs warrant seized cash court charged magistrates assault suspect investigation enquiries",
            "scam fraud bank phone online elderly victims crime prevention advice neighbourhood surgery",
            "dog unit handler tracked garden shed search trained puppy retired licence football match",
            "fans stadium festival event parking speed camera checks motorists drink drive christmas",
            "summer bike bicycle cycle lights helmet park playground litter graffiti antisocial behaviour",
            "youth engagement cadets volunteers specials recruitment careers apply training course",
            "knife crime amnesty bins weapons surrender safety awareness campaign domestic abuse helpline",
            "fireworks bonfire halloween trick treat sheep livestock rural farm tractor quad poaching",
            "wildlife heritage church lead roof metal cable railway trespass level crossing river flood",
            "weather snow ice fog storm tree fallen power outage diversion bus service train rail",
            "catalytic converter van tools shop lifting retail security guard cctv footage image released",
            "doorbell camera ring neighbourhood watch meeting village hall parish council mp visit",
            "hate incident racist abuse support victims equality diversity pride march parade remembrance",
            "memorial service wreath laying veterans armed forces day poppy appeal charity fundraising",
            "bake sale marathon run cycle ride sponsor raised donated hospital hospice food bank");

    private static final List<String> ACCOUNTS = List.of(
            "@GlosPolice",
            "@GlosPoliceDogs",
            "@StroudPolice",
            "@CheltPolice",
            "@GloucesterCops",
            "@TewkesburyCops",
            "@ForestPolice",
            "@CotswoldPolice",
            "@GlosRoadsPolicing",
            "@GlosPoliceRural",
            "@GlosSpecials",
            "@GlosPoliceCadets");

    public static void main(String[] args) throws Exception {
        int target = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        try (ConfigurableApplicationContext context = BenchApplication.start("target/bench-archive", false, true)) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            TransactionTemplate transactions = context.getBean(TransactionTemplate.class);
            ArchiveSearchQueries queries = context.getBean(ArchiveSearchQueries.class);
            Environment environment = context.getEnvironment();
            ForceId glo = force(jdbc, "GLO");
            ForceId sta = force(jdbc, "STA");
            List<UUID> authors = staff(jdbc, glo);

            long existing = Tenancy.asSystem(
                    () -> jdbc.sql("select count(*) from archive.record where record_id" + " like 'bench-%'")
                            .query(Long.class)
                            .single());
            if (existing < target) {
                // A bulk load is far faster without the GIN index; it is rebuilt as the migration defines it.
                asOwner(environment, "drop index if exists archive.archive_record_search_idx");
                load(jdbc, transactions, glo, sta, authors, (int) existing + 1, target);
                asOwner(
                        environment,
                        "set maintenance_work_mem = '512MB'",
                        "create index archive_record_search_idx on archive.record using gin (search)",
                        "vacuum archive.record");
            }
            // Fresh statistics, as autovacuum would gather them, with the migrations' statistics targets.
            asOwner(environment, "analyze archive.record");
            System.out.printf("archive.record holds %,d bench records; table and indexes: %s%n", target, size(jdbc));

            Map<String, Long> frequency = new LinkedHashMap<>();
            for (String term :
                    List.of("police", "information", "burglary", "catalytic", "wainwright", "w2400", "w2950")) {
                frequency.put(term, documentFrequency(jdbc, glo, term));
            }
            System.out.println("documents in the large force containing each term: " + frequency);

            LocalDate today = LocalDate.now();
            StaffId author = new StaffId(authors.getFirst());
            Map<String, IntFunction<ArchiveQuery>> scenarios = new LinkedHashMap<>();
            String[] common = {"police", "information", "officers", "please", "call"};
            String[] medium = {"burglary", "collision", "missing", "festival", "scam", "warrant", "cctv", "flood"};
            String[] rare = {"w2400", "w2450", "w2500", "w2550", "w2600", "w2650", "w2700", "w2750", "w2800", "w2950"};
            scenarios.put("common word", i -> ArchiveQuery.text(common[i % common.length]));
            scenarios.put("medium word", i -> ArchiveQuery.text(medium[i % medium.length]));
            scenarios.put("rare word", i -> ArchiveQuery.text(rare[i % rare.length]));
            scenarios.put("very rare word (wainwright)", i -> ArchiveQuery.text("wainwright"));
            scenarios.put(
                    "two common words",
                    i -> ArchiveQuery.text(common[i % common.length] + " " + common[(i + 1) % common.length]));
            scenarios.put("phrase \"missing person\"", i -> ArchiveQuery.text("\"missing " + "person\""));
            scenarios.put(
                    "common word + account",
                    i -> new ArchiveQuery(
                            common[i % common.length],
                            ACCOUNTS.get(i % ACCOUNTS.size()),
                            null,
                            null,
                            null,
                            null,
                            null,
                            null));
            scenarios.put(
                    "common word + author",
                    i -> new ArchiveQuery(common[i % common.length], null, author, null, null, null, null, null));
            scenarios.put(
                    "common word + last 30 days",
                    i -> new ArchiveQuery(
                            common[i % common.length], null, null, today.minusDays(30), today, null, null, null));
            scenarios.put(
                    "medium word + 2024 only",
                    i -> new ArchiveQuery(
                            medium[i % medium.length],
                            null,
                            null,
                            LocalDate.of(2024, 1, 1),
                            LocalDate.of(2024, 12, 31),
                            null,
                            null,
                            null));
            scenarios.put(
                    "common word + category CONTEMPT (0.5%)",
                    i -> new ArchiveQuery(common[i % common.length], null, null, null, null, null, "CONTEMPT", null));
            scenarios.put(
                    "common word + outcome BLOCK (1%)",
                    i -> new ArchiveQuery(common[i % common.length], null, null, null, null, "BLOCK", null, null));
            scenarios.put(
                    "rare word + account + dates",
                    i -> new ArchiveQuery(
                            rare[i % rare.length],
                            ACCOUNTS.get(i % ACCOUNTS.size()),
                            null,
                            today.minusYears(2),
                            today,
                            null,
                            null,
                            null));
            scenarios.put(
                    "no words: account + last 90 days",
                    i -> new ArchiveQuery(
                            null,
                            ACCOUNTS.get(i % ACCOUNTS.size()),
                            null,
                            today.minusDays(90),
                            today,
                            null,
                            null,
                            null));
            scenarios.put(
                    "common word, nothing matches the filters",
                    i -> new ArchiveQuery(
                            common[i % common.length], "@NoSuchAccount", null, null, null, null, null, null));

            System.out.println("warming up");
            for (var scenario : scenarios.entrySet()) {
                time(transactions, queries, glo, scenario.getValue(), 5, false);
            }
            System.out.printf(
                    "%n| search | p50 ms | p95 ms | p99 ms | matches (last) | counts stopped |%n|---|---|---|---|---|---|%n");
            for (var scenario : scenarios.entrySet()) {
                report(scenario.getKey(), time(transactions, queries, glo, scenario.getValue(), iterations, false));
            }
            report(
                    "reviewer (published posts only), common word",
                    time(
                            transactions,
                            queries,
                            glo,
                            i -> ArchiveQuery.text(common[i % common.length]),
                            iterations,
                            true));
            report(
                    "reviewer (published posts only), rare word",
                    time(transactions, queries, glo, i -> ArchiveQuery.text(rare[i % rare.length]), iterations, true));
            report(
                    "common word, page 10",
                    time(
                            transactions,
                            queries,
                            glo,
                            i -> ArchiveQuery.text(common[i % common.length]),
                            iterations,
                            false,
                            10));
        }
    }

    record Timing(double[] millis, String matches, int countsStopped) {}

    private static Timing time(
            TransactionTemplate transactions,
            ArchiveSearchQueries queries,
            ForceId force,
            IntFunction<ArchiveQuery> query,
            int iterations,
            boolean publishedOnly) {
        return time(transactions, queries, force, query, iterations, publishedOnly, 1);
    }

    private static Timing time(
            TransactionTemplate transactions,
            ArchiveSearchQueries queries,
            ForceId force,
            IntFunction<ArchiveQuery> query,
            int iterations,
            boolean publishedOnly,
            int page) {
        double[] millis = new double[iterations];
        String matches = "";
        int stopped = 0;
        for (int i = 0; i < iterations; i++) {
            ArchiveQuery q = query.apply(i);
            long start = System.nanoTime();
            SearchResults results = Tenancy.asForce(
                    force, () -> transactions.execute(status -> queries.search(force, q, publishedOnly, page, 20)));
            millis[i] = (System.nanoTime() - start) / 1e6;
            matches = results.matchesText();
            stopped += results.countStopped() ? 1 : 0;
        }
        java.util.Arrays.sort(millis);
        return new Timing(millis, matches, stopped);
    }

    private static void report(String name, Timing timing) {
        System.out.printf(
                "| %s | %.1f | %.1f | %.1f | %s | %d of %d |%n",
                name,
                BenchApplication.percentile(timing.millis(), 50),
                BenchApplication.percentile(timing.millis(), 95),
                BenchApplication.percentile(timing.millis(), 99),
                timing.matches(),
                timing.countsStopped(),
                timing.millis().length);
    }

    private static void load(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            ForceId glo,
            ForceId sta,
            List<UUID> authors,
            int from,
            int to) {
        String authorArray = "array["
                + String.join(
                        ",", authors.stream().map(id -> "'" + id + "'::uuid").toList()) + "]";
        String accounts = "array["
                + String.join(",", ACCOUNTS.stream().map(a -> "'" + a + "'").toList()) + "]";
        String sql = """
                with v as (select string_to_array(:real, ' ')
                                  || array(select 'w' || n from generate_series(1, 3000) n) as words)
                insert into archive.record (id, force_id, record_type, record_id, version, account, author_staff_id,
                       author_name, occurred_at, title, content, metadata, outcome, categories, content_hash, kept_at)
                select gen_random_uuid(), f.force, f.type, 'bench-' || g, 1, (%s)[1 + floor(random() * 12)::int],
                       (%s)[1 + floor(random() * %d)::int], 'Bench Author', f.at,
                       case f.type when 'PUBLICATION_RECEIPT' then 'Published to X'
                                   when 'CHECK_DECISION' then 'Safeguard check: ' || f.outcome
                                   when 'REVIEW_DECISION' then 'Review decision: ' || f.outcome
                                   when 'INBOUND_MESSAGE' then 'Message from @someone'
                                   else 'Post, version 1' end,
                       (select string_agg(w.words[1 + floor(power(random(), 4)
                                                             * array_length(w.words, 1))::int], ' ')
                          from generate_series(1, 18 + (g %% 15)) s(i), v w)
                         || case when g %% 50000 = 7 then ' Wainwright' else '' end
                         || case when g %% 400 = 3 then ' missing person' else '' end,
                       '{}'::jsonb, f.outcome,
                       case when f.r < 0.05 then array['PERSONAL_DATA']
                            when f.r < 0.07 then array['OPERATIONAL_SECURITY']
                            when f.r < 0.075 then array['CONTEMPT']
                            else '{}'::text[] end,
                       sha256(convert_to(g::text, 'UTF8')), f.at
                  from generate_series(:from, :to) g
                  cross join lateral (
                      select case when g %% 10 = 0 then '%s'::uuid else '%s'::uuid end as force,
                             t.type,
                             case t.type when 'CHECK_DECISION' then
                                      case when random() < 0.01 then 'BLOCK' when random() < 0.1 then 'REVIEW'
                                           when random() < 0.2 then 'ADVISE' else 'ALLOW' end
                                  when 'REVIEW_DECISION' then 'APPROVED'
                                  when 'PUBLICATION_RECEIPT' then 'PUBLISHED'
                                  when 'INBOUND_MESSAGE' then 'RECEIVED'
                                  else 'SUBMITTED' end as outcome,
                             now() - interval '1095 days' * (1 - g::float8 / :total)
                                 + random() * interval '10 minutes' as at,
                             random() as r
                        from (select (array['POST_VERSION', 'POST_VERSION', 'POST_VERSION', 'CHECK_DECISION',
                                            'CHECK_DECISION', 'CHECK_DECISION', 'PUBLICATION_RECEIPT',
                                            'PUBLICATION_RECEIPT', 'REVIEW_DECISION', 'INBOUND_MESSAGE'])
                                     [1 + floor(random() * 10)::int] as type, g as seed) t) f
                """.formatted(accounts, authorArray, authors.size(), sta, glo);
        int batch = 50_000;
        long started = System.nanoTime();
        for (int start = from; start <= to; start += batch) {
            int end = Math.min(to, start + batch - 1);
            int first = start;
            Tenancy.asSystem(() -> transactions.executeWithoutResult(status -> jdbc.sql(sql)
                    .param("real", REAL_WORDS)
                    .param("from", first)
                    .param("to", end)
                    .param("total", to)
                    .update()));
            System.out.printf("loaded %,d records (%.0f s)%n", end, (System.nanoTime() - started) / 1e9);
        }
    }

    /** Runs maintenance as the table owner, as a database administrator would for a bulk load. */
    private static void asOwner(Environment environment, String... statements) throws Exception {
        try (Connection owner = DriverManager.getConnection(
                        environment.getRequiredProperty("spring.flyway.url"), "postwatch_owner", "");
                Statement sql = owner.createStatement()) {
            for (String statement : statements) {
                long start = System.nanoTime();
                sql.execute(statement);
                System.out.printf("%s: %.0f s%n", statement, (System.nanoTime() - start) / 1e9);
            }
        }
    }

    private static String size(JdbcClient jdbc) {
        return Tenancy.asSystem(() -> jdbc.sql("select pg_size_pretty(pg_total_relation_size('archive.record'))")
                .query(String.class)
                .single());
    }

    private static long documentFrequency(JdbcClient jdbc, ForceId force, String term) {
        return Tenancy.asForce(
                force,
                () -> jdbc.sql("select count(*) from archive.record_search r where"
                                + " r.force_id = ? and r.search @@ plainto_tsquery('english', ?)")
                        .params(force.value(), term)
                        .query(Long.class)
                        .single());
    }

    private static ForceId force(JdbcClient jdbc, String code) {
        return new ForceId(jdbc.sql("select id from identity.force where code = ?")
                .param(code)
                .query(UUID.class)
                .single());
    }

    private static List<UUID> staff(JdbcClient jdbc, ForceId force) {
        List<UUID> ids = new ArrayList<>(Tenancy.asSystem(
                () -> jdbc.sql("select id from identity.staff where" + " force_id = ? order by family_name")
                        .param(force.value())
                        .query(UUID.class)
                        .list()));
        if (ids.isEmpty()) {
            throw new IllegalStateException("No demo staff: start with an empty target/bench-archive");
        }
        return ids;
    }
}
