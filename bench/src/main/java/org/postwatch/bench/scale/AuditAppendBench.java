package org.postwatch.bench.scale;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.postwatch.audit.Actor;
import org.postwatch.audit.AuditAction;
import org.postwatch.audit.AuditTrail;
import org.postwatch.audit.AuditVerification;
import org.postwatch.audit.ChainReport;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.Tenancy;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Audit append throughput against the embedded PostgreSQL: each append is its own transaction, as a request's would
 * be. Threads share one force's chain (appends queue on its head row) or each have their own force. Then the chains
 * are verified. Run by hand; see docs/benchmarks.md.
 */
public final class AuditAppendBench {

    public static void main(String[] args) throws Exception {
        int appendsPerThread = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        try (ConfigurableApplicationContext context = BenchApplication.start("target/bench-audit", true, false)) {
            AuditTrail audit = context.getBean(AuditTrail.class);
            AuditVerification verification = context.getBean(AuditVerification.class);
            TransactionTemplate transactions = context.getBean(TransactionTemplate.class);
            System.out.println("warming up");
            run(audit, transactions, 2, 1000, false);
            System.out.printf("%-8s %-22s %10s %12s %14s%n", "threads", "chains", "appends", "seconds", "appends/s");
            for (int threads : new int[] {1, 2, 4, 8}) {
                for (boolean ownForce : new boolean[] {false, true}) {
                    Result result = run(audit, transactions, threads, appendsPerThread, ownForce);
                    System.out.printf(
                            "%-8d %-22s %10d %12.2f %14.0f%n",
                            threads,
                            ownForce ? "one per thread" : "one shared",
                            result.appends(),
                            result.seconds(),
                            result.appends() / result.seconds());
                }
            }
            // Once, after every run: verifying walks every chain from the start.
            for (ChainReport report : verification.verifyAllForces(List.of())) {
                if (!report.intact()) {
                    throw new IllegalStateException("Chain broken: " + report.firstBreak());
                }
            }
            System.out.println("every chain verified intact");
        }
    }

    record Result(long appends, double seconds) {}

    static Result run(AuditTrail audit, TransactionTemplate transactions, int threads, int each, boolean ownForce)
            throws Exception {
        ForceId shared = new ForceId(UUID.randomUUID());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            ForceId force = ownForce ? new ForceId(UUID.randomUUID()) : shared;
            int thread = t;
            done.add(pool.submit(() -> {
                for (int i = 0; i < each; i++) {
                    int n = i;
                    Tenancy.asForce(
                            force,
                            () -> transactions.executeWithoutResult(status -> audit.recordFor(
                                    force,
                                    Actor.named(UUID.randomUUID(), "PC Bench " + thread),
                                    AuditAction.of("post.submitted"),
                                    "post",
                                    UUID.randomUUID().toString(),
                                    null,
                                    Map.of("account", "@GlosPolice", "n", Integer.toString(n)))));
                }
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return new Result((long) threads * each, seconds);
    }
}
