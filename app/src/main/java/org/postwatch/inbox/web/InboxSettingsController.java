package org.postwatch.inbox.web;

import jakarta.validation.Valid;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.postwatch.inbox.InboundCategory;
import org.postwatch.inbox.InboxSettings;
import org.postwatch.platform.BusinessRuleException;
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

/** The force's inbox settings: SLA targets and office hours, keyword routes, community standards. */
@Controller
@RequestMapping("/inbox/settings")
@PreAuthorize("hasAnyRole('REVIEWER', 'ACCOUNT_MANAGER')")
class InboxSettingsController {

    private final InboxSettings settings;

    InboxSettingsController(InboxSettings settings) {
        this.settings = settings;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("sla", settings.sla());
        model.addAttribute("routes", settings.routes());
        model.addAttribute("standards", settings.standards());
        model.addAttribute("categories", InboundCategory.values());
        if (!model.containsAttribute("routeForm")) {
            model.addAttribute("routeForm", new Forms.RouteForm("", ""));
        }
        if (!model.containsAttribute("standardForm")) {
            model.addAttribute("standardForm", new Forms.StandardForm("", ""));
        }
        return "inbox/settings";
    }

    @PostMapping("/sla")
    String sla(@RequestParam Map<String, String> form, Model model, RedirectAttributes flash) {
        try {
            Map<InboundCategory, Integer> minutes = new EnumMap<>(InboundCategory.class);
            for (InboundCategory category : InboundCategory.values()) {
                String value =
                        form.getOrDefault("minutes-" + category.name(), "").strip();
                try {
                    minutes.put(category, Integer.parseInt(value));
                } catch (NumberFormatException e) {
                    throw new BusinessRuleException(
                            "Enter the target for " + category.label() + " as a whole number of minutes");
                }
            }
            LocalTime start;
            LocalTime end;
            try {
                start = LocalTime.parse(form.getOrDefault("officeStart", ""));
                end = LocalTime.parse(form.getOrDefault("officeEnd", ""));
            } catch (DateTimeParseException e) {
                throw new BusinessRuleException("Enter office hours as times, for example 08:00 and 18:00");
            }
            settings.changeSla(minutes, start, end);
            flash.addFlashAttribute("success", "Response targets saved. New messages get the new deadlines.");
            return "redirect:/inbox/settings";
        } catch (BusinessRuleException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("typed", form); // what was typed stays in the boxes, to be corrected
            return page(model);
        }
    }

    @PostMapping("/routes")
    String addRoute(
            @Valid @ModelAttribute("routeForm") Forms.RouteForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                var route = settings.addRoute(form.keyword(), form.team());
                flash.addFlashAttribute(
                        "success", "Messages mentioning \"" + route.keyword() + "\" now go to " + route.team());
                return "redirect:/inbox/settings";
            } catch (BusinessRuleException e) {
                errors.reject("route", e.getMessage());
            }
        }
        return page(model);
    }

    @PostMapping("/routes/{id}/remove")
    String removeRoute(@PathVariable UUID id, RedirectAttributes flash) {
        settings.removeRoute(id);
        flash.addFlashAttribute("success", "Keyword route removed");
        return "redirect:/inbox/settings";
    }

    @PostMapping("/standards")
    String addStandard(
            @Valid @ModelAttribute("standardForm") Forms.StandardForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                settings.addStandard(form.title(), form.description());
                flash.addFlashAttribute("success", "Community standard added");
                return "redirect:/inbox/settings";
            } catch (BusinessRuleException e) {
                errors.reject("standard", e.getMessage());
            }
        }
        return page(model);
    }

    @PostMapping("/standards/{id}/active")
    String standardActive(@PathVariable UUID id, @RequestParam boolean active, RedirectAttributes flash) {
        settings.setStandardActive(id, active);
        flash.addFlashAttribute("success", active ? "Standard in use again" : "Standard withdrawn");
        return "redirect:/inbox/settings";
    }
}
