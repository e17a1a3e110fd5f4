package org.postwatch.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.postwatch.bench.ImplicitAbuseTrainer.Model;
import org.postwatch.safeguard.detect.ml.LogisticHead;
import org.postwatch.safeguard.detect.ml.MeaningHead;
import org.postwatch.safeguard.detect.ml.SentenceEmbedding;
import org.postwatch.safeguard.detectors.Detectors;
import org.postwatch.safeguard.engine.AnalysedText;
import org.postwatch.safeguard.engine.Category;
import org.postwatch.safeguard.engine.CheckContext;
import org.postwatch.safeguard.engine.Outcome;
import org.postwatch.safeguard.engine.SafeguardEngine;
import org.postwatch.safeguard.engine.SafeguardReport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Trains the meaning heads (contempt, operational security, political, commercial) over the shared sentence embedding
 * and reports honest, nested 5-fold cross-validated figures for rules + head, per category. Positives: the items
 * labelled with the category ({@code sub_judice}, {@code operational}, {@code political}, {@code commercial}) in the
 * given labelled JSONL files; negatives: every other item of those files. Items the head defers on (its category's
 * rules find something, or a warning its kind does not read: {@code MeaningHead.defers}) never count as its flags,
 * exactly as in the detector. Regularisation and threshold are chosen in the inner CV: the threshold is the best F1
 * of rules + head such that the head flags at most 1% ({@code -DmaxCleanFp}) of the items labelled {@code clean}.
 * The repository's benign police posts and any files given after {@code --score} are never trained on and only scored
 * with the head trained on everything.
 *
 * <p>The commands that retrain the shipped heads from a clone, with their files in order, are in
 * docs/safeguard-detectors.md ("Round 11").
 *
 * Options (system properties): {@code -Dkinds=CONTEMPT,...} trains only those heads (default all of them);
 * {@code -Dthreshold=0.72} fixes the threshold of the head written out (the nested CV still chooses its own);
 * {@code -DmaxCleanFp=0.01} is the share of {@code clean} items the head may flag (the default, 1%);
 * {@code -DminPrecision=0.95} is a precision floor for rules + head in the inner CV, counting every false flag (when
 * no threshold meets it, the most precise one wins); {@code -DminPolicePrecision=0.95} rejects thresholds whose
 * rules + head precision on police posts falls under that figure (the bar for {@code OnDeviceModels.SHIPPED}). Both
 * floors are off by default. The round-11 contempt and operational heads used the second, the political head
 * {@code -DmaxCleanFp=0.003}.
 *
 * <p>An output folder of {@code -} writes nothing; otherwise every head is written there (whether it ships is decided in
 * {@code OnDeviceModels.SHIPPED}). Embeddings share ImplicitAbuseTrainer's cache in {@code bench/target}.
 */
public final class MeaningHeadTrainer {

    static final int FOLDS = 5;
    /** At most this share of the items labelled clean may be flagged by the head ({@code -DmaxCleanFp}, 0.01). */
    static final double MAX_CLEAN_FP = Double.parseDouble(System.getProperty("maxCleanFp", "0.01"));
    /**
     * A threshold is kept only if rules + head reach this precision in the inner CV ({@code -DminPrecision}, default
     * 0: no floor); when none does, the highest-precision threshold wins.
     */
    static final double MIN_PRECISION = Double.parseDouble(System.getProperty("minPrecision", "0"));
    /**
     * The least precision of rules + head, counting false flags on police posts only, that a threshold must keep in
     * the inner CV (system property {@code minPolicePrecision}; 0, the default, means no such limit). 0.95 is the
     * out-of-fold bar in {@code OnDeviceModels.SHIPPED}, which a head may miss narrowly when it finds more on unseen
     * text.
     */
    static final double MIN_POLICE_PRECISION = Double.parseDouble(System.getProperty("minPolicePrecision", "0"));

    static final double[] LAMBDAS = {0.01, 0.1, 1.0};
    static final String[] HELD_OUT_SUITES = {
        "safeguard/src/test/resources/org/postwatch/safeguard/benign-posts.txt",
        "safeguard/src/test/resources/org/postwatch/safeguard/detect/benign-police-posts.txt"
    };
    static final Map<MeaningHead.Kind, String> LABELS = new EnumMap<>(Map.of(
            MeaningHead.Kind.CONTEMPT, "sub_judice",
            MeaningHead.Kind.OPERATIONAL_SECURITY, "operational",
            MeaningHead.Kind.POLITICAL, "political",
            MeaningHead.Kind.COMMERCIAL, "commercial"));

