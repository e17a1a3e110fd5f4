package org.postwatch.safeguard.detect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.postwatch.safeguard.detect.commercial.CommercialDetector;
import org.postwatch.safeguard.detect.offensive.OffensiveDetector;
import org.postwatch.safeguard.detect.operational.OperationalSecurityDetector;
import org.postwatch.safeguard.detect.political.PoliticalDetector;
import org.postwatch.safeguard.engine.Category;
import org.postwatch.safeguard.engine.CheckContext;
import org.postwatch.safeguard.engine.Detector;
import org.postwatch.safeguard.engine.Finding;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shared development set ({@code shared/datasets}), read in place and never copied into the repository, and
 * figures for this branch's detectors on it. Run {@link #main} to print the figures and the items got wrong.
 */
public final class DevSet {

    public record Item(String id, String text, String label, String kind, String file) {}

    public record Score(int tp, int fp, int fn, int positives, double macroRecall) {
        public double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        public double recall() {
            return positives == 0 ? 1 : (double) tp / positives;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    static final List<String> FILES = List.of(
            "offensive_dev.jsonl",
            "operational_dev.jsonl",
            "political_commercial_dev.jsonl",
            "clean_dev.jsonl",
            "personal_data_dev.jsonl",
            "sub_judice_dev.jsonl");

    static final Map<String, Category> LABELS = Map.of(
            "offensive", Category.OFFENSIVE,
            "operational", Category.OPERATIONAL_SECURITY,
            "political", Category.POLITICAL,
            "commercial", Category.COMMERCIAL);

    static final Set<Category> MINE =
            EnumSet.of(Category.OFFENSIVE, Category.OPERATIONAL_SECURITY, Category.POLITICAL, Category.COMMERCIAL);

    private static final Pattern KIND = Pattern.compile("kind=([\\w-]+)");

    /** The dataset directory: system property {@code postwatch.datasets}, or {@code shared/datasets} upwards. */
    public static Optional<Path> locate() {
        String property = System.getProperty("postwatch.datasets");
        if (property != null && Files.isDirectory(Path.of(property))) {
            return Optional.of(Path.of(property));
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("datasets");
            if (Files.isRegularFile(candidate.resolve("clean_dev.jsonl"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    public static List<Item> load(Path dir) {
        JsonMapper json = JsonMapper.builder().build();
        List<Item> items = new ArrayList<>();
        for (String file : FILES) {
            Path path = dir.resolve(file);
            if (!Files.isRegularFile(path)) {
                continue;
            }
            try {
                for (String line : Files.readAllLines(path)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode node = json.readTree(line);
                    String notes = node.path("notes").asString("");
                    Matcher m = KIND.matcher(notes);
                    String kind = m.find() ? m.group(1) : node.path("label").asString() + "/" + sourceOf(node);
                    items.add(new Item(
                            node.path("id").asString(),
                            node.path("text").asString(),
                            node.path("label").asString(),
                            kind,
                            file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return items;
    }

    private static String sourceOf(JsonNode node) {
        String source = node.path("source").asString("");
        return source.startsWith("github:") ? source.substring(7, source.indexOf('/', 7)) : "generated";
    }

    public static List<Detector> detectors() {
        return List.of(
                new OffensiveDetector(),
                new OperationalSecurityDetector(),
                new PoliticalDetector(),
                new CommercialDetector());
    }

    /** Categories flagged for each item (any finding of the category counts). */
    public static Map<Item, Set<Category>> run(List<Item> items, List<Detector> detectors) {
        Map<Item, Set<Category>> flagged = new LinkedHashMap<>();
        CheckContext context = CheckContext.defaults();
        for (Item item : items) {
            Set<Category> cats = EnumSet.noneOf(Category.class);
            for (Detector d : detectors) {
                for (Finding f : d.detect(item.text(), context)) {
                    cats.add(f.category());
                }
            }
            flagged.put(item, cats);
        }
        return flagged;
    }

    /**
     * Precision over every item of every file (an item labelled for another category that is flagged here counts
     * as a false positive); recall over the category's items, also averaged over generated kinds.
     */
    public static Map<Category, Score> score(Map<Item, Set<Category>> flagged) {
        Map<Category, Score> scores = new EnumMap<>(Category.class);
        for (Category c : MINE) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            Map<String, int[]> byKind = new TreeMap<>();
            for (var e : flagged.entrySet()) {
                boolean positive = LABELS.get(e.getKey().label()) == c;
                boolean hit = e.getValue().contains(c);
                if (positive) {
                    int[] k = byKind.computeIfAbsent(e.getKey().kind(), x -> new int[2]);
                    k[1]++;
                    if (hit) {
                        tp++;
                        k[0]++;
                    } else {
                        fn++;
                    }
                } else if (hit) {
                    fp++;
                }
            }
            double macro = byKind.values().stream()
                    .mapToDouble(k -> (double) k[0] / k[1])
                    .average()
                    .orElse(1);
            scores.put(c, new Score(tp, fp, fn, tp + fn, macro));
        }
        return scores;
    }

    /** Share of items labelled {@code clean} that any of these detectors flags. */
    public static double cleanFalsePositiveRate(Map<Item, Set<Category>> flagged) {
        List<Set<Category>> clean = flagged.entrySet().stream()
                .filter(e -> e.getKey().label().equals("clean"))
                .map(Map.Entry::getValue)
                .toList();
        return clean.isEmpty()
                ? 0
                : (double) clean.stream().filter(s -> !s.isEmpty()).count() / clean.size();
    }

    public static void main(String[] args) {
        Path dir = locate().orElseThrow(() -> new IllegalStateException("No shared/datasets found"));
        List<Item> items = load(dir);
        List<Detector> detectors = detectors();
        long t0 = System.nanoTime();
        Map<Item, Set<Category>> flagged = run(items, detectors);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        boolean verbose = args.length > 0;
        for (var e : flagged.entrySet()) {
            Item item = e.getKey();
            Category expected = LABELS.get(item.label());
            Set<Category> got = e.getValue();
            boolean missed = expected != null && !got.contains(expected);
            Set<Category> wrong = got.stream().filter(c -> c != expected).collect(Collectors.toSet());
            if (verbose && (missed || !wrong.isEmpty())) {
                String why = missed ? "MISSED " + expected : "FALSE  " + wrong;
                System.out.println(why + " | " + item.id() + " | " + item.kind() + " | "
                        + item.text().replace('\n', ' '));
                if (!wrong.isEmpty() && args[0].equals("rules")) {
                    for (Detector d : detectors) {
                        for (Finding f : d.detect(item.text(), CheckContext.defaults())) {
                            System.out.println(
                                    "        " + f.rule() + " '" + f.span().of(item.text()) + "'");
                        }
                    }
                }
            }
        }
        System.out.printf("%d items in %d ms%n", items.size(), ms);
        score(flagged)
                .forEach((c, s) -> System.out.printf(
                        "%-22s P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d) recall averaged over kinds=%.3f%n",
                        c, s.precision(), s.recall(), s.f1(), s.tp(), s.fp(), s.fn(), s.macroRecall()));
        System.out.printf("clean false-positive rate: %.3f%n", cleanFalsePositiveRate(flagged));
    }
}
