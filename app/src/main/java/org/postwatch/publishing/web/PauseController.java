package org.postwatch.publishing.web;

import jakarta.validation.Valid;
import java.util.LinkedHashSet;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.Tenancy;
import org.postwatch.publishing.PauseId;
import org.postwatch.publishing.PauseNotice;
import org.postwatch.publishing.PublishingPause;
import org.postwatch.publishing.domain.PublicationRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The critical-incident pause control: pause the force or chosen accounts, resume, and the history of both. */
@Controller
@RequestMapping("/publishing/pause")
@PreAuthorize("hasAnyRole('REVIEWER', 'FORCE_ADMIN')")
class PauseController {

    private final PublishingPause pause;
    private final PublicationRepository publications;

    PauseController(PublishingPause pause, PublicationRepository publications) {
        this.pause = pause;
        this.publications = publications;
    }

    @GetMapping
    String page(Model model) {
        if (!model.containsAttribute("pauseForm")) {
            model.addAttribute("pauseForm", PauseForm.empty());
        }
        if (!model.containsAttribute("resumeForm")) {
            model.addAttribute("resumeForm", ResumeForm.empty());
        }
        model.addAttribute("active", pause.active());
        model.addAttribute("history", pause.history(50));
        model.addAttribute("accounts", publications.knownAccounts(Tenancy.requireForce()));
        return "publishing/pause";
    }

    @PostMapping
    String pause(
            @Valid @ModelAttribute("pauseForm") PauseForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        if (!form.wholeForce() && form.chosenAccounts().isEmpty()) {
            errors.rejectValue("accounts", "required", "Choose the accounts to pause, or pause the whole force");
        }
        if (errors.hasErrors()) {
            return page(model);
        }
        try {
            PauseNotice notice = pause.pause(
                    form.wholeForce() ? java.util.Set.of() : new LinkedHashSet<>(form.chosenAccounts()), form.reason());
            flash.addFlashAttribute(
                    "success",
                    notice.wholeForce()
                            ? "Posting is paused for the whole force"
                            : "Posting is paused for " + notice.accounts().size() + " accounts");
            return "redirect:/publishing/pause";
        } catch (BusinessRuleException e) {
            errors.reject("rule", e.getMessage());
            return page(model);
        }
    }

    @PostMapping("/resume")
    String resume(
            @Valid @ModelAttribute("resumeForm") ResumeForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        if (errors.hasErrors()) {
            return page(model);
        }
        try {
            var ended = pause.resume(form.pause() == null ? null : new PauseId(form.pause()), form.reason());
            flash.addFlashAttribute(
                    "success",
                    ended.size() == 1
                            ? "Posting has resumed"
                            : "Posting has resumed: " + ended.size() + " pauses ended");
            return "redirect:/publishing/pause";
        } catch (BusinessRuleException e) {
            errors.reject("rule", e.getMessage());
            return page(model);
        }
    }
}