    /** One text; {@code police} is false for the development set's offensive file (ETHOS, not police posts). */
    record Item(String file, String text, String label, boolean police, float[] x) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private MeaningHeadTrainer() {}

    public static void main(String[] args) throws IOException {
        Path outDir = args[0].equals("-") ? null : Path.of(args[0]);
        List<Path> train = new ArrayList<>();
        List<Path> scoreOnly = new ArrayList<>();
        boolean score = false;
        for (String a : Arrays.copyOfRange(args, 1, args.length)) {
            if (a.equals("--score")) {
                score = true;
            } else {
                (score ? scoreOnly : train).add(Path.of(a));
            }
        }
        SentenceEmbedding reader = new SentenceEmbedding(t -> new float[0]);
        ImplicitAbuseTrainer.Embeddings embeddings =
                new ImplicitAbuseTrainer.Embeddings(ImplicitAbuseTrainer.loadCache(), reader::textForModel);
        Map<String, Item> byText = new LinkedHashMap<>();
        int duplicates = 0;
        for (Path file : train) {
            for (JsonNode n : readJsonl(file)) {
                String text = n.get("text").asString();
                if (byText.containsKey(text)) {
                    duplicates++;
                    continue;
                }
                byText.put(
                        text,
                        new Item(
                                file.getFileName().toString(),
                                text,
                                n.get("label").asString(),
                                !file.getFileName().toString().startsWith("offensive_dev"),
                                embeddings.of(text)));
            }
        }
        List<Item> items = new ArrayList<>(byText.values());
        List<Item> heldOut = new ArrayList<>();
        for (String suite : HELD_OUT_SUITES) {
            for (String line : Files.readAllLines(Path.of(suite), StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    heldOut.add(new Item("benign", line, "clean", true, embeddings.of(line)));
                }
            }
        }
        List<Item> extra = new ArrayList<>();
        for (Path file : scoreOnly) {
            for (JsonNode n : readJsonl(file)) {
                String text = n.get("text").asString();
                extra.add(new Item(
                        file.getFileName().toString(), text, n.get("label").asString(), true, embeddings.of(text)));
            }
        }
        ImplicitAbuseTrainer.saveCache(embeddings.cache());
        System.out.printf(
                "%d items from %d files (%d duplicate texts dropped), %d held-out benign posts, %d score-only items%n",
                items.size(), train.size(), duplicates, heldOut.size(), extra.size());

        SafeguardEngine engine = Detectors.defaultEngine();
        List<String> only = List.of(System.getProperty(
                        "kinds",
                        String.join(
                                ",", LABELS.keySet().stream().map(Enum::name).toList()))
                .split(","));
        for (MeaningHead.Kind kind : MeaningHead.Kind.values()) {
            if (!only.contains(kind.name())) {
                continue;
            }
            MeaningHead veto = new MeaningHead(
                    kind, reader, new LogisticHead(new float[0], 0f, 1, 1, List.of()), Detectors.defaults());
            Category c = kind.category();
            Case all = new Case(kind, items, engine, veto);
            Case held = new Case(kind, heldOut, engine, veto);
            Case scored = new Case(kind, extra, engine, veto);
            System.out.printf("%n== %s (%s): %d positives ==%n", kind, LABELS.get(kind), all.positives());

            for (double lambda : LAMBDAS) {
                warm(all, lambda);
            }
            int[] fold = folds(all, FOLDS, 42);
            double[] oof = new double[items.size()];
            double[] thresholdOf = new double[FOLDS];
            for (int f = 0; f < FOLDS; f++) {
                int ff = f;
                Case tr = all.subset(i -> fold[i] != ff);
                Selection s = select(tr);
                thresholdOf[f] = s.threshold;
                Model m = fit(tr, s.lambda);
                for (int i = 0; i < items.size(); i++) {
                    if (fold[i] == f) {
                        oof[i] = m.score(items.get(i).x());
                    }
                }
                System.out.printf(Locale.ROOT, "  fold %d: lambda %.2f threshold %.3f%n", f, s.lambda, s.threshold);
            }
            boolean[] head = new boolean[items.size()];
            for (int i = 0; i < items.size(); i++) {
                head[i] = !all.deferred[i] && oof[i] >= thresholdOf[fold[i]];
            }
            String rulesOnly = all.report("rules only", new boolean[items.size()]);
            String cv = all.report("5-fold CV, rules + head", head);
            System.out.println(rulesOnly);
            System.out.println(cv);
            System.out.println(all.perFile(head));
            for (int i = 0; i < items.size(); i++) {
                if (head[i] && all.y[i] == 0) {
                    Item it = items.get(i);
                    System.out.printf(
                            Locale.ROOT,
                            "  OOF false flag [%s %s] %.2f %s%n",
                            it.file(),
                            it.label(),
                            oof[i],
                            clip(it.text()));
                }
            }

            Selection s = select(all);
            if (ImplicitAbuseTrainer.FIXED_THRESHOLD != null) { // this threshold; the lambda is still chosen as usual
                s = new Selection(s.lambda, Double.parseDouble(ImplicitAbuseTrainer.FIXED_THRESHOLD), s.f1);
            }
            Model m = fit(all, s.lambda);
            int devClean = 0;
            int devCleanFlagged = 0;
            for (int i = 0; i < items.size(); i++) {
                Item it = items.get(i);
                boolean dev = Files.exists(Path.of("/work/shared/datasets", it.file()));
                if (dev && it.label().equals("clean")) {
                    devClean++;
                    if (!all.deferred[i] && m.score(it.x()) >= s.threshold) {
                        devCleanFlagged++;
                        System.out.println("  dev clean flagged (trained on): " + clip(it.text()));
                    }
                }
            }
            int benignFlagged = 0;
            for (int i = 0; i < heldOut.size(); i++) {
                if (!held.deferred[i] && m.score(heldOut.get(i).x()) >= s.threshold) {
                    benignFlagged++;
                    System.out.println("  held-out benign post flagged: "
                            + clip(heldOut.get(i).text()));
                }
            }
            int extraFlagged = 0;
            for (int i = 0; i < extra.size(); i++) {
                if (!scored.deferred[i] && m.score(extra.get(i).x()) >= s.threshold) {
                    extraFlagged++;
                    System.out.println("  score-only item flagged: ["
                            + extra.get(i).label() + "] " + clip(extra.get(i).text()));
                }
            }
            String final_ = String.format(
                    Locale.ROOT,
                    "trained on everything: lambda %.2f threshold %.3f; dev clean flagged %d/%d; held-out benign posts"
                            + " flagged %d/%d; score-only items flagged %d/%d",
                    s.lambda,
                    s.threshold,
                    devCleanFlagged,
                    devClean,
                    benignFlagged,
                    heldOut.size(),
                    extraFlagged,
                    extra.size());
            System.out.println(final_);
            if (outDir != null) {
                List<String> notes = List.of(
                        kind + " meaning head over " + ImplicitAbuseTrainer.embedderName()
                                + " (quantised, langchain4j) unit-length sentence"
                                + " embeddings of what the model reads (SentenceEmbedding.textForModel).",
                        "Trained " + LocalDate.now() + " by org.postwatch.bench.MeaningHeadTrainer: " + all.positives()
                                + " '" + LABELS.get(kind) + "' positives, every other item negative, " + items.size()
                                + " items of "
                                + train.stream()
                                        .map(p -> p.getFileName().toString())
                                        .toList() + ".",
                        String.format(
                                        Locale.ROOT,
                                        "L2-regularised logistic regression (lambda %.2f); threshold: best F1 of rules + head"
                                                + " with at most %.2f%% of clean items flagged by the head%s%s, inner 5-fold CV.",
                                        s.lambda,
                                        MAX_CLEAN_FP * 100,
                                        MIN_PRECISION > 0
                                                ? String.format(
                                                        Locale.ROOT,
                                                        " and rules + head precision >= %.2f",
                                                        MIN_PRECISION)
                                                : "",
                                        MIN_POLICE_PRECISION > 0
                                                ? String.format(
                                                        Locale.ROOT,
                                                        " and precision on police posts at least %.2f",
                                                        MIN_POLICE_PRECISION)
                                                : "")
                                + (ImplicitAbuseTrainer.FIXED_THRESHOLD != null
                                        ? " The shipped threshold was then fixed at "
                                                + ImplicitAbuseTrainer.FIXED_THRESHOLD
                                                + " (-Dthreshold): see docs/safeguard.md, Round 11."
                                        : ""),
                        rulesOnly,
                        cv,
                        final_);
                Files.createDirectories(outDir);
                Path out = outDir.resolve(Path.of(kind.resource()).getFileName());
                Files.writeString(
                        out, new LogisticHead(m.weights(), (float) m.bias(), s.threshold, 1.0, notes).format());
                System.out.println("wrote " + out);
            }
        }
    }

