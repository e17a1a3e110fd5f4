package org.postwatch.safeguard.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.util.Arrays;
import java.util.List;
import org.postwatch.safeguard.AccountKind;
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
 * "Check a post": any member of staff types a post for a force account and sees, as they type, what the checks find
 * and why. A practice check, not a real post: nothing is recorded and the text is never logged.
 */
@Controller
@RequestMapping("/safeguard/check")
@PreAuthorize("isAuthenticated()")
class CheckPageController {

    static final List<AccountKind> FORCE_ACCOUNT_KINDS =
            List.of(AccountKind.CORPORATE, AccountKind.TEAM, AccountKind.INDIVIDUAL);

    private final SafeguardChecks checks;

    CheckPageController(SafeguardChecks checks) {
        this.checks = checks;
    }

    @ModelAttribute("channels")
    List<Channel> channels() {
        return Arrays.asList(Channel.values());
    }

    @ModelAttribute("accountKinds")
    List<AccountKind> accountKinds() {
        return FORCE_ACCOUNT_KINDS;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("form", CheckForm.forForceAccounts());
        return "safeguard/check";
    }

    /** The full page without JavaScript; just the result for htmx as the author types. */
    @PostMapping
    String check(@ModelAttribute("form") CheckForm typed, BindingResult unreadable, HtmxRequest htmx, Model model) {
        CheckForm form = typed.forForceAccount();
        model.addAttribute("form", form);
        addResult(form, checks, model);
        return htmx.isHtmxRequest() ? "safeguard/check :: result" : "safeguard/check";
    }

    static void addResult(CheckForm form, SafeguardChecks checks, Model model) {
        if (form.tooLong()) {
            model.addAttribute("tooLong", true);
        } else if (form.hasText()) {
            SafeguardReport report = checks.check(form.request());
            model.addAttribute("report", report);
            model.addAttribute("marked", report.marked(form.text()));
        } else {
            model.addAttribute("blank", true); // nothing to check: say so, never "Allowed"
        }
    }
}
