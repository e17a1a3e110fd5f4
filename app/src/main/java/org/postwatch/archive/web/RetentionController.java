package org.postwatch.archive.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.postwatch.archive.ArchiveRecordType;
import org.postwatch.archive.ArchiveRetention;
import org.postwatch.archive.ReviewDecision;
import org.postwatch.archive.ReviewResult;
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

/** The force's retention periods, and the review of records whose period has run out. */
@Controller
@RequestMapping("/archive")
@PreAuthorize("hasRole('FORCE_ADMIN')")
class RetentionController {

    static final int DUE_PAGE = 200;

    private final ArchiveRetention retention;

    RetentionController(ArchiveRetention retention) {
        this.retention = retention;
    }

    @GetMapping("/retention")
    String rules(Model model) {
        model.addAttribute("rules", retention.rules());
        return "archive/retention";
    }

    @PostMapping("/retention/{type}")
    String changeRule(
            @PathVariable ArchiveRecordType type,
            @RequestParam(required = false) String months,
            @RequestParam(required = false) String scheduleReference,
            RedirectAttributes flash) {
        try {
            int value;
            try {
                value = Integer.parseInt(months == null ? "" : months.trim());
            } catch (NumberFormatException e) {
                throw new BusinessRuleException("Enter the retention period as a whole number of months, like 72");
            }
            retention.changeRule(type, value, scheduleReference);
            flash.addFlashAttribute("success", type.label() + ": retention period saved");
        } catch (BusinessRuleException e) {
            flash.addFlashAttribute("error", type.label() + ": " + e.getMessage());
            flash.addFlashAttribute("typedType", type.name());
            flash.addFlashAttribute("typedMonths", months);
            flash.addFlashAttribute("typedReference", scheduleReference);
        }
        return "redirect:/archive/retention";
    }

    @GetMapping("/review")
    String due(Model model) {
        model.addAttribute("due", retention.due(DUE_PAGE));
        model.addAttribute("limit", DUE_PAGE);
        return "archive/review";
    }

    @PostMapping("/review")
    String decide(
            @RequestParam(name = "ids", required = false) List<String> ids,
            @RequestParam(required = false) ReviewDecision decision,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String nextReview,
            @RequestParam(required = false) String returnTo,
            RedirectAttributes flash) {
        try {
            if (decision == null) {
                throw new BusinessRuleException("Choose whether to keep or dispose of the records");
            }
            LocalDate next = null;
            if (decision == ReviewDecision.RETAIN) {
                try {
                    next = LocalDate.parse(nextReview == null ? "" : nextReview.trim());
                } catch (DateTimeParseException e) {
                    throw new BusinessRuleException("Enter the next review date, like 2027-11-30");
                }
            }
            ReviewResult result = retention.decide(RecordIds.parse(ids), decision, reason, next);
            flash.addFlashAttribute("success", summary(result));
            if (!result.held().isEmpty()) {
                flash.addFlashAttribute(
                        "error",
                        result.held().size() + " record(s) were not disposed of because a legal hold covers them: "
                                + String.join(
                                        "; ",
                                        result.held().stream()
                                                .flatMap(held -> held.holds().stream())
                                                .distinct()
                                                .toList()));
            }
        } catch (BusinessRuleException e) {
            flash.addFlashAttribute("error", e.getMessage());
            flash.addFlashAttribute("typedReason", reason);
            flash.addFlashAttribute("typedNextReview", nextReview);
        }
        return "redirect:" + RecordIds.safeReturn(returnTo == null ? "/archive/review" : returnTo);
    }

    private static String summary(ReviewResult result) {
        if (!result.retained().isEmpty()) {
            return result.retained().size() + " record(s) kept until their new review date";
        }
        return result.disposed().size() + " record(s) disposed of; their tombstones and hashes are kept";
    }
}
