package org.postwatch.insights.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.postwatch.insights.Dashboard;
import org.postwatch.insights.Insights;
import org.postwatch.insights.Inspection;
import org.postwatch.insights.Period;
import org.postwatch.insights.Strategy;
import org.postwatch.insights.Table;
import org.postwatch.platform.RecordNotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/insights")
@Tag(name = "Insights", description = "Strategy, dialogue, safety and people measures; the inspectorate's comparison")
class InsightsApi {

    private final Insights insights;
    private final Strategy strategy;

    InsightsApi(Insights insights, Strategy strategy) {
        this.insights = insights;
        this.strategy = strategy;
    }

    @GetMapping("/dashboard")
    @PreAuthorize(Insights.DASHBOARD_ROLES)
    @Operation(
            summary = "Every measure of the caller's force for a period (30d, quarter, 12m or custom with from and to),"
                    + " optionally narrowed to an account, owning unit or objective")
    DashboardResponse dashboard(
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String account,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String objective) {
        return DashboardResponse.of(insights.dashboard(insights.filter(period, from, to, account, unit, objective)));
    }

    @GetMapping("/tables/{id}")
    @PreAuthorize(Insights.DASHBOARD_ROLES)
    @Operation(summary = "One table of the caller's force's dashboard, with the same filters")
    Table table(
            @PathVariable String id,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String account,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String objective) {
        Dashboard dashboard = insights.dashboard(insights.filter(period, from, to, account, unit, objective));
        Table table = dashboard.tables().get(id);
        if (table == null) {
            throw new RecordNotFoundException("Table", id);
        }
        return table;
    }

    @GetMapping("/strategy")
    @PreAuthorize(Insights.DASHBOARD_ROLES)
    @Operation(summary = "The caller's force's strategy objectives and targets of posts a month")
    List<Strategy.Objective> strategy() {
        return strategy.objectives();
    }

    @GetMapping("/inspection")
    @PreAuthorize("hasRole('INSPECTOR')")
    @Operation(summary = "Every force's measures side by side, small numbers suppressed; inspectors only")
    InspectionResponse inspection(
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        Period chosen = insights.period(period, from, to);
        return InspectionResponse.of(insights.inspection(chosen));
    }

    record PeriodResponse(String choice, String from, String to, String label) {
        static PeriodResponse of(Period p) {
            return new PeriodResponse(p.choice(), p.from().toString(), p.to().toString(), p.label());
        }
    }

    record DashboardResponse(
            String force,
            PeriodResponse period,
            String account,
            String unit,
            String objective,
            boolean demoHistory,
            List<Dashboard.Headline> headlines,
            List<Table> tables,
            List<String> notes) {
        static DashboardResponse of(Dashboard d) {
            return new DashboardResponse(
                    d.forceName(),
                    PeriodResponse.of(d.filter().period()),
                    d.filter().account() == null ? null : d.filter().account().toString(),
                    d.filter().unit(),
                    d.filter().objective() == null
                            ? null
                            : d.filter().objective().name(),
                    d.demoHistory(),
                    d.headlines(),
                    List.copyOf(d.tables().values()),
                    d.notes());
        }
    }

    record InspectionResponse(PeriodResponse period, int forces, String suppressionNote, List<Table> tables) {
        static InspectionResponse of(Inspection i) {
            return new InspectionResponse(
                    PeriodResponse.of(i.period()), i.forces(), Inspection.SUPPRESSION_NOTE, i.tables());
        }
    }
}
