package org.postwatch.insights.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.postwatch.insights.Dashboard;
import org.postwatch.insights.Inspection;
import org.postwatch.insights.Table;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The printable report: the same tables as the pages, laid out for A4 with a bar beside each charted figure (a PDF
 * runs no scripts, so Chart.js cannot draw there), rendered by openhtmltopdf from templates/insights/report.html.
 */
@Component
class ReportPdf {

    /** A table as printed: each row's bar (its charted figure, or the total of a stacked chart) in twentieths. */
    record PrintedTable(Table table, String barColumn, List<Integer> bars) {}

    // openhtmltopdf logs every render at INFO through java.util.logging; keep warnings only (a strong reference, so
    // the level is not lost when the logger is collected).
    private static final java.util.logging.Logger OPENHTMLTOPDF =
            java.util.logging.Logger.getLogger("com.openhtmltopdf");

    static {
        OPENHTMLTOPDF.setLevel(java.util.logging.Level.WARNING);
    }

    private final ITemplateEngine templates;
    private final Clock clock;

    ReportPdf(ITemplateEngine templates, Clock clock) {
        this.templates = templates;
        this.clock = clock;
    }

    byte[] forceReport(Dashboard dashboard, List<Table> tables, String filterDescription) {
        Context context = new Context(java.util.Locale.UK);
        context.setVariables(Map.of(
                "title", "Social media insights: " + dashboard.forceName(),
                "subtitle", filterDescription,
                "headlines", dashboard.headlines(),
                "notes", notes(dashboard),
                "tables", printed(tables),
                "generated", generated(),
                "suppressionNote", ""));
        return render(templates.process("insights/report", context));
    }

    byte[] inspectionReport(Inspection inspection) {
        Context context = new Context(java.util.Locale.UK);
        context.setVariables(Map.of(
                "title", "Social media insights across forces",
                "subtitle", inspection.period().label(),
                "headlines", List.of(),
                "notes",
                        List.of("Each force is suppressed on its own; there are no national totals and no personal"
                                + " data."),
                "tables", printed(inspection.tables()),
                "generated", generated(),
                "suppressionNote", Inspection.SUPPRESSION_NOTE));
        return render(templates.process("insights/report", context));
    }

    private static List<String> notes(Dashboard dashboard) {
        List<String> notes = new ArrayList<>(dashboard.notes());
        if (dashboard.demoHistory()) {
            notes.addFirst("These figures include generated demo history: they are not real.");
        }
        return notes;
    }

    private String generated() {
        return java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", java.util.Locale.UK)
                .format(clock.instant().atZone(org.postwatch.platform.LondonTime.ZONE));
    }

    static List<PrintedTable> printed(List<Table> tables) {
        List<PrintedTable> printed = new ArrayList<>();
        for (Table table : tables) {
            if (table.chart() == null || table.chart().series().isEmpty()) {
                printed.add(new PrintedTable(table, null, List.of()));
                continue;
            }
            List<Integer> series = table.chart().stacked()
                    ? table.chart().series()
                    : List.of(table.chart().series().getFirst());
            List<Double> values = table.rows().stream()
                    .map(r -> {
                        double sum = 0;
                        for (int column : series) {
                            Double n = r.values().get(column).number();
                            sum += n == null ? 0 : n;
                        }
                        return sum;
                    })
                    .toList();
            double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            List<Integer> bars = values.stream()
                    .map(n -> max <= 0 ? 0 : (int) Math.round(20 * n / max))
                    .toList();
            String heading = table.chart().stacked() ? "Total" : table.columns().get(series.getFirst());
            printed.add(new PrintedTable(table, heading, bars));
        }
        return printed;
    }

    private static byte[] render(String html) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new PdfRendererBuilder()
                    .useFastMode()
                    .withHtmlContent(html, "/")
                    .toStream(out)
                    .run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
