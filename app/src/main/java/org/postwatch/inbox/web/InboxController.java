package org.postwatch.inbox.web;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.postwatch.identity.StaffDirectory;
import org.postwatch.inbox.Conversation;
import org.postwatch.inbox.InboundCategory;
import org.postwatch.inbox.InboundItemId;
import org.postwatch.inbox.Inbox;
import org.postwatch.inbox.InboxFilter;
import org.postwatch.inbox.InboxMeasures;
import org.postwatch.inbox.InboxSettings;
import org.postwatch.inbox.ItemState;
import org.postwatch.inbox.ModerationAction;
import org.postwatch.inbox.ReplyResult;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.CurrentUser;
import org.postwatch.platform.Role;
import org.postwatch.platform.StaffId;
import org.postwatch.safeguard.SafeguardReport;
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

/**
 * The desk's pages: the queue with filters (its list refreshes itself every ten seconds), and one conversation with
 * the reply box (checked as you type), assignment, hand-off, "no reply needed", moderation and appeals. A failed
 * action shows its reason on the page with what was typed still in the box.
 */
@Controller
@RequestMapping("/inbox")
@PreAuthorize("hasAnyRole('REVIEWER', 'CONTRIBUTOR')")
class InboxController {

    private final Inbox inbox;
    private final InboxSettings settings;
    private final InboxMeasures measures;
    private final StaffDirectory staff;
    private final java.time.Clock clock;

    InboxController(
            Inbox inbox, InboxSettings settings, InboxMeasures measures, StaffDirectory staff, java.time.Clock clock) {
        this.inbox = inbox;
        this.settings = settings;
        this.measures = measures;
        this.staff = staff;
        this.clock = clock;
    }

    @ModelAttribute("categories")
    List<InboundCategory> categories() {
        return Arrays.asList(InboundCategory.values());
    }

    @ModelAttribute("states")
    List<ItemState> states() {
        return Arrays.asList(ItemState.values());
    }

    @GetMapping
    String list(
            @RequestParam(required = false) InboundCategory category,
            @RequestParam(required = false) UUID account,
            @RequestParam(required = false) ItemState state,
            @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(defaultValue = "1") int days,
            Model model) {
        queue(category, account, state, mine, model);
        model.addAttribute("accounts", inbox.accounts());
        if (CurrentUser.get().has(Role.REVIEWER)) {
            model.addAttribute("figures", measures.figures(days));
            model.addAttribute("held", inbox.awaitingApproval());
        }
        return "inbox/list";
    }

    /** The queue alone, for htmx polling. */
    @GetMapping("/queue")
    String queueFragment(
            @RequestParam(required = false) InboundCategory category,
            @RequestParam(required = false) UUID account,
            @RequestParam(required = false) ItemState state,
            @RequestParam(defaultValue = "false") boolean mine,
            Model model) {
        queue(category, account, state, mine, model);
        return "inbox/list :: queue";
    }

    private void queue(InboundCategory category, UUID account, ItemState state, boolean mine, Model model) {
        model.addAttribute("items", inbox.queue(new InboxFilter(category, account, state, mine, state == null, 200)));
        model.addAttribute("category", category);
        model.addAttribute("account", account);
        model.addAttribute("state", state);
        model.addAttribute("mine", mine);
        model.addAttribute("now", clock.instant());
    }

    @GetMapping("/{id}")
    String item(@PathVariable InboundItemId id, Model model) {
        return page(id, model);
    }

    /** Live check of the reply as it is typed. */
    @PostMapping("/{id}/check")
    String check(@PathVariable InboundItemId id, @RequestParam(defaultValue = "") String text, Model model) {
        SafeguardReport report = text.isBlank() ? null : inbox.preview(id, text);
        model.addAttribute("report", report);
        model.addAttribute("marked", report == null ? List.of() : report.marked(text));
        model.addAttribute("checkedText", text);
        return "inbox/item :: check";
    }

