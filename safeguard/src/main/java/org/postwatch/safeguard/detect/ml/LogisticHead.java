package org.postwatch.safeguard.detect.ml;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A logistic-regression head over a sentence embedding: {@code p = sigmoid(w . x + b)}. Stored as text: comment lines
 * ({@code #}, kept as {@link #notes()}), then {@code threshold=}, {@code high=}, {@code bias=} and {@code weights=}
 * (comma separated). Immutable.
 *
 * @param threshold a post scoring at least this is flagged
 * @param high at least this is a HIGH finding, below it MEDIUM
 */
public record LogisticHead(float[] weights, float bias, double threshold, double high, List<String> notes) {

    public LogisticHead {
        weights = weights.clone();
        notes = List.copyOf(notes);
    }

    /** The probability that an embedding {@code x} (of the same length as the weights) is in the head's class. */
    public double score(float[] x) {
        if (x.length != weights.length) {
            throw new IllegalArgumentException("embedding has " + x.length + " values, head expects " + weights.length);
        }
        double z = bias;
        for (int i = 0; i < x.length; i++) {
            z += weights[i] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    public static LogisticHead load(String resource) {
        try (InputStream in = LogisticHead.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing classifier head on the classpath: " + resource);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read classifier head " + resource, e);
        }
    }

    public static LogisticHead parse(String text) {
        List<String> notes = new ArrayList<>();
        float[] weights = null;
        Float bias = null;
        Double threshold = null;
        double high = 1.0;
        try (BufferedReader reader = new BufferedReader(new java.io.StringReader(text))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String l = line.strip();
                if (l.startsWith("#")) {
                    notes.add(l.substring(1).strip());
                    continue;
                }
                int eq = l.indexOf('=');
                if (eq < 0) {
                    continue;
                }
                String key = l.substring(0, eq).strip();
                String value = l.substring(eq + 1).strip();
                switch (key) {
                    case "threshold" -> threshold = Double.parseDouble(value);
                    case "high" -> high = Double.parseDouble(value);
                    case "bias" -> bias = Float.parseFloat(value);
                    case "weights" -> {
                        String[] parts = value.split(",");
                        weights = new float[parts.length];
                        for (int i = 0; i < parts.length; i++) {
                            weights[i] = Float.parseFloat(parts[i].strip());
                        }
                    }
                    default -> throw new IllegalArgumentException("Unknown key in classifier head: " + key);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (weights == null || bias == null || threshold == null) {
            throw new IllegalArgumentException("A classifier head needs threshold=, bias= and weights=");
        }
        return new LogisticHead(weights, bias, threshold, high, notes);
    }

    /** The text form {@link #parse} reads. */
    public String format() {
        StringBuilder out = new StringBuilder();
        for (String note : notes) {
            out.append("# ").append(note).append('\n');
        }
        out.append(String.format(Locale.ROOT, "threshold=%.4f%nhigh=%.4f%nbias=%.6f%nweights=", threshold, high, bias));
        for (int i = 0; i < weights.length; i++) {
            out.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.6f", weights[i]));
        }
        return out.append('\n').toString();
    }
}
