package org.postwatch.bench.scale;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.postwatch.archive.ArchiveQuery;
import org.postwatch.archive.domain.SearchPredicate;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.Tenancy;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Prints PostgreSQL's plans for archive searches against the benchmark data (run ArchiveSearchBench first). */
public final class ArchiveSearchExplain {

    public static void main(String[] args) {
        try (ConfigurableApplicationContext context = BenchApplication.start("target/bench-archive", false, true)) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            TransactionTemplate transactions = context.getBean(TransactionTemplate.class);
            ForceId glo = new ForceId(jdbc.sql("select id from identity.force where code = 'GLO'")
                    .query(UUID.class)
                    .single());
            java.time.LocalDate today = java.time.LocalDate.now();
            Map<String, ArchiveQuery> queries = new java.util.LinkedHashMap<>();
            for (String word : args) {
                queries.put(word, ArchiveQuery.text(word));
            }
            for (String word : new String[] {"police", "information", "officers", "please"}) {
                queries.put(
                        word + ", last 30 days",
                        new ArchiveQuery(word, null, null, today.minusDays(30), today, null, null, null));
                queries.put(
                        word + ", @StroudPolice",
                        new ArchiveQuery(word, "@StroudPolice", null, null, null, null, null, null));
                queries.put(
                        word + ", CONTEMPT", new ArchiveQuery(word, null, null, null, null, null, "CONTEMPT", null));
            }
            queries.put(
                    "burglary, 2024",
                    new ArchiveQuery(
                            "burglary",
                            null,
                            null,
                            java.time.LocalDate.of(2024, 1, 1),
                            java.time.LocalDate.of(2024, 12, 31),
                            null,
                            null,
                            null));
            for (var named : queries.entrySet()) {
                String word = named.getKey();
                Map<String, Object> params = new HashMap<>();
                String where = SearchPredicate.where(named.getValue(), false, "q_", params);
                params.put("force", glo.value());
                explain(
                        jdbc,
                        transactions,
                        glo,
                        "page: " + word,
                        "select r.id, r.occurred_at from archive.record_search r" + " where r.force_id = :force and "
                                + where + " order by r.occurred_at desc, r.id limit 21",
                        params);
                explain(
                        jdbc,
                        transactions,
                        glo,
                        "count: " + word,
                        "select count(*) from (select 1 from"
                                + " archive.record_search r where r.force_id = :force and " + where + " limit 1001) c",
                        params);
            }
        }
    }

    private static void explain(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            ForceId force,
            String title,
            String sql,
            Map<String, Object> params) {
        System.out.println("=== " + title);
        Tenancy.asForce(
                force,
                () -> transactions.executeWithoutResult(status -> jdbc.sql("explain (analyze, buffers, costs) " + sql)
                        .params(params)
                        .query(String.class)
                        .list()
                        .forEach(System.out::println)));
    }
}