    @PostMapping("/{id}/reply")
    String reply(
            @PathVariable InboundItemId id,
            @Valid @ModelAttribute("replyForm") Forms.ReplyForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        if (errors.hasErrors()) {
            return page(id, model);
        }
        try {
            ReplyResult result = inbox.reply(id, form.text(), Boolean.TRUE.equals(form.confirm()));
            if (result.outcome() == ReplyResult.Outcome.NEEDS_CONFIRMATION) {
                model.addAttribute("needsConfirmation", true);
                model.addAttribute("report", result.report());
                model.addAttribute("marked", result.report().marked(form.text()));
                model.addAttribute("checkedText", form.text());
                model.addAttribute("error", result.message());
                return page(id, model);
            }
            flash.addFlashAttribute("success", result.message());
            return "redirect:/inbox/" + id;
        } catch (BusinessRuleException e) {
            errors.reject("reply", e.getMessage());
            return page(id, model);
        }
    }

    @PostMapping("/{id}/assign")
    String assign(
            @PathVariable InboundItemId id,
            @Valid @ModelAttribute("assignForm") Forms.AssignForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "false") boolean me,
            Model model,
            RedirectAttributes flash) {
        return act(id, errors, model, flash, () -> {
            if (me) {
                inbox.assignToMe(id);
                return "Assigned to you";
            }
            inbox.assign(id, form.person() == null ? null : new StaffId(form.person()), form.team());
            return "Assignment saved";
        });
    }

    @PostMapping("/{id}/no-reply")
    String noReply(
            @PathVariable InboundItemId id,
            @Valid @ModelAttribute("noReplyForm") Forms.NoReplyForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        return act(id, errors, model, flash, () -> {
            inbox.noReplyNeeded(id, form.reason());
            return "Closed: no reply needed";
        });
    }

    @PostMapping("/{id}/escalate")
    String escalate(
            @PathVariable InboundItemId id,
            @Valid @ModelAttribute("escalateForm") Forms.EscalateForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        return act(id, errors, model, flash, () -> {
            var item = inbox.escalate(id, form.handoffTo(), form.reference(), form.note());
            return "Hand-off to " + item.handoffTo() + " recorded, reference " + item.handoffReference();
        });
    }

    @PostMapping("/{id}/moderate")
    @PreAuthorize("hasRole('REVIEWER')")
    String moderate(
            @PathVariable InboundItemId id,
            @Valid @ModelAttribute("moderateForm") Forms.ModerateForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        return act(id, errors, model, flash, () -> {
            var done = inbox.moderate(id, form.action(), form.standard(), form.note());
            return done.action().label() + " under \"" + done.standard() + "\": " + done.platformMessage();
        });
    }

    @PostMapping("/{id}/category")
    @PreAuthorize("hasRole('REVIEWER')")
    String recategorise(
            @PathVariable InboundItemId id,
            @Valid @ModelAttribute("categoryForm") Forms.CategoryForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        return act(id, errors, model, flash, () -> {
            inbox.recategorise(id, form.category(), form.reason());
            return "Category changed to " + form.category().label();
        });
    }

    @PostMapping("/{id}/replies/{reply}/approve")
    @PreAuthorize("hasRole('REVIEWER')")
    String approve(
            @PathVariable InboundItemId id,
            @PathVariable UUID reply,
            @ModelAttribute Forms.DecisionNoteForm form,
            Model model,
            RedirectAttributes flash) {
        return act(id, model, flash, () -> {
            inbox.approveReply(reply, form.note());
            return "Reply approved: it is being published";
        });
    }

    @PostMapping("/{id}/replies/{reply}/reject")
    @PreAuthorize("hasRole('REVIEWER')")
    String reject(
            @PathVariable InboundItemId id,
            @PathVariable UUID reply,
            @ModelAttribute Forms.DecisionNoteForm form,
            Model model,
            RedirectAttributes flash) {
        return act(id, model, flash, () -> {
            inbox.rejectReply(reply, form.note());
            return "Reply rejected";
        });
    }

    @PostMapping("/{id}/replies/{reply}/retry")
    String retry(@PathVariable InboundItemId id, @PathVariable UUID reply, Model model, RedirectAttributes flash) {
        return act(id, model, flash, () -> {
            inbox.retryReply(reply);
            return "Trying the reply again";
        });
    }

    @PostMapping("/{id}/moderation/{moderation}/appeal")
    @PreAuthorize("hasRole('REVIEWER')")
    String appeal(
            @PathVariable InboundItemId id,
            @PathVariable UUID moderation,
            @Valid @ModelAttribute("appealForm") Forms.AppealForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        return act(id, errors, model, flash, () -> {
            inbox.recordAppeal(moderation, form.text());
            return "Appeal recorded";
        });
    }

    @PostMapping("/{id}/moderation/{moderation}/decide")
    @PreAuthorize("hasRole('REVIEWER')")
    String decide(
            @PathVariable InboundItemId id,
            @PathVariable UUID moderation,
            @Valid @ModelAttribute("decideForm") Forms.DecideForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        return act(id, errors, model, flash, () -> {
            boolean overturn = "OVERTURN".equals(form.decision());
            inbox.decideAppeal(moderation, overturn, form.reason());
            return overturn ? "Appeal upheld: the action is undone" : "Appeal refused: the action stands";
        });
    }

    /** Does the work unless the form has errors; a refused action shows the page again with the reason. */
    private String act(
            InboundItemId id,
            BindingResult errors,
            Model model,
            RedirectAttributes flash,
            java.util.function.Supplier<String> work) {
        if (errors.hasErrors()) {
            return page(id, model);
        }
        return act(id, model, flash, work);
    }

    private String act(
            InboundItemId id, Model model, RedirectAttributes flash, java.util.function.Supplier<String> work) {
        try {
            flash.addFlashAttribute("success", work.get());
            return "redirect:/inbox/" + id;
        } catch (BusinessRuleException e) {
            model.addAttribute("error", e.getMessage());
            return page(id, model);
        }
    }

    private String page(InboundItemId id, Model model) {
        Conversation conversation = inbox.conversation(id);
        model.addAttribute("c", conversation);
        model.addAttribute("item", conversation.item());
        model.addAttribute("now", clock.instant());
        model.addAttribute(
                "defaultHandoff", Inbox.defaultHandoff(conversation.item().category()));
        model.addAttribute(
                "standards",
                settings.standards().stream().filter(s -> s.active()).toList());
        model.addAttribute("actions", ModerationAction.values());
        model.addAttribute("people", staff.withRole(Role.REVIEWER));
        for (String form : List.of("noReplyForm", "moderateForm", "categoryForm", "assignForm")) {
            if (model.getAttribute(BindingResult.MODEL_KEY_PREFIX + form) instanceof BindingResult result
                    && result.hasErrors()) {
                model.addAttribute("open", form);
            }
        }
        putIfAbsent(model, "replyForm", Forms.ReplyForm.empty());
        putIfAbsent(model, "escalateForm", new Forms.EscalateForm("", "", ""));
        putIfAbsent(model, "noReplyForm", new Forms.NoReplyForm(""));
        putIfAbsent(model, "moderateForm", new Forms.ModerateForm(null, null, ""));
        putIfAbsent(
                model,
                "assignForm",
                new Forms.AssignForm(null, conversation.item().assignedTeam()));
        putIfAbsent(model, "categoryForm", new Forms.CategoryForm(null, ""));
        putIfAbsent(model, "appealForm", new Forms.AppealForm(""));
        putIfAbsent(model, "decideForm", new Forms.DecideForm("", ""));
        return "inbox/item";
    }

    private static void putIfAbsent(Model model, String name, Object value) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, value);
        }
    }
}