    static String clip(String text) {
        String t = text.replace('\n', ' ');
        return t.length() > 150 ? t.substring(0, 150) + "..." : t;
    }

    /** The items of one category: labels, the rules' flags and the head's deferrals. */
    static final class Case {
        final MeaningHead.Kind kind;
        final List<Item> items;
        final int[] y;
        final boolean[] ruleFlag;
        final boolean[] deferred;

        Case(MeaningHead.Kind kind, List<Item> items, int[] y, boolean[] ruleFlag, boolean[] deferred) {
            this.kind = kind;
            this.items = items;
            this.y = y;
            this.ruleFlag = ruleFlag;
            this.deferred = deferred;
        }

        Case(MeaningHead.Kind kind, List<Item> items, SafeguardEngine engine, MeaningHead veto) {
            this(kind, items, new int[items.size()], new boolean[items.size()], new boolean[items.size()]);
            for (int i = 0; i < items.size(); i++) {
                Item it = items.get(i);
                y[i] = it.label().equals(LABELS.get(kind)) ? 1 : 0;
                ruleFlag[i] = rulesFlag(engine, it.text(), kind.category());
                deferred[i] = veto.defers(AnalysedText.of(it.text()), CheckContext.defaults());
            }
        }

        Case subset(java.util.function.IntPredicate keep) {
            List<Integer> idx = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if (keep.test(i)) {
                    idx.add(i);
                }
            }
            List<Item> its = new ArrayList<>();
            int[] yy = new int[idx.size()];
            boolean[] rf = new boolean[idx.size()];
            boolean[] df = new boolean[idx.size()];
            for (int k = 0; k < idx.size(); k++) {
                int i = idx.get(k);
                its.add(items.get(i));
                yy[k] = y[i];
                rf[k] = ruleFlag[i];
                df[k] = deferred[i];
            }
            return new Case(kind, its, yy, rf, df);
        }

