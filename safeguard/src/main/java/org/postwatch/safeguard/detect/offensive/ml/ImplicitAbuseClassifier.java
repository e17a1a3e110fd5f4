package org.postwatch.safeguard.detect.offensive.ml;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.postwatch.safeguard.detect.offensive.OffensiveDetector;
import org.postwatch.safeguard.engine.AnalysedText;
import org.postwatch.safeguard.engine.Category;
import org.postwatch.safeguard.engine.CheckContext;
import org.postwatch.safeguard.engine.Detector;
import org.postwatch.safeguard.engine.Finding;
import org.postwatch.safeguard.engine.Severity;
import org.postwatch.safeguard.engine.Span;

/**
 * Optional on-device classifier for abuse that uses no offensive words ("people like that should never have been
 * let in"): the post is embedded with a quantised all-MiniLM-L6-v2 sentence model (inside the langchain4j jar, run
 * by ONNX Runtime, no network) and scored by a logistic-regression head trained on the development set (see
 * docs/safeguard-detectors.md). It stays quiet when the offensive word and cue rules have already flagged the post,
 * so their precise highlights are kept, and when the post speaks against hate or about policing it (the rules'
 * counter-speech cues: "report hate crime", "Pride month", "arrested"), because posts about protected groups are
 * exactly what a police account publishes and what such a model confuses with abuse. It reads the first {@value
 * #MAX_CHARACTERS} characters only.
 *
 * <p>Built by {@code Detectors.withClassifier(policy)}; loading the model takes a few seconds, so build one and
 * share it. Thread-safe.
 */
public final class ImplicitAbuseClassifier implements Detector {

    public static final String RULE = "offensive.implicit-abuse";
    static final String HEAD = "org/postwatch/safeguard/detect/offensive/ml/implicit-abuse-head.txt";

    /**
     * Posts are short; a long text is judged on its opening (the model's cost grows with length: 280 characters take
     * about 8 ms, 1,000 about 16, and the model reads no more than 256 word pieces anyway), and the rules still read
     * all of it.
     */
    public static final int MAX_CHARACTERS = 1_000;

    private final Function<String, float[]> embedder;
    private final LogisticHead head;
    private final OffensiveDetector rules = new OffensiveDetector();

    /** The shipped model and head. */
    public ImplicitAbuseClassifier() {
        this(defaultEmbedder(), LogisticHead.load(HEAD));
    }

    /** Another embedder (tests, training) and head. */
    public ImplicitAbuseClassifier(Function<String, float[]> embedder, LogisticHead head) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.head = Objects.requireNonNull(head, "head");
    }

    /** The shipped sentence model as a function from text to a unit-length 384-value embedding. */
    public static Function<String, float[]> defaultEmbedder() {
        EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        return text -> normalised(model.embed(text).content().vector());
    }

    public LogisticHead head() {
        return head;
    }

    @Override
    public String name() {
        return "offensive.implicit-abuse-classifier";
    }

    @Override
    public Category category() {
        return Category.OFFENSIVE;
    }

    @Override
    public List<Finding> detect(String text, CheckContext context) {
        return detect(AnalysedText.of(text), context);
    }

    @Override
    public List<Finding> detect(AnalysedText text, CheckContext context) {
        if (!rules.detect(text, context).isEmpty() || rules.counterSpeech(text)) {
            return List.of();
        }
        String original = text.original();
        int start = 0;
        int end = original.length();
        while (start < end && Character.isWhitespace(original.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(original.charAt(end - 1))) {
            end--;
        }
        if (end - start < 3) {
            return List.of();
        }
        double p = score(textForModel(original));
        if (p < head.threshold()) {
            return List.of();
        }
        return List.of(new Finding(
                Category.OFFENSIVE,
                RULE,
                new Span(start, end),
                p >= head.high() ? Severity.HIGH : Severity.MEDIUM,
                Math.round(p * 100) / 100.0,
                "This reads as abusive or demeaning towards a group, even without offensive words.",
                "Ask a colleague to read it. Describe behaviour and facts, not what kind of people someone is."));
    }

    /** What the model reads of a post: trimmed, at most {@value #MAX_CHARACTERS} characters. */
    public static String textForModel(String text) {
        String trimmed = text.strip();
        return trimmed.length() <= MAX_CHARACTERS ? trimmed : trimmed.substring(0, MAX_CHARACTERS);
    }

    /** True when the classifier would not run the model on this post: the rules flagged it, or it is counter-speech. */
    public boolean defersToRules(String text) {
        AnalysedText analysed = AnalysedText.of(text);
        return !rules.detect(analysed, CheckContext.defaults()).isEmpty() || rules.counterSpeech(analysed);
    }

    /** The head's probability that {@code text} is abusive. */
    public double score(String text) {
        return head.score(embedder.apply(text));
    }

    static float[] normalised(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = norm == 0 ? 0 : (float) (v[i] / norm);
        }
        return out;
    }
}
