package org.postwatch.bench;

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
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Where the classifier's model spends its time: ONNX Runtime's own profiler over bge-small-en-v1.5 (quantised, as it
 * ships in langchain4j's jar) on one post, summed per operator type. The point is the floor: the int8 matrix products
 * are the part no runtime setting removes, and this prints how fast they already run.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.postwatch.bench.ModelProfile [input] [threads] [runs]</pre>
 *
 * {@code input} is one of ClassifierBenchmark's single posts (default {@code post280}), {@code threads} ONNX Runtime's
 * intra-op threads (default 1: one core, the case the figures in docs/benchmarks.md are about), {@code runs} the
 * timed runs (after 200 to warm up) and then the profiled ones (default 200). The model is the unedited one: every row of the last layer
 * too, about 8% more than the shipped runner computes ({@code ClsOnlyLastLayer}).
 */
public final class ModelProfile {

    /** Multiply-adds per token in bge-small's 12 layers: Q, K, V and the output projection (384 x 384 each), and the
     * feed-forward pair (384 x 1536 each). The attention products and the word table are not counted. */
    static final long MACS_PER_TOKEN = 12L * (4L * 384 * 384 + 2L * 384 * 1536);

    private ModelProfile() {}

    public static void main(String[] args) throws OrtException, IOException {
        String input = args.length > 0 ? args[0] : "post280";
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        String text = ClassifierBenchmark.text(input);

        HuggingFaceTokenizer tokenizer;
        try (InputStream json = resource("bge-small-en-v1.5-q-tokenizer.json")) {
            tokenizer = HuggingFaceTokenizer.newInstance(json, Map.of("padding", "false"));
        }
        Encoding encoding = tokenizer.encode(text);
        long[] ids = encoding.getIds();
        long[] mask = encoding.getAttentionMask();
        byte[] model;
        try (InputStream in = resource("bge-small-en-v1.5-q.onnx")) {
            model = in.readAllBytes();
        }
        OrtEnvironment environment = OrtEnvironment.getEnvironment();

        // First without the profiler, for the time per run; then with it, for where the time goes.
        double wallMs;
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                OrtSession session = session(environment, model, options, threads)) {
            for (int i = 0; i < 200; i++) {
                run(environment, session, ids, mask);
            }
            long start = System.nanoTime();
            for (int i = 0; i < runs; i++) {
                run(environment, session, ids, mask);
            }
            wallMs = (System.nanoTime() - start) / 1e6 / runs;
        }
        Path dir = Files.createTempDirectory("postwatch-model-profile");
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.enableProfiling(dir.resolve("ort").toString());
            try (OrtSession session = session(environment, model, options, threads)) {
                for (int i = 0; i < 50 + runs; i++) { // every run is profiled; 50 more dilute the first, slow ones
                    run(environment, session, ids, mask);
                }
                report(Path.of(session.endProfiling()), input, ids.length, threads, 50 + runs, wallMs);
            }
        }
        Files.deleteIfExists(dir);
    }

    private static OrtSession session(
            OrtEnvironment environment, byte[] model, OrtSession.SessionOptions options, int threads)
            throws OrtException {
        options.setIntraOpNumThreads(threads);
        return environment.createSession(model, options);
    }

    private static void run(OrtEnvironment environment, OrtSession session, long[] ids, long[] mask)
            throws OrtException {
        long[] shape = {1, ids.length};
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape));
            inputs.put("attention_mask", OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape));
            inputs.put(
                    "token_type_ids",
                    OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[ids.length]), shape));
            session.run(inputs).close();
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    /** Sums the profiler's kernel times per operator type over every run it recorded, and prints them per run. */
    private static void report(Path file, String input, int tokens, int threads, int recordedRuns, double wallMs)
            throws IOException {
        JsonNode events = new ObjectMapper().readTree(file.toFile());
        Map<String, Double> byOp = new LinkedHashMap<>();
        int modelRuns = 0;
        for (JsonNode event : events) {
            if ("model_run".equals(event.path("name").asString())) {
                modelRuns++;
            }
            if ("Node".equals(event.path("cat").asString())
                    && event.path("name").asString().endsWith("_kernel_time")) {
                byOp.merge(
                        event.path("args").path("op_name").asString(),
                        event.path("dur").asDouble(),
                        Double::sum);
            }
        }
        int perRun = Math.max(1, modelRuns > 0 ? modelRuns : recordedRuns);
        double total = byOp.values().stream().mapToDouble(Double::doubleValue).sum() / perRun;
        System.out.printf(
                "%s: %d tokens, %d intra-op thread(s): %.2f ms per model run (wall clock, no profiler); profiled kernels %.2f ms%n",
                input, tokens, threads, wallMs, total / 1000);
        double int8 = 0;
        for (Map.Entry<String, Double> e : byOp.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .toList()) {
            double us = e.getValue() / perRun;
            if (e.getKey().equals("DynamicQuantizeMatMul") || e.getKey().equals("MatMulIntegerToFloat")) {
                int8 += us;
            }
            if (us >= 5) {
                System.out.printf("  %-24s %7.0f us  %5.1f%%%n", e.getKey(), us, 100 * us / total);
            }
        }
        double macs = (double) MACS_PER_TOKEN * tokens;
        System.out.printf(
                "int8 matrix products: %.2f ms for %.2f G multiply-adds = %.0f G multiply-adds/s%n",
                int8 / 1000, macs / 1e9, macs / (int8 * 1e3));
        Files.deleteIfExists(file);
    }

    private static InputStream resource(String name) {
        InputStream in = BgeSmallEnV15QuantizedEmbeddingModel.class.getResourceAsStream("/" + name);
        if (in == null) {
            throw new UncheckedIOException(new IOException(name + " is not on the classpath"));
        }
        return in;
    }
}
