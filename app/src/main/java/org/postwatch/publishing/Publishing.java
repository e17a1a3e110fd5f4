package org.postwatch.publishing;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.postwatch.audit.AuditTrail;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.CurrentUser;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.PostwatchUser;
import org.postwatch.platform.RecordNotFoundException;
import org.postwatch.platform.Tenancy;
import org.postwatch.publishing.domain.Publication;
import org.postwatch.publishing.domain.PublicationRepository;
import org.postwatch.publishing.domain.PublishingActions;
import org.postwatch.publishing.domain.Takedown;
import org.postwatch.publishing.domain.TakedownRepository;
import org.postwatch.publishing.outbox.Connectors;
import org.postwatch.publishing.outbox.Outbox;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front door for modules that publish (posts, inbox): schedule a post to one account, cancel or move it, and ask
 * how it went. Works in the current force ({@code Tenancy}); the caller decides who may publish. Outcomes arrive as
 * {@link PostPublished} and {@link PublicationFailed} events.
 */
@Service
public class Publishing {

    private static final int MAX_TEXT = 63_206;
    private static final java.util.Set<String> IMAGE_TYPES =
            java.util.Set.of("image/jpeg", "image/png", "image/gif", "image/webp");

    private final PublicationRepository publications;
    private final TakedownRepository takedowns;
    private final Outbox outbox;
    private final Connectors connectors;
    private final ObjectProvider<MediaSource> mediaSources;
    private final AuditTrail audit;
    private final Clock clock;

