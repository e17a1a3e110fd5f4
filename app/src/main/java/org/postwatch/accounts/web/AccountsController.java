package org.postwatch.accounts.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.postwatch.accounts.AccountAlerts;
import org.postwatch.accounts.AccountDetails;
import org.postwatch.accounts.AccountFilter;
import org.postwatch.accounts.AccountId;
import org.postwatch.accounts.AccountKind;
import org.postwatch.accounts.AccountRegister;
import org.postwatch.accounts.AccountStatus;
import org.postwatch.accounts.AccountSummary;
import org.postwatch.accounts.Accounts;
import org.postwatch.accounts.Channel;
import org.postwatch.accounts.ChannelCredentials;
import org.postwatch.accounts.ContributorLevel;
import org.postwatch.accounts.NewAccount;
import org.postwatch.accounts.PostingRights;
import org.postwatch.accounts.StrategyObjective;
import org.postwatch.identity.StaffDirectory;
import org.postwatch.identity.StaffMember;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.CurrentUser;
import org.postwatch.platform.Role;
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

/** The accounts register: list, alerts, registration, details, the lifecycle and the transfer journey. */
@Controller
@RequestMapping("/accounts")
@PreAuthorize(AccountsController.READERS)
class AccountsController {

    static final String READERS = "hasAnyRole('ACCOUNT_MANAGER', 'REVIEWER', 'PROFESSIONAL_STANDARDS', 'FORCE_ADMIN')";
    static final String MANAGERS = "hasRole('ACCOUNT_MANAGER')";

    private final Accounts accounts;
    private final AccountRegister register;
    private final AccountAlerts alerts;
    private final PostingRights rights;
    private final ChannelCredentials credentials;
    private final StaffDirectory directory;
    private final StaffLookup lookup;

    AccountsController(
            Accounts accounts,
            AccountRegister register,
            AccountAlerts alerts,
            PostingRights rights,
            ChannelCredentials credentials,
            StaffDirectory directory,
            StaffLookup lookup) {
        this.accounts = accounts;
        this.register = register;
        this.alerts = alerts;
        this.rights = rights;
        this.credentials = credentials;
        this.directory = directory;
        this.lookup = lookup;
    }

    @ModelAttribute("channels")
    Channel[] channels() {
        return Channel.values();
    }

    @ModelAttribute("kinds")
    AccountKind[] kinds() {
        return AccountKind.values();
    }

    @ModelAttribute("statuses")
    AccountStatus[] statuses() {
        return AccountStatus.values();
    }

    @ModelAttribute("objectives")
    StrategyObjective[] objectives() {
        return StrategyObjective.values();
    }

    @ModelAttribute("levels")
    ContributorLevel[] levels() {
        return ContributorLevel.values();
    }

    @ModelAttribute("canManage")
    boolean canManage() {
        return CurrentUser.get().has(Role.ACCOUNT_MANAGER);
    }

    @GetMapping
    String list(
            @RequestParam(required = false) Channel channel,
            @RequestParam(required = false) AccountKind kind,
            @RequestParam(required = false) AccountStatus status,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String q,
            HtmxRequest htmx,
            Model model) {
        AccountFilter filter = new AccountFilter(channel, kind, status, blankToNull(unit), blankToNull(q));
        model.addAttribute("filter", filter);
        model.addAttribute("accounts", accounts.search(filter));
        model.addAttribute("units", accounts.units());
        model.addAttribute("alertCount", alerts.current().size());
        return htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest() ? "accounts/list :: results" : "accounts/list";
    }

    @GetMapping("/alerts")
    String alerts(Model model) {
        model.addAttribute("alerts", alerts.current());
        return "accounts/alerts";
    }

    @GetMapping("/new")
    @PreAuthorize(MANAGERS)
    String newForm(Model model) {
        model.addAttribute(
                "form",
                AccountForm.empty(directory
                        .find(CurrentUser.get().staffId())
                        .map(StaffLookup::typed)
                        .orElse("")));
        return "accounts/form";
    }

