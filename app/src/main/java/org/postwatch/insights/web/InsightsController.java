package org.postwatch.insights.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.postwatch.accounts.StrategyObjective;
import org.postwatch.insights.Dashboard;
import org.postwatch.insights.Filter;
import org.postwatch.insights.Insights;
import org.postwatch.insights.Period;
import org.postwatch.insights.Table;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.CurrentUser;
import org.postwatch.platform.RecordNotFoundException;
import org.postwatch.platform.Role;
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
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The force's dashboards: the communications lead's overview and the account manager's view of accounts, each with
 * a chart and a table per measure, filters, a CSV per table and a printable PDF report.
 */
@Controller
@RequestMapping("/insights")
@PreAuthorize(Insights.DASHBOARD_ROLES)
class InsightsController {

    /** The overview: strategy, dialogue, safety, people and engagement, for the communications lead. */
    static final List<Section> OVERVIEW = List.of(
            new Section("Strategy", List.of("objectives", "objectives-over-time")),
            new Section("Dialogue", List.of("dialogue-over-time", "dialogue-by-kind", "inbound-categories")),
            new Section("Safety", List.of("check-outcomes", "findings", "reviews", "publishing", "pauses")),
            new Section("People", List.of("people", "conduct")),
            new Section("Engagement", List.of("engagement")));

    /** The account manager's view: each account's strategy and dialogue, teams, failures and people. */
    static final List<Section> ACCOUNTS = List.of(
            new Section("Strategy", List.of("account-objectives", "accounts-without-objective")),
            new Section("Dialogue", List.of("dialogue-by-account", "dialogue-by-unit")),
            new Section("Publishing", List.of("publishing")),
            new Section("People", List.of("people")),
            new Section("Engagement", List.of("engagement")));

    record Section(String title, List<String> tables) {}

    record SectionView(String title, String id, List<TableView> tables) {}

    private final Insights insights;
    private final ReportPdf pdf;
    private final JsonMapper json;

    InsightsController(Insights insights, ReportPdf pdf, JsonMapper json) {
        this.insights = insights;
        this.pdf = pdf;
        this.json = json;
    }

    @GetMapping
    String overview(FilterForm form, HttpServletRequest request, Model model) {
        return page("overview", "/insights", OVERVIEW, form, request, model);
    }

    @GetMapping("/accounts")
    String accounts(FilterForm form, HttpServletRequest request, Model model) {
        return page("accounts", "/insights/accounts", ACCOUNTS, form, request, model);
    }

    @GetMapping("/tables/{id}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String id, FilterForm form) {
        Dashboard dashboard = insights.dashboard(resolve(form));
        Table table = dashboard.tables().get(id);
        if (table == null) {
            throw new RecordNotFoundException("Table", id);
        }
        Period period = dashboard.filter().period();
        insights.exported("csv:" + id, period);
        return CsvWriter.download("insights-" + id + "-" + period.from() + "-to-" + period.to() + ".csv", table);
    }

    @GetMapping("/report.pdf")
    ResponseEntity<byte[]> report(FilterForm form) {
        Dashboard dashboard = insights.dashboard(resolve(form));
        Period period = dashboard.filter().period();
        List<String> ids = new ArrayList<>();
        OVERVIEW.forEach(s -> ids.addAll(s.tables()));
        ACCOUNTS.forEach(s -> s.tables().stream().filter(t -> !ids.contains(t)).forEach(ids::add));
        byte[] body =
                pdf.forceReport(dashboard, dashboard.tables(ids), describe(dashboard.filter(), insights.accounts()));
        insights.exported("pdf", period);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("insights-report-" + period.from() + "-to-" + period.to() + ".pdf")
                                .build()
                                .toString())
                .body(body);
    }

    private String page(
            String view,
            String path,
            List<Section> sections,
            FilterForm form,
            HttpServletRequest request,
            Model model) {
        Filter filter;
        try {
            filter = resolve(form);
        } catch (BusinessRuleException e) {
            model.addAttribute("periodError", e.getMessage());
            filter = insights.filter("12m", null, null, form.account(), form.unit(), null);
        }
        Dashboard dashboard = insights.dashboard(filter);
        String query = query(form, filter);
        List<SectionView> views = new ArrayList<>();
        for (Section section : sections) {
            List<TableView> tables = dashboard.tables(section.tables()).stream()
                    .map(t -> new TableView(
                            t,
                            ChartSpec.of(t, json),
                            ChartSpec.blank(t),
                            "/insights/tables/" + t.id() + ".csv" + query))
                    .toList();
            views.add(new SectionView(section.title(), section.title().toLowerCase(java.util.Locale.ROOT), tables));
        }
        model.addAttribute("view", view);
        model.addAttribute("path", path);
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("sections", views);
        model.addAttribute("query", query);
        var accountChoices = insights.accounts();
        model.addAttribute("filterDescription", describe(filter, accountChoices));
        model.addAttribute("accountChoices", accountChoices);
        model.addAttribute("unitChoices", insights.units());
        model.addAttribute("objectiveChoices", Arrays.asList(StrategyObjective.values()));
        model.addAttribute("mayChangeStrategy", CurrentUser.get().hasAny(Role.ACCOUNT_MANAGER, Role.FORCE_ADMIN));
        if ("true".equals(request.getHeader("HX-Request"))) {
            return "insights/dashboard :: results";
        }
        return "insights/dashboard";
    }

    private Filter resolve(FilterForm form) {
        return insights.filter(form.period(), form.from(), form.to(), form.account(), form.unit(), form.objective());
    }

    /** The filter as a query string, for CSV links and the PDF, so a download counts what the page shows. */
    static String query(FilterForm form, Filter filter) {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance()
                .queryParam("period", filter.period().choice());
        if ("custom".equals(filter.period().choice())) {
            b.queryParam("from", filter.period().from())
                    .queryParam("to", filter.period().to());
        }
        if (filter.account() != null) {
            b.queryParam("account", filter.account());
        }
        if (filter.unit() != null) {
            b.queryParam("unit", filter.unit());
        }
        if (filter.objective() != null) {
            b.queryParam("objective", filter.objective().name());
        }
        return b.encode().build().toUriString();
    }

    private static String describe(Filter filter, List<org.postwatch.accounts.AccountSummary> accounts) {
        List<String> parts = new ArrayList<>();
        parts.add(filter.period().label());
        if (filter.account() != null) {
            accounts.stream()
                    .filter(a -> a.id().value().equals(filter.account()))
                    .findFirst()
                    .ifPresent(a -> parts.add("account " + a.label()));
        }
        if (filter.unit() != null) {
            parts.add("unit " + filter.unit());
        }
        if (filter.objective() != null) {
            parts.add("objective " + filter.objective().label());
        }
        return String.join("; ", parts);
    }
}
