package org.postwatch.insights;

import java.util.ArrayList;
import java.util.List;
import org.postwatch.insights.Insights.ForceMeasures;
import org.postwatch.platform.Suppression;

/**
 * Lays the forces' counts side by side for the inspectorate. Each force is suppressed on its own, with the conduct
 * module's rule: a count from 1 to 4 is hidden, and so is any share or average resting on one, or on fewer than 5.
 */
final class InspectionTables {

    private InspectionTables() {}

    static Inspection build(Period period, List<ForceMeasures> forces) {
        List<Suppression> suppressed =
                forces.stream().map(InspectionTables::suppress).toList();
        List<Table> tables = new ArrayList<>();
        tables.add(table(
                "inspection-strategy",
                "Strategy",
                "Posts and the strategy",
                "Broadcast posts published and the share tagged to an objective of the force's own strategy.",
                List.of("Broadcast posts", "Tagged to the strategy", "Tagged (%)"),
                forces,
                suppressed,
                (f, s) -> List.of(fig(s, "broadcasts"), fig(s, "tagged"), share(s, "tagged", "broadcasts")),
                Table.Chart.horizontalBars(2)));
        tables.add(table(
                "inspection-dialogue",
                "Dialogue",
                "Dialogue with the public",
                "Replies per broadcast post, share of inbound items answered, average time to first response and"
                        + " SLA breaches.",
                List.of(
                        "Replies",
                        "Replies per broadcast",
                        "Inbound received",
                        "Answered (%)",
                        "Average first response (hours)",
                        "SLA breaches"),
                forces,
                suppressed,
                (f, s) -> List.of(
                        fig(s, "replies"),
                        s.hidden("replies") || s.value("broadcasts") < Suppression.THRESHOLD
                                ? Value.suppressed()
                                : s.value("broadcasts") == 0
                                        ? Value.none()
                                        : Value.decimal((double) f.replies() / f.broadcasts(), 2),
                        fig(s, "received"),
                        share(s, "answered", "received"),
                        s.value("answered") < Suppression.THRESHOLD
                                ? (s.value("answered") == 0 ? Value.none() : Value.suppressed())
                                : Value.decimal(f.responseSeconds() / 3600.0 / f.answered(), 1),
                        fig(s, "breached")),
                Table.Chart.bars(3)));
        tables.add(table(
                "inspection-safety",
                "Safety",
                "Safety of what is posted",
                "Safeguard checks by outcome, review decisions over the force's time target, publishing failures and"
                        + " critical-incident pauses.",
                List.of(
                        "Checks",
                        "Advice (%)",
                        "Held for review (%)",
                        "Blocked (%)",
                        "Review decisions",
                        "Over the target (%)",
                        "Publishing failures",
                        "Pauses"),
                forces,
                suppressed,
                (f, s) -> List.of(
                        fig(s, "checks"),
                        share(s, "outcome1", "checks"),
                        share(s, "outcome2", "checks"),
                        share(s, "outcome3", "checks"),
                        fig(s, "reviews"),
                        share(s, "overdue", "reviews"),
                        fig(s, "failures"),
                        fig(s, "pauses")),
                Table.Chart.bars(2, 3)));
        tables.add(table(
                "inspection-people",
                "People",
                "Trained and accredited staff",
                "Active staff today: trained (a current course), accredited to post, and accreditations lapsing in the"
                        + " next 30 days.",
                List.of("Active staff", "Trained (%)", "Accredited", "Accredited (%)", "Lapsing in 30 days"),
                forces,
                suppressed,
                (f, s) -> List.of(
                        fig(s, "staff"),
                        share(s, "trained", "staff"),
                        fig(s, "accredited"),
                        share(s, "accredited", "staff"),
                        fig(s, "lapsing")),
                Table.Chart.horizontalBars(1, 3)));
        return new Inspection(period, tables, forces.size());
    }

    private interface Cells {
        List<Value> of(ForceMeasures force, Suppression s);
    }

    private static Table table(
            String id,
            String section,
            String title,
            String description,
            List<String> columns,
            List<ForceMeasures> forces,
            List<Suppression> suppressed,
            Cells cells,
            Table.Chart chart) {
        List<Table.Row> rows = new ArrayList<>();
        for (int i = 0; i < forces.size(); i++) {
            rows.add(new Table.Row(forces.get(i).forceName(), cells.of(forces.get(i), suppressed.get(i))));
        }
        return new Table(id, section, title, description, "Force", columns, rows, chart);
    }

    static Suppression suppress(ForceMeasures f) {
        Suppression s = new Suppression();
        s.count("broadcasts", f.broadcasts());
        s.count("tagged", f.tagged()).count("untagged", f.broadcasts() - f.tagged());
        s.sum("broadcasts", List.of("tagged", "untagged"));
        s.count("replies", f.replies());
        s.count("received", f.received()).count("answered", f.answered());
        s.count("unanswered", Math.max(0, f.received() - f.answered()));
        if (f.received() >= f.answered()) {
            s.sum("received", List.of("answered", "unanswered"));
        }
        s.count("breached", f.breached());
        long checks = 0;
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < f.outcomes().length; i++) {
            s.count("outcome" + i, f.outcomes()[i]);
            outcomes.add("outcome" + i);
            checks += f.outcomes()[i];
        }
        s.count("checks", checks).sum("checks", outcomes);
        s.count("reviews", f.reviews()).count("overdue", f.overdue()).count("intime", f.reviews() - f.overdue());
        s.sum("reviews", List.of("overdue", "intime"));
        s.count("failures", f.failures());
        s.count("pauses", f.pauses());
        s.count("staff", f.staff());
        s.count("trained", f.trained()).count("untrained", f.staff() - f.trained());
        s.sum("staff", List.of("trained", "untrained"));
        s.count("accredited", f.accredited()).count("unaccredited", f.staff() - f.accredited());
        s.sum("staff", List.of("accredited", "unaccredited"));
        s.count("lapsing", f.lapsing());
        return s.apply();
    }

    private static Value fig(Suppression s, String name) {
        return Insights.figure(s, name);
    }

    /** A percentage shown only when neither its part nor its whole is hidden, nor the whole under 5. */
    private static Value share(Suppression s, String part, String whole) {
        if (s.value(whole) == 0) {
            return Value.none();
        }
        if (s.hidden(part) || s.hidden(whole) || s.value(whole) < Suppression.THRESHOLD) {
            return Value.suppressed();
        }
        return Value.percent(s.value(part), s.value(whole));
    }
}
