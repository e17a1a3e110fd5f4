package org.postwatch.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import org.postwatch.safeguard.detectors.Detectors;
import org.postwatch.safeguard.engine.AnalysedText;
import org.postwatch.safeguard.engine.CheckContext;
import org.postwatch.safeguard.engine.Detector;
import org.postwatch.safeguard.engine.SafeguardEngine;

/**
 * The engine's cost in CPU time of the checking thread, per check and per detector. On a machine shared with other
 * work JMH's wall-clock times mostly measure waiting for a core; the thread's own CPU time does not (though cache
 * and core sharing still inflate it: the minimum over batches is the least disturbed figure). Run:
 *
 * <pre>java -cp bench/target/benchmarks.jar org.postwatch.bench.CheckCpuTime [seconds per input]</pre>
 */
public final class CheckCpuTime {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CheckCpuTime() {}

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        SafeguardEngine engine = Detectors.defaultEngine();
        System.out.printf("%-16s %10s %10s %10s %10s%n", "input", "mean µs", "min µs", "median µs", "max µs");
        List<String> inputs = List.of("post280", "offensive280", "prose64k", "adversarial64k");
        for (String name : inputs) {
            measure(engine, SafeguardBenchmark.input(name), seconds); // warm-up: let the JIT finish first
        }
        for (String name : inputs) {
            String text = SafeguardBenchmark.input(name);
            double[] perCheck = measure(engine, text, seconds);
            Arrays.sort(perCheck);
            System.out.printf(
                    "%-16s %10.1f %10.1f %10.1f %10.1f%n",
                    name, mean(perCheck), perCheck[0], perCheck[perCheck.length / 2], perCheck[perCheck.length - 1]);
        }
        System.out.println();
        perDetector(SafeguardBenchmark.input("post280"), seconds);
    }

    /** CPU µs per check, averaged over batches so the timer's own cost does not count. */
    private static double[] measure(SafeguardEngine engine, String text, double seconds) {
        int batch = text.length() > 10_000 ? 1 : 200;
        CheckContext context = CheckContext.defaults();
        double[] samples = new double[100_000];
        int n = 0;
        long until = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < until && n < samples.length) {
            long start = THREADS.getCurrentThreadCpuTime();
            for (int i = 0; i < batch; i++) {
                // A fresh copy, as every real check gets: nothing may be cached from the previous check.
                engine.check(new String(text), context);
            }
            samples[n++] = (THREADS.getCurrentThreadCpuTime() - start) / 1000.0 / batch;
        }
        return Arrays.copyOf(samples, n);
    }

    private static void perDetector(String text, double seconds) {
        List<Detector> detectors = Detectors.defaults();
        CheckContext context = CheckContext.defaults();
        long[] cpu = new long[detectors.size()];
        long checks = 0;
        for (int round = 0; round < 2; round++) {
            Arrays.fill(cpu, 0);
            checks = 0;
            long until = System.nanoTime() + (long) (seconds * 1e9);
            while (System.nanoTime() < until) {
                // The first detector to ask pays for the shared views, as in a real check.
                for (int d = 0; d < detectors.size(); d++) {
                    long start = THREADS.getCurrentThreadCpuTime();
                    for (int i = 0; i < 100; i++) {
                        AnalysedText analysed = AnalysedText.of(text);
                        for (int e = 0; e < d; e++) {
                            detectors.get(e).detect(analysed, context);
                        }
                    }
                    cpu[d] -= THREADS.getCurrentThreadCpuTime() - start;
                    start = THREADS.getCurrentThreadCpuTime();
                    for (int i = 0; i < 100; i++) {
                        AnalysedText analysed = AnalysedText.of(text);
                        for (int e = 0; e <= d; e++) {
                            detectors.get(e).detect(analysed, context);
                        }
                    }
                    cpu[d] += THREADS.getCurrentThreadCpuTime() - start;
                }
                checks += 100;
            }
        }
        System.out.println(
                "post280, CPU µs added by each detector in engine order (shared views paid by the first to ask):");
        for (int d = 0; d < detectors.size(); d++) {
            System.out.printf("  %-32s %6.1f%n", detectors.get(d).name(), cpu[d] / 1000.0 / checks);
        }
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
