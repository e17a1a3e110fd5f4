package org.postwatch.audit.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.time.LocalDate;
import java.util.List;
import org.postwatch.audit.AuditLog;
import org.postwatch.audit.AuditQuery;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/** The audit trail for force administrators and professional standards: filter, page through, export as CSV. */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasAnyRole('FORCE_ADMIN', 'PROFESSIONAL_STANDARDS')")
class AuditPagesController {

    static final int PAGE_SIZE = 50;

    private final AuditLog log;

    AuditPagesController(AuditLog log) {
        this.log = log;
    }

    @GetMapping
    String entries(@ModelAttribute("filters") AuditFilterForm filters, HtmxRequest htmx, Model model) {
        List<String> errors = AuditFilterForm.newErrors();
        AuditQuery query = filters.toQuery(errors);
        model.addAttribute("errors", errors);
        model.addAttribute("page", log.search(query, filters.pageNumber(), PAGE_SIZE));
        model.addAttribute("actions", log.actions());
        model.addAttribute("query", query);
        model.addAttribute("queryString", queryString(filters));
        return htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest() ? "audit/entries :: results" : "audit/entries";
    }

    @GetMapping(value = "/export.csv")
    ResponseEntity<byte[]> export(@ModelAttribute("filters") AuditFilterForm filters) {
        List<String> errors = AuditFilterForm.newErrors();
        byte[] csv = log.exportCsv(filters.toQuery(errors));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("audit-trail-" + LocalDate.now() + ".csv")
                                .build()
                                .toString())
                .body(csv);
    }

    /** The filters as a query string, for paging and export links. */
    static String queryString(AuditFilterForm filters) {
        var builder = org.springframework.web.util.UriComponentsBuilder.newInstance();
        add(builder, "person", filters.person());
        add(builder, "actor", filters.actor());
        add(builder, "recordType", filters.recordType());
        add(builder, "recordId", filters.recordId());
        add(builder, "action", filters.action());
        add(builder, "from", filters.from());
        add(builder, "to", filters.to());
        String query = builder.build().encode().getQuery();
        return query == null ? "" : query;
    }

    private static void add(org.springframework.web.util.UriComponentsBuilder builder, String name, String value) {
        if (value != null && !value.isBlank()) {
            builder.queryParam(name, value.trim());
        }
    }
}
