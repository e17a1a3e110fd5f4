package org.postwatch.accounts.web;

import jakarta.validation.Valid;
import org.postwatch.accounts.AccountId;
import org.postwatch.accounts.AccountRegister;
import org.postwatch.accounts.AccountSummary;
import org.postwatch.accounts.Accounts;
import org.postwatch.accounts.ContributorLevel;
import org.postwatch.accounts.ContributorStanding;
import org.postwatch.accounts.PostingRights;
import org.postwatch.identity.StaffMember;
import org.postwatch.platform.BusinessRuleException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding contributors to an account, changing their level and removing them. */
@Controller
@RequestMapping("/accounts/{id}/contributors")
@PreAuthorize(AccountsController.MANAGERS)
class ContributorsController {

    private final Accounts accounts;
    private final AccountRegister register;
    private final PostingRights rights;
    private final StaffLookup lookup;

    ContributorsController(Accounts accounts, AccountRegister register, PostingRights rights, StaffLookup lookup) {
        this.accounts = accounts;
        this.register = register;
        this.rights = rights;
        this.lookup = lookup;
    }

    @ModelAttribute("levels")
    ContributorLevel[] levels() {
        return ContributorLevel.values();
    }

    @GetMapping("/new")
    String newForm(@PathVariable AccountId id, Model model) {
        model.addAttribute("account", accounts.get(id));
        model.addAttribute("form", new GrantForm("", ContributorLevel.POST_WITH_REVIEW));
        return "accounts/contributor-new";
    }

    @PostMapping("/new")
    String grant(
            @PathVariable AccountId id,
            @Valid @ModelAttribute("form") GrantForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        AccountSummary account = accounts.get(id);
        model.addAttribute("account", account);
        StaffMember person = null;
        if (!errors.hasFieldErrors("person")) {
            switch (lookup.find(form.person())) {
                case StaffLookup.Person(StaffMember member) -> person = member;
                case StaffLookup.Problem(String message) -> errors.rejectValue("person", "lookup", message);
            }
        }
        if (errors.hasErrors()) {
            return "accounts/contributor-new";
        }
        try {
            register.grantContributor(id, person.id(), form.level());
        } catch (BusinessRuleException e) {
            errors.reject("rule", e.getMessage());
            return "accounts/contributor-new";
        }
        ContributorStanding standing = standing(id, person.id());
        flash.addFlashAttribute(
                "success",
                person.fullName() + " is now a contributor on " + account.handle()
                        + (standing.mayPost()
                                ? " and can post"
                                : ". They cannot post yet: " + String.join("; ", standing.reasons())));
        return "redirect:/accounts/" + id;
    }

    @GetMapping("/{staff}")
    String show(@PathVariable AccountId id, @PathVariable StaffId staff, Model model) {
        ContributorStanding standing = standing(id, staff);
        model.addAttribute("account", accounts.get(id));
        model.addAttribute("contributor", standing);
        model.addAttribute("levelForm", new LevelForm(standing.level(), ""));
        model.addAttribute("removeForm", ReasonForm.empty());
        return "accounts/contributor";
    }

    @PostMapping("/{staff}/level")
    String changeLevel(
            @PathVariable AccountId id,
            @PathVariable StaffId staff,
            @Valid @ModelAttribute("levelForm") LevelForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        ContributorStanding standing = standing(id, staff);
        if (!errors.hasErrors()) {
            try {
                register.changeContributorLevel(id, staff, form.level(), form.reason());
                flash.addFlashAttribute(
                        "success", standing.name() + " is now " + form.level().label());
                return "redirect:/accounts/" + id;
            } catch (BusinessRuleException e) {
                errors.reject("rule", e.getMessage());
            }
        }
        model.addAttribute("account", accounts.get(id));
        model.addAttribute("contributor", standing);
        model.addAttribute("removeForm", ReasonForm.empty());
        return "accounts/contributor";
    }

    @PostMapping("/{staff}/remove")
    String remove(
            @PathVariable AccountId id,
            @PathVariable StaffId staff,
            @Valid @ModelAttribute("removeForm") ReasonForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        ContributorStanding standing = standing(id, staff);
        if (!errors.hasErrors()) {
            try {
                register.removeContributor(id, staff, form.reason());
                flash.addFlashAttribute("success", standing.name() + " is no longer a contributor");
                return "redirect:/accounts/" + id;
            } catch (BusinessRuleException e) {
                errors.reject("rule", e.getMessage());
            }
        }
        model.addAttribute("account", accounts.get(id));
        model.addAttribute("contributor", standing);
        model.addAttribute("levelForm", new LevelForm(standing.level(), ""));
        return "accounts/contributor";
    }

    private ContributorStanding standing(AccountId id, StaffId staff) {
        return rights.contributorsOf(id).stream()
                .filter(s -> s.staff().equals(staff))
                .findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Contributor", staff));
    }
}
