package org.postwatch.bench;

import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.postwatch.safeguard.detect.ml.OnDeviceModels;
import org.postwatch.safeguard.detect.ml.SentenceEmbedding;
import org.postwatch.safeguard.detectors.Detectors;
import org.postwatch.safeguard.engine.CheckContext;
import org.postwatch.safeguard.engine.Detector;
import org.postwatch.safeguard.engine.Policy;
import org.postwatch.safeguard.engine.SafeguardEngine;

/**
 * The check with the classifier, two ways in one JVM, in alternating short rounds: "langchain4j" runs bge-small through
 * langchain4j's own runner (every row of every layer; the way until session 22), "shipped" through
 * {@link SentenceEmbedding#shipped()} (the last layer for the [CLS] row only). Same rules, same heads.
 *
 * <p>Why not two JMH runs: on this shared machine the model's time can double for tens of seconds at a time, so two
 * runs minutes apart compare the neighbours, not the code. In rounds of a few checks each, alternating which goes
 * first, both see the same disturbance; the median of the per-round ratios is stable where each one's own figures
 * are not. Wall-clock time, because ONNX Runtime works on two threads. Run:
 *
 * <pre>java -cp bench/target/benchmarks.jar org.postwatch.bench.CompareEmbedders [input] [rounds]</pre>
 *
 * where {@code input} is {@code corpus} (each check the next of ClassifierBenchmark's 1,261 posts of our own) or one
 * of ClassifierBenchmark's single posts ({@code post280}, {@code benign280}, {@code implicit82}).
 */
public final class CompareEmbedders {

    private CompareEmbedders() {}

    public static void main(String[] args) {
        String input = args.length > 0 ? args[0] : "corpus";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        String[] texts = input.equals("corpus")
                ? ClassifierBenchmark.corpus().toArray(String[]::new)
                : new String[] {ClassifierBenchmark.text(input)};
        int perRound = input.equals("corpus") ? 20 : 5;

        List<Detector> rules = Detectors.defaults();
        SafeguardEngine langchain4j =
                engine(rules, new SentenceEmbedding(SentenceEmbedding.of(new BgeSmallEnV15QuantizedEmbeddingModel())));
        SafeguardEngine shipped = engine(rules, SentenceEmbedding.shipped());
        CheckContext context = CheckContext.defaults();

        // Warm-up: the JIT and ONNX Runtime's arenas, both engines, every text.
        long warmUntil = System.nanoTime() + 20_000_000_000L;
        int at = 0;
        while (System.nanoTime() < warmUntil) {
            langchain4j.check(texts[at % texts.length], context);
            shipped.check(texts[at % texts.length], context);
            at++;
        }

        double[] a = new double[rounds];
        double[] b = new double[rounds];
        double[] ratio = new double[rounds];
        int next = 0;
        for (int r = 0; r < rounds; r++) {
            int from = next;
            next = (next + perRound) % texts.length;
            if (r % 2 == 0) {
                a[r] = time(langchain4j, texts, from, perRound, context);
                b[r] = time(shipped, texts, from, perRound, context);
            } else {
                b[r] = time(shipped, texts, from, perRound, context);
                a[r] = time(langchain4j, texts, from, perRound, context);
            }
            ratio[r] = b[r] / a[r];
        }
        System.out.printf(
                "%s, %d rounds of %d checks each: langchain4j runner median %.2f ms/check, shipped median %.2f"
                        + " ms/check; shipped/langchain4j per round: median %.3f (quartiles %.3f-%.3f)%n",
                input,
                rounds,
                perRound,
                median(a),
                median(b),
                median(ratio),
                quantile(ratio, 0.25),
                quantile(ratio, 0.75));
    }

    private static SafeguardEngine engine(List<Detector> rules, SentenceEmbedding embedding) {
        List<Detector> detectors = new ArrayList<>(rules);
        detectors.addAll(OnDeviceModels.detectors(embedding, rules, OnDeviceModels.SHIPPED));
        return new SafeguardEngine(detectors, Policy.defaultPolicy());
    }

    /** Milliseconds per check over {@code count} texts from {@code from}. */
    private static double time(SafeguardEngine engine, String[] texts, int from, int count, CheckContext context) {
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            engine.check(texts[(from + i) % texts.length], context);
        }
        return (System.nanoTime() - start) / 1e6 / count;
    }

    private static double median(double[] values) {
        return quantile(values, 0.5);
    }

    private static double quantile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))];
    }
}
