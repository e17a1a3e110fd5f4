package org.postwatch.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.postwatch.safeguard.detectors.Detectors;
import org.postwatch.safeguard.engine.CheckContext;
import org.postwatch.safeguard.engine.Policy;
import org.postwatch.safeguard.engine.SafeguardEngine;
import org.postwatch.safeguard.engine.SafeguardReport;

/**
 * A check with the optional implicit-abuse classifier: every detector plus the MiniLM embedding and the head. The
 * posts here have no offensive words, so the model always runs (it is skipped when the word rules already flag a
 * post).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ClassifierBenchmark {

    @Param({"post280", "implicit120"})
    public String input;

    private String text;
    private SafeguardEngine engine;
    private final CheckContext context = CheckContext.defaults();

    @Setup
    public void setUp() {
        text = switch (input) {
            case "post280" -> SafeguardBenchmark.POST_280;
            case "implicit120" ->
                "People like that should never have been let into this country. They bring nothing"
                        + " but trouble wherever they go.";
            default -> throw new IllegalArgumentException(input);
        };
        engine = Detectors.withClassifier(Policy.defaultPolicy());
    }

    @Benchmark
    public SafeguardReport engineCheckWithClassifier() {
        return engine.check(text, context);
    }
}
