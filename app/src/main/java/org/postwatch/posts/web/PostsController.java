package org.postwatch.posts.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.postwatch.accounts.AccountSummary;
import org.postwatch.accounts.Accounts;
import org.postwatch.accounts.StrategyObjective;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.LondonTime;
import org.postwatch.posts.PostId;
import org.postwatch.posts.PostState;
import org.postwatch.posts.PostView;
import org.postwatch.posts.Posts;
import org.postwatch.posts.SubmitResult;
import org.postwatch.posts.domain.Post;
import org.postwatch.posts.domain.PostRepository;
import org.postwatch.safeguard.MediaRight;
import org.postwatch.safeguard.SafeguardDecision;
import org.postwatch.safeguard.SafeguardReport;
import org.springframework.http.CacheControl;
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
 * Writing a post (saved as the author types, checked live), submitting it, the author's posts, a post's detail and the
 * schedule of posts per account.
 */
@Controller
@RequestMapping("/posts")
@PreAuthorize("isAuthenticated()")
class PostsController {

    private static final DateTimeFormatter SAVED_AT = DateTimeFormatter.ofPattern("HH:mm");

    private final Posts posts;
    private final Accounts calendarAccounts;

    PostsController(Posts posts, Accounts calendarAccounts) {
        this.posts = posts;
        this.calendarAccounts = calendarAccounts;
    }

    @ModelAttribute("objectives")
    List<StrategyObjective> objectives() {
        return Arrays.asList(StrategyObjective.values());
    }

    @ModelAttribute("rights")
    List<MediaRight> rights() {
        return List.of(MediaRight.OWN_WORK, MediaRight.FORCE_OWNED, MediaRight.LICENSED);
    }

    @GetMapping
    String mine(Model model) {
        List<PostView> mine = posts.mine();
        Map<String, List<PostView>> groups = new LinkedHashMap<>();
        groups.put("Failed to publish", filter(mine, PostState.FAILED));
        groups.put("Blocked: needs changes", filter(mine, PostState.BLOCKED));
        groups.put("Rejected", filter(mine, PostState.REJECTED));
        groups.put("Drafts", filter(mine, PostState.DRAFT));
        groups.put("Waiting for review", filter(mine, PostState.AWAITING_REVIEW, PostState.APPROVED));
        groups.put("Scheduled", filter(mine, PostState.SCHEDULED));
        groups.put("Published", filter(mine, PostState.PUBLISHED));
        model.addAttribute("groups", groups);
        model.addAttribute("empty", mine.isEmpty());
        return "posts/mine";
    }

    @GetMapping("/new")
    String compose(Model model) {
        model.addAttribute("form", PostForm.empty());
        return compose(model, null);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable PostId id, Model model) {
        PostView post = posts.get(id);
        model.addAttribute("form", PostForm.of(post));
        model.addAttribute("post", post);
        return compose(model, post);
    }

    /** Autosave: htmx posts the form on every change; the answer is the "Saved at" line and the post's id. */
    @PostMapping("/autosave")
    String autosave(@Valid @ModelAttribute("form") PostForm form, BindingResult errors, Model model) {
        try {
            if (errors.hasErrors()) {
                throw new BusinessRuleException(errors.getAllErrors().getFirst().getDefaultMessage());
            }
            PostId id = posts.saveDraft(form.saved() ? PostId.of(form.id()) : null, form.draft());
            model.addAttribute("savedId", id);
            model.addAttribute(
                    "savedAt", LocalTime.now(ZoneId.of("Europe/London")).format(SAVED_AT));
        } catch (BusinessRuleException e) {
            model.addAttribute("saveError", e.getMessage());
        } catch (IllegalArgumentException e) {
            model.addAttribute("saveError", "Enter the date and time as a real date and time");
        }
        return "posts/compose :: saved";
    }

    /** Live check as the author types: what the safeguard checks find and each channel's length. */
    @PostMapping("/check")
    String check(@ModelAttribute("form") PostForm form, Model model) {
        try {
            addCheck(form, model);
        } catch (IllegalArgumentException e) {
            // A half-typed date: the check is about the words, so check them without it.
            addCheck(new PostForm(form.id(), form.accounts(), form.text(), form.objective(), "", false), model);
        }
        return "posts/compose :: check";
    }

