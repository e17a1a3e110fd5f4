package org.postwatch.safeguard.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.CurrentUser;
import org.postwatch.safeguard.domain.ExampleSuite;
import org.postwatch.safeguard.domain.ForceProfiles;
import org.postwatch.safeguard.domain.ForceSettings;
import org.postwatch.safeguard.domain.InvalidPolicyException;
import org.postwatch.safeguard.domain.PolicyAdministration;
import org.postwatch.safeguard.domain.PolicyEngines;
import org.postwatch.safeguard.domain.PolicyVersion;
import org.postwatch.safeguard.engine.Policy;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

/**
 * Force administrators' safeguard policy pages: the active version and its history, drafts with line-numbered
 * validation, evaluation against the force's labelled examples, activation, and the force's settings for the checks.
 */
@Controller
@RequestMapping("/safeguard/policy")
@PreAuthorize("hasRole('FORCE_ADMIN')")
class PolicyController {

    private static final Pattern LINE = Pattern.compile("^line (\\d+): (.*)$", Pattern.DOTALL);

    /** One problem in the YAML, with the line it is on so the page can show it. */
    record PolicyProblem(Integer line, String message, String lineText) {}

    private final PolicyAdministration policies;
    private final ForceProfiles profiles;
    private final PolicyEngines engines;

    PolicyController(PolicyAdministration policies, ForceProfiles profiles, PolicyEngines engines) {
        this.policies = policies;
        this.profiles = profiles;
        this.engines = engines;
    }

    @GetMapping
    String overview(Model model) {
        model.addAttribute("settingsForm", SettingsForm.of(policies.settings()));
        return overviewPage(model);
    }

    private String overviewPage(Model model) {
        List<PolicyVersion> versions = policies.versions();
        model.addAttribute("versions", versions);
        model.addAttribute(
                "active",
                versions.stream().filter(PolicyVersion::isActive).findFirst().orElse(null));
        model.addAttribute("settings", policies.settings());
        model.addAttribute("nationalNumbers", ForceSettings.NATIONAL_NUMBERS);
        model.addAttribute("suite", policies.suite().orElse(null));
        model.addAttribute("emailDomain", emailDomain());
        model.addAttribute("classifierEnabled", engines.classifierEnabled());
        return "safeguard/policy";
    }

    @PostMapping("/settings")
    String changeSettings(
            @Valid @ModelAttribute("settingsForm") SettingsForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        rejectIfInvalid(() -> ForceSettings.phoneNumbers(form.numberLines()), "publishedNumbers", errors);
        rejectIfInvalid(() -> ForceSettings.domains(form.domainLines()), "linkDomains", errors);
        if (errors.hasErrors()) {
            return overviewPage(model);
        }
        policies.changeSettings(form.publishedNumbers(), form.linkDomains());
        flash.addFlashAttribute("success", "The force's settings for the checks have been saved");
        return "redirect:/safeguard/policy";
    }

    private static void rejectIfInvalid(Runnable parse, String field, BindingResult errors) {
        try {
            parse.run();
        } catch (BusinessRuleException e) {
            errors.rejectValue(field, "invalid", e.getMessage());
        }
    }

    @GetMapping("/versions/{number}")
    String version(@PathVariable int number, Model model) {
        model.addAttribute("version", policies.version(number));
        model.addAttribute("hasSuite", policies.suite().isPresent());
        return "safeguard/policy-version";
    }

    @PostMapping("/versions/{number}/activate")
    String activate(
            @PathVariable int number,
            @RequestParam(required = false) String reason,
            Model model,
            RedirectAttributes flash) {
        try {
            PolicyVersion activated = policies.activate(number, reason);
            flash.addFlashAttribute(
                    "success",
                    "Version " + activated.number() + " (" + activated.label()
                            + ") is now the force's safeguard policy");
            return "redirect:/safeguard/policy";
        } catch (InvalidPolicyException e) {
            model.addAttribute("activationError", "This version can no longer be used: " + e.getMessage());
        } catch (BusinessRuleException e) {
            model.addAttribute("activationError", e.getMessage());
        }
        model.addAttribute("reason", reason);
        model.addAttribute("version", policies.version(number));
        model.addAttribute("hasSuite", policies.suite().isPresent());
        return "safeguard/policy-version";
    }

    @GetMapping("/drafts/new")
    String newDraft(@RequestParam(required = false) Integer from, Model model) {
        int base = from != null
                ? from
                : policies.active().map(PolicyVersion::number).orElse(1);
        model.addAttribute("form", new PolicyForm(policies.draftTextFrom(base), base));
        return "safeguard/policy-edit";
    }

