package org.postwatch.bench;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.postwatch.safeguard.detect.ml.LogisticHead;
import org.postwatch.safeguard.detect.ml.SentenceEmbedding;
import org.postwatch.safeguard.detect.offensive.ml.ImplicitAbuseClassifier;
import org.postwatch.safeguard.detectors.Detectors;
import org.postwatch.safeguard.engine.Category;
import org.postwatch.safeguard.engine.Outcome;
import org.postwatch.safeguard.engine.SafeguardEngine;
import org.postwatch.safeguard.engine.SafeguardReport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Trains the implicit-abuse classifier's logistic-regression head and reports honest, nested 5-fold cross-validated
 * figures for rules + classifier. Positives: the development set's {@code offensive} items. Negatives: its {@code
 * not_offensive} items and every police post of the other files (clean, personal data, operational, contempt,
 * political and commercial: none is offensive). The repository's own benign police posts are held out entirely and
 * only scored at the end. Items the classifier defers on (the rules flag them, or they are counter-speech) never
 * count as its flags, exactly as in the detector. The decision threshold is chosen, inside each training part, as the best F1 for rules +
 * classifier on the ETHOS items such that the classifier flags at most 1% of the police posts.
 *
 * <p>Further labelled JSONL files after the output path (the project's own suites) are added to every training part:
 * they are always trained on and never scored, so the cross-validated figures stay figures on the development set.
 * An output path of {@code -} writes nothing.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.postwatch.bench.ImplicitAbuseTrainer \
 *     /work/shared/datasets safeguard/src/main/resources/org/postwatch/safeguard/detect/offensive/ml/implicit-abuse-head.txt \
 *     safeguard/src/test/resources/org/postwatch/safeguard/own-suite-b.jsonl ...
 * </pre>
 *
 * Embeddings are cached in {@code bench/target/implicit-abuse-embeddings.bin}, so a second run takes seconds.
 */
public final class ImplicitAbuseTrainer {

    static final int FOLDS = 5;
    static final double MAX_POLICE_FP = 0.01;
    /** The regularisation strengths tried in each inner selection, or {@code -Dlambdas=0.1,...} to fix them. */
    static final double[] LAMBDAS = java.util.Arrays.stream(
                    System.getProperty("lambdas", "0.01,0.1,1.0").split(","))
            .mapToDouble(Double::parseDouble)
            .toArray();

    /**
     * The sentence model: the shipped one (bge-small-en-v1.5), or {@code -Dembedder=minilm} to compare with
     * all-MiniLM-L6-v2 (the model until round 10; a dependency of the bench module only).
     */
    static final String EMBEDDER = System.getProperty("embedder", "bge");

    /** The sentence model's name, as a head file's notes give it. */
    static String embedderName() {
        return EMBEDDER.equals("minilm") ? "all-MiniLM-L6-v2" : "bge-small-en-v1.5";
    }

    /**
     * {@code -Dthreshold=0.62}: this threshold in every fold and for the written head, instead of the best-F1 rule
     * (the round-10 head). {@code -Dscore=FILE,...} scores the written head on labelled files it never trains on, and
     * {@code -DshowFp=true} lists the ids of their false flags.
     */
    static final String FIXED_THRESHOLD = System.getProperty("threshold");

    static final String[] HELD_OUT_SUITES = {
        "safeguard/src/test/resources/org/postwatch/safeguard/benign-posts.txt",
        "safeguard/src/test/resources/org/postwatch/safeguard/detect/benign-police-posts.txt"
    };

    /** One labelled text: {@code ethos} is true for the offensive file's items, false for police posts. */
    record Item(
            String id, String text, int y, boolean ethos, String label, boolean ruleFlag, boolean deferred, float[] x) {
        /** What the classifier would say at threshold t, given its own veto (rules flagged, or counter-speech). */
        boolean classifierFlags(double score, double t) {
            return !deferred && score >= t;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private ImplicitAbuseTrainer() {}

    public static void main(String[] args) throws IOException {
        Path datasets = Path.of(args.length > 0 ? args[0] : "/work/shared/datasets");
        Path output = args.length > 1 && !args[1].equals("-") ? Path.of(args[1]) : null;
        List<Path> extraFiles = Arrays.stream(args).skip(2).map(Path::of).toList();
        SafeguardEngine rules = Detectors.defaultEngine();
        ImplicitAbuseClassifier veto = new ImplicitAbuseClassifier(t -> new float[0], placeholderHead());
        List<String[]> raw = new ArrayList<>(); // id, text, label, file
        try (var files = Files.list(datasets)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                for (JsonNode n : readJsonl(file)) {
                    raw.add(new String[] {
                        n.get("id").asString(),
                        n.get("text").asString(),
                        n.get("label").asString(),
                        file.getFileName().toString()
                    });
                }
            }
        }
        Embeddings embeddings = new Embeddings(loadCache(), veto::textForModel);
        List<Item> items = new ArrayList<>();
        for (String[] r : raw) {
            boolean ethos = r[3].startsWith("offensive");
            items.add(new Item(
                    r[0],
                    r[1],
                    r[2].equals("offensive") ? 1 : 0,
                    ethos,
                    r[2],
                    rulesFlag(rules, r[1]),
                    veto.defersToRules(r[1]),
                    embeddings.of(r[1])));
        }
        List<Item> heldOut = new ArrayList<>();
        for (String suite : HELD_OUT_SUITES) {
            for (String line : Files.readAllLines(Path.of(suite), StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                heldOut.add(new Item(
                        "suite",
                        line,
                        0,
                        false,
                        "benign",
                        rulesFlag(rules, line),
                        veto.defersToRules(line),
                        embeddings.of(line)));
            }
        }
        List<Item> extras = new ArrayList<>();
        for (Path file : extraFiles) {
            for (JsonNode n : readJsonl(file)) {
                String text = n.get("text").asString();
                String label = n.get("label").asString();
                extras.add(new Item(
                        n.get("id").asString(),
                        text,
                        label.equals("offensive") ? 1 : 0,
                        false,
                        label,
                        rulesFlag(rules, text),
                        veto.defersToRules(text),
                        embeddings.of(text)));
            }
        }
        saveCache(embeddings.cache);
        if (!extras.isEmpty()) {
            System.out.printf(
                    "%d extra training items from %s (%d offensive); always trained on, never scored%n",
                    extras.size(),
                    extraFiles.stream().map(f -> f.getFileName().toString()).toList(),
                    extras.stream().filter(i -> i.y() == 1).count());
        }
        System.out.printf(
                "%d items (%d offensive, %d not_offensive, %d police posts); %d held-out benign police posts%n",
                items.size(),
                items.stream().filter(i -> i.y() == 1).count(),
                items.stream().filter(i -> i.ethos() && i.y() == 0).count(),
                items.stream().filter(i -> !i.ethos()).count(),
                heldOut.size());

        // ---- nested cross-validation: every figure below is on items the head and threshold never saw ----
        int[] fold = folds(items, FOLDS, 42);
        double[] outOfFold = new double[items.size()];
        double[] chosenThreshold = new double[FOLDS];
        for (int f = 0; f < FOLDS; f++) {
            List<Item> train = new ArrayList<>();
            List<Item> test = new ArrayList<>();
            List<Integer> testIndex = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if (fold[i] == f) {
                    test.add(items.get(i));
                    testIndex.add(i);
                } else {
                    train.add(items.get(i));
                }
            }
            Selection s = select(train, extras);
            chosenThreshold[f] = s.threshold;
            Model m = fit(concat(train, extras), s.lambda);
            for (int k = 0; k < test.size(); k++) {
                outOfFold[testIndex.get(k)] = m.score(test.get(k).x());
            }
            System.err.printf("fold %d: lambda %.2f threshold %.3f%n", f, s.lambda, s.threshold);
        }
        boolean[] predicted = new boolean[items.size()];
        for (int i = 0; i < items.size(); i++) {
            predicted[i] = items.get(i).classifierFlags(outOfFold[i], chosenThreshold[fold[i]]);
        }
        String cv = report("5-fold CV, rules + classifier", items, predicted, true);
        String rulesOnly = report("rules only", items, new boolean[items.size()], true);
        System.out.println(rulesOnly);
        System.out.println(cv);

        // ---- the shipped head: all items, threshold from out-of-fold scores over all of them ----
        Selection s = select(items, extras);
        Model m = fit(concat(items, extras), s.lambda);
        int heldOutFlagged = 0;
        for (Item h : heldOut) {
            if (h.classifierFlags(m.score(h.x()), s.threshold)) {
                heldOutFlagged++;
                System.out.println("  held-out benign post flagged: " + h.text());
            }
        }
        String held = String.format(
                Locale.ROOT,
                "held-out benign police posts (never trained on): %d/%d flagged by the classifier",
                heldOutFlagged,
                heldOut.size());
        System.out.println(held);
        System.out.printf(Locale.ROOT, "shipped head: lambda %.2f, threshold %.3f%n", s.lambda, s.threshold);
        String scored = System.getProperty("score", "");
        for (String name : scored.isBlank() ? new String[0] : scored.split(",")) {
            // a fresh labelled file, never trained on: rules, and rules + the shipped head
            int tpRules = 0, fpRules = 0, tp = 0, fp = 0, pos = 0, neg = 0;
            for (JsonNode n : readJsonl(Path.of(name))) {
                String text = n.get("text").asString();
                String label = n.get("label").asString();
                boolean offensive = label.equals("offensive");
                if (!offensive && !label.startsWith("not_") && !label.equals("clean")) {
                    continue; // another category's positive: not an OFFENSIVE negative either way
                }
                boolean byRules = rulesFlag(rules, text);
                boolean flagged = byRules || (!veto.defersToRules(text) && m.score(embeddings.of(text)) >= s.threshold);
                if (offensive) {
                    pos++;
                    tpRules += byRules ? 1 : 0;
                    tp += flagged ? 1 : 0;
                } else {
                    neg++;
                    fpRules += byRules ? 1 : 0;
                    fp += flagged ? 1 : 0;
                    if (flagged && !byRules && Boolean.getBoolean("showFp")) {
                        System.out.println("  false flag: " + n.get("id").asString());
                    }
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "scored %s: offensive %d, others %d; rules found %d, false %d;"
                            + " rules + head found %d, false %d%n",
                    Path.of(name).getFileName(),
                    pos,
                    neg,
                    tpRules,
                    fpRules,
                    tp,
                    fp);
        }
        if (output != null) {
            List<String> notes = List.of(
                    "Implicit-abuse head over " + embedderName()
                            + " (quantised, langchain4j 1.20.0-beta30) unit-length"
                            + " sentence embeddings.",
                    "Trained " + LocalDate.now() + " by org.postwatch.bench.ImplicitAbuseTrainer on the development set"
                            + " (offensive_dev positives; not_offensive and police posts negatives)"
                            + (extras.isEmpty()
                                    ? ","
                                    : " and " + extras.size() + " items of the project's own suites "
                                            + extraFiles.stream()
                                                    .map(f -> f.getFileName().toString())
                                                    .toList()
                                            + ","),
                    FIXED_THRESHOLD != null
                            ? String.format(
                                    Locale.ROOT,
                                    "L2-regularised logistic regression (lambda %.2f); threshold fixed at %s"
                                            + " (-Dthreshold), in the outer and inner folds alike.",
                                    s.lambda,
                                    FIXED_THRESHOLD)
                            : String.format(
                                    Locale.ROOT,
                                    "L2-regularised logistic regression (lambda %.2f); threshold: best F1 with at most"
                                            + " %.0f%% of police posts flagged, on out-of-fold scores.",
                                    s.lambda,
                                    MAX_POLICE_FP * 100),
                    rulesOnly.replace("\n", " "),
                    cv.replace("\n", " "),
                    held);
            double high = Math.max(0.9, s.threshold);
            Files.writeString(output, new LogisticHead(m.weights(), (float) m.bias, s.threshold, high, notes).format());
            System.out.println("wrote " + output);
        }
    }

    /**
     * Sentence embeddings of what the model reads of each text, from the cache when known; the model is loaded only
     * when a text is new, and the cache is saved every 100 new texts.
     */
    static final class Embeddings {
        private final Map<String, float[]> cache;
        private Function<String, float[]> model;
        private int embedded;

        private final Function<String, String> reader;

        /** {@code reader} gives what the model reads of a text. */
        Embeddings(Map<String, float[]> cache, Function<String, String> reader) {
            this.cache = cache;
            this.reader = reader;
        }

        Map<String, float[]> cache() {
            return cache;
        }

        float[] of(String text) throws IOException {
            String read = reader.apply(text);
            float[] x = cache.get(read);
            if (x == null) {
                if (model == null) {
                    model =
                            EMBEDDER.equals("minilm")
                                    ? SentenceEmbedding.of(new dev.langchain4j.model.embedding.onnx.allminilml6v2q
                                            .AllMiniLmL6V2QuantizedEmbeddingModel())
                                    : SentenceEmbedding.defaultEmbedder();
                }
                x = model.apply(read);
                cache.put(read, x);
                if (++embedded % 100 == 0) {
                    System.err.println("embedded " + embedded);
                    saveCache(cache);
                }
            }
            return x;
        }
    }

    private static List<JsonNode> readJsonl(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                out.add(JSON.readTree(line));
            }
        }
        return out;
    }

    private static LogisticHead placeholderHead() {
        return new LogisticHead(new float[0], 0f, 1.0, 1.0, List.of());
    }

    private static boolean rulesFlag(SafeguardEngine rules, String text) {
        SafeguardReport report = rules.check(text, null);
        for (SafeguardReport.Decision d : report.decisions()) {
            if (d.finding().category() == Category.OFFENSIVE && d.outcome() != Outcome.ALLOW) {
                return true;
            }
        }
        return false;
    }

    // ---- threshold and regularisation chosen on out-of-fold scores inside the given items ----

    record Selection(double lambda, double threshold, double f1) {}

    static List<Item> concat(List<Item> a, List<Item> b) {
        List<Item> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Regularisation and threshold from inner out-of-fold scores on {@code items}; {@code extras} always train. */
    static Selection select(List<Item> items, List<Item> extras) {
        int[] inner = folds(items, FOLDS, 7);
        Selection best = null;
        for (double lambda : LAMBDAS) {
            double[] scores = new double[items.size()];
            for (int f = 0; f < FOLDS; f++) {
                List<Item> train = new ArrayList<>();
                for (int i = 0; i < items.size(); i++) {
                    if (inner[i] != f) {
                        train.add(items.get(i));
                    }
                }
                Model m = fit(concat(train, extras), lambda);
                for (int i = 0; i < items.size(); i++) {
                    if (inner[i] == f) {
                        scores[i] = m.score(items.get(i).x());
                    }
                }
            }
            Selection s = threshold(items, scores, lambda);
            if (FIXED_THRESHOLD != null) { // this threshold; the lambda is still chosen as usual
                s = new Selection(lambda, Double.parseDouble(FIXED_THRESHOLD), s.f1);
            }
            if (best == null || s.f1 > best.f1) {
                best = s;
            }
        }
        return best;
    }

    static Selection threshold(List<Item> items, double[] scores, double lambda) {
        double[] candidates = scores.clone();
        Arrays.sort(candidates);
        long police = items.stream().filter(i -> !i.ethos()).count();
        Selection best = new Selection(lambda, 1.0, -1);
        for (double t : candidates) {
            int policeFp = 0;
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int i = 0; i < items.size(); i++) {
                Item it = items.get(i);
                boolean flag = it.ruleFlag() || it.classifierFlags(scores[i], t);
                if (!it.ethos()) {
                    policeFp += it.classifierFlags(scores[i], t) ? 1 : 0;
                    continue;
                }
                if (flag && it.y() == 1) {
                    tp++;
                } else if (flag) {
                    fp++;
                } else if (it.y() == 1) {
                    fn++;
                }
            }
            if (policeFp > MAX_POLICE_FP * police) {
                continue;
            }
            double f1 = 2.0 * tp / (2.0 * tp + fp + fn);
            if (f1 > best.f1) {
                best = new Selection(lambda, t, f1);
            }
        }
        return best;
    }

    /** Folds stratified by (file kind, label), shuffled with a fixed seed. */
    static int[] folds(List<Item> items, int k, long seed) {
        Map<String, List<Integer>> strata = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            strata.computeIfAbsent(items.get(i).ethos() + "/" + items.get(i).y(), s -> new ArrayList<>())
                    .add(i);
        }
        int[] fold = new int[items.size()];
        Random random = new Random(seed);
        strata.keySet().stream().sorted().forEach(key -> {
            List<Integer> members = new ArrayList<>(strata.get(key));
            java.util.Collections.shuffle(members, random);
            for (int j = 0; j < members.size(); j++) {
                fold[members.get(j)] = j % k;
            }
        });
        return fold;
    }

    static String report(String title, List<Item> items, boolean[] classifierFlag, boolean withRules) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int notOffensiveFlagged = 0;
        int policeFlagged = 0;
        int police = 0;
        int clean = 0;
        int cleanFlagged = 0;
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            boolean flag = (withRules && it.ruleFlag()) || classifierFlag[i];
            if (it.y() == 1) {
                if (flag) {
                    tp++;
                } else {
                    fn++;
                }
            } else if (flag) {
                fp++;
            }
            if (it.ethos() && it.y() == 0 && flag) {
                notOffensiveFlagged++;
            }
            if (!it.ethos()) {
                police++;
                policeFlagged += flag ? 1 : 0;
                if (it.label().equals("clean")) {
                    clean++;
                    cleanFlagged += flag ? 1 : 0;
                }
            }
        }
        double p = tp / (double) Math.max(1, tp + fp);
        double r = tp / (double) Math.max(1, tp + fn);
        return String.format(
                Locale.ROOT,
                "%s: OFFENSIVE P %.3f R %.3f F1 %.3f (TP %d, FP %d of which not_offensive %d, FN %d);"
                        + " police posts flagged %d/%d = %.3f; clean flagged %d/%d = %.3f",
                title,
                p,
                r,
                2 * p * r / Math.max(1e-9, p + r),
                tp,
                fp,
                notOffensiveFlagged,
                fn,
                policeFlagged,
                police,
                policeFlagged / (double) Math.max(1, police),
                cleanFlagged,
                clean,
                cleanFlagged / (double) Math.max(1, clean));
    }

    // ---- L2-regularised logistic regression by Newton's method (IRLS) ----

    record Model(float[] weights, double bias) {
        double score(float[] x) {
            double z = bias;
            for (int j = 0; j < x.length; j++) {
                z += weights[j] * x[j];
            }
            return 1 / (1 + Math.exp(-z));
        }
    }

    static Model fit(List<Item> items, double lambda) {
        List<float[]> x = new ArrayList<>(items.size());
        int[] y = new int[items.size()];
        for (int i = 0; i < items.size(); i++) {
            x.add(items.get(i).x());
            y[i] = items.get(i).y();
        }
        return newton(x, y, lambda, null, 25, 1e-6);
    }

    /**
     * L2-regularised logistic regression by Newton's method (IRLS) on rows {@code x} with labels {@code y} (0 or 1);
     * the bias is not regularised. Starts from {@code start} (the weights, then the bias) or from zero, and stops
     * after {@code maxIterations} or when no weight moves by more than {@code tolerance}.
     */
    static Model newton(List<float[]> x, int[] y, double lambda, double[] start, int maxIterations, double tolerance) {
        int n = x.size();
        int d = x.get(0).length + 1; // last is the bias
        double[] w = start == null ? new double[d] : start.clone();
        double[] row = new double[d];
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            for (int i = 0; i < n; i++) {
                float[] xi = x.get(i);
                for (int j = 0; j < d - 1; j++) {
                    row[j] = xi[j];
                }
                row[d - 1] = 1;
                double z = 0;
                for (int j = 0; j < d; j++) {
                    z += w[j] * row[j];
                }
                double p = 1 / (1 + Math.exp(-z));
                double g = p - y[i];
                double h = Math.max(p * (1 - p), 1e-9);
                for (int j = 0; j < d; j++) {
                    gradient[j] += g * row[j];
                    double hj = h * row[j];
                    double[] hr = hessian[j];
                    for (int k = j; k < d; k++) {
                        hr[k] += hj * row[k];
                    }
                }
            }
            for (int j = 0; j < d - 1; j++) {
                gradient[j] += lambda * w[j];
                hessian[j][j] += lambda;
            }
            hessian[d - 1][d - 1] += 1e-6;
            for (int j = 0; j < d; j++) {
                for (int k = 0; k < j; k++) {
                    hessian[j][k] = hessian[k][j];
                }
            }
            double[] step = solve(hessian, gradient);
            double change = 0;
            for (int j = 0; j < d; j++) {
                w[j] -= step[j];
                change = Math.max(change, Math.abs(step[j]));
            }
            if (change < tolerance) {
                break;
            }
        }
        float[] weights = new float[d - 1];
        for (int j = 0; j < d - 1; j++) {
            weights[j] = (float) w[j];
        }
        return new Model(weights, w[d - 1]);
    }

    /** Solves {@code a x = b} for a symmetric positive definite {@code a} (Cholesky). */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = a[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= l[i][k] * l[j][k];
                }
                l[i][j] = i == j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / l[j][j];
            }
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = b[i];
            for (int k = 0; k < i; k++) {
                sum -= l[i][k] * y[k];
            }
            y[i] = sum / l[i][i];
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double sum = y[i];
            for (int k = i + 1; k < n; k++) {
                sum -= l[k][i] * x[k];
            }
            x[i] = sum / l[i][i];
        }
        return x;
    }

    // ---- embedding cache (bench/target, never committed) ----

    private static final Path CACHE = Path.of("bench/target/implicit-abuse-embeddings-" + EMBEDDER + ".bin");

    static Map<String, float[]> loadCache() throws IOException {
        Map<String, float[]> cache = new HashMap<>();
        if (!Files.exists(CACHE)) {
            return cache;
        }
        try (InputStream in = Files.newInputStream(CACHE);
                DataInputStream data = new DataInputStream(new java.io.BufferedInputStream(in))) {
            int n = data.readInt();
            for (int i = 0; i < n; i++) {
                String text = data.readUTF();
                float[] x = new float[data.readInt()];
                for (int j = 0; j < x.length; j++) {
                    x[j] = data.readFloat();
                }
                cache.put(text, x);
            }
        }
        return cache;
    }

    static void saveCache(Map<String, float[]> cache) throws IOException {
        Files.createDirectories(CACHE.getParent());
        try (OutputStream out = Files.newOutputStream(CACHE);
                DataOutputStream data = new DataOutputStream(new java.io.BufferedOutputStream(out))) {
            data.writeInt(cache.size());
            for (Map.Entry<String, float[]> e : cache.entrySet()) {
                data.writeUTF(e.getKey());
                data.writeInt(e.getValue().length);
                for (float v : e.getValue()) {
                    data.writeFloat(v);
                }
            }
        }
    }
}
