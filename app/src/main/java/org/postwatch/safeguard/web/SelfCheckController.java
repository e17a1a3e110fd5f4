package org.postwatch.safeguard.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.util.Arrays;
import java.util.List;
import org.postwatch.safeguard.Channel;
import org.postwatch.safeguard.SafeguardChecks;
import org.postwatch.safeguard.SafeguardReport;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * "Before you post": a private self-check for staff's own social media accounts. Advice only, explained by the Code
 * of Ethics and the Standards of Professional Behaviour. Nothing from this page is stored or logged: no decision, no
 * audit entry, no session data, no log line; the text travels only in the POST body and back in the response.
 */
@Controller
@RequestMapping("/safeguard/before-you-post")
@PreAuthorize("isAuthenticated()")
class SelfCheckController {

    private final SafeguardChecks checks;

    SelfCheckController(SafeguardChecks checks) {
        this.checks = checks;
    }

    @ModelAttribute("channels")
    List<Channel> channels() {
        return Arrays.stream(Channel.values()).filter(c -> c != Channel.SANDBOX).toList();
    }

    @ModelAttribute("guidance")
    List<ConductGuidance.Guidance> guidance() {
        return ConductGuidance.all();
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("form", CheckForm.forPersonalAccounts());
        return "safeguard/before-you-post";
    }

    @PostMapping
    String check(@ModelAttribute("form") CheckForm typed, BindingResult unreadable, HtmxRequest htmx, Model model) {
        CheckForm form = typed.forPersonalAccount();
        model.addAttribute("form", form);
        CheckPageController.addResult(form, checks, model);
        if (model.getAttribute("report") instanceof SafeguardReport report) {
            model.addAttribute("concerns", ConductGuidance.forReport(report));
        }
        return htmx.isHtmxRequest() ? "safeguard/before-you-post :: result" : "safeguard/before-you-post";
    }
}
