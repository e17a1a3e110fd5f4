package org.postwatch.conduct.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.postwatch.conduct.Breakdown;
import org.postwatch.conduct.ConductAggregates;
import org.postwatch.conduct.ConductStatistics;
import org.postwatch.conduct.Figure;
import org.postwatch.conduct.ForceAggregates;
import org.postwatch.conduct.StatisticsPeriod;
import org.postwatch.conduct.domain.ConductActions;
import org.postwatch.conduct.domain.StatisticsAccessLog;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** The inspectorate's view: every force's suppressed figures side by side. Never a case, never a name. */
@Controller
@RequestMapping("/conduct")
@PreAuthorize("hasRole('INSPECTOR')")
class InspectionController {

    /** One measure across forces: a column per category, a row per force. */
    public record Comparison(String key, String title, List<String> columns, List<Row> rows) {}

    public record Row(String forceName, List<Figure> figures) {}

    private final ConductStatistics statistics;
    private final StatisticsAccessLog accessLog;
    private final JsonMapper json;

    InspectionController(ConductStatistics statistics, StatisticsAccessLog accessLog, JsonMapper json) {
        this.statistics = statistics;
        this.accessLog = accessLog;
        this.json = json;
    }

    @GetMapping("/inspection")
    String inspection(
            @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to, Model model) {
        StatisticsPeriod period = period(from, to);
        List<ForceAggregates> forces = statistics.acrossForces(period);
        accessLog.record(ConductActions.INSPECTION_VIEWED, period, "page");
        List<Comparison> comparisons = comparisons(forces);
        model.addAttribute("period", period);
        model.addAttribute("forces", forces);
        model.addAttribute("comparisons", comparisons);
        model.addAttribute("yearsChart", comparisons.isEmpty() ? "{}" : yearsChart(comparisons.getFirst()));
        model.addAttribute("shareChart", shareChart(forces));
        model.addAttribute("share", share(forces));
        model.addAttribute("yearChoices", yearChoices());
        model.addAttribute("suppressionNote", Figure.SUPPRESSION_NOTE);
        return "conduct/inspection";
    }

    @GetMapping("/inspection.csv")
    ResponseEntity<byte[]> inspectionCsv(
            @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to) {
        StatisticsPeriod period = period(from, to);
        List<ForceAggregates> forces = statistics.acrossForces(period);
        accessLog.record(ConductActions.INSPECTION_EXPORTED, period, "csv");
        CsvWriter csv = new CsvWriter().row("Force", "Period", "Measure", "Category", "Cases");
        for (ForceAggregates force : forces) {
            for (String[] line : StatisticsController.lines(force.aggregates())) {
                csv.row(force.forceName(), period.label(), line[0], line[1], line[2]);
            }
        }
        return StatisticsController.csv(
                "conduct-statistics-all-forces-" + period.fromYear() + "-" + period.toYear() + ".csv", csv);
    }

    static List<Comparison> comparisons(List<ForceAggregates> forces) {
        List<Comparison> comparisons = new ArrayList<>();
        List<Function<ConductAggregates, Breakdown>> measures = List.of(
                ConductAggregates::perYear,
                ConductAggregates::staffTypes,
                ConductAggregates::platforms,
                ConductAggregates::accountKinds,
                ConductAggregates::duty,
                ConductAggregates::categories,
                ConductAggregates::outcomes,
                ConductAggregates::timeToConclude);
        for (Function<ConductAggregates, Breakdown> measure : measures) {
            if (forces.isEmpty()) {
                break;
            }
            Breakdown first = measure.apply(forces.getFirst().aggregates());
            List<String> columns = new ArrayList<>(
                    first.cells().stream().map(Breakdown.Cell::label).toList());
            boolean withTotal = first.total() != null;
            if (withTotal) {
                columns.add("Total");
            }
            List<Row> rows = forces.stream()
                    .map(force -> {
                        Breakdown b = measure.apply(force.aggregates());
                        List<Figure> figures = new ArrayList<>(
                                b.cells().stream().map(Breakdown.Cell::figure).toList());
                        if (withTotal) {
                            figures.add(b.total());
                        }
                        return new Row(force.forceName(), figures);
                    })
                    .toList();
            comparisons.add(new Comparison(first.key(), first.title(), columns, rows));
        }
        return comparisons;
    }

    static Comparison share(List<ForceAggregates> forces) {
        return new Comparison(
                "endedService",
                "Cases ending in dismissal, resignation or retirement; time to conclude",
                List.of("Ended service", "All cases", "Share (%)", "Median days to conclude", "90th percentile days"),
                forces.stream()
                        .map(force -> new Row(
                                force.forceName(),
                                List.of(
                                        force.aggregates().endedService().part(),
                                        force.aggregates().endedService().whole(),
                                        percent(force.aggregates().endedService()),
                                        force.aggregates().medianDaysToConclude(),
                                        force.aggregates().ninetiethPercentileDaysToConclude())))
                        .toList());
    }

    /** Forces as the series, years as the groups; the total column stays in the table only. */
    private String yearsChart(Comparison perYear) {
        int years = perYear.columns().size() - 1;
        List<ChartView.Series> series = perYear.rows().stream()
                .map(row -> new ChartView.Series(row.forceName(), row.figures().subList(0, years)))
                .toList();
        return ChartView.spec(perYear.title(), false, perYear.columns().subList(0, years), series, json);
    }

    private static Figure percent(org.postwatch.conduct.Share share) {
        Long percent = share.percent();
        return percent == null ? Figure.suppressed() : Figure.of(percent);
    }

    private String shareChart(List<ForceAggregates> forces) {
        List<Figure> percents = forces.stream()
                .map(force -> percent(force.aggregates().endedService()))
                .toList();
        return ChartView.spec(
                "Share of cases ending in dismissal, resignation or retirement (%)",
                true,
                forces.stream().map(ForceAggregates::forceName).toList(),
                List.of(new ChartView.Series("Per cent", percents)),
                json);
    }

    private StatisticsPeriod period(Integer from, Integer to) {
        StatisticsPeriod standard = statistics.lastFiveYears();
        int first = from == null ? standard.fromYear() : from;
        int last = to == null ? standard.toYear() : to;
        if (first > last || last - first > 19 || last > standard.toYear()) {
            return standard;
        }
        return new StatisticsPeriod(first, last);
    }

    private List<Integer> yearChoices() {
        int last = statistics.lastFiveYears().toYear();
        return IntStream.iterate(last, y -> y - 1).limit(15).boxed().toList();
    }
}