    @PostMapping("/drafts")
    String saveDraft(
            @Valid @ModelAttribute("form") PolicyForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                PolicyVersion draft = policies.saveDraft(form.yaml(), form.basedOn());
                flash.addFlashAttribute("success", "Saved as draft version " + draft.number());
                return "redirect:/safeguard/policy/versions/" + draft.number();
            } catch (InvalidPolicyException e) {
                reject(e, form.yaml(), errors, model);
            } catch (BusinessRuleException e) {
                errors.rejectValue("yaml", "rule", e.getMessage());
            }
        }
        return "safeguard/policy-edit";
    }

    @GetMapping("/versions/{number}/edit")
    String editDraft(@PathVariable int number, Model model, RedirectAttributes flash) {
        PolicyVersion version = policies.version(number);
        if (!version.isDraft()) {
            flash.addFlashAttribute("error", "Version " + number + " is no longer a draft. Start a new draft from it.");
            return "redirect:/safeguard/policy/versions/" + number;
        }
        model.addAttribute("form", new PolicyForm(version.yaml(), version.basedOn()));
        model.addAttribute("editing", version);
        return "safeguard/policy-edit";
    }

    @PostMapping("/versions/{number}/edit")
    String reviseDraft(
            @PathVariable int number,
            @Valid @ModelAttribute("form") PolicyForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        PolicyVersion version = policies.version(number);
        model.addAttribute("editing", version);
        if (!errors.hasErrors()) {
            try {
                policies.reviseDraft(number, form.yaml());
                flash.addFlashAttribute("success", "Draft version " + number + " saved");
                return "redirect:/safeguard/policy/versions/" + number;
            } catch (InvalidPolicyException e) {
                reject(e, form.yaml(), errors, model);
            } catch (BusinessRuleException e) {
                errors.rejectValue("yaml", "rule", e.getMessage());
            }
        }
        return "safeguard/policy-edit";
    }

    /** Checks the text without saving it: the editor's "Check for problems" button, over htmx. */
    @PostMapping("/validate")
    String validate(@ModelAttribute("form") PolicyForm form, Model model) {
        model.addAttribute("checkedOnly", true);
        try {
            Policy policy = policies.validate(form.yaml());
            model.addAttribute("valid", policy.name() + " " + policy.version());
        } catch (InvalidPolicyException e) {
            model.addAttribute("problems", problems(e, form.yaml()));
        }
        return "safeguard/policy-edit :: validation";
    }

    private static void reject(InvalidPolicyException e, String yaml, BindingResult errors, Model model) {
        List<PolicyProblem> problems = problems(e, yaml);
        for (PolicyProblem problem : problems) {
            errors.rejectValue(
                    "yaml",
                    "invalid",
                    problem.line() == null ? problem.message() : "Line " + problem.line() + ": " + problem.message());
        }
        model.addAttribute("problems", problems);
    }

    static List<PolicyProblem> problems(InvalidPolicyException e, String yaml) {
        String[] lines = (yaml == null ? "" : yaml).split("\\R", -1);
        List<PolicyProblem> problems = new ArrayList<>();
        for (String error : e.errors()) {
            Matcher m = LINE.matcher(error);
            if (m.matches()) {
                int line = Integer.parseInt(m.group(1));
                String text = line >= 1 && line <= lines.length ? lines[line - 1] : null;
                problems.add(new PolicyProblem(line, m.group(2), text));
            } else {
                problems.add(new PolicyProblem(null, error, null));
            }
        }
        return problems;
    }

    @GetMapping("/versions/{number}/evaluation")
    String evaluate(@PathVariable int number, Model model) {
        model.addAttribute("version", policies.version(number));
        ExampleSuite suite = policies.suite().orElse(null);
        model.addAttribute("suite", suite);
        if (suite != null) {
            model.addAttribute("evaluation", policies.evaluate(number));
        }
        return "safeguard/policy-evaluation";
    }

    @GetMapping("/examples")
    String examples(Model model) {
        model.addAttribute("suite", policies.suite().orElse(null));
        model.addAttribute("maxItems", PolicyAdministration.MAX_SUITE_ITEMS);
        return "safeguard/policy-examples";
    }

    @PostMapping("/examples")
    String uploadExamples(@RequestParam(value = "file", required = false) MultipartFile file, Model model)
            throws IOException {
        model.addAttribute("maxItems", PolicyAdministration.MAX_SUITE_ITEMS);
        if (file == null || file.isEmpty()) {
            model.addAttribute("uploadErrors", List.of("Choose a JSONL file of labelled examples to upload"));
        } else {
            PolicyAdministration.SuiteUpload upload = policies.uploadSuite(
                    file.getOriginalFilename(), new String(file.getBytes(), StandardCharsets.UTF_8));
            model.addAttribute("upload", upload);
            if (!upload.saved()) {
                model.addAttribute("uploadErrors", upload.errors());
            }
        }
        model.addAttribute("suite", policies.suite().orElse(null));
        return "safeguard/policy-examples";
    }

    @GetMapping("/examples/download")
    ResponseEntity<String> downloadExamples() {
        ExampleSuite suite = policies.suite()
                .orElseThrow(() -> new org.postwatch.platform.RecordNotFoundException(
                        "Example suite", CurrentUser.get().forceCode()));
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(suite.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(new MediaType("application", "jsonl", StandardCharsets.UTF_8))
                .body(suite.content());
    }

    private String emailDomain() {
        return profiles.force(CurrentUser.get().forceId()).emailDomain();
    }
}