        long positives() {
            return Arrays.stream(y).filter(v -> v == 1).count();
        }

        String report(String title, boolean[] head) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            int policeFp = 0;
            int clean = 0;
            int cleanFlagged = 0;
            int cleanHead = 0;
            int headTp = 0;
            int headFp = 0;
            for (int i = 0; i < items.size(); i++) {
                boolean flag = ruleFlag[i] || head[i];
                if (y[i] == 1) {
                    tp += flag ? 1 : 0;
                    fn += flag ? 0 : 1;
                    headTp += head[i] ? 1 : 0;
                } else if (flag) {
                    fp++;
                    policeFp += items.get(i).police() ? 1 : 0;
                    headFp += head[i] ? 1 : 0;
                }
                if (items.get(i).label().equals("clean")) {
                    clean++;
                    cleanFlagged += flag ? 1 : 0;
                    cleanHead += head[i] ? 1 : 0;
                }
            }
            double p = tp / (double) Math.max(1, tp + fp);
            double pp = tp / (double) Math.max(1, tp + policeFp);
            double r = tp / (double) Math.max(1, tp + fn);
            return String.format(
                    Locale.ROOT,
                    "%s: %s P %.3f (police posts %.3f) R %.3f F1 %.3f (TP %d, FP %d of which police %d, FN %d);"
                            + " head alone TP %d FP %d; clean flagged %d/%d (by the head %d)",
                    title,
                    kind,
                    p,
                    pp,
                    r,
                    2 * p * r / Math.max(1e-9, p + r),
                    tp,
                    fp,
                    policeFp,
                    fn,
                    headTp,
                    headFp,
                    cleanFlagged,
                    clean,
                    cleanHead);
        }

        /** Recall of rules only and rules + head, per file. */
        String perFile(boolean[] head) {
            Map<String, int[]> m = new LinkedHashMap<>(); // positives, rules, rules+head, negatives flagged by head
            for (int i = 0; i < items.size(); i++) {
                int[] c = m.computeIfAbsent(items.get(i).file(), k -> new int[4]);
                if (y[i] == 1) {
                    c[0]++;
                    c[1] += ruleFlag[i] ? 1 : 0;
                    c[2] += ruleFlag[i] || head[i] ? 1 : 0;
                } else {
                    c[3] += head[i] ? 1 : 0;
                }
            }
            StringBuilder out =
                    new StringBuilder("  per file (positives: rules -> rules + head; negatives the head flags):");
            m.forEach((file, c) -> {
                if (c[0] > 0 || c[3] > 0) {
                    out.append(String.format(
                            Locale.ROOT, "%n    %-32s %3d: %3d -> %3d; head FP %d", file, c[0], c[1], c[2], c[3]));
                }
            });
            return out.toString();
        }
    }

    static boolean rulesFlag(SafeguardEngine rules, String text, Category category) {
        SafeguardReport report = rules.check(text, null);
        for (SafeguardReport.Decision d : report.decisions()) {
            if (d.finding().category() == category && d.outcome() != Outcome.ALLOW) {
                return true;
            }
        }
        return false;
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

    // ---- regularisation and threshold from inner out-of-fold scores ----

    record Selection(double lambda, double threshold, double f1) {}

    static Selection select(Case c) {
        int[] inner = folds(c, FOLDS, 7);
        Selection best = null;
        for (double lambda : LAMBDAS) {
            double[] scores = new double[c.items.size()];
            for (int f = 0; f < FOLDS; f++) {
                int ff = f;
                Model m = fit(c.subset(i -> inner[i] != ff), lambda);
                for (int i = 0; i < c.items.size(); i++) {
                    if (inner[i] == f) {
                        scores[i] = m.score(c.items.get(i).x());
                    }
                }
            }
            Selection s = threshold(c, scores, lambda);
            if (best == null || s.f1 > best.f1) {
                best = s;
            }
        }
        return best;
    }

    static Selection threshold(Case c, double[] scores, double lambda) {
        double[] candidates = scores.clone();
        Arrays.sort(candidates);
        long clean = c.items.stream().filter(i -> i.label().equals("clean")).count();
        Selection best = new Selection(lambda, 1.0, -1);
        Selection fallback = best;
        double bestPrecisionBelowFloor = -1;
        for (double t : candidates) {
            int cleanFp = 0;
            int tp = 0;
            int fp = 0;
            int policeFp = 0;
            int fn = 0;
            for (int i = 0; i < c.items.size(); i++) {
                boolean head = !c.deferred[i] && scores[i] >= t;
                boolean flag = c.ruleFlag[i] || head;
                if (head && c.items.get(i).label().equals("clean")) {
                    cleanFp++;
                }
                if (flag && c.y[i] == 1) {
                    tp++;
                } else if (flag) {
                    fp++;
                    policeFp += c.items.get(i).police() ? 1 : 0;
                } else if (c.y[i] == 1) {
                    fn++;
                }
            }
            if (cleanFp > MAX_CLEAN_FP * clean || tp < MIN_POLICE_PRECISION * (tp + policeFp)) {
                continue;
            }
            double f1 = 2.0 * tp / (2.0 * tp + fp + fn);
            double precision = tp / (double) Math.max(1, tp + fp);
            if (precision < MIN_PRECISION) {
                // below the floor: worth keeping only while no threshold meets it, and then the most precise one
                if (best.f1 < 0 && precision > bestPrecisionBelowFloor) {
                    bestPrecisionBelowFloor = precision;
                    fallback = new Selection(lambda, t, -1);
                }
                continue;
            }
            if (f1 > best.f1) {
                best = new Selection(lambda, t, f1);
            }
        }
        return best.f1 < 0 ? fallback : best;
    }

    /** Folds stratified by (police post, label), shuffled with a fixed seed. */
    static int[] folds(Case c, int k, long seed) {
        Map<String, List<Integer>> strata = new HashMap<>();
        for (int i = 0; i < c.items.size(); i++) {
            strata.computeIfAbsent(c.items.get(i).police() + "/" + c.y[i], s -> new ArrayList<>())
                    .add(i);
        }
        int[] fold = new int[c.items.size()];
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

    /** Start points for Newton's method, per regularisation: the fit on every item (see {@link #fit}). */
    private static final Map<String, double[]> WARM = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * L2-regularised logistic regression by Newton's method (ImplicitAbuseTrainer's solver), started from the fit on
     * all of the category's items with the same lambda. The objective is strictly convex, so where Newton starts
     * changes only how many steps it takes (about three instead of ten), not the optimum it converges to.
     */
    static Model fit(Case c, double lambda) {
        String key = c.kind + "/" + lambda;
        double[] start = WARM.get(key);
        Model m = newton(c, lambda, start);
        if (start == null) {
            double[] w = new double[m.weights().length + 1];
            for (int j = 0; j < m.weights().length; j++) {
                w[j] = m.weights()[j];
            }
            w[w.length - 1] = m.bias();
            WARM.put(key, w);
        }
        return m;
    }

    /** Fits the warm start for {@code lambda} on {@code all} (every item of the category) before any fold. */
    static void warm(Case all, double lambda) {
        fit(all, lambda);
    }

    static Model newton(Case c, double lambda, double[] start) {
        List<float[]> x = new ArrayList<>(c.items.size());
        for (Item item : c.items) {
            x.add(item.x());
        }
        return ImplicitAbuseTrainer.newton(x, c.y, lambda, start, 30, 1e-5);
    }
}
