package org.postwatch.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.postwatch.archive.ArchiveEntry;
import org.postwatch.archive.ArchiveRecords;
import org.postwatch.audit.AuditTrail;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.CurrentUser;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.PostwatchUser;
import org.postwatch.platform.RecordNotFoundException;
import org.postwatch.platform.Tenancy;
import org.postwatch.posts.PostId;
import org.postwatch.posts.PostState;
import org.postwatch.posts.PostSubmittedForReview;
import org.postwatch.posts.PostView;
import org.postwatch.posts.PostWithdrawnFromReview;
import org.postwatch.posts.Posts;
import org.postwatch.review.domain.ReviewActions;
import org.postwatch.review.domain.ReviewRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The digital desk's review queue: posts the safeguard check or the author's level held, oldest first, each decided by
 * a reviewer of the force who is not its author. Every decision is recorded with the reviewer, reason and time.
 */
@Service
public class ReviewQueue {

    private final ReviewRepository reviews;
    private final Posts posts;
    private final AuditTrail audit;
    private final ArchiveRecords archive;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewQueue(
            ReviewRepository reviews,
            Posts posts,
            AuditTrail audit,
            ArchiveRecords archive,
            ApplicationEventPublisher events,
            Clock clock) {
        this.reviews = reviews;
        this.posts = posts;
        this.audit = audit;
        this.archive = archive;
        this.events = events;
        this.clock = clock;
    }

    /** Joins the posts module's transaction: the post is held and queued together. */
    @EventListener
    void on(PostSubmittedForReview event) {
        reviews.open(event.force(), event.post(), event.author(), event.at());
    }

    @EventListener
    void on(PostWithdrawnFromReview event) {
        reviews.decide(event.force(), event.post(), ReviewDecision.Decision.WITHDRAWN, null, null, null, event.at());
    }

    /** Held posts, oldest first, with their time waiting and whether they are overdue. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('REVIEWER')")
    public List<QueuedPost> queue() {
        ForceId force = Tenancy.requireForce();
        OfficeHours sla = sla();
        Instant now = clock.instant();
        List<QueuedPost> queued = new ArrayList<>();
        for (ReviewRepository.Open open : reviews.open(force)) {
            PostView post = posts.get(open.post());
            if (post.state() != PostState.AWAITING_REVIEW) {
                continue;
            }
            queued.add(new QueuedPost(
                    post,
                    open.submittedAt(),
                    sla.officeTimeBetween(open.submittedAt(), now),
                    sla.overdue(open.submittedAt(), now)));
        }
        return queued;
    }

    @Transactional(readOnly = true)
    public long openCount() {
        return reviews.openCount(Tenancy.requireForce());
    }

    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public PostView approve(PostId post, String note) {
        PostView approved = posts.approve(post, note);
        record(approved, ReviewDecision.Decision.APPROVED, note);
        return approved;
    }

    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public PostView approveWithEdits(PostId post, String text, String note) {
        PostView approved = posts.approveWithEdits(post, text, note);
        record(approved, ReviewDecision.Decision.APPROVED_WITH_EDITS, note);
        return approved;
    }

    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public PostView reject(PostId post, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("Give a reason for rejecting the post: the author will see it");
        }
        PostView rejected = posts.reject(post, reason);
        record(rejected, ReviewDecision.Decision.REJECTED, reason);
        return rejected;
    }

    /** Every decision on a post, oldest first; for its author and reviewers (the post's own visibility rule). */
    @Transactional(readOnly = true)
    public List<ReviewDecision> decisions(PostId post) {
        posts.get(post);
        return reviews.decisions(Tenancy.requireForce(), post);
    }

    /** The force's review time target; the standard 30 office minutes until an administrator sets one. */
    @Transactional(readOnly = true)
    public OfficeHours sla() {
        return reviews.sla(Tenancy.requireForce()).orElse(OfficeHours.standard());
    }

    @Transactional
    @PreAuthorize("hasRole('FORCE_ADMIN')")
    public OfficeHours changeSla(int minutes, LocalTime start, LocalTime end) {
        OfficeHours hours;
        try {
            hours = new OfficeHours(minutes, start, end);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BusinessRuleException(
                    "Enter a target between 5 minutes and 7 days, and office hours that start before they end");
        }
        PostwatchUser me = CurrentUser.get();
        reviews.saveSla(Tenancy.requireForce(), hours, me.displayName(), clock.instant());
        audit.record(
                ReviewActions.SLA_CHANGED,
                "review-sla",
                Tenancy.requireForce(),
                null,
                Map.of("target", hours.describe()));
        return hours;
    }

    /** Records the decision with the reviewer, reason and time, and keeps it in the archive with the text decided. */
    private void record(PostView post, ReviewDecision.Decision decision, String reason) {
        PostwatchUser me = CurrentUser.get();
        ForceId force = Tenancy.requireForce();
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        Instant now = clock.instant();
        UUID review = reviews.decide(force, post.id(), decision, me.staffId(), me.displayName(), why, now)
                .orElseThrow(() -> new RecordNotFoundException("Review", post.id()));
        audit.record(ReviewActions.DECIDED, "post", post.id(), why, Map.of("decision", decision.name()));
        Instant submitted = reviews.submittedAt(force, review).orElse(now);
        OfficeHours hours = sla();
        events.publishEvent(new PostReviewed(
                post.id(),
                force,
                decision,
                submitted,
                now,
                hours.officeTimeBetween(submitted, now),
                hours.overdue(submitted, now)));
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("postVersion", Integer.toString(post.version()));
        metadata.put("postAuthor", post.authorName());
        metadata.put("accounts", post.accountsLabel());
        metadata.put(
                "objective", post.objective() == null ? "" : post.objective().name());
        archive.keep(ArchiveEntry.reviewDecision(
                review,
                post.id().value(),
                post.targets().isEmpty() ? null : post.targets().getFirst().handle(),
                me.staffId(),
                me.displayName(),
                now,
                decision.name(),
                why,
                post.text(),
                metadata));
    }
}
