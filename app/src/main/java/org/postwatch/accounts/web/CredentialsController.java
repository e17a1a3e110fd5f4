package org.postwatch.accounts.web;

import java.util.HashMap;
import java.util.Map;
import org.postwatch.accounts.AccountId;
import org.postwatch.accounts.AccountSummary;
import org.postwatch.accounts.Accounts;
import org.postwatch.accounts.ChannelCredentials;
import org.postwatch.platform.BusinessRuleException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Storing the connector's credentials for an account. What is typed is sealed at once and never shown again: the page
 * only says when credentials were stored and by whom. On an error the typed secrets are not sent back to the page.
 */
@Controller
@RequestMapping("/accounts/{id}/credentials")
@PreAuthorize(AccountsController.MANAGERS)
class CredentialsController {

    private final Accounts accounts;
    private final ChannelCredentials credentials;

    CredentialsController(Accounts accounts, ChannelCredentials credentials) {
        this.accounts = accounts;
        this.credentials = credentials;
    }

    @GetMapping
    String form(@PathVariable AccountId id, Model model) {
        prepare(id, model);
        return "accounts/credentials";
    }

    @PostMapping
    String store(
            @PathVariable AccountId id,
            @RequestParam Map<String, String> submitted,
            Model model,
            RedirectAttributes flash) {
        AccountSummary account = accounts.get(id);
        Map<String, String> values = new HashMap<>();
        credentials
                .fieldsFor(account.channel())
                .forEach(field -> values.put(field.name(), submitted.getOrDefault("field-" + field.name(), "")));
        try {
            credentials.store(id, values);
        } catch (BusinessRuleException e) {
            prepare(id, model);
            model.addAttribute("error", e.getMessage());
            return "accounts/credentials";
        }
        flash.addFlashAttribute("success", "The credentials for " + account.handle() + " are stored, encrypted");
        return "redirect:/accounts/" + id;
    }

    @PostMapping("/remove")
    String remove(
            @PathVariable AccountId id,
            @RequestParam(required = false) String reason,
            Model model,
            RedirectAttributes flash) {
        try {
            credentials.remove(id, reason);
        } catch (BusinessRuleException e) {
            prepare(id, model);
            model.addAttribute("error", e.getMessage());
            return "accounts/credentials";
        }
        flash.addFlashAttribute("success", "The credentials were removed: the connector can no longer post");
        return "redirect:/accounts/" + id;
    }

    private void prepare(AccountId id, Model model) {
        AccountSummary account = accounts.get(id);
        model.addAttribute("account", account);
        model.addAttribute("fields", credentials.fieldsFor(account.channel()));
        model.addAttribute("stored", credentials.status(id).orElse(null));
        model.addAttribute("canStore", credentials.canStore());
    }
}
