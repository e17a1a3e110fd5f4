package org.postwatch.conduct.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.postwatch.conduct.domain.CaseId;
import org.postwatch.conduct.domain.CaseRegister;
import org.postwatch.conduct.domain.CaseStatus;
import org.postwatch.conduct.domain.CaseSummary;
import org.postwatch.conduct.domain.Subject;
import org.postwatch.conduct.web.Forms.AssessmentForm;
import org.postwatch.conduct.web.Forms.ConclusionForm;
import org.postwatch.conduct.web.Forms.ReopenForm;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.LondonTime;
import org.postwatch.platform.RecordNotFoundException;
import org.postwatch.platform.StaffId;
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

/** The case register for professional standards: list, open, read, change, assess, conclude and reopen. */
@Controller
@RequestMapping("/conduct/cases")
@PreAuthorize("hasRole('PROFESSIONAL_STANDARDS')")
class CaseController {

    private final CaseRegister register;
    private final CasePage casePage;
    private final Clock clock;

    CaseController(CaseRegister register, CasePage casePage, Clock clock) {
        this.register = register;
        this.casePage = casePage;
        this.clock = clock;
    }

    @ModelAttribute
    void choices(Model model) {
        CasePage.choices(model);
    }

    @GetMapping
    String list(
            @RequestParam(required = false) CaseStatus status,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String q,
            Model model) {
        List<CaseSummary> found = register.list(status, year, q);
        Set<StaffId> subjects = found.stream().map(CaseSummary::subject).collect(Collectors.toSet());
        model.addAttribute("cases", found);
        model.addAttribute("names", register.names(subjects));
        model.addAttribute("status", status);
        model.addAttribute("year", year);
        model.addAttribute("q", q);
        model.addAttribute("limit", CaseRegister.LIST_LIMIT);
        int thisYear = today().getYear();
        model.addAttribute(
                "years",
                java.util.stream.IntStream.iterate(thisYear, y -> y - 1)
                        .limit(10)
                        .boxed()
                        .toList());
        return "conduct/case-list";
    }

    @GetMapping("/new")
    String newCase(Model model) {
        model.addAttribute("form", CaseForm.empty(today()));
        return "conduct/case-form";
    }

    /** htmx: who a collar number or e-mail belongs to, as it is typed. */
    @GetMapping("/subject")
    String subjectMatch(@RequestParam(required = false) String subject, Model model) {
        model.addAttribute("match", register.findSubject(subject).orElse(null));
        model.addAttribute("looked", subject != null && !subject.isBlank());
        return "conduct/case-form :: subjectMatch";
    }

    @PostMapping("/new")
    String open(@Valid @ModelAttribute("form") CaseForm form, BindingResult errors, RedirectAttributes flash) {
        LocalDate reportedOn = Forms.date(form.reportedOn(), "reportedOn", errors);
        Optional<Subject> subject = subject(form, errors);
        if (errors.hasErrors()) {
            return "conduct/case-form";
        }
        try {
            CaseId id = register.open(subject.orElseThrow(), form.particulars(), reportedOn);
            flash.addFlashAttribute("success", "Case opened");
            return "redirect:/conduct/cases/" + id;
        } catch (BusinessRuleException e) {
            errors.reject("rule", e.getMessage());
            return "conduct/case-form";
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable String id, Model model) {
        return page(caseId(id), model, null);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable String id, Model model) {
        CaseRegister.CaseView view = register.view(caseId(id));
        model.addAttribute("view", view);
        model.addAttribute("form", CaseForm.of(view.conductCase(), view.subject()));
        return "conduct/case-form";
    }

    @PostMapping("/{id}/edit")
    String update(
            @PathVariable String id,
            @Valid @ModelAttribute("form") CaseForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        LocalDate reportedOn = Forms.date(form.reportedOn(), "reportedOn", errors);
        Optional<Subject> subject = subject(form, errors);
        if (!errors.hasErrors()) {
            try {
                register.revise(caseId(id), subject.orElseThrow(), form.particulars(), reportedOn);
                flash.addFlashAttribute("success", "Changes saved");
                return "redirect:/conduct/cases/" + id;
            } catch (BusinessRuleException e) {
                errors.reject("rule", e.getMessage());
            }
        }
        model.addAttribute("view", register.view(caseId(id)));
        return "conduct/case-form";
    }

    @PostMapping("/{id}/assessment")
    String assess(
            @PathVariable String id,
            @Valid @ModelAttribute("assessment") AssessmentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        LocalDate on = Forms.date(form.assessedOn(), "assessedOn", errors);
        if (!errors.hasErrors()) {
            try {
                register.assess(caseId(id), form.severity(), on);
                flash.addFlashAttribute(
                        "success", "Assessment recorded: " + form.severity().label());
                return "redirect:/conduct/cases/" + id;
            } catch (BusinessRuleException e) {
                errors.reject("rule", e.getMessage());
            }
        }
        return page(caseId(id), model, "assessment");
    }

    @PostMapping("/{id}/conclusion")
    String conclude(
            @PathVariable String id,
            @Valid @ModelAttribute("conclusion") ConclusionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        LocalDate on = Forms.date(form.concludedOn(), "concludedOn", errors);
        if (!errors.hasErrors()) {
            try {
                register.conclude(caseId(id), form.outcome(), on, Boolean.TRUE.equals(form.liftMeasures()));
                flash.addFlashAttribute(
                        "success", "Case concluded: " + form.outcome().label());
                return "redirect:/conduct/cases/" + id;
            } catch (BusinessRuleException e) {
                errors.reject("rule", e.getMessage());
            }
        }
        return page(caseId(id), model, "conclusion");
    }

    @PostMapping("/{id}/reopening")
    String reopen(
            @PathVariable String id,
            @Valid @ModelAttribute("reopen") ReopenForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                register.reopen(caseId(id), form.reason());
                flash.addFlashAttribute("success", "Case reopened");
                return "redirect:/conduct/cases/" + id;
            } catch (BusinessRuleException e) {
                errors.reject("rule", e.getMessage());
            }
        }
        return page(caseId(id), model, "reopen");
    }

    private String page(CaseId id, Model model, String openForm) {
        return casePage.render(id, model, openForm);
    }

    private Optional<Subject> subject(CaseForm form, BindingResult errors) {
        if (form.subject() == null || form.subject().isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(register.subjectAtTheTime(form.subject(), form.staffType(), form.rank()));
        } catch (BusinessRuleException e) {
            errors.rejectValue("subject", "unknown", e.getMessage());
            return Optional.empty();
        }
    }

    /** A malformed id is simply not found, like another force's. */
    static CaseId caseId(String id) {
        try {
            return new CaseId(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException("Conduct case", id);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(LondonTime.ZONE));
    }
}
