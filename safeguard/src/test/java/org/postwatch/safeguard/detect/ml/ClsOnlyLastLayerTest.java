package org.postwatch.safeguard.detect.ml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Session 22: the shipped model runs with its last layer computed for the [CLS] row only. The edited graph must give
 * the embedding the unedited model gives (up to the last layer's dynamic quantisation), and our runner must give what
 * langchain4j's runner gives for the same model. Loads the model three times (a few seconds each).
 */
class ClsOnlyLastLayerTest {

    private static final List<String> TEXTS = new ArrayList<>();

    @BeforeAll
    static void texts() throws IOException {
        try (var in = ClsOnlyLastLayerTest.class.getResourceAsStream("/org/postwatch/safeguard/benign-posts.txt")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .limit(40)
                    .forEach(TEXTS::add);
        }
        // Our own wording: abuse the rules miss, a heated but fair complaint, a long post, a very short one.
        TEXTS.addAll(
                List.of(
                        "People like that should be locked up for good and the key thrown away, the lot of them.",
                        "Three hours waiting for a call back about my stolen van. Not good enough, and I will be complaining.",
                        "Ok",
                        ("Thank you to everyone who came to our open day at Cheltenham station on Sunday. Over 400 of you met"
                                + " our officers, sat in a response car and watched the dogs at work. The cadets ran the tea"
                                + " stall and raised £312 for the air ambulance. We will be back in spring, so see you then!")));
    }

    @Test
    void theShippedGraphIsEditedAndGivesTheSameEmbedding() {
        BgeSmallEncoder edited = BgeSmallEncoder.load();
        BgeSmallEncoder unedited = BgeSmallEncoder.unedited();
        assertThat(edited.clsOnly()).isTrue();
        assertThat(unedited.clsOnly()).isFalse();
        for (String text : TEXTS) {
            float[] a = edited.apply(text);
            float[] b = unedited.apply(text);
            assertThat(a).hasSize(384);
            assertThat(norm(a)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
            assertThat(cosine(a, b)).as(text).isGreaterThan(0.9999);
        }
        // Not the same computation: the one-row quantisation moves the values a little, so the edit really ran.
        assertThat(TEXTS.stream().anyMatch(t -> !Arrays.equals(edited.apply(t), unedited.apply(t))))
                .isTrue();
    }

    @Test
    void ourRunnerGivesWhatLangchain4jGivesForTheSameModel() {
        Function<String, float[]> ours = BgeSmallEncoder.unedited();
        Function<String, float[]> theirs = SentenceEmbedding.of(new BgeSmallEnV15QuantizedEmbeddingModel());
        for (String text : TEXTS) {
            assertThat(cosine(ours.apply(text), theirs.apply(text))).as(text).isGreaterThan(0.999999);
        }
    }

    @Test
    void aGraphItDoesNotKnowIsLeftAlone() {
        assertThat(ClsOnlyLastLayer.apply(new byte[0])).isEmpty();
        // A well-formed message with a graph (field 7) holding one node named something else.
        byte[] node = message(3, "some/other/node".getBytes(StandardCharsets.UTF_8));
        byte[] graph = message(1, node);
        assertThat(ClsOnlyLastLayer.apply(message(7, graph))).isEmpty();
        // Not protobuf at all: a length that runs past the end.
        assertThat(ClsOnlyLastLayer.apply(new byte[] {0x3A, 0x7F, 0x01})).isEmpty();
        assertThat(ClsOnlyLastLayer.apply("not a model".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
    }

    @Test
    void theEditAddsItsSlicesAndKeepsTheWeights() {
        byte[] model = BgeSmallEncoder.modelBytes();
        byte[] edited = ClsOnlyLastLayer.apply(model).orElseThrow();
        // Two Slice nodes and three one-value initializers in, some shape hints out: the weights are all still there.
        assertThat(edited.length).isBetween(model.length - 20_000, model.length + 1_000);
        assertThat(new String(edited, StandardCharsets.ISO_8859_1)).contains("postwatch/cls_only/slice");
    }

    private static byte[] message(int field, byte[] payload) {
        byte[] out = new byte[payload.length + 2];
        out[0] = (byte) (field << 3 | 2);
        out[1] = (byte) payload.length; // short payloads only
        System.arraycopy(payload, 0, out, 2, payload.length);
        return out;
    }

    private static double norm(float[] v) {
        double s = 0;
        for (float x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double x = 0;
        double y = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            x += a[i] * a[i];
            y += b[i] * b[i];
        }
        return dot / Math.sqrt(x * y);
    }
}
