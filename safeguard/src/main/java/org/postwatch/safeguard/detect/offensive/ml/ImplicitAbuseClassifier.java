package org.postwatch.safeguard.detect.offensive.ml;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.postwatch.safeguard.detect.ml.LogisticHead;
import org.postwatch.safeguard.detect.ml.SentenceEmbedding;
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
 * let in"): the post is embedded with a quantised bge-small-en-v1.5 sentence model (inside a langchain4j jar, run
 * by ONNX Runtime, no network) and scored by a logistic-regression head trained on the development set and the
 * project's own labelled text (see docs/safeguard-detectors.md). It stays quiet when the offensive word and cue rules
 * have already flagged the post, so their precise highlights are kept; when the post speaks against hate or about
 * policing it (the rules' counter-speech cues: "report hate crime", "Pride month", "arrested"), because posts about
 * protected groups are exactly what a police account publishes and what such a model confuses with abuse; and when it
 * gives the public safety advice ("talk to us", "slow down"). It reads at most {@value
 * #MAX_CHARACTERS} characters: a longer post is judged on the stretch where the offensive rules' cue words (groups,
 * dehumanising words, threats) are densest, so that every check stays within the model's cost for one full post.
 *
 * <p>{@code OnDeviceModels} gives it the {@link SentenceEmbedding} instance the meaning heads read, so a check runs
 * the model once; built alone (the no-argument constructor) it loads a model of its own, which takes a few seconds,
 * so build one and share it. Thread-safe.
 */
public final class ImplicitAbuseClassifier implements Detector {

    public static final String RULE = "offensive.implicit-abuse";
    static final String HEAD = "org/postwatch/safeguard/detect/offensive/ml/implicit-abuse-head.txt";

    /** The most the model reads of one post: see {@link SentenceEmbedding#MAX_CHARACTERS}. */
    public static final int MAX_CHARACTERS = SentenceEmbedding.MAX_CHARACTERS;

    private final SentenceEmbedding embedding;
    private final LogisticHead head;
    private final OffensiveDetector rules = new OffensiveDetector();

    /** The shipped model and head. */
    public ImplicitAbuseClassifier() {
        this(SentenceEmbedding.shipped(), shippedHead());
    }

    /** Another embedder (tests, training) and head. */
    public ImplicitAbuseClassifier(Function<String, float[]> embedder, LogisticHead head) {
        this(new SentenceEmbedding(embedder), head);
    }

    /** An embedding shared with other heads, and a head. */
    public ImplicitAbuseClassifier(SentenceEmbedding embedding, LogisticHead head) {
        this.embedding = Objects.requireNonNull(embedding, "embedding");
        this.head = Objects.requireNonNull(head, "head");
    }

    /** The shipped head. */
    public static LogisticHead shippedHead() {
        return LogisticHead.load(HEAD);
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
        if (defers(text, context)) {
            return List.of();
        }
        Span span = SentenceEmbedding.trimmed(text.original());
        if (span.length() < SentenceEmbedding.MIN_CHARACTERS) {
            return List.of();
        }
        // Swearing aimed at no one is already reported: the embedding reads the post without it (SentenceEmbedding).
        double p = head.score(embedding.of(text));
        if (p < head.threshold()) {
            return List.of();
        }
        return List.of(new Finding(
                Category.OFFENSIVE,
                RULE,
                span,
                p >= head.high() ? Severity.HIGH : Severity.MEDIUM,
                Math.round(p * 100) / 100.0,
                "This reads as abusive or demeaning towards a group, even without offensive words.",
                "Ask a colleague to read it. Describe behaviour and facts, not what kind of people someone is."));
    }

    /** What the model reads of a post: see {@link SentenceEmbedding#textForModel(AnalysedText)}. */
    public String textForModel(String text) {
        return embedding.textForModel(text);
    }

    /** What the model reads of a post: see {@link SentenceEmbedding#textForModel(AnalysedText)}. */
    public String textForModel(AnalysedText text) {
        return embedding.textForModel(text);
    }

    /**
     * True when the classifier would not run the model on this post: the rules flagged it as offensive, or it is
     * counter-speech or safety advice. Swearing aimed at no one ({@link Category#PROFANITY}) does not stop the model
     * reading the rest of the post ("their race doesn't mean sh*t").
     */
    public boolean defersToRules(String text) {
        return defers(AnalysedText.of(text), CheckContext.defaults());
    }

    private boolean defers(AnalysedText text, CheckContext context) {
        return rules.detect(text, context).stream().anyMatch(f -> f.category() == Category.OFFENSIVE)
                || rules.notForTheClassifier(text);
    }

    /** The head's probability that {@code text} (read as given, no window chosen) is abusive. */
    public double score(String text) {
        return head.score(embedding.ofRead(text));
    }
}
