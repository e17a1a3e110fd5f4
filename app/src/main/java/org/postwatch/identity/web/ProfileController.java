package org.postwatch.identity.web;

import java.time.Duration;
import java.util.UUID;
import org.postwatch.identity.ApiTokens;
import org.postwatch.identity.StaffDirectory;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's own details and their personal API tokens. */
@Controller
class ProfileController {

    private final StaffDirectory directory;
    private final ApiTokens tokens;

    ProfileController(StaffDirectory directory, ApiTokens tokens) {
        this.directory = directory;
        this.tokens = tokens;
    }

    @GetMapping("/profile")
    String profile(Model model) {
        model.addAttribute("member", directory.find(CurrentUser.get().staffId()).orElseThrow());
        model.addAttribute("tokens", tokens.mine());
        return "identity/profile";
    }

    @PostMapping("/profile/tokens")
    String issue(
            @RequestParam(required = false) String name,
            @RequestParam(defaultValue = "90") int days,
            RedirectAttributes flash) {
        try {
            int validDays = Math.max(1, Math.min(days, 365));
            ApiTokens.IssuedToken token = tokens.issue(name, Duration.ofDays(validDays));
            flash.addFlashAttribute("issued", token);
        } catch (BusinessRuleException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/profile";
    }

    @PostMapping("/profile/tokens/{id}/revoke")
    String revoke(@PathVariable UUID id, RedirectAttributes flash) {
        tokens.revoke(id);
        flash.addFlashAttribute("success", "The token has been revoked and can no longer be used");
        return "redirect:/profile";
    }

    @GetMapping("/profile/tokens")
    String tokensPage() {
        return "redirect:/profile";
    }
}
