package org.postwatch.training.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.postwatch.accounts.AccountKind;
import org.postwatch.accounts.Channel;
import org.postwatch.identity.StaffDirectory;
import org.postwatch.identity.StaffMember;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.CurrentUser;
import org.postwatch.platform.ImportReport;
import org.postwatch.platform.LondonTime;
import org.postwatch.platform.RecordNotFoundException;
import org.postwatch.platform.Role;
import org.postwatch.platform.StaffId;
import org.postwatch.training.AccreditationRule;
import org.postwatch.training.AccreditationRules;
import org.postwatch.training.Course;
import org.postwatch.training.CourseId;
import org.postwatch.training.Courses;
import org.postwatch.training.TrainingRecords;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Training administrators' pages: people's records, recording completions, the CSV import, courses and rules. */
@Controller
@RequestMapping("/training")
@PreAuthorize("hasRole('TRAINING_ADMIN')")
class TrainingAdminController {

    private final StaffDirectory directory;
    private final Courses courses;
    private final TrainingRecords records;
    private final AccreditationRules rules;
    private final TrainingPages pages;

    TrainingAdminController(
            StaffDirectory directory,
            Courses courses,
            TrainingRecords records,
            AccreditationRules rules,
            TrainingPages pages) {
        this.directory = directory;
        this.courses = courses;
        this.records = records;
        this.rules = rules;
        this.pages = pages;
    }

    @GetMapping
    String overview(@RequestParam(required = false) String q, HtmxRequest htmx, Model model) {
        List<StaffMember> found = q == null || q.isBlank() ? List.of() : directory.search(q.trim(), null, null);
        model.addAttribute("q", q);
        model.addAttribute("people", found);
        model.addAttribute("courseCount", courses.all().size());
        return htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest()
                ? "training/overview :: people"
                : "training/overview";
    }

    @GetMapping("/staff/{id}")
    @PreAuthorize("hasAnyRole('TRAINING_ADMIN', 'ACCOUNT_MANAGER', 'FORCE_ADMIN')")
    String person(@PathVariable StaffId id, Model model) {
        pages.fill(load(id), CurrentUser.get().staffId().equals(id), model);
        model.addAttribute("canRecord", CurrentUser.get().has(Role.TRAINING_ADMIN));
        model.addAttribute("courses", courses.all());
        model.addAttribute("completions", records.completionsOf(id));
        if (!model.containsAttribute("form")) {
            model.addAttribute(
                    "form",
                    new CompletionForm("", LocalDate.now(LondonTime.ZONE).toString()));
        }
        return "training/person";
    }

    @PostMapping("/staff/{id}/completions")
    String record(
            @PathVariable StaffId id,
            @Valid @ModelAttribute("form") CompletionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        StaffMember member = load(id);
        CourseId course = null;
        LocalDate completedOn = null;
        if (!errors.hasFieldErrors("course")) {
            try {
                course = CourseId.of(form.course());
            } catch (IllegalArgumentException e) {
                errors.rejectValue("course", "unknown", "Choose a course from the list");
            }
        }
        if (!errors.hasFieldErrors("completedOn")) {
            try {
                completedOn = LocalDate.parse(form.completedOn().trim());
            } catch (DateTimeParseException e) {
                errors.rejectValue("completedOn", "date", "Enter a real date, like 2026-03-03");
            }
        }
        if (!errors.hasErrors()) {
            try {
                records.record(id, course, completedOn);
                Course done = courses.get(course);
                flash.addFlashAttribute(
                        "success",
                        member.fullName() + "'s completion of " + done.title() + " is recorded. It is current until "
                                + new LondonTime()
                                        .date(completedOn
                                                .plusMonths(done.validityMonths())
                                                .minusDays(1))
                                + ".");
                return "redirect:/training/staff/" + id;
            } catch (BusinessRuleException e) {
                errors.reject("rule", e.getMessage());
            }
        }
        return person(id, model);
    }

    @GetMapping("/courses")
    String courses(Model model) {
        model.addAttribute("courses", courses.all());
        model.addAttribute("form", CourseForm.empty());
        return "training/courses";
    }

