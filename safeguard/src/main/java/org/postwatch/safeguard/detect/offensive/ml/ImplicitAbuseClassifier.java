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
 * exactly what a police account publishes and what such a model confuses with abuse. It reads at most {@value
 * #MAX_CHARACTERS} characters: a longer post is judged on the stretch where the offensive rules' cue words (groups,
 * dehumanising words, threats) are densest, so that every check stays within the model's cost for one full post.
 *
 * <p>Built by {@code Detectors.withClassifier(policy)}; loading the model takes a few seconds, so build one and
 * share it. Thread-safe.
 */
public final class ImplicitAbuseClassifier implements Detector {

    public static final String RULE = "offensive.implicit-abuse";
    static final String HEAD = "org/postwatch/safeguard/detect/offensive/ml/implicit-abuse-head.txt";

    /**
     * The most the model reads of one post: a full 280-character post, and a little more so that a window can end on a
     * word. The model's cost grows with length (280 characters take about 8 ms, 1,000 about 16), so a longer post is
     * judged on one window of this size (see {@link #textForModel(AnalysedText)}); the rules still read all of it.
     */
    public static final int MAX_CHARACTERS = 300;

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
        double p = score(textForModel(text));
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

    /** What the model reads of a post: see {@link #textForModel(AnalysedText)}. */
    public String textForModel(String text) {
        return textForModel(AnalysedText.of(text));
    }

    /**
     * What the model reads of a post: the trimmed text when it is at most {@value #MAX_CHARACTERS} characters long;
     * otherwise the window of at most that many characters, cut at a sentence end or a word, that holds the most starts of the
     * offensive rules' cue phrases (the first such window when several tie; the opening when there are none).
     */
    public String textForModel(AnalysedText text) {
        String original = text.original();
        int from = 0;
        int to = original.length();
        while (from < to && Character.isWhitespace(original.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(original.charAt(to - 1))) {
            to--;
        }
        if (to - from <= MAX_CHARACTERS) {
            return original.substring(from, to);
        }
        int[] cues = rules.cueStarts(text);
        int best = from;
        int bestCount = 0;
        // Windows start at the text's start or at the word of a cue; each counts the cue starts in
        // [start, start + MAX_CHARACTERS). Starts only grow, so two indexes walk the sorted cues once.
        int lo = 0;
        int hi = 0;
        for (int i = -1; i < cues.length; i++) {
            int start = i < 0 ? from : wordStart(original, Math.max(from, cues[i]), from);
            while (lo < cues.length && cues[lo] < start) {
                lo++;
            }
            hi = Math.max(hi, lo);
            while (hi < cues.length && cues[hi] < start + MAX_CHARACTERS) {
                hi++;
            }
            if (hi - lo > bestCount) {
                bestCount = hi - lo;
                best = start;
            }
        }
        if (to - best < MAX_CHARACTERS) { // the window reaches the end: read a full window that ends there
            int start = to - MAX_CHARACTERS;
            while (start < best && !Character.isWhitespace(original.charAt(start - 1))) {
                start++;
            }
            best = start;
        }
        int end = Math.min(to, best + MAX_CHARACTERS);
        if (end < to) {
            end = cutAt(original, best, end);
        }
        return original.substring(best, end).strip();
    }

    /**
     * Where to end a window that would end at {@code end}: after the last sentence in its second half, or else at the
     * last word boundary; a single word of the window's length is cut where it must be.
     */
    private static int cutAt(String text, int start, int end) {
        for (int i = end - 1; i > start + (end - start) / 2; i--) {
            char c = text.charAt(i - 1);
            if (Character.isWhitespace(text.charAt(i)) && (c == '.' || c == '!' || c == '?' || c == '\n')) {
                return i;
            }
        }
        for (int i = end; i > start; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return end;
    }

    /** The start of the word around {@code at}: back to just after a whitespace character, but not before {@code floor}. */
    private static int wordStart(String text, int at, int floor) {
        int i = at;
        while (i > floor && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
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