    @PostMapping("/submit")
    String submit(
            @Valid @ModelAttribute("form") PostForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        PostId id = form.saved() ? PostId.of(form.id()) : null;
        PostView saved = null;
        if (!errors.hasErrors()) {
            try {
                id = posts.saveDraft(id, form.draft());
                saved = posts.get(id);
                SubmitResult result = posts.submit(id, form.confirmed());
                if (result.state() == PostState.BLOCKED || result.needsConfirmation()) {
                    PostView post = posts.get(id);
                    model.addAttribute("form", PostForm.of(post));
                    model.addAttribute("post", post);
                    model.addAttribute("result", result);
                    addCheck(PostForm.of(post), model);
                    return compose(model, post);
                }
                flash.addFlashAttribute("success", result.message());
                return "redirect:/posts/" + id;
            } catch (BusinessRuleException e) {
                errors.reject("rule", e.getMessage());
            } catch (IllegalArgumentException e) {
                errors.rejectValue("publishAt", "date", "Enter the date and time as a real date and time");
            }
        }
        if (id != null) {
            model.addAttribute(
                    "form",
                    new PostForm(
                            id.toString(), form.accounts(), form.text(), form.objective(), form.publishAt(), false));
            saved = posts.get(id);
        }
        model.addAttribute("post", saved);
        return compose(model, saved);
    }

    @PostMapping("/{id}/images")
    String addImage(
            @PathVariable PostId id,
            @RequestParam(required = false) MultipartFile image,
            @RequestParam(required = false) String altText,
            @RequestParam(required = false) MediaRight right,
            @RequestParam(required = false) String attribution,
            RedirectAttributes flash)
            throws IOException {
        try {
            posts.addImage(
                    id,
                    image == null ? null : image.getOriginalFilename(),
                    image == null ? null : image.getContentType(),
                    image == null ? null : image.getBytes(),
                    altText,
                    right,
                    attribution);
            flash.addFlashAttribute("success", "Image added");
        } catch (BusinessRuleException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/posts/" + id + "/edit#images";
    }

    @PostMapping("/{id}/images/{image}/remove")
    String removeImage(@PathVariable PostId id, @PathVariable UUID image, RedirectAttributes flash) {
        posts.removeImage(id, image);
        flash.addFlashAttribute("success", "Image removed");
        return "redirect:/posts/" + id + "/edit#images";
    }

    @GetMapping("/{id}/images/{image}")
    ResponseEntity<byte[]> image(@PathVariable PostId id, @PathVariable UUID image) {
        PostRepository.Image found = posts.image(id, image);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(found.contentType()))
                .cacheControl(CacheControl.noStore())
                .body(found.content());
    }

    @GetMapping("/{id}")
    String detail(@PathVariable PostId id, Model model) {
        PostView post = posts.get(id);
        model.addAttribute("post", post);
        // The delete form asks for a reason whenever the post is out on an account (Posts.isOut), as delete requires.
        model.addAttribute("out", post.state() != PostState.DELETED && posts.isOut(id));
        List<SafeguardDecision> decisions = posts.decisions(id);
        model.addAttribute("decisions", decisions);
        if (!decisions.isEmpty()) {
            SafeguardReport latest = decisions.getLast().report();
            model.addAttribute("report", latest);
            model.addAttribute("marked", latest.marked(post.text()));
        }
        model.addAttribute("publications", posts.publications(id));
        return "posts/detail";
    }

    @PostMapping("/{id}/reopen")
    String reopen(@PathVariable PostId id) {
        posts.reopen(id);
        return "redirect:/posts/" + id + "/edit";
    }