    Publishing(
            PublicationRepository publications,
            TakedownRepository takedowns,
            Outbox outbox,
            Connectors connectors,
            ObjectProvider<MediaSource> mediaSources,
            AuditTrail audit,
            Clock clock) {
        this.publications = publications;
        this.takedowns = takedowns;
        this.outbox = outbox;
        this.connectors = connectors;
        this.mediaSources = mediaSources;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Schedules a publication for {@code request.publishAt()} (now if null). Joins the caller's transaction, so the post
     * and its publication commit together. Scheduling an id that exists changes nothing and returns its status.
     *
     * @throws BusinessRuleException when the channel has no connector, there is nothing to publish, or an image lacks
     *     alt text
     */
    @Transactional
    public PublicationStatus schedule(PublicationRequest request) {
        ForceId force = Tenancy.requireForce();
        Optional<Publication> existing = publications.find(force, request.id());
        if (existing.isPresent()) {
            return status(existing.get());
        }
        if (!connectors.supports(request.channel())) {
            throw new BusinessRuleException(
                    "Postwatch cannot publish to " + request.channel().label() + " yet");
        }
        if (request.handle().isBlank()) {
            throw new BusinessRuleException("Say which account handle to publish as");
        }
        if (request.text().isBlank() && request.media().isEmpty()) {
            throw new BusinessRuleException("There is nothing to publish: add text or an image");
        }
        if (request.text().length() > MAX_TEXT) {
            throw new BusinessRuleException("The text is too long to publish");
        }
        List<MediaItem> media = resolve(request.media());
        Instant now = now();
        Instant at = request.publishAt() == null || request.publishAt().isBefore(now)
                ? now
                : request.publishAt().truncatedTo(ChronoUnit.MICROS);
        Publication publication = Publication.schedule(
                request.id(),
                force,
                request.postReference(),
                request.account(),
                request.channel(),
                request.handle().trim(),
                request.text(),
                blankToNull(request.replyTo()),
                at,
                now,
                CurrentUser.find().map(PostwatchUser::displayName).orElse("Postwatch (system)"));
        if (!publications.insertIfAbsent(publication)) {
            // Scheduled concurrently under the same id (or the id belongs to another force): the first one stands.
            return publications
                    .find(force, request.id())
                    .map(this::status)
                    .orElseThrow(() -> new BusinessRuleException("That publication id is already in use"));
        }
        publications.insertMedia(force, request.id(), media);
        audit.record(
                PublishingActions.SCHEDULED,
                "publication",
                request.id(),
                null,
                Map.of(
                        "post", request.postReference(),
                        "channel", request.channel().name(),
                        "handle", publication.handle(),
                        "publishAt", at.toString()));
        outbox.schedule(force, request.id(), at);
        return status(publication);
    }

    /** Cancels a publication that has not started going out. */
    @Transactional
    public void cancel(PublicationId id) {
        cancel(id, null);
    }

    @Transactional
    public void cancel(PublicationId id, String reason) {
        ForceId force = Tenancy.requireForce();
        Publication publication = publications.lock(force, id).orElseThrow(() -> notFound(id));
        publication.cancel(now());
        publications.save(publication);
        audit.record(PublishingActions.CANCELLED, "publication", id, blankToNull(reason));
        outbox.cancel(id);
    }

    /** Moves a scheduled publication to a new time (now if null). */
    @Transactional
    public PublicationStatus reschedule(PublicationId id, Instant publishAt) {
        ForceId force = Tenancy.requireForce();
        Publication publication = publications.lock(force, id).orElseThrow(() -> notFound(id));
        Instant now = now();
        Instant at = publishAt == null || publishAt.isBefore(now) ? now : publishAt.truncatedTo(ChronoUnit.MICROS);
        publication.reschedule(at);
        publications.save(publication);
        audit.record(PublishingActions.RESCHEDULED, "publication", id, null, Map.of("publishAt", at.toString()));
        outbox.runAt(force, id, at);
        return status(publication);
    }

    /**
     * Takes a published post down from its platform, through the outbox (retried like publishing, rate limits
     * respected, the platform called until it confirms). Joins the caller's transaction. Asking again for the same
     * publication changes nothing and returns its status. The outcome arrives as {@link PostTakenDown} or
     * {@link TakedownFailed}.
     *
     * @throws BusinessRuleException when the publication is not published, or no reason is given
     */
    @Transactional
    public PublicationStatus takeDown(PublicationId id, String reason) {
        ForceId force = Tenancy.requireForce();
        Publication publication = publications.lock(force, id).orElseThrow(() -> notFound(id));
        if (takedowns.find(force, id).isPresent()) {
            return status(publication);
        }
        Instant now = now();
        Takedown takedown = Takedown.request(
                publication,
                reason,
                CurrentUser.find().map(PostwatchUser::displayName).orElse("Postwatch (system)"),
                now);
        if (takedowns.insertIfAbsent(takedown)) {
            audit.record(
                    PublishingActions.TAKEDOWN_REQUESTED,
                    "publication",
                    id,
                    takedown.reason(),
                    Map.of(
                            "post", publication.postReference(),
                            "channel", publication.channel().name(),
                            "handle", publication.handle(),
                            "platformPostId", String.valueOf(publication.platformPostId())));
            outbox.takeDown(force, id, now);
        }
        return status(publication);
    }

    /** How many of the force's published posts Postwatch could not take down (people must remove them by hand). */
    @Transactional(readOnly = true)
    public long failedTakedowns() {
        return takedowns.countInState(Tenancy.requireForce(), TakedownState.FAILED);
    }

    /** @throws RecordNotFoundException when there is no such publication in the current force */
    @Transactional(readOnly = true)
    public PublicationStatus status(PublicationId id) {
        return find(id).orElseThrow(() -> notFound(id));
    }

    @Transactional(readOnly = true)
    public Optional<PublicationStatus> find(PublicationId id) {
        return publications.find(Tenancy.requireForce(), id).map(this::status);
    }

    /** Every publication of one post (one per account), oldest first. */
    @Transactional(readOnly = true)
    public List<PublicationStatus> forPost(String postReference) {
        return publications.forPost(Tenancy.requireForce(), postReference).stream()
                .map(this::status)
                .toList();
    }

    /** Whether Postwatch can publish to this channel (it has a connector). */
    public boolean supports(Channel channel) {
        return connectors.supports(channel);
    }

    private PublicationStatus status(Publication p) {
        return new PublicationStatus(
                p.id(),
                p.postReference(),
                p.account(),
                p.channel(),
                p.handle(),
                p.text(),
                p.state(),
                p.publishAt(),
                p.nextAttemptAt(),
                p.waitingReason(),
                p.publishedAt(),
                p.platformPostId(),
                p.url(),
                p.failure(),
                publications.attempts(p.force(), p.id()).stream()
                        .map(a -> a.view())
                        .toList(),
                takedowns.find(p.force(), p.id()).map(Takedown::view).orElse(null));
    }

    private List<MediaItem> resolve(List<MediaItem> media) {
        List<MediaItem> resolved = new ArrayList<>();
        for (MediaItem item : media) {
            MediaItem bytes = item;
            if (!item.resolved()) {
                MediaSource source = mediaSources.getIfAvailable();
                if (source == null) {
                    throw new BusinessRuleException("Images must be given as bytes: no media store is available");
                }
                bytes = source.resolve(item.reference())
                        .filter(MediaItem::resolved)
                        .orElseThrow(() -> new BusinessRuleException("An image was not found: " + item.reference()));
                bytes = new MediaItem(
                        bytes.fileName(),
                        bytes.contentType(),
                        bytes.content(),
                        item.reference(),
                        item.altText() != null && !item.altText().isBlank() ? item.altText() : bytes.altText());
            }
            if (bytes.altText() == null || bytes.altText().isBlank()) {
                throw new BusinessRuleException(
                        "Every image needs alt text: a description for people who cannot see it");
            }
            if (bytes.contentType() == null || !IMAGE_TYPES.contains(bytes.contentType())) {
                throw new BusinessRuleException("Images must be JPEG, PNG, GIF or WebP");
            }
            resolved.add(bytes);
        }
        return resolved;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static RecordNotFoundException notFound(PublicationId id) {
        return new RecordNotFoundException("Publication", id);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
