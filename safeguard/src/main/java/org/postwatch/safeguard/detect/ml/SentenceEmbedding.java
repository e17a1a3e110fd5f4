package org.postwatch.safeguard.detect.ml;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.postwatch.safeguard.detect.offensive.OffensiveDetector;
import org.postwatch.safeguard.engine.AnalysedText;
import org.postwatch.safeguard.engine.Blank;
import org.postwatch.safeguard.engine.Category;
import org.postwatch.safeguard.engine.CheckContext;
import org.postwatch.safeguard.engine.Finding;
import org.postwatch.safeguard.engine.Span;

/**
 * The sentence embedding the on-device heads read: what the model reads of a post (see {@link
 * #textForModel(AnalysedText)}) embedded by one model, computed at most once per check and shared through {@link
 * AnalysedText#shared}. One model ships, bge-small-en-v1.5 (quantised, {@link #shipped()}): the implicit-abuse
 * classifier and every meaning head read the same embedding, so a check runs the model at most once (round 10 moved
 * the classifier to bge because it separates abuse from heated or sensitive talk better than all-MiniLM-L6-v2; round
 * 11 moved the meaning heads too, so that a check no longer runs two models). Heads must share one instance: the
 * value is stored under this instance's key for the check, so two instances run the model twice. Thread-safe when the embedder is.
 */
public final class SentenceEmbedding {

    /**
     * The most the model reads of one post: a full 280-character post, and a little more so that a window can end on a
     * word. The model's cost grows with length (280 characters take about 8 ms, 1,000 about 16), so a longer post is
     * judged on one window of this size (see {@link #textForModel(AnalysedText)}); the rules still read all of it.
     */
    public static final int MAX_CHARACTERS = 300;

    private final AnalysedText.Key<float[]> key;
    private final Function<String, float[]> embedder;
    private final OffensiveDetector cues = new OffensiveDetector();

    /** An embedding from {@code embedder} (a stand-in in tests and training). */
    public SentenceEmbedding(Function<String, float[]> embedder) {
        this.key = AnalysedText.Key.named("sentence-embedding");
        this.embedder = Objects.requireNonNull(embedder, "embedder");
    }

    /** The shipped model, bge-small-en-v1.5 (quantised): loading it takes a few seconds. */
    public static SentenceEmbedding shipped() {
        return new SentenceEmbedding(defaultEmbedder());
    }

    /**
     * bge-small-en-v1.5 (quantised) as a function from text to a unit-length 384-value embedding: the model file from
     * langchain4j's jar, run directly on ONNX Runtime with its last layer computed for the [CLS] row only (session 22,
     * {@link BgeSmallEncoder}: the same embedding up to quantisation, about 7% less model time).
     */
    public static Function<String, float[]> defaultEmbedder() {
        return BgeSmallEncoder.load();
    }

    /** Any langchain4j embedding model as a function from text to a unit-length embedding (the trainers compare). */
    public static Function<String, float[]> of(EmbeddingModel model) {
        Objects.requireNonNull(model, "model");
        return text -> normalised(model.embed(text).content().vector());
    }

    /** The embedding of what the model reads of {@code text}: computed on the first call of a check, then shared. */
    public float[] of(AnalysedText text) {
        return text.shared(key, original -> embedder.apply(textForModel(text)));
    }

    /** The embedding of a text as given, without choosing a window (training, scoring a window already chosen). */
    public float[] ofRead(String read) {
        return embedder.apply(read);
    }

    /** What the model reads of a post: see {@link #textForModel(AnalysedText)}. */
    public String textForModel(String text) {
        return textForModel(AnalysedText.of(text));
    }

    /**
     * What the model reads of a post: without its swear words when they are all it has of the offensive rules'
     * findings (swearing aimed at no one); then the trimmed text when it is at most {@value #MAX_CHARACTERS} characters long;
     * otherwise the window of at most that many characters, cut at a sentence end or a word, that holds the most starts of the
     * offensive rules' cue phrases (the first such window when several tie; the opening when there are none).
     */
    public String textForModel(AnalysedText text) {
        // Round 18: swearing aimed at no one is reported on its own (PROFANITY); every head reads the rest of the post
        // without it, so that "Lmao, f***ing hilarious" is not read as abuse for its swear word. One model run per
        // post.
        List<Finding> ruled = cues.detect(text, CheckContext.defaults());
        if (!ruled.isEmpty() && ruled.stream().allMatch(f -> f.category() == Category.PROFANITY)) {
            return window(AnalysedText.of(without(text.original(), ruled)));
        }
        return window(text);
    }

    /** The post with the findings' spans taken out, and the spaces they leave closed up. */
    static String without(String text, List<Finding> findings) {
        List<Span> spans = findings.stream()
                .map(Finding::span)
                .sorted(java.util.Comparator.comparingInt(Span::start))
                .toList();
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (Span s : spans) {
            if (s.start() > at) {
                out.append(text, at, s.start());
            }
            at = Math.max(at, s.end());
        }
        out.append(text, Math.min(at, text.length()), text.length());
        return out.toString().replaceAll("[ \\t]{2,}", " ");
    }

    private String window(AnalysedText text) {
        String original = text.original();
        Span post = trimmed(original);
        int from = post.start();
        int to = post.end();
        if (to - from <= MAX_CHARACTERS) {
            return original.substring(from, to);
        }
        int[] starts = cues.cueStarts(text);
        int best = from;
        int bestCount = 0;
        // Windows start at the text's start or at the word of a cue; each counts the cue starts in
        // [start, start + MAX_CHARACTERS). Starts only grow, so two indexes walk the sorted cues once.
        int lo = 0;
        int hi = 0;
        for (int i = -1; i < starts.length; i++) {
            int start = i < 0 ? from : wordStart(original, Math.max(from, starts[i]), from);
            while (lo < starts.length && starts[lo] < start) {
                lo++;
            }
            hi = Math.max(hi, lo);
            while (hi < starts.length && starts[hi] < start + MAX_CHARACTERS) {
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

    /** {@code v} scaled to unit length (all zeros stays all zeros). */
    public static float[] normalised(float[] v) {
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

    /** The fewest characters, after trimming, that a model reads: shorter posts are left to the rules. */
    public static final int MIN_CHARACTERS = 3;

    /**
     * The post without what shows nothing at either end (whitespace, no-break spaces, zero-width characters:
     * {@link Blank}), as a span of the original text. A post of only those is empty here, and the models leave it
     * alone: the tokenizer reads no words in it, and the model cannot run on none.
     */
    public static Span trimmed(String original) {
        int start = 0;
        int end = original.length();
        while (start < end && Blank.isBlank(original.charAt(start))) {
            start++;
        }
        while (end > start && Blank.isBlank(original.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }
}