    @PostMapping("/{id}/retry")
    String retry(@PathVariable PostId id, RedirectAttributes flash) {
        try {
            SubmitResult result = posts.retry(id);
            flash.addFlashAttribute(result.state() == PostState.SCHEDULED ? "success" : "error", result.message());
            if (result.state() == PostState.BLOCKED) {
                return "redirect:/posts/" + id + "/edit";
            }
        } catch (BusinessRuleException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/posts/" + id;
    }

    /**
     * Deleting asks first: the Delete button brings a page that shows the post and what deleting does, and only its
     * "Yes" deletes (a tap on a phone must not lose a draft, nor take a published post down). A published post needs
     * its reason before the question is asked.
     */
    @PostMapping("/{id}/delete")
    String delete(
            @PathVariable PostId id,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String confirmed,
            Model model,
            RedirectAttributes flash) {
        if (!"yes".equals(confirmed)) {
            PostView post = posts.get(id);
            if (post.state() == PostState.DELETED) {
                flash.addFlashAttribute("error", "This post has already been deleted");
                return "redirect:/posts/" + id;
            }
            // Out on any account, whatever the post's own state (a FAILED post may be out on one): the same question
            // the post's page and Posts.delete ask.
            boolean out = posts.isOut(id);
            if (out && (reason == null || reason.isBlank())) {
                flash.addFlashAttribute("error", Post.REASON_NEEDED);
                return "redirect:/posts/" + id;
            }
            model.addAttribute("post", post);
            model.addAttribute("out", out);
            model.addAttribute("reason", reason == null ? "" : reason.strip());
            return "posts/confirm-delete";
        }
        try {
            String still = posts.delete(id, reason);
            flash.addFlashAttribute("success", still == null ? "Post deleted" : still);
            return still == null ? "redirect:/posts" : "redirect:/posts/" + id;
        } catch (BusinessRuleException e) {
            flash.addFlashAttribute("error", e.getMessage());
            return "redirect:/posts/" + id;
        }
    }

    /** Scheduled posts of the force (a reviewer) or of the author, by account and time. */
    @GetMapping("/scheduled")
    String scheduled(Model model) {
        Map<String, List<PostView>> byAccount = new LinkedHashMap<>();
        for (PostView post : posts.inStates(PostState.SCHEDULED)) {
            post.targets()
                    .forEach(t -> byAccount
                            .computeIfAbsent(t.label(), k -> new java.util.ArrayList<>())
                            .add(post));
        }
        byAccount
                .values()
                .forEach(list -> list.sort(
                        Comparator.comparing(p -> p.scheduledAt() == null ? p.updatedAt() : p.scheduledAt())));
        model.addAttribute("byAccount", byAccount);
        return "posts/scheduled";
    }

    /**
     * A month (or week) calendar of the force's scheduled and published posts, by London day, optionally for one
     * account. A phone shows the days with posts as a list instead of the grid.
     */
    @GetMapping("/calendar")
    @PreAuthorize("hasAnyRole('REVIEWER', 'ACCOUNT_MANAGER', 'FORCE_ADMIN')")
    String calendar(
            @RequestParam(required = false) String view,
            @RequestParam(required = false) String date,
            @RequestParam(required = false) String account,
            Model model) {
        LocalDate today = LocalDate.now(LondonTime.ZONE);
        LocalDate anchor;
        try {
            anchor = date == null || date.isBlank() ? today : LocalDate.parse(date.strip());
        } catch (java.time.format.DateTimeParseException e) {
            model.addAttribute("error", "The date must look like 2026-11-21: showing this month instead");
            anchor = today;
        }
        UUID chosen = null;
        if (account != null && !account.isBlank()) {
            try {
                chosen = UUID.fromString(account.strip());
            } catch (IllegalArgumentException e) {
                model.addAttribute("error", "That account is not one of the force's: showing every account");
            }
        }
        String kind = "week".equals(view) ? "week" : "month";
        LocalDate[] range = PostCalendar.range(kind, anchor);
        List<PostView> found =
                posts.calendar(PostCalendar.startOf(range[0]), PostCalendar.startOf(range[1].plusDays(1)));
        model.addAttribute("calendar", PostCalendar.of(kind, anchor, today, found, chosen));
        model.addAttribute("accountChoices", calendarAccounts.all());
        model.addAttribute("account", chosen == null ? "" : chosen.toString());
        model.addAttribute("today", today);
        return "posts/calendar";
    }

    /** The force's posts that failed to publish, for reviewers (each author sees their own under My posts). */
    @GetMapping("/failed")
    @PreAuthorize("hasRole('REVIEWER')")
    String failed(Model model) {
        model.addAttribute("failed", posts.inStates(PostState.FAILED));
        return "posts/failed";
    }

    private String compose(Model model, PostView post) {
        List<AccountSummary> postable = posts.postableAccounts();
        model.addAttribute("accounts", postable);
        model.addAttribute("editable", post == null || post.state().editable());
        if (post != null && !post.state().editable()) {
            return "redirect:/posts/" + post.id();
        }
        model.addAttribute("zone", LondonTime.ZONE);
        return "posts/compose";
    }

    private void addCheck(PostForm form, Model model) {
        var draft = form.draft();
        if (!draft.text().isBlank()) {
            SafeguardReport report = posts.preview(draft);
            model.addAttribute("report", report);
            model.addAttribute("marked", report.marked(draft.text()));
        }
        model.addAttribute("lengths", posts.lengths(draft));
    }

    private static List<PostView> filter(List<PostView> posts, PostState... states) {
        List<PostState> wanted = List.of(states);
        return posts.stream().filter(p -> wanted.contains(p.state())).toList();
    }
}