    @PostMapping("/new")
    @PreAuthorize(MANAGERS)
    String add(@Valid @ModelAttribute("form") AccountForm form, BindingResult errors, RedirectAttributes flash) {
        StaffId owner = person(form.assetOwner(), "assetOwner", errors);
        StaffId holder = form.kind() == AccountKind.UNOFFICIAL && !blank(form.holder())
                ? person(form.holder(), "holder", errors)
                : null;
        LocalDate lastReview = date(form.lastSecurityReviewOn(), "lastSecurityReviewOn", errors, false);
        if (errors.hasErrors()) {
            return "accounts/form";
        }
        try {
            AccountId id = register.register(new NewAccount(
                    form.channel(), form.handle(), form.kind(), details(form, owner), holder, lastReview));
            flash.addFlashAttribute("success", "The account has been added to the register");
            return "redirect:/accounts/" + id;
        } catch (BusinessRuleException e) {
            errors.reject("rule", e.getMessage());
            return "accounts/form";
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable AccountId id, Model model) {
        AccountSummary account = accounts.get(id);
        model.addAttribute("account", account);
        model.addAttribute("assetOwner", nameOf(account.assetOwner()));
        model.addAttribute("holder", account.holder() == null ? null : nameOf(account.holder()));
        model.addAttribute("contributors", rights.contributorsOf(id));
        model.addAttribute("history", accounts.history(id));
        model.addAttribute(
                "alerts",
                alerts.current().stream()
                        .filter(a -> a.account().id().equals(id))
                        .toList());
        if (canManage()) {
            model.addAttribute("credentials", credentials.status(id).orElse(null));
        }
        return "accounts/detail";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(MANAGERS)
    String editForm(@PathVariable AccountId id, Model model) {
        AccountSummary account = accounts.get(id);
        model.addAttribute("account", account);
        model.addAttribute(
                "form",
                AccountForm.of(
                        account,
                        directory
                                .find(account.assetOwner())
                                .map(StaffLookup::typed)
                                .orElse("")));
        return "accounts/form";
    }

    /** Channel, handle and kind come back as hidden fields for validation only: they cannot be changed. */
    @PostMapping("/{id}/edit")
    @PreAuthorize(MANAGERS)
    String edit(
            @PathVariable AccountId id,
            @Valid @ModelAttribute("form") AccountForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        model.addAttribute("account", accounts.get(id));
        StaffId owner = person(form.assetOwner(), "assetOwner", errors);
        if (errors.hasErrors()) {
            return "accounts/form";
        }
        try {
            register.changeDetails(id, details(form, owner));
            flash.addFlashAttribute("success", "Changes saved");
            return "redirect:/accounts/" + id;
        } catch (BusinessRuleException e) {
            errors.reject("rule", e.getMessage());
            return "accounts/form";
        }
    }

    /** The lifecycle changes that need only a reason. */
    enum Action {
        SUSPEND("suspend", "Suspend", "Suspend the account", "Nobody can post to it until it is reinstated.", true),
        REINSTATE(
                "reinstate",
                "Reinstate",
                "Reinstate the account",
                "Contributors who are accredited can post again.",
                false),
        CLOSE(
                "close",
                "Close",
                "Close the account",
                "Every contributor's access ends. The account and its history are kept. A closed account cannot be reopened.",
                true),
        CANCEL_TRANSFER(
                "cancel-transfer",
                "Cancel the transfer",
                "Cancel the transfer",
                "The account stays unofficial.",
                false);

        final String path;
        final String button;
        final String title;
        final String explanation;
        final boolean warning;

        Action(String path, String button, String title, String explanation, boolean warning) {
            this.path = path;
            this.button = button;
            this.title = title;
            this.explanation = explanation;
            this.warning = warning;
        }

        public String path() {
            return path;
        }

        public String button() {
            return button;
        }

        public String title() {
            return title;
        }

        public String explanation() {
            return explanation;
        }

        public boolean warning() {
            return warning;
        }

        static Action of(String path) {
            for (Action action : values()) {
                if (action.path.equals(path)) {
                    return action;
                }
            }
            throw new org.postwatch.platform.RecordNotFoundException("Page", path);
        }
    }

    @GetMapping("/{id}/{action:suspend|reinstate|close|cancel-transfer}")
    @PreAuthorize(MANAGERS)
    String reasonForm(@PathVariable AccountId id, @PathVariable String action, Model model) {
        model.addAttribute("account", accounts.get(id));
        model.addAttribute("action", Action.of(action));
        model.addAttribute("form", ReasonForm.empty());
        return "accounts/reason";
    }

    @PostMapping("/{id}/{action:suspend|reinstate|close|cancel-transfer}")
    @PreAuthorize(MANAGERS)
    String changeStatus(
            @PathVariable AccountId id,
            @PathVariable String action,
            @Valid @ModelAttribute("form") ReasonForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        AccountSummary account = accounts.get(id);
        Action chosen = Action.of(action);
        model.addAttribute("account", account);
        model.addAttribute("action", chosen);
        if (errors.hasErrors()) {
            return "accounts/reason";
        }
        try {
            switch (chosen) {
                case SUSPEND -> register.suspend(id, form.reason());
                case REINSTATE -> register.reinstate(id, form.reason());
                case CLOSE -> register.close(id, form.reason());
                case CANCEL_TRANSFER -> register.cancelTransfer(id, form.reason());
            }
        } catch (BusinessRuleException e) {
            errors.reject("rule", e.getMessage());
            return "accounts/reason";
        }
        flash.addFlashAttribute(
                "success",
                switch (chosen) {
                    case SUSPEND -> account.handle() + " is suspended";
                    case REINSTATE -> account.handle() + " is active again";
                    case CLOSE -> account.handle() + " is closed";
                    case CANCEL_TRANSFER -> "The transfer was cancelled";
                });
        return "redirect:/accounts/" + id;
    }

    @GetMapping("/{id}/transfer")
    @PreAuthorize(MANAGERS)
    String transferForm(@PathVariable AccountId id, Model model) {
        AccountSummary account = accounts.get(id);
        model.addAttribute("account", account);
        String holder = account.holder() == null
                ? ""
                : directory.find(account.holder()).map(StaffLookup::typed).orElse("");
        model.addAttribute("form", new TransferForm(AccountKind.TEAM, holder, ""));
        return "accounts/transfer";
    }

    @PostMapping("/{id}/transfer")
    @PreAuthorize(MANAGERS)
    String startTransfer(
            @PathVariable AccountId id,
            @Valid @ModelAttribute("form") TransferForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        model.addAttribute("account", accounts.get(id));
        StaffId holder = errors.hasFieldErrors("holder") ? null : person(form.holder(), "holder", errors);
        if (errors.hasErrors()) {
            return "accounts/transfer";
        }
        try {
            register.startTransfer(id, form.becomes(), holder, form.reason());
        } catch (BusinessRuleException e) {
            errors.reject("rule", e.getMessage());
            return "accounts/transfer";
        }
        flash.addFlashAttribute("success", "The transfer has started. Complete it once the force holds the log-in.");
        return "redirect:/accounts/" + id;
    }

    @GetMapping("/{id}/transfer/complete")
    @PreAuthorize(MANAGERS)
    String completeForm(@PathVariable AccountId id, Model model) {
        AccountSummary account = accounts.get(id);
        model.addAttribute("account", account);
        model.addAttribute("holder", account.holder() == null ? null : nameOf(account.holder()));
        model.addAttribute("form", new CompleteTransferForm(ContributorLevel.POST_WITH_REVIEW, ""));
        return "accounts/transfer-complete";
    }

    @PostMapping("/{id}/transfer/complete")
    @PreAuthorize(MANAGERS)
    String completeTransfer(
            @PathVariable AccountId id,
            @Valid @ModelAttribute("form") CompleteTransferForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        AccountSummary account = accounts.get(id);
        model.addAttribute("account", account);
        model.addAttribute("holder", account.holder() == null ? null : nameOf(account.holder()));
        if (errors.hasErrors()) {
            return "accounts/transfer-complete";
        }
        try {
            register.completeTransfer(id, form.level(), form.note());
        } catch (BusinessRuleException e) {
            errors.reject("rule", e.getMessage());
            return "accounts/transfer-complete";
        }
        flash.addFlashAttribute(
                "success",
                account.handle()
                        + " now belongs to the force. Its holder is a contributor and can post once accredited.");
        return "redirect:/accounts/" + id;
    }

    @GetMapping("/{id}/security-review")
    @PreAuthorize(MANAGERS)
    String reviewForm(@PathVariable AccountId id, Model model) {
        model.addAttribute("account", accounts.get(id));
        model.addAttribute(
                "form",
                new SecurityReviewForm(
                        LocalDate.now(org.postwatch.platform.LondonTime.ZONE).toString(), ""));
        return "accounts/security-review";
    }

    @PostMapping("/{id}/security-review")
    @PreAuthorize(MANAGERS)
    String recordReview(
            @PathVariable AccountId id,
            @Valid @ModelAttribute("form") SecurityReviewForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        model.addAttribute("account", accounts.get(id));
        LocalDate on = date(form.reviewedOn(), "reviewedOn", errors, true);
        if (errors.hasErrors()) {
            return "accounts/security-review";
        }
        try {
            register.recordSecurityReview(id, on, form.notes());
        } catch (BusinessRuleException e) {
            errors.reject("rule", e.getMessage());
            return "accounts/security-review";
        }
        flash.addFlashAttribute("success", "Security review recorded");
        return "redirect:/accounts/" + id;
    }

    private AccountDetails details(AccountForm form, StaffId owner) {
        return new AccountDetails(
                form.displayName(),
                form.purpose(),
                form.chosenObjectives(),
                form.owningUnit(),
                owner,
                form.followerCount(),
                form.reviewMonths());
    }

    private StaffId person(String typed, String field, BindingResult errors) {
        if (errors.hasFieldErrors(field)) {
            return null;
        }
        return switch (lookup.find(typed)) {
            case StaffLookup.Person(StaffMember member) -> member.id();
            case StaffLookup.Problem(String message) -> {
                errors.rejectValue(field, "lookup", message);
                yield null;
            }
        };
    }

    static LocalDate date(String value, String field, BindingResult errors, boolean required) {
        if (value == null || value.isBlank()) {
            if (required && !errors.hasFieldErrors(field)) {
                errors.rejectValue(field, "required", "Enter a date");
            }
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "date", "Enter a real date, like 2026-03-03");
            return null;
        }
    }

    private String nameOf(StaffId id) {
        return directory.find(id).map(StaffMember::fullName).orElse("Unknown person");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
