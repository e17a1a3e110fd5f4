package org.postwatch.bench;

import com.github.houbb.sensitive.word.bs.SensitiveWordBs;
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
import org.postwatch.safeguard.detect.offensive.OffensiveDetector;
import org.postwatch.safeguard.detectors.Detectors;
import org.postwatch.safeguard.engine.CheckContext;
import org.postwatch.safeguard.engine.Finding;
import org.postwatch.safeguard.engine.SafeguardEngine;
import org.postwatch.safeguard.engine.SafeguardReport;

/**
 * Rules-only checks of a typical post and of large inputs, and, on the same texts, our offensive-lexicon stage
 * side by side with houbb sensitive-word (its default word list, mostly Chinese, plus English).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
@Threads(1)
public class SafeguardBenchmark {

    /** 280 characters: a full-length post with a little of everything. */
    static final String POST_280 = ("Officers in Stroud arrested two men after a burglary on Elm Road last night. "
                    + "Thanks to everyone who called 101. Our dog unit PD Max tracked them across three gardens - "
                    + "good lad! If you have CCTV or dashcam footage please get in touch quoting incident 123 of "
                    + "today. Stay safe and lock up.")
            .substring(0, 280);

    @Param({"post280", "offensive280", "prose64k", "adversarial64k"})
    public String input;

    private String text;
    private SafeguardEngine engine;
    private OffensiveDetector offensive;
    private SensitiveWordBs sensitiveWord;
    private final CheckContext context = CheckContext.defaults();

    @Setup
    public void setUp() {
        text = input(input);
        engine = Detectors.defaultEngine();
        offensive = new OffensiveDetector();
        sensitiveWord = SensitiveWordBs.newInstance().init();
    }

    /** The named benchmark input. */
    static String input(String name) {
        return switch (name) {
            case "post280" -> POST_280;
            case "offensive280" ->
                ("Get lost you f.u.c.k.i.n.g idiot, people like that should be locked up for good. "
                                + "Sh1t driving on the A38 again - what a w@nker. "
                                + POST_280)
                        .substring(0, 280);
            case "prose64k" -> repeatTo(POST_280 + " ", 65_536);
            case "adversarial64k" -> repeatTo("f.u.c.k c u n t \u200Bkill all muslims raid tomorrow at 6am ", 65_536);
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static String repeatTo(String unit, int length) {
        return unit.repeat(length / unit.length() + 1).substring(0, length);
    }

    /** The whole engine, every registered detector, default policy. */
    @Benchmark
    public SafeguardReport engineCheck() {
        return engine.check(text, context);
    }

    /** Our lexicon stage: folding, Aho-Corasick lexicon and cue rules. */
    @Benchmark
    public List<Finding> offensiveLexiconStage() {
        return offensive.detect(text, context);
    }

    /** houbb sensitive-word, default configuration, finding all words. */
    @Benchmark
    public List<String> sensitiveWordFindAll() {
        return sensitiveWord.findAll(text);
    }
}
