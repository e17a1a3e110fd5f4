package org.postwatch.conduct.web;

import jakarta.validation.Valid;
import java.util.UUID;
import org.postwatch.accounts.AccountId;
import org.postwatch.conduct.domain.CaseId;
import org.postwatch.conduct.domain.InterimMeasure;
import org.postwatch.conduct.domain.InterimMeasures;
import org.postwatch.conduct.domain.MeasureId;
import org.postwatch.conduct.web.Forms.LiftForm;
import org.postwatch.conduct.web.Forms.MeasureForm;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.RecordNotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Imposing and lifting interim measures from a case. */
@Controller
@RequestMapping("/conduct/cases/{id}/measures")
@PreAuthorize("hasRole('PROFESSIONAL_STANDARDS')")
class MeasureController {

    private final InterimMeasures measures;
    private final CasePage casePage;

    MeasureController(InterimMeasures measures, CasePage casePage) {
        this.measures = measures;
        this.casePage = casePage;
    }

    @PostMapping
    String impose(
            @PathVariable String id,
            @Valid @ModelAttribute("measure") MeasureForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        CaseId caseId = CaseController.caseId(id);
        if (!errors.hasErrors()) {
            try {
                if (form.kind() == InterimMeasure.Kind.POSTING_SUSPENSION) {
                    measures.suspendPosting(caseId, form.reason());
                    flash.addFlashAttribute("success", "Posting rights suspended");
                } else {
                    measures.suspendAccount(caseId, accountId(form.accountId()), form.reason());
                    flash.addFlashAttribute("success", "Suspension of the account requested");
                }
                return "redirect:/conduct/cases/" + id + "#measures";
            } catch (BusinessRuleException e) {
                errors.reject("rule", e.getMessage());
            }
        }
        return casePage.render(caseId, model, "measure");
    }

    @PostMapping("/{measureId}/lifting")
    String lift(
            @PathVariable String id,
            @PathVariable String measureId,
            @Valid @ModelAttribute("lift") LiftForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        CaseId caseId = CaseController.caseId(id);
        MeasureId measure = measureId(measureId);
        if (!errors.hasErrors()) {
            try {
                measures.lift(caseId, measure, form.reason());
                flash.addFlashAttribute("success", "Interim measure lifted");
                return "redirect:/conduct/cases/" + id + "#measures";
            } catch (BusinessRuleException e) {
                errors.reject("rule", e.getMessage());
            }
        }
        return casePage.render(caseId, model, "lift-" + measure);
    }

    private static AccountId accountId(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return AccountId.of(id.strip());
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException("Choose the account to suspend");
        }
    }

    private static MeasureId measureId(String id) {
        try {
            return new MeasureId(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException("Interim measure", id);
        }
    }
}
