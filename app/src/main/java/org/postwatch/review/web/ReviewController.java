package org.postwatch.review.web;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.posts.PostId;
import org.postwatch.posts.PostView;
import org.postwatch.posts.Posts;
import org.postwatch.review.OfficeHours;
import org.postwatch.review.ReviewQueue;
import org.postwatch.safeguard.SafeguardDecision;
import org.postwatch.safeguard.SafeguardReport;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The review queue and the page where a reviewer decides one held post; the force's review time target. */
@Controller
@RequestMapping("/review")
class ReviewController {

    private final ReviewQueue queue;
    private final Posts posts;

    ReviewController(ReviewQueue queue, Posts posts) {
        this.queue = queue;
        this.posts = posts;
    }

    @GetMapping
    @PreAuthorize("hasRole('REVIEWER')")
    String queue(Model model) {
        model.addAttribute("queue", queue.queue());
        model.addAttribute("sla", queue.sla());
        return "review/queue";
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('REVIEWER')")
    String post(@PathVariable PostId id, Model model) {
        PostView post = posts.get(id);
        model.addAttribute("post", post);
        model.addAttribute("text", post.text());
        List<SafeguardDecision> decisions = posts.decisions(id);
        if (!decisions.isEmpty()) {
            SafeguardReport latest = decisions.getLast().report();
            model.addAttribute("report", latest);
            model.addAttribute("marked", latest.marked(post.text()));
        }
        model.addAttribute("history", queue.decisions(id));
        return "review/post";
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize("hasRole('REVIEWER')")
    String approve(
            @PathVariable PostId id,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) String text,
            Model model,
            RedirectAttributes flash) {
        try {
            PostView before = posts.get(id);
            if (text != null && !text.strip().equals(before.text().strip())) {
                queue.approveWithEdits(id, text, note);
                flash.addFlashAttribute("success", "Approved with your edits: the post is on its way.");
            } else {
                queue.approve(id, note);
                flash.addFlashAttribute("success", "Approved: the post is on its way.");
            }
            return "redirect:/review";
        } catch (BusinessRuleException e) {
            model.addAttribute("error", e.getMessage());
            post(id, model);
            if (text != null) {
                model.addAttribute("text", text);
            }
            return "review/post";
        }
    }

    @PostMapping("/{id}/reject")
    @PreAuthorize("hasRole('REVIEWER')")
    String reject(
            @PathVariable PostId id,
            @RequestParam(required = false) String reason,
            Model model,
            RedirectAttributes flash) {
        try {
            queue.reject(id, reason);
            flash.addFlashAttribute("success", "Rejected: the author sees your reason.");
            return "redirect:/review";
        } catch (BusinessRuleException e) {
            model.addAttribute("error", e.getMessage());
            return post(id, model);
        }
    }

    @GetMapping("/settings")
    @PreAuthorize("hasRole('FORCE_ADMIN')")
    String settings(Model model) {
        model.addAttribute("sla", queue.sla());
        return "review/settings";
    }

    @PostMapping("/settings")
    @PreAuthorize("hasRole('FORCE_ADMIN')")
    String saveSettings(
            @RequestParam(required = false) String minutes,
            @RequestParam(required = false) String start,
            @RequestParam(required = false) String end,
            Model model,
            RedirectAttributes flash) {
        try {
            OfficeHours saved = queue.changeSla(
                    Integer.parseInt(minutes.strip()), LocalTime.parse(start.strip()), LocalTime.parse(end.strip()));
            flash.addFlashAttribute("success", "Review target saved: " + saved.describe());
            return "redirect:/review/settings";
        } catch (BusinessRuleException | NumberFormatException | DateTimeParseException | NullPointerException e) {
            model.addAttribute(
                    "error",
                    e instanceof BusinessRuleException
                            ? e.getMessage()
                            : "Enter the target in minutes, and office hours as times such as 08:00 and 18:00");
            model.addAttribute("sla", queue.sla());
            return "review/settings";
        }
    }
}
