package org.postwatch.archive.web;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.postwatch.archive.ArchiveSearch;
import org.postwatch.archive.HoldScope;
import org.postwatch.archive.LegalHold;
import org.postwatch.archive.LegalHoldId;
import org.postwatch.archive.LegalHolds;
import org.postwatch.identity.StaffDirectory;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.RecordNotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Placing, viewing, extending and lifting legal holds. */
@Controller
@RequestMapping("/archive/holds")
@PreAuthorize("hasAnyRole('PROFESSIONAL_STANDARDS', 'FORCE_ADMIN')")
class LegalHoldController {

    private final LegalHolds holds;
    private final ArchiveSearch search;
    private final StaffDirectory staff;

    LegalHoldController(LegalHolds holds, ArchiveSearch search, StaffDirectory staff) {
        this.holds = holds;
        this.search = search;
        this.staff = staff;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("holds", holds.all());
        return "archive/holds";
    }

    @GetMapping("/new")
    String newForm(@ModelAttribute("search") SearchForm searchForm, Model model) {
        HoldForm form = searchForm.submitted() ? HoldForm.forSearch(searchForm) : HoldForm.empty();
        return form(form, model);
    }

    /** From selected search results: the form, with the records to attach. */
    @PostMapping("/prepare")
    String prepare(@RequestParam(name = "ids", required = false) List<String> ids, Model model) {
        RecordIds.parse(ids);
        return form(HoldForm.forRecords(ids == null ? List.of() : ids), model);
    }

    @PostMapping
    String place(
            @Valid @ModelAttribute("form") HoldForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        if (errors.hasErrors()) {
            return form(form, model);
        }
        List<String> problems = new ArrayList<>();
        var request = form.toRequest(problems);
        problems.forEach(problem -> errors.reject("search", problem));
        if (errors.hasErrors()) {
            return form(form, model);
        }
        try {
            LegalHoldId id = holds.place(request);
            flash.addFlashAttribute(
                    "success", "Legal hold ‘" + form.name().trim() + "’ placed. Nothing it covers can be disposed of.");
            return "redirect:/archive/holds/" + id;
        } catch (BusinessRuleException e) {
            errors.reject("rule", e.getMessage());
            return form(form, model);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable String id, @RequestParam(defaultValue = "1") int page, Model model) {
        LegalHoldId holdId = parse(id);
        LegalHold hold = holds.get(holdId);
        model.addAttribute("hold", hold);
        model.addAttribute("results", holds.covered(holdId, page));
        return "archive/hold";
    }

    @PostMapping("/{id}/lift")
    String lift(@PathVariable String id, @RequestParam(required = false) String reason, RedirectAttributes flash) {
        LegalHoldId holdId = parse(id);
        try {
            holds.lift(holdId, reason);
            flash.addFlashAttribute(
                    "success", "The hold has been lifted. Records it covered can be disposed of again.");
        } catch (BusinessRuleException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/archive/holds/" + holdId;
    }

    @PostMapping("/attach")
    String attach(
            @RequestParam(name = "hold", required = false) String hold,
            @RequestParam(name = "ids", required = false) List<String> ids,
            @RequestParam(required = false) String returnTo,
            RedirectAttributes flash) {
        try {
            if (hold == null || hold.isBlank()) {
                throw new BusinessRuleException("Choose the hold to add the records to");
            }
            holds.attach(parse(hold), RecordIds.parse(ids));
            flash.addFlashAttribute("success", "Added to the legal hold");
        } catch (BusinessRuleException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + RecordIds.safeReturn(returnTo);
    }

    private String form(HoldForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("scopes", HoldScope.values());
        model.addAttribute("staff", staff.all());
        model.addAttribute("accounts", search.facets().accounts());
        return "archive/hold-form";
    }

    private static LegalHoldId parse(String id) {
        try {
            return new LegalHoldId(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException("Legal hold", id);
        }
    }
}