    @PostMapping("/courses")
    String addCourse(
            @Valid @ModelAttribute("form") CourseForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                courses.add(form.code(), form.title(), form.description(), form.months());
                flash.addFlashAttribute("success", form.title().trim() + " has been added");
                return "redirect:/training/courses";
            } catch (BusinessRuleException e) {
                errors.reject("rule", e.getMessage());
            }
        }
        model.addAttribute("courses", courses.all());
        return "training/courses";
    }

    @GetMapping("/courses/{id}")
    String course(@PathVariable String id, Model model) {
        Course course = course(id);
        model.addAttribute("course", course);
        model.addAttribute("form", CourseForm.of(course));
        return "training/course";
    }

    @PostMapping("/courses/{id}")
    String changeCourse(
            @PathVariable String id,
            @Valid @ModelAttribute("form") CourseForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        Course course = course(id);
        if (!errors.hasErrors()) {
            try {
                courses.change(course.id(), form.code(), form.title(), form.description(), form.months());
                flash.addFlashAttribute("success", "Changes to " + form.title().trim() + " saved");
                return "redirect:/training/courses";
            } catch (BusinessRuleException e) {
                errors.reject("rule", e.getMessage());
            }
        }
        model.addAttribute("course", course);
        return "training/course";
    }

    @GetMapping("/import")
    String importForm() {
        return "training/import";
    }

    @PostMapping("/import")
    String importCsv(@RequestParam(value = "file", required = false) MultipartFile file, Model model)
            throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("error", "Choose a CSV file to import");
            return "training/import";
        }
        long started = System.nanoTime();
        try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            ImportReport report = records.importCsv(reader);
            model.addAttribute("report", report);
            model.addAttribute("fileName", file.getOriginalFilename());
            model.addAttribute("rows", report.rows().size());
            model.addAttribute("seconds", String.format(Locale.UK, "%.1f", (System.nanoTime() - started) / 1e9));
        }
        return "training/import";
    }

    @GetMapping("/rules")
    String rules(Model model) {
        model.addAttribute("rules", rules.all());
        model.addAttribute("kinds", AccreditationRules.KINDS);
        return "training/rules";
    }

    @GetMapping("/rules/{kind}/{scope}")
    String rule(@PathVariable String kind, @PathVariable String scope, Model model) {
        AccreditationRule rule = rule(kind, scope);
        model.addAttribute("rule", rule);
        model.addAttribute("scope", scope);
        model.addAttribute("courses", courses.all());
        model.addAttribute(
                "form",
                new RuleForm(
                        rule.courses().stream()
                                .map(c -> c.id().toString())
                                .collect(java.util.stream.Collectors.toSet()),
                        ""));
        return "training/rule";
    }

    @PostMapping("/rules/{kind}/{scope}")
    String changeRule(
            @PathVariable String kind,
            @PathVariable String scope,
            @Valid @ModelAttribute("form") RuleForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        AccreditationRule rule = rule(kind, scope);
        if (!errors.hasErrors()) {
            try {
                Set<CourseId> chosen = new LinkedHashSet<>();
                for (String value : form.chosen()) {
                    chosen.add(CourseId.of(value));
                }
                rules.change(rule.kind(), rule.channel(), chosen, form.reason());
                flash.addFlashAttribute("success", "The rule for " + describe(rule) + " is saved");
                return "redirect:/training/rules";
            } catch (BusinessRuleException e) {
                errors.reject("rule", e.getMessage());
            } catch (IllegalArgumentException e) {
                errors.reject("rule", "Choose courses from the list");
            }
        }
        model.addAttribute("rule", rule);
        model.addAttribute("scope", scope);
        model.addAttribute("courses", courses.all());
        return "training/rule";
    }

    static String describe(AccreditationRule rule) {
        return rule.kind().label().toLowerCase(Locale.ROOT) + " accounts on "
                + (rule.channel() == null ? "every channel" : rule.channel().label());
    }

    private AccreditationRule rule(String kind, String scope) {
        try {
            AccountKind accountKind = AccountKind.valueOf(kind);
            Channel channel = "ALL".equals(scope) ? null : Channel.valueOf(scope);
            if (!AccreditationRules.KINDS.contains(accountKind)) {
                throw new RecordNotFoundException("Rule", kind);
            }
            return rules.rule(accountKind, channel);
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException("Rule", kind + "/" + scope);
        }
    }

    private Course course(String id) {
        try {
            return courses.get(CourseId.of(id));
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException("Course", id);
        }
    }

    private StaffMember load(StaffId id) {
        return directory.find(id).orElseThrow(() -> new RecordNotFoundException("Staff", id));
    }
}
