package org.postwatch.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
import tools.jackson.databind.ObjectMapper;

/**
 * A check with the optional on-device model: every detector plus the bge-small-en-v1.5 embedding, the implicit-abuse
 * head and the meaning heads. The model runs once per check when any head reads the post (it is skipped only when
 * every head defers). The issue's target is 10 ms per post with the classifier enabled.
 *
 * <p>Session 22: {@code corpus} is the cost per post over many posts instead of one: each call checks the next of
 * 1,261 texts of our own (ordinary police posts and the check files of suite D and round 14:
 * posts with and without problems, 18 to 323 characters, mean 110), in a fixed order, round and round. The
 * 280-character inputs stay: they are the longest post X allows, and the longest the model reads in full.
 *
 * <p>Warm up for 30 seconds (the default here): a check with the model runs the rules only about a hundred times a
 * second, so the JIT compiles them late, and until it has, the interpreted rules add milliseconds. Session 22 saw
 * post280 at 24, 21, 14 and 12 ms in the first four two-second iterations and 9.6-9.8 ms from the fifth on.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 15, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ClassifierBenchmark {

    @Param({"benign180", "benign280", "implicit82", "post280", "long2000", "swear280", "corpus"})
    public String input;

    static final String BENIGN_280 = "Thank you to everyone who came to our open day at Cheltenham station on Sunday."
            + " Over 400 of you met our officers, sat in a response car and watched the dogs at work. The cadets ran"
            + " the tea stall and raised £312 for the air ambulance. We will be back in spring, so see you then!";

    /** The corpus files, beside this class in the benchmarks jar (bench/pom.xml copies them from the safeguard tests). */
    static final List<String> CORPUS_FILES = List.of(
            "benign-posts.txt",
            "own-suite-d-check.jsonl",
            "own-offensive-r14-check.jsonl",
            "own-opscon-r14-check.jsonl",
            "own-polcom-r14-check.jsonl");

    private String[] texts;
    private int next;
    private SafeguardEngine engine;
    private final CheckContext context = CheckContext.defaults();

    @Setup
    public void setUp() {
        texts = input.equals("corpus") ? corpus().toArray(String[]::new) : new String[] {text(input)};
        engine = Detectors.withClassifier(Policy.defaultPolicy());
    }

    /** The text of a single-post input. */
    static String text(String input) {
        return switch (input) {
            case "benign180" ->
                "Our dog unit will be at the Three Counties Show on Saturday - come and meet the dogs"
                        + " and their handlers. PD Max will be showing off his tracking skills from 11am.";
            // Implicit abuse the rules do not catch (round 3 made them catch "breed like rabbits").
            case "implicit82" -> "Women should stay at home and look after the children instead of joining the army.";
            // A full-length post the model reads.
            case "benign280" -> BENIGN_280;
            // A long Facebook-style post: the model reads one window of at most 300 characters.
            case "long2000" -> (BENIGN_280 + " ").repeat(8).substring(0, 2_000);
            // SafeguardBenchmark's ordinary 280-character appeal.
            case "post280" -> SafeguardBenchmark.POST_280;
            // Round 18: swearing aimed at no one (PROFANITY): the implicit-abuse model reads it without the swear word.
            case "swear280" ->
                "F*** me, what a shift. Three crashes on the A40 before midnight, a flooded underpass in Gloucester and"
                        + " a cow loose on the bypass at 2am. Huge thanks to the crews from Cheltenham and Stroud, the"
                        + " fire service and Highways. Home now for a brew. Drive carefully this morning, it is icy.";
            default -> throw new IllegalArgumentException(input);
        };
    }

    @Benchmark
    public SafeguardReport engineCheckWithClassifier() {
        String text = texts[next];
        next = next + 1 == texts.length ? 0 : next + 1;
        return engine.check(text, context);
    }

    /** Every text of the corpus files, in file order: a line of a .txt file (not a # comment), a .jsonl item's text. */
    static List<String> corpus() {
        ObjectMapper json = new ObjectMapper();
        List<String> out = new ArrayList<>();
        for (String file : CORPUS_FILES) {
            try (InputStream in = ClassifierBenchmark.class.getResourceAsStream("corpus/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("corpus file missing from the jar: " + file);
                }
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    out.add(
                            file.endsWith(".jsonl")
                                    ? json.readTree(line).get("text").asString()
                                    : line.strip());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}
