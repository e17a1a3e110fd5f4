package org.postwatch.safeguard.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.postwatch.safeguard.engine.Category;
import org.postwatch.safeguard.engine.CheckContext;
import org.postwatch.safeguard.engine.Finding;
import org.postwatch.safeguard.engine.Outcome;
import org.postwatch.safeguard.engine.SafeguardEngine;
import org.postwatch.safeguard.engine.SafeguardReport;

/**
 * The {@code evaluate} command. Definitions, so figures can be compared between runs:
 *
 * <ul>
 *   <li>An item <b>is flagged</b> for a category when its outcome is not ALLOW and at least one finding of that
 *       category has an outcome above ALLOW (a finding the policy ignores does not count).
 *   <li>For a category, <b>positives</b> are items labelled with it ({@code sub_judice} = CONTEMPT,
 *       {@code operational} = OPERATIONAL_SECURITY); <b>negatives</b> are items labelled {@code not_<it>} or
 *       {@code clean}. Items with another label do not count for that category: a neutral "X, 34, has been
 *       charged" is {@code not_sub_judice} and may rightly be flagged as personal data.
 *   <li><b>Kind-averaged</b> scores weigh every (label, kind) group equally, whatever its size, so one large
 *       template family cannot dominate; items without {@code kind=} form one group per label and file.
 *   <li>The <b>false-positive rate on clean</b> items is the share of {@code clean} items whose outcome is not
 *       ALLOW, for any reason.
 *   <li><b>Span recall</b>: a labelled personal-data span counts as found when PERSONAL_DATA findings cover at
 *       least half of its characters, whatever the outcome.
 * </ul>
 *
 * Every item is checked as a CORPORATE post on the SANDBOX channel with no attachments and no force profile.
 */
public final class Evaluation {

    private Evaluation() {}

    /** One labelled item and what the engine said about it. */
    public record Checked(LabelledItem item, SafeguardReport report) {

        public boolean flagged(Category category) {
            return report.flags(category);
        }

        /** Wrong for its own label: a missed positive, a flagged negative, or a clean item not allowed. */
        public boolean wrong() {
            if (item.isClean()) {
                return report.outcome() != Outcome.ALLOW;
            }
            Category category = item.category();
            return category != null && flagged(category) != item.isPositive();
        }

        public String got() {
            if (report.outcome() == Outcome.ALLOW) {
                return "ALLOW";
            }
            return report.outcome() + " " + report.categories();
        }
    }

    /** Weighted confusion counts for one category. */
    public static final class Counts {
        double tp;
        double fp;
        double fn;
        double tn;

        /** Positives flagged (weighted by kind when kind-averaged). */
        public double tp() {
            return tp;
        }

        /** Negatives flagged (weighted by kind when kind-averaged). */
        public double fp() {
            return fp;
        }

