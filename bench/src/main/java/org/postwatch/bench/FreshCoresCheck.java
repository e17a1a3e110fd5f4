package org.postwatch.bench;

import java.util.List;
import org.postwatch.safeguard.detectors.Detectors;
import org.postwatch.safeguard.engine.CheckContext;
import org.postwatch.safeguard.engine.Policy;
import org.postwatch.safeguard.engine.SafeguardEngine;

/**
 * The check with the classifier on two cores that are really there: the number a dedicated two-core server would give.
 *
 * <p>Why this exists (session 22): our shared build machine gives a process its two cores for about ten to twenty
 * seconds and then about one. The model alone on the 280-character post takes 8.5-10 ms a run for the first ten
 * seconds or so of two-core work and 16-18 ms after, and is back to 9 ms after half a minute idle; on one ONNX Runtime
 * thread it takes a steady 14-15 ms. {@link ClassifierBenchmark} needs about 30 seconds of warm-up (the JIT compiles the
 * rules late when they run only a hundred times a second), so on this machine it measures the throttled state.
 *
 * <p>This tool warms the JIT on one core (the rules alone, 20 seconds: the same detector classes), warms ONNX Runtime
 * briefly, rests 30 seconds, then measures each input with a 30-second rest before it: the corpus in one pass over
 * all its posts (about six seconds), a single post for {@value #MEASURE_SECONDS} seconds. Wall-clock time. Run:
 *
 * <pre>java -cp bench/target/benchmarks.jar org.postwatch.bench.FreshCoresCheck [input ...]</pre>
 *
 * with inputs as in {@link ClassifierBenchmark} ({@code corpus post280 benign280 implicit82} by default).
 */
public final class FreshCoresCheck {

    static final int MEASURE_SECONDS = 4;

    private FreshCoresCheck() {}

    public static void main(String[] args) throws InterruptedException {
        List<String> inputs = args.length > 0 ? List.of(args) : List.of("corpus", "post280", "benign280", "implicit82");
        CheckContext context = CheckContext.defaults();
        SafeguardEngine withModel = Detectors.withClassifier(Policy.defaultPolicy());
        SafeguardEngine rulesOnly = Detectors.engine(Policy.defaultPolicy());
        String[] corpus = ClassifierBenchmark.corpus().toArray(String[]::new);

        long until = System.nanoTime() + 20_000_000_000L;
        for (int i = 0; System.nanoTime() < until; i++) {
            rulesOnly.check(corpus[i % corpus.length], context);
            rulesOnly.check(ClassifierBenchmark.text(i % 2 == 0 ? "post280" : "benign280"), context);
        }
        for (int i = 0; i < 30; i++) {
            withModel.check(corpus[i], context);
        }
        for (String input : inputs) {
            Thread.sleep(30_000);
            String[] texts = input.equals("corpus") ? corpus : new String[] {ClassifierBenchmark.text(input)};
            // The corpus: one pass over every text (about six seconds); a single post: MEASURE_SECONDS of it.
            long start = System.nanoTime();
            long end = start + MEASURE_SECONDS * 1_000_000_000L;
            int n = 0;
            while (texts.length > 1 ? n < texts.length : System.nanoTime() < end) {
                withModel.check(texts[n % texts.length], context);
                n++;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%-10s %.2f ms per check (%d checks in %.1f s)%n", input, seconds * 1e3 / n, n, seconds);
        }
    }
}
