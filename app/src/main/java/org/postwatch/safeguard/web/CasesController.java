package org.postwatch.safeguard.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.LondonTime;
import org.postwatch.safeguard.domain.CourtCase;
import org.postwatch.safeguard.domain.CourtCases;
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

/** The force's active court cases, kept by reviewers and professional standards; the contempt check reads them. */
@Controller
@RequestMapping("/safeguard/cases")
@PreAuthorize("hasAnyRole('REVIEWER', 'PROFESSIONAL_STANDARDS')")
class CasesController {

    private final CourtCases cases;
    private final Clock clock;

    CasesController(CourtCases cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("open", cases.open());
        model.addAttribute("closed", cases.recentlyClosed());
        return "safeguard/cases";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", CaseForm.empty());
        return "safeguard/case-form";
    }

    @PostMapping("/new")
    String add(@Valid @ModelAttribute("form") CaseForm form, BindingResult errors, RedirectAttributes flash) {
        checkHearing(form, errors);
        checkHearingNotPast(form, errors);
        checkNotAlreadyOpen(form, null, errors);
        if (errors.hasErrors()) {
            return "safeguard/case-form";
        }
        try {
            CourtCase added = cases.add(form.details());
            flash.addFlashAttribute(
                    "success", "Case " + added.details().reference() + " added. Posts are now checked against it.");
            return "redirect:/safeguard/cases";
        } catch (BusinessRuleException e) {
            errors.reject("rule", e.getMessage());
            return "safeguard/case-form";
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        CourtCase found = cases.view(id);
        model.addAttribute("courtCase", found);
        model.addAttribute("form", CaseForm.of(found));
        return "safeguard/case-form";
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") CaseForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        checkHearing(form, errors);
        checkNotAlreadyOpen(form, id, errors);
        if (!errors.hasErrors()) {
            try {
                cases.update(id, form.details());
                flash.addFlashAttribute("success", "Case " + form.reference().strip() + " updated");
                return "redirect:/safeguard/cases";
            } catch (BusinessRuleException e) {
                errors.reject("rule", e.getMessage());
            }
        }
        model.addAttribute("courtCase", cases.view(id));
        return "safeguard/case-form";
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable UUID id, @RequestParam(required = false) String reason, RedirectAttributes flash) {
        try {
            CourtCase closed = cases.close(id, reason);
            flash.addFlashAttribute(
                    "success",
                    "Case " + closed.details().reference() + " closed. Posts are no longer checked against it.");
            return "redirect:/safeguard/cases";
        } catch (BusinessRuleException e) {
            flash.addFlashAttribute("closeError", e.getMessage());
            return "redirect:/safeguard/cases/" + id;
        }
    }

    /** A new case whose next hearing has already happened is a mistyped date (2025 for 2027), not a case to add. */
    private void checkHearingNotPast(CaseForm form, BindingResult errors) {
        if (errors.hasFieldErrors("hearingDay")) {
            return;
        }
        LocalDate hearing = form.nextHearing();
        if (hearing != null && hearing.isBefore(LocalDate.now(clock.withZone(LondonTime.ZONE)))) {
            errors.rejectValue(
                    "hearingDay", "past", "The next hearing date is in the past: check the year, or leave it blank");
        }
    }

    /** The same case added twice would be kept, checked and closed in two places: send people to the open one. */
    private void checkNotAlreadyOpen(CaseForm form, UUID editing, BindingResult errors) {
        String reference = form.reference() == null ? "" : form.reference().strip();
        boolean open = !reference.isEmpty()
                && cases.open().stream()
                        .anyMatch(c -> !c.id().equals(editing)
                                && c.details().reference().equalsIgnoreCase(reference));
        if (open) {
            errors.rejectValue(
                    "reference", "duplicate", "Case " + reference + " is already open: change that case instead");
        }
    }

    private static void checkHearing(CaseForm form, BindingResult errors) {
        try {
            form.nextHearing();
        } catch (IllegalArgumentException e) {
            errors.rejectValue(
                    "hearingDay", "date", "Enter the next hearing date as a real date, for example 27 3 2027");
        }
    }
}