        public double precision() {
            return tp + fp == 0 ? 1.0 : tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 1.0 : tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Scores for one category, per item and kind-averaged. */
    public record Score(Category category, int positives, int negatives, Counts items, Counts kinds) {}

    public record KindRow(String file, String label, String kind, int n, int flagged) {}

    /** Everything {@code evaluate} prints. */
    public record Result(
            String policy,
            int items,
            Set<String> files,
            List<Score> scores,
            int clean,
            int cleanNotAllowed,
            int spans,
            int spansFound,
            Map<String, int[]> spansByType,
            List<KindRow> kinds,
            List<Checked> wrong,
            List<String> missedSpans) {

        public double cleanFalsePositiveRate() {
            return clean == 0 ? 0 : (double) cleanNotAllowed / clean;
        }

        public double spanRecall() {
            return spans == 0 ? 1 : (double) spansFound / spans;
        }

        public Score score(Category category) {
            return scores.stream()
                    .filter(s -> s.category() == category)
                    .findFirst()
                    .orElse(null);
        }

        void print(PrintStream out, int maxWrong) {
            out.printf(Locale.ROOT, "Policy: %s. %d items from %s%n%n", policy, items, String.join(", ", files));
            out.printf(
                    Locale.ROOT,
                    "%-22s %5s %5s %5s %5s %5s %9s %7s %6s | %s%n",
                    "category",
                    "pos",
                    "neg",
                    "TP",
                    "FP",
                    "FN",
                    "precision",
                    "recall",
                    "F1",
                    "kind-averaged P / R / F1");
            for (Score s : scores) {
                out.printf(
                        Locale.ROOT,
                        "%-22s %5d %5d %5.0f %5.0f %5.0f %9.3f %7.3f %6.3f | %.3f / %.3f / %.3f%n",
                        s.category(),
                        s.positives(),
                        s.negatives(),
                        s.items().tp,
                        s.items().fp,
                        s.items().fn,
                        s.items().precision(),
                        s.items().recall(),
                        s.items().f1(),
                        s.kinds().precision(),
                        s.kinds().recall(),
                        s.kinds().f1());
            }
            out.printf(
                    Locale.ROOT,
                    "%nFalse-positive rate on clean items (outcome not ALLOW): %d/%d = %.3f%n",
                    cleanNotAllowed,
                    clean,
                    cleanFalsePositiveRate());
            out.printf(
                    Locale.ROOT,
                    "Personal-data span recall: %d/%d = %.3f  (%s)%n",
                    spansFound,
                    spans,
                    spanRecall(),
                    spansByType.entrySet().stream()
                            .map(e -> String.format(
                                    Locale.ROOT, "%s %d/%d", e.getKey(), e.getValue()[1], e.getValue()[0]))
                            .collect(Collectors.joining(", ")));
            out.printf("%nBy kind (flagged = flagged for the label's category; for clean items, outcome not ALLOW)%n");
            for (KindRow row : kinds) {
                out.printf(
                        Locale.ROOT,
                        "  %-28s %-15s %-20s %4d  flagged %4d (%5.1f%%)%n",
                        row.file(),
                        row.label(),
                        row.kind(),
                        row.n(),
                        row.flagged(),
                        100.0 * row.flagged() / row.n());
            }
            out.printf("%nWrong: %d item(s)%n", wrong.size());
            wrong.stream()
                    .limit(maxWrong)
                    .forEach(c -> out.printf(
                            Locale.ROOT,
                            "  %s  expected=%s  got=%s  \"%s\"%n",
                            c.item().id(),
                            c.item().label(),
                            c.got(),
                            excerpt(c.item().text())));
            if (wrong.size() > maxWrong) {
                out.printf("  ... and %d more%n", wrong.size() - maxWrong);
            }
            out.printf("%nMissed personal-data spans: %d%n", missedSpans.size());
            missedSpans.stream().limit(maxWrong).forEach(s -> out.println("  " + s));
        }
    }

    /** Checks every item as a CORPORATE post on the SANDBOX channel, with no force profile. */
    public static Result run(SafeguardEngine engine, List<LabelledItem> items) {
        return run(engine, items, CheckContext.defaults());
    }

    /** Checks every item in the given context, for example with a force's own profile. */
    public static Result run(SafeguardEngine engine, List<LabelledItem> items, CheckContext context) {
        List<Checked> checked = new ArrayList<>(items.size());
        for (LabelledItem item : items) {
            checked.add(new Checked(item, engine.check(item.text(), context)));
        }

        Set<Category> labelled = new LinkedHashSet<>();
        for (Category category : Category.values()) {
            if (items.stream().anyMatch(i -> i.isPositive() && i.category() == category)) {
                labelled.add(category);
            }
        }
        Map<String, Integer> groupSizes = new TreeMap<>();
        for (LabelledItem item : items) {
            groupSizes.merge(group(item), 1, Integer::sum);
        }
        List<Score> scores = new ArrayList<>();
        for (Category category : labelled) {
            Counts plain = new Counts();
            Counts weighted = new Counts();
            int positives = 0;
            int negatives = 0;
            for (Checked c : checked) {
                LabelledItem item = c.item();
                boolean positive = item.isPositive() && item.category() == category;
                boolean negative = item.isClean() || (!item.isPositive() && item.category() == category);
                if (!positive && !negative) {
                    continue;
                }
                double weight = 1.0 / groupSizes.get(group(item));
                boolean flagged = c.flagged(category);
                if (positive) {
                    positives++;
                    add(plain, weighted, weight, flagged, true);
                } else {
                    negatives++;
                    add(plain, weighted, weight, flagged, false);
                }
            }
            scores.add(new Score(category, positives, negatives, plain, weighted));
        }

        int clean = 0;
        int cleanNotAllowed = 0;
        int spans = 0;
        int spansFound = 0;
        Map<String, int[]> byType = new TreeMap<>();
        List<String> missed = new ArrayList<>();
        Map<String, KindRow> kinds = new TreeMap<>();
        for (Checked c : checked) {
            LabelledItem item = c.item();
            boolean flagged;
            if (item.isClean()) {
                clean++;
                flagged = c.report().outcome() != Outcome.ALLOW;
                if (flagged) {
                    cleanNotAllowed++;
                }
            } else {
                flagged = item.category() != null && c.flagged(item.category());
            }
            String key = item.file() + "|" + item.label() + "|" + item.kind();
            KindRow row = kinds.getOrDefault(key, new KindRow(item.file(), item.label(), item.kind(), 0, 0));
            kinds.put(
                    key,
                    new KindRow(row.file(), row.label(), row.kind(), row.n() + 1, row.flagged() + (flagged ? 1 : 0)));
            for (LabelledItem.GoldSpan gold : item.spans()) {
                spans++;
                int[] type = byType.computeIfAbsent(gold.type(), t -> new int[2]);
                type[0]++;
                if (covered(gold, c.report())) {
                    spansFound++;
                    type[1]++;
                } else {
                    missed.add(item.id() + " " + gold.type() + " '" + gold.value() + "' in \"" + excerpt(item.text())
                            + "\"");
                }
            }
        }
        List<Checked> wrong = checked.stream().filter(Checked::wrong).toList();
        Set<String> files = new LinkedHashSet<>();
        items.forEach(i -> files.add(i.file()));
        return new Result(
                engine.policy().toString(),
                items.size(),
                files,
                scores,
                clean,
                cleanNotAllowed,
                spans,
                spansFound,
                byType,
                List.copyOf(kinds.values()),
                wrong,
                missed);
    }

    private static void add(Counts plain, Counts weighted, double weight, boolean flagged, boolean positive) {
        if (positive && flagged) {
            plain.tp++;
            weighted.tp += weight;
        } else if (positive) {
            plain.fn++;
            weighted.fn += weight;
        } else if (flagged) {
            plain.fp++;
            weighted.fp += weight;
        } else {
            plain.tn++;
            weighted.tn += weight;
        }
    }

    private static String group(LabelledItem item) {
        return item.label() + "|" + (item.kind().equals("-") ? item.file() : item.kind());
    }

    private static boolean covered(LabelledItem.GoldSpan gold, SafeguardReport report) {
        int length = gold.end() - gold.start();
        if (length <= 0) {
            return true;
        }
        boolean[] hit = new boolean[length];
        for (Finding finding : report.findings()) {
            if (finding.category() != Category.PERSONAL_DATA) {
                continue;
            }
            int from = Math.max(finding.span().start(), gold.start());
            int to = Math.min(finding.span().end(), gold.end());
            for (int i = from; i < to; i++) {
                hit[i - gold.start()] = true;
            }
        }
        int count = 0;
        for (boolean h : hit) {
            count += h ? 1 : 0;
        }
        return count * 2 >= length;
    }

    static String excerpt(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 120 ? flat : flat.substring(0, 117) + "...";
    }

    static Map<Category, Score> byCategory(Result result) {
        Map<Category, Score> map = new EnumMap<>(Category.class);
        result.scores().forEach(s -> map.put(s.category(), s));
        return map;
    }
}
