package org.postwatch.conduct.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;
import org.postwatch.conduct.Breakdown;
import org.postwatch.conduct.ConductAggregates;
import org.postwatch.conduct.ConductStatistics;
import org.postwatch.conduct.Figure;
import org.postwatch.conduct.FoiRow;
import org.postwatch.conduct.StatisticsPeriod;
import org.postwatch.conduct.domain.ConductActions;
import org.postwatch.conduct.domain.StatisticsAccessLog;
import org.postwatch.platform.CurrentUser;
import org.postwatch.platform.PostwatchUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** The force's conduct figures: charts with their tables, the FOI answer as a printable page and as CSV. */
@Controller
@RequestMapping("/conduct")
@PreAuthorize("hasRole('PROFESSIONAL_STANDARDS')")
class StatisticsController {

    static final String FOI_QUESTION = "How many investigations into staff use of social media has the force carried"
            + " out in each of the last five years; how many involved police officers; and how many ended in"
            + " dismissal, resignation or retirement?";

    private final ConductStatistics statistics;
    private final StatisticsAccessLog accessLog;
    private final JsonMapper json;
    private final Clock clock;

    StatisticsController(ConductStatistics statistics, StatisticsAccessLog accessLog, JsonMapper json, Clock clock) {
        this.statistics = statistics;
        this.accessLog = accessLog;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/statistics")
    String statistics(
            @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to, Model model) {
        StatisticsPeriod period = period(from, to);
        ConductAggregates figures = statistics.aggregatesFor(CurrentUser.get().forceId(), period);
        accessLog.record(ConductActions.STATISTICS_VIEWED, period, "page");
        model.addAttribute("figures", figures);
        model.addAttribute("period", period);
        model.addAttribute("charts", charts(figures, json));
        model.addAttribute("yearChoices", yearChoices());
        model.addAttribute("suppressionNote", Figure.SUPPRESSION_NOTE);
        return "conduct/statistics";
    }

    @GetMapping("/statistics.csv")
    ResponseEntity<byte[]> statisticsCsv(
            @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to) {
        StatisticsPeriod period = period(from, to);
        ConductAggregates figures = statistics.aggregatesFor(CurrentUser.get().forceId(), period);
        accessLog.record(ConductActions.STATISTICS_EXPORTED, period, "csv");
        CsvWriter csv = new CsvWriter().row("Force", "Period", "Measure", "Category", "Cases");
        String force = CurrentUser.get().forceName();
        for (String[] line : lines(figures)) {
            csv.row(force, period.label(), line[0], line[1], line[2]);
        }
        return csv("conduct-statistics-" + period.fromYear() + "-" + period.toYear() + ".csv", csv);
    }

    @GetMapping("/foi")
    String foi(@RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to, Model model) {
        StatisticsPeriod period = period(from, to);
        ConductAggregates figures = statistics.aggregatesFor(CurrentUser.get().forceId(), period);
        accessLog.record(ConductActions.FOI_VIEWED, period, "printable page");
        model.addAttribute("figures", figures);
        model.addAttribute("period", period);
        model.addAttribute("question", FOI_QUESTION);
        model.addAttribute("producedAt", clock.instant());
        model.addAttribute(
                "includesThisYear",
                period.toYear() == statistics.lastFiveYears().toYear());
        model.addAttribute("suppressionNote", Figure.SUPPRESSION_NOTE);
        model.addAttribute("yearChoices", yearChoices());
        return "conduct/foi";
    }

    @GetMapping("/foi.csv")
    ResponseEntity<byte[]> foiCsv(
            @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to) {
        StatisticsPeriod period = period(from, to);
        PostwatchUser user = CurrentUser.get();
        ConductAggregates figures = statistics.aggregatesFor(user.forceId(), period);
        accessLog.record(ConductActions.FOI_EXPORTED, period, "csv");
        return csv(
                "foi-social-media-investigations-" + period.fromYear() + "-" + period.toYear() + ".csv",
                foiCsv(figures));
    }

    static CsvWriter foiCsv(ConductAggregates figures) {
        CsvWriter csv = new CsvWriter()
                .row(
                        "Year reported",
                        "Investigations into staff social media use",
                        "Involving police officers",
                        "Ended in dismissal, resignation or retirement");
        for (FoiRow row : figures.foi()) {
            csv.row(
                    row.label(),
                    row.investigations().text(),
                    row.involvingPoliceOfficers().text(),
                    row.endedInDismissalResignationOrRetirement().text());
        }
        return csv;
    }

    /** Every published figure as (measure, category, value) lines. */
    static List<String[]> lines(ConductAggregates figures) {
        List<String[]> lines = new java.util.ArrayList<>();
        lines.add(new String[] {"All cases", "Total", figures.total().text()});
        lines.add(new String[] {"All cases", "Open", figures.open().text()});
        lines.add(new String[] {"All cases", "Concluded", figures.concluded().text()});
        for (Breakdown breakdown : figures.charts()) {
            for (Breakdown.Cell cell : breakdown.cells()) {
                lines.add(new String[] {
                    breakdown.title(), cell.label(), cell.figure().text()
                });
            }
        }
        lines.add(new String[] {
            "Cases ending in dismissal, resignation or retirement",
            "Cases",
            figures.endedService().part().text()
        });
        lines.add(new String[] {
            "Cases ending in dismissal, resignation or retirement",
            "Share",
            figures.endedService().text()
        });
        lines.add(new String[] {
            "Days to conclude", "Median", figures.medianDaysToConclude().text()
        });
        lines.add(new String[] {
            "Days to conclude",
            "90th percentile",
            figures.ninetiethPercentileDaysToConclude().text()
        });
        return lines;
    }

    static List<ChartView> charts(ConductAggregates figures, JsonMapper json) {
        return List.of(
                ChartView.of(figures.perYear(), false, "By the year the case was reported.", json),
                ChartView.of(figures.staffTypes(), true, "The person's staff type at the time.", json),
                ChartView.of(figures.platforms(), true, null, json),
                ChartView.of(figures.accountKinds(), true, null, json),
                ChartView.of(figures.duty(), true, null, json),
                ChartView.of(
                        figures.categories(),
                        true,
                        "A case can have several categories, so these add up to more than the number of cases.",
                        json),
                ChartView.of(figures.outcomes(), true, null, json),
                ChartView.of(figures.timeToConclude(), false, "From the date reported to the date concluded.", json));
    }

    private StatisticsPeriod period(Integer from, Integer to) {
        StatisticsPeriod standard = statistics.lastFiveYears();
        int first = from == null ? standard.fromYear() : from;
        int last = to == null ? standard.toYear() : to;
        if (first > last || last - first > 19 || last > standard.toYear() || first < standard.toYear() - 30) {
            return standard;
        }
        return new StatisticsPeriod(first, last);
    }

    private List<Integer> yearChoices() {
        int last = statistics.lastFiveYears().toYear();
        return IntStream.iterate(last, y -> y - 1).limit(15).boxed().toList();
    }

    static ResponseEntity<byte[]> csv(String fileName, CsvWriter csv) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }
}
