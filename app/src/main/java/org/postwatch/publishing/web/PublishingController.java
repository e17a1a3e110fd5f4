package org.postwatch.publishing.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.CurrentUser;
import org.postwatch.platform.LondonTime;
import org.postwatch.platform.Role;
import org.postwatch.platform.Tenancy;
import org.postwatch.publishing.PublicationId;
import org.postwatch.publishing.PublicationState;
import org.postwatch.publishing.Publishing;
import org.postwatch.publishing.PublishingPause;
import org.postwatch.publishing.domain.Publication;
import org.postwatch.publishing.domain.PublicationRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The comms team's view of the outbox: what is coming up, each publication with its attempts, a calendar per account. */
@Controller
@RequestMapping("/publishing")
@PreAuthorize("hasAnyRole('REVIEWER', 'FORCE_ADMIN', 'ACCOUNT_MANAGER')")
class PublishingController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Publishing publishing;
    private final PublishingPause pause;
    private final PublicationRepository publications;

    PublishingController(Publishing publishing, PublishingPause pause, PublicationRepository publications) {
        this.publishing = publishing;
        this.pause = pause;
        this.publications = publications;
    }

    @GetMapping
    String overview(Model model) {
        var force = Tenancy.requireForce();
        model.addAttribute("pauses", pause.active());
        model.addAttribute(
                "upcoming",
                publications
                        .inStates(force, List.of(PublicationState.SCHEDULED, PublicationState.PUBLISHING), 100)
                        .reversed());
        model.addAttribute("failed", publications.inStates(force, List.of(PublicationState.FAILED), 20));
        model.addAttribute("published", publications.inStates(force, List.of(PublicationState.PUBLISHED), 20));
        model.addAttribute("accounts", publications.knownAccounts(force));
        model.addAttribute("canPause", canAct());
        return "publishing/overview";
    }

    @GetMapping("/calendar")
    String calendar(
            @RequestParam(required = false) UUID account, @RequestParam(required = false) LocalDate week, Model model) {
        var force = Tenancy.requireForce();
        LocalDate monday = (week == null ? LocalDate.now(LondonTime.ZONE) : week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Instant from = monday.atStartOfDay(LondonTime.ZONE).toInstant();
        Instant to = monday.plusDays(7).atStartOfDay(LondonTime.ZONE).toInstant();
        Map<LocalDate, List<CalendarEntry>> days = new LinkedHashMap<>();
        for (int i = 0; i < 7; i++) {
            days.put(monday.plusDays(i), new java.util.ArrayList<>());
        }
        for (Publication p : publications.between(force, account, from, to)) {
            var at = when(p).atZone(LondonTime.ZONE);
            days.get(at.toLocalDate()).add(new CalendarEntry(p, TIME.format(at)));
        }
        model.addAttribute("days", days);
        model.addAttribute("monday", monday);
        model.addAttribute("account", account);
        model.addAttribute("accounts", publications.knownAccounts(force));
        return "publishing/calendar";
    }

    @GetMapping("/publications/{id}")
    String publication(@PathVariable PublicationId id, Model model) {
        model.addAttribute("publication", publishing.status(id));
        model.addAttribute("canCancel", canAct());
        return "publishing/publication";
    }

    /** The status and attempts part of the page, refreshed by htmx while the publication is under way. */
    @GetMapping("/publications/{id}/status")
    String publicationStatus(@PathVariable PublicationId id, Model model) {
        model.addAttribute("publication", publishing.status(id));
        return "publishing/publication :: status";
    }

    @PostMapping("/publications/{id}/cancel")
    @PreAuthorize("hasAnyRole('REVIEWER', 'FORCE_ADMIN')")
    String cancel(
            @PathVariable PublicationId id, @RequestParam(required = false) String reason, RedirectAttributes flash) {
        try {
            publishing.cancel(id, reason);
            flash.addFlashAttribute("success", "The post will not be published");
        } catch (BusinessRuleException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/publishing/publications/" + id;
    }

    /** The time a publication sits at in the calendar: when it went out, or when it is next due. */
    static Instant when(Publication p) {
        if (p.publishedAt() != null) {
            return p.publishedAt();
        }
        return p.nextAttemptAt() != null ? p.nextAttemptAt() : p.publishAt();
    }

    private static boolean canAct() {
        return CurrentUser.get().hasAny(Role.REVIEWER, Role.FORCE_ADMIN);
    }
}
