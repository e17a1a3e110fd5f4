package org.postwatch.archive.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.util.ArrayList;
import java.util.List;
import org.postwatch.archive.ArchiveQuery;
import org.postwatch.archive.ArchiveRecordType;
import org.postwatch.archive.ArchiveSearch;
import org.postwatch.archive.LegalHolds;
import org.postwatch.identity.StaffDirectory;
import org.postwatch.platform.CurrentUser;
import org.postwatch.platform.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/** Searching the archive: the page and its results partial. */
@Controller
@RequestMapping("/archive")
@PreAuthorize("hasAnyRole('PROFESSIONAL_STANDARDS', 'FORCE_ADMIN', 'REVIEWER')")
class ArchiveSearchController {

    private final ArchiveSearch search;
    private final LegalHolds holds;
    private final StaffDirectory staff;

    ArchiveSearchController(ArchiveSearch search, LegalHolds holds, StaffDirectory staff) {
        this.search = search;
        this.holds = holds;
        this.staff = staff;
    }

    @GetMapping
    String search(@ModelAttribute("form") SearchForm form, HtmxRequest htmx, Model model) {
        boolean everything = CurrentUser.get().hasAny(Role.PROFESSIONAL_STANDARDS, Role.FORCE_ADMIN);
        List<String> errors = new ArrayList<>();
        ArchiveQuery query = form.toQuery(errors);
        model.addAttribute("errors", errors);
        model.addAttribute("everything", everything);
        model.addAttribute("queryString", form.queryString());
        if (form.submitted() && errors.isEmpty()) {
            model.addAttribute("results", search.search(query, form.pageNumber()));
        }
        if (htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest()) {
            model.addAttribute("activeHolds", everything ? holds.active() : List.of());
            return "archive/search :: results";
        }
        model.addAttribute("facets", search.facets());
        model.addAttribute("staff", staff.all());
        model.addAttribute("types", ArchiveRecordType.values());
        model.addAttribute("activeHolds", everything ? holds.active() : List.of());
        return "archive/search";
    }
}
