package org.postwatch.safeguard.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.postwatch.safeguard.Category;
import org.postwatch.safeguard.cli.Evaluation;

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

    /** A labelled item a version got wrong: what it should be, what the version said. */
    public record Item(String id, String label, String got, String excerpt) {}

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
                        c.got(),
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

    private static String excerpt(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 160 ? flat : flat.substring(0, 157) + "...";
    }
}
