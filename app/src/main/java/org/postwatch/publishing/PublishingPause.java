package org.postwatch.publishing;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.postwatch.audit.AuditTrail;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.CurrentUser;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.PostwatchUser;
import org.postwatch.platform.RecordNotFoundException;
import org.postwatch.platform.Tenancy;
import org.postwatch.publishing.domain.PauseRepository;
import org.postwatch.publishing.domain.Publication;
import org.postwatch.publishing.domain.PublicationRepository;
import org.postwatch.publishing.domain.PublishingActions;
import org.postwatch.publishing.outbox.Outbox;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The critical-incident pause: a reviewer or force administrator stops every scheduled and outgoing post of the force,
 * or of chosen accounts, with a reason. Paused publications wait; resuming (with a reason) releases them. A call to a
 * platform already under way when the pause starts cannot be recalled.
 */
@Service
public class PublishingPause {

    private static final int MAX_REASON = 1000;

    private final PauseRepository pauses;
    private final PublicationRepository publications;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PublishingPause(
            PauseRepository pauses,
            PublicationRepository publications,
            Outbox outbox,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.pauses = pauses;
        this.publications = publications;
        this.outbox = outbox;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Pauses the whole force when {@code accounts} is empty, else those accounts. */
    @PreAuthorize("hasAnyRole('REVIEWER', 'FORCE_ADMIN')")
    @Transactional
    public PauseNotice pause(Set<UUID> accounts, String reason) {
        String why = requireReason(reason, "Give a reason for pausing, for example the incident it is for");
        ForceId force = Tenancy.requireForce();
        PostwatchUser user = CurrentUser.get();
        Instant now = now();
        pauses.lockExclusive(force);
        PauseNotice pause = new PauseNotice(
                new PauseId(UUID.randomUUID()),
                accounts == null ? Set.of() : new LinkedHashSet<>(accounts),
                why,
                user.displayName(),
                now,
                null,
                null,
                null);
        pauses.insert(force, pause, user.staffId().value());
        audit.record(
                PublishingActions.PAUSED,
                "publishing-pause",
                pause.id(),
                why,
                Map.of("scope", pause.wholeForce() ? "whole force" : accountList(pause.accounts())));
        events.publishEvent(new PublishingPaused(pause.id(), force, pause.accounts(), why, user.staffId(), now));
        return pause;
    }

    /**
     * Ends one pause, or every active pause of the force when {@code pause} is null, and releases the publications it
     * held at once.
     */
    @PreAuthorize("hasAnyRole('REVIEWER', 'FORCE_ADMIN')")
    @Transactional
    public List<PauseNotice> resume(PauseId pause, String reason) {
        String why = requireReason(reason, "Give a reason for resuming, for example that the incident has ended");
        ForceId force = Tenancy.requireForce();
        PostwatchUser user = CurrentUser.get();
        Instant now = now();
        pauses.lockExclusive(force);
        List<PauseNotice> ending = pause == null
                ? pauses.active(force)
                : List.of(pauses.find(force, pause)
                        .filter(PauseNotice::active)
                        .orElseThrow(() -> pauses.find(force, pause).isPresent()
                                ? new BusinessRuleException("That pause has already ended")
                                : new RecordNotFoundException("Pause", pause)));
        if (ending.isEmpty()) {
            throw new BusinessRuleException("Posting is not paused");
        }
        for (PauseNotice notice : ending) {
            pauses.resume(force, notice.id(), user.staffId().value(), user.displayName(), why, now);
            audit.record(PublishingActions.RESUMED, "publishing-pause", notice.id(), why);
            events.publishEvent(new PublishingResumed(notice.id(), force, notice.accounts(), why, user.staffId(), now));
        }
        for (Publication held :
                publications.heldBy(force, ending.stream().map(PauseNotice::id).toList())) {
            held.released(now);
            publications.save(held);
            outbox.runAt(force, held.id(), now);
        }
        return ending.stream()
                .map(p -> new PauseNotice(
                        p.id(), p.accounts(), p.reason(), p.pausedBy(), p.pausedAt(), user.displayName(), now, why))
                .toList();
    }

    /** The force's active pauses, oldest first. */
    @Transactional(readOnly = true)
    public List<PauseNotice> active() {
        return pauses.active(Tenancy.requireForce());
    }

    /** The pause that holds posts to this account now, if any. */
    @Transactional(readOnly = true)
    public Optional<PauseNotice> affecting(UUID account) {
        return active().stream().filter(p -> p.covers(account)).findFirst();
    }

    /** Pauses and resumptions, newest first. */
    @PreAuthorize("hasAnyRole('REVIEWER', 'FORCE_ADMIN')")
    @Transactional(readOnly = true)
    public List<PauseNotice> history(int limit) {
        return pauses.history(Tenancy.requireForce(), Math.max(1, Math.min(limit, 500)));
    }

    private static String requireReason(String reason, String message) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException(message);
        }
        String trimmed = reason.trim();
        if (trimmed.length() > MAX_REASON) {
            throw new BusinessRuleException("Keep the reason under " + MAX_REASON + " characters");
        }
        return trimmed;
    }

    private static String accountList(Set<UUID> accounts) {
        return accounts.stream().map(UUID::toString).sorted().collect(Collectors.joining(","));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
