package org.postwatch.insights.web;

import java.util.List;
import org.postwatch.insights.Insights;
import org.postwatch.insights.Inspection;
import org.postwatch.insights.Period;
import org.postwatch.insights.Table;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.RecordNotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import tools.jackson.databind.json.JsonMapper;

/** The inspectorate's view: every force's measures side by side, suppressed, never a person or an account. */
@Controller
@RequestMapping("/insights/inspection")
@PreAuthorize("hasRole('INSPECTOR')")
class InsightsInspectionController {

    private final Insights insights;
    private final ReportPdf pdf;
    private final JsonMapper json;

    InsightsInspectionController(Insights insights, ReportPdf pdf, JsonMapper json) {
        this.insights = insights;
        this.pdf = pdf;
        this.json = json;
    }

    @GetMapping
    String inspection(FilterForm filterForm, Model model) {
        Period period;
        try {
            period = insights.period(filterForm.period(), filterForm.from(), filterForm.to());
        } catch (BusinessRuleException e) {
            model.addAttribute("periodError", e.getMessage());
            period = insights.period("12m");
        }
        Inspection inspection = insights.inspection(period);
        String query = InsightsController.query(filterForm, org.postwatch.insights.Filter.of(period));
        List<TableView> tables = inspection.tables().stream()
                .map(t -> new TableView(
                        t,
                        ChartSpec.of(t, json),
                        ChartSpec.blank(t),
                        "/insights/inspection/tables/" + t.id() + ".csv" + query))
                .toList();
        model.addAttribute("inspection", inspection);
        model.addAttribute("tables", tables);
        model.addAttribute("query", query);
        model.addAttribute("suppressionNote", Inspection.SUPPRESSION_NOTE);
        return "insights/inspection";
    }

    @GetMapping("/tables/{id}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String id, FilterForm filterForm) {
        Period period = insights.period(filterForm.period(), filterForm.from(), filterForm.to());
        Inspection inspection = insights.inspection(period);
        Table table = inspection.tables().stream()
                .filter(t -> t.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Table", id));
        insights.exported("inspection-csv:" + id, period);
        return CsvWriter.download("insights-" + id + "-" + period.from() + "-to-" + period.to() + ".csv", table);
    }

    @GetMapping("/report.pdf")
    ResponseEntity<byte[]> report(FilterForm filterForm) {
        Period period = insights.period(filterForm.period(), filterForm.from(), filterForm.to());
        Inspection inspection = insights.inspection(period);
        byte[] body = pdf.inspectionReport(inspection);
        insights.exported("inspection-pdf", period);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("insights-across-forces-" + period.from() + "-to-" + period.to() + ".pdf")
                                .build()
                                .toString())
                .body(body);
    }
}
