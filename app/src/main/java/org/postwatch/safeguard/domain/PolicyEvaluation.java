package org.postwatch.safeguard.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.postwatch.safeguard.Category;
import org.postwatch.safeguard.cli.Evaluation;
import org.postwatch.safeguard.cli.LabelledItem;

/**
 * A version's results on the force's labelled examples, beside the active version's, computed by the engine's own
 * {@code evaluate} logic so the figures match the command-line tool's.
 */
public record PolicyEvaluation(int items, Run candidate, Run active, List<Item> fixed, List<Item> broken) {

    /** One version's figures. */
    public record Run(
            int number,
            String label,
            List<Score> scores,
            int clean,
            int cleanNotAllowed,
            double cleanFalsePositiveRate,
            int spans,
            int spansFound,
            double spanRecall,
            List<Item> wrong) {}

    /** Precision and recall for one category, counting items labelled with it and items labelled against it. */
    public record Score(Category category, int positives, int negatives, double precision, double recall, double f1) {}

    /**
     * A labelled item a version got wrong: its label in the examples file, what it should be and what the version
     * said, both in words ("Not offensive or discriminatory", "Held for review: personal information").
     */
    public record Item(String id, String label, String expected, String got, String excerpt) {}

    /** The same version against itself: nothing to compare. */
    public boolean comparesWithItself() {
        return candidate.number() == active.number();
    }

    public Score activeScore(Category category) {
        return active.scores().stream()
                .filter(s -> s.category() == category)
                .findFirst()
                .orElse(null);
    }

    static PolicyEvaluation of(
            int number,
            String label,
            Evaluation.Result candidate,
            int activeNumber,
            String activeLabel,
            Evaluation.Result active) {
        Run c = run(number, label, candidate);
        Run a = run(activeNumber, activeLabel, active);
        Set<String> wrongNow = ids(c.wrong());
        Set<String> wrongBefore = ids(a.wrong());
        List<Item> fixed =
                a.wrong().stream().filter(i -> !wrongNow.contains(i.id())).toList();
        List<Item> broken =
                c.wrong().stream().filter(i -> !wrongBefore.contains(i.id())).toList();
        return new PolicyEvaluation(candidate.items(), c, a, fixed, broken);
    }

    private static Set<String> ids(List<Item> items) {
        Set<String> ids = new HashSet<>();
        items.forEach(i -> ids.add(i.id()));
        return ids;
    }

    private static Run run(int number, String label, Evaluation.Result result) {
        List<Score> scores = result.scores().stream()
                .map(s -> new Score(
                        EngineTerms.fromEngine(s.category()),
                        s.positives(),
                        s.negatives(),
                        s.items().precision(),
                        s.items().recall(),
                        s.items().f1()))
                .toList();
        List<Item> wrong = result.wrong().stream()
                .map(c -> new Item(
                        c.item().id(),
                        c.item().label(),
                        expected(c.item()),
                        got(c.report()),
                        excerpt(c.item().text())))
                .toList();
        return new Run(
                number,
                label,
                scores,
                result.clean(),
                result.cleanNotAllowed(),
                result.cleanFalsePositiveRate(),
                result.spans(),
                result.spansFound(),
                result.spanRecall(),
                wrong);
    }

    /** The label in words: "Personal information", "Not contempt of court", "Clean: should be allowed". */
    static String expected(LabelledItem item) {
        if (item.isClean()) {
            return "Clean: should be allowed";
        }
        if (item.category() == null) {
            return item.label();
        }
        String category = EngineTerms.fromEngine(item.category()).label();
        return item.isPositive() ? category : "Not " + lowerFirst(category);
    }

    /** What the checks said, as the Check a post page says it: "Allowed", "Held for review: personal information". */
    static String got(org.postwatch.safeguard.engine.SafeguardReport report) {
        String outcome = EngineTerms.fromEngine(report.outcome()).label();
        if (report.outcome() == org.postwatch.safeguard.engine.Outcome.ALLOW
                || report.categories().isEmpty()) {
            return outcome;
        }
        return outcome + ": "
                + report.categories().stream()
                        .sorted()
                        .map(c -> lowerFirst(EngineTerms.fromEngine(c).label()))
                        .collect(Collectors.joining(", "));
    }

    private static String lowerFirst(String label) {
        return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    private static String excerpt(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 160 ? flat : flat.substring(0, 157) + "...";
    }
}
