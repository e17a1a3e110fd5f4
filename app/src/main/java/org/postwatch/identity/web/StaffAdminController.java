package org.postwatch.identity.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.postwatch.identity.StaffAdministration;
import org.postwatch.identity.StaffDirectory;
import org.postwatch.identity.StaffMember;
import org.postwatch.identity.StaffStatus;
import org.postwatch.identity.StaffType;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.ImportReport;
import org.postwatch.platform.RecordNotFoundException;
import org.postwatch.platform.Role;
import org.postwatch.platform.StaffId;
import org.springframework.dao.DataIntegrityViolationException;
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

/** Force administrators' staff pages: list, add, change, roles, leaving and the HR import. */
@Controller
@RequestMapping("/admin/staff")
@PreAuthorize("hasRole('FORCE_ADMIN')")
class StaffAdminController {

    private final StaffDirectory directory;
    private final StaffAdministration administration;

    StaffAdminController(StaffDirectory directory, StaffAdministration administration) {
        this.directory = directory;
        this.administration = administration;
    }

    @ModelAttribute("staffTypes")
    StaffType[] staffTypes() {
        return StaffType.values();
    }

    @ModelAttribute("allRoles")
    Role[] allRoles() {
        return Role.values();
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) StaffStatus status,
            @RequestParam(required = false) Role role,
            Model model) {
        model.addAttribute("staff", directory.search(q, status, role));
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("role", role);
        return "identity/staff-list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", StaffForm.empty());
        return "identity/staff-form";
    }

    @PostMapping("/new")
    String add(@Valid @ModelAttribute("form") StaffForm form, BindingResult errors, RedirectAttributes flash) {
        if (errors.hasErrors()) {
            return "identity/staff-form";
        }
        try {
            StaffId id = administration.add(form.details(), form.chosenRoles());
            flash.addFlashAttribute("success", form.givenName() + " " + form.familyName() + " has been added");
            return "redirect:/admin/staff/" + id;
        } catch (BusinessRuleException | DataIntegrityViolationException e) {
            errors.rejectValue("email", "taken", message(e));
            return "identity/staff-form";
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable StaffId id, Model model) {
        StaffMember member = load(id);
        model.addAttribute("member", member);
        model.addAttribute("form", StaffForm.of(member));
        return "identity/staff-detail";
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable StaffId id,
            @Valid @ModelAttribute("form") StaffForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        StaffMember member = load(id);
        if (errors.hasErrors()) {
            model.addAttribute("member", member);
            return "identity/staff-detail";
        }
        try {
            administration.update(id, form.details());
            if (!form.chosenRoles().equals(member.roles())) {
                administration.changeRoles(id, form.chosenRoles(), "Changed on the staff page");
            }
            flash.addFlashAttribute("success", "Changes saved");
            return "redirect:/admin/staff/" + id;
        } catch (BusinessRuleException | DataIntegrityViolationException e) {
            model.addAttribute("member", member);
            errors.reject("rule", message(e));
            return "identity/staff-detail";
        }
    }

    @PostMapping("/{id}/leave")
    String leave(
            @PathVariable StaffId id,
            @RequestParam(required = false) String leftOn,
            @RequestParam(required = false) String reason,
            RedirectAttributes flash) {
        load(id);
        try {
            LocalDate date = leftOn == null || leftOn.isBlank() ? LocalDate.now() : LocalDate.parse(leftOn);
            administration.leave(id, date, reason);
            flash.addFlashAttribute("success", "Recorded as having left the force. Their roles have been removed.");
        } catch (BusinessRuleException e) {
            flash.addFlashAttribute("error", e.getMessage());
        } catch (DateTimeParseException e) {
            flash.addFlashAttribute("error", "Enter the leaving date as YYYY-MM-DD");
        }
        return "redirect:/admin/staff/" + id;
    }

    @GetMapping("/import")
    String importForm() {
        return "identity/staff-import";
    }

    @PostMapping("/import")
    String importCsv(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        if (file.isEmpty()) {
            model.addAttribute("error", "Choose a CSV file to import");
            return "identity/staff-import";
        }
        try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            ImportReport report = administration.importCsv(reader);
            model.addAttribute("report", report);
            model.addAttribute("fileName", file.getOriginalFilename());
        }
        return "identity/staff-import";
    }

    private StaffMember load(StaffId id) {
        return directory.find(id).orElseThrow(() -> new RecordNotFoundException("Staff", id));
    }

    private static String message(RuntimeException e) {
        return e instanceof BusinessRuleException
                ? e.getMessage()
                : "That e-mail address or collar number is already used by another person";
    }
}
