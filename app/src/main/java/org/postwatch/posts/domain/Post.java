package org.postwatch.posts.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.postwatch.accounts.AccountId;
import org.postwatch.accounts.StrategyObjective;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.StaffId;
import org.postwatch.posts.PostDraft;
import org.postwatch.posts.PostId;
import org.postwatch.posts.PostState;
import org.postwatch.safeguard.Outcome;

/** A post and the rules for moving it from draft to published: every change of state goes through {@link #moveTo}. */
public class Post {

    private final PostId id;
    private final ForceId force;
    private final StaffId author;
    private final String authorName;
    private PostState state;
    private String text;
    private StrategyObjective objective;
    private Instant scheduledAt;
    private List<AccountId> accounts;
    private int version;
    private Outcome lastOutcome;
    private boolean reviewRequired;
    private StaffId reviewer;
    private String reviewerName;
    private String reviewNote;
    private String failure;
    private String deletedReason;
    private final Instant createdAt;
    private Instant updatedAt;
    private Instant submittedAt;
    private Instant publishedAt;

    Post(
            PostId id,
            ForceId force,
            StaffId author,
            String authorName,
            PostState state,
            String text,
            StrategyObjective objective,
            Instant scheduledAt,
            List<AccountId> accounts,
            int version,
            Outcome lastOutcome,
            boolean reviewRequired,
            StaffId reviewer,
            String reviewerName,
            String reviewNote,
            String failure,
            String deletedReason,
            Instant createdAt,
            Instant updatedAt,
            Instant submittedAt,
            Instant publishedAt) {
        this.id = id;
        this.force = force;
        this.author = author;
        this.authorName = authorName;
        this.state = state;
        this.text = text;
        this.objective = objective;
        this.scheduledAt = scheduledAt;
        this.accounts = List.copyOf(accounts);
        this.version = version;
        this.lastOutcome = lastOutcome;
        this.reviewRequired = reviewRequired;
        this.reviewer = reviewer;
        this.reviewerName = reviewerName;
        this.reviewNote = reviewNote;
        this.failure = failure;
        this.deletedReason = deletedReason;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.submittedAt = submittedAt;
        this.publishedAt = publishedAt;
    }

    public static Post draft(ForceId force, StaffId author, String authorName, PostDraft draft, Instant now) {
        return new Post(
                PostId.random(),
                force,
                author,
                authorName,
                PostState.DRAFT,
                draft.text(),
                draft.objective(),
                draft.scheduledAt(),
                draft.accounts(),
                1,
                null,
                false,
                null,
                null,
                null,
                null,
                null,
                now,
                now,
                null,
                null);
    }

    /**
     * Changes the words, accounts, objective or time. A post held, blocked, rejected, scheduled or failed goes back to
     * a draft, so it is checked again before it goes anywhere. Returns whether anything changed.
     */
    public boolean edit(PostDraft draft, Instant now) {
        if (!state.editable()) {
            throw new BusinessRuleException(
                    "A " + state.label().toLowerCase(java.util.Locale.ROOT) + " post cannot be changed");
        }
        boolean changed = !draft.text().equals(text)
                || !Objects.equals(draft.objective(), objective)
                || !Objects.equals(draft.scheduledAt(), scheduledAt)
                || !draft.accounts().equals(accounts);
        if (!changed) {
            return false;
        }
        if (state != PostState.DRAFT) {
            moveTo(PostState.DRAFT);
        }
        text = draft.text();
        objective = draft.objective();
        scheduledAt = draft.scheduledAt();
        accounts = List.copyOf(draft.accounts());
        version++;
        updatedAt = now;
        return true;
    }

    /** A reviewer's edit while approving: the words change, the post stays in review until approved. */
    public void reviseInReview(String revised, Instant now) {
        requireState(PostState.AWAITING_REVIEW, "Only a post waiting for review can be edited by a reviewer");
        if (!revised.equals(text)) {
            text = revised;
            version++;
            updatedAt = now;
        }
    }

    /** An image was added or removed: the post's content changed, so it is a new version (checked and kept anew). */
    public void imagesChanged(Instant now) {
        if (!state.editable()) {
            throw new BusinessRuleException(
                    "A " + state.label().toLowerCase(java.util.Locale.ROOT) + " post cannot be changed");
        }
        version++;
        updatedAt = now;
    }

    /** Takes a post out of review, approval or its schedule to change it. */
    public void reopen(Instant now) {
        if (state == PostState.DRAFT) {
            return;
        }
        moveTo(PostState.DRAFT);
        updatedAt = now;
    }

    /** The safeguard check's outcome on submission, for the record; the caller then moves the post on. */
    public void checked(Outcome outcome, boolean levelForcesReview, Instant now) {
        requireState(PostState.DRAFT, "Only a draft can be submitted");
        lastOutcome = outcome;
        reviewRequired = levelForcesReview;
        submittedAt = now;
        updatedAt = now;
    }

    public void block(Instant now) {
        moveTo(PostState.BLOCKED);
        updatedAt = now;
    }

    public void sendForReview(Instant now) {
        moveTo(PostState.AWAITING_REVIEW);
        reviewer = null;
        reviewerName = null;
        reviewNote = null;
        updatedAt = now;
    }

    public void approve(StaffId by, String byName, String note, Instant now) {
        requireState(PostState.AWAITING_REVIEW, "Only a post waiting for review can be approved");
        if (by.equals(author)) {
            throw new BusinessRuleException("You cannot approve your own post: another reviewer must check it");
        }
        moveTo(PostState.APPROVED);
        reviewer = by;
        reviewerName = byName;
        reviewNote = blankToNull(note);
        updatedAt = now;
    }

    public void reject(StaffId by, String byName, String reason, Instant now) {
        requireState(PostState.AWAITING_REVIEW, "Only a post waiting for review can be rejected");
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("Give a reason for rejecting the post: the author will see it");
        }
        if (by.equals(author)) {
            throw new BusinessRuleException("You cannot review your own post: another reviewer must check it");
        }
        moveTo(PostState.REJECTED);
        reviewer = by;
        reviewerName = byName;
        reviewNote = reason.strip();
        updatedAt = now;
    }

    /** Approved by a reviewer, allowed by the check, or the author confirmed the advice: publishing takes it. */
    public void schedule(Instant now) {
        moveTo(PostState.SCHEDULED);
        failure = null;
        updatedAt = now;
    }

    public void published(Instant at) {
        moveTo(PostState.PUBLISHED);
        publishedAt = at;
        updatedAt = at;
    }

    public void failed(String message, Instant now) {
        moveTo(PostState.FAILED);
        failure = message;
        updatedAt = now;
    }

    /** Why a delete without a reason is refused, wherever it is asked: the post is out on an account. */
    public static final String REASON_NEEDED =
            "Give a reason for deleting a post that has gone out on an account: it is part of the record";

    public void delete(String reason, Instant now) {
        if (state == PostState.PUBLISHED && (reason == null || reason.isBlank())) {
            throw new BusinessRuleException(REASON_NEEDED);
        }
        moveTo(PostState.DELETED);
        deletedReason = blankToNull(reason);
        updatedAt = now;
    }

    private void moveTo(PostState next) {
        if (!state.canMoveTo(next)) {
            throw new BusinessRuleException("A post that is " + state.label().toLowerCase(java.util.Locale.ROOT)
                    + " cannot become " + next.label().toLowerCase(java.util.Locale.ROOT));
        }
        state = next;
    }

    private void requireState(PostState wanted, String message) {
        if (state != wanted) {
            throw new BusinessRuleException(
                    message + " (this one is " + state.label().toLowerCase(java.util.Locale.ROOT) + ")");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public PostDraft asDraft() {
        return new PostDraft(accounts, text, objective, scheduledAt);
    }

    public PostId id() {
        return id;
    }

    public ForceId force() {
        return force;
    }

    public StaffId author() {
        return author;
    }

    public String authorName() {
        return authorName;
    }

    public PostState state() {
        return state;
    }

    public String text() {
        return text;
    }

    public StrategyObjective objective() {
        return objective;
    }

    public Instant scheduledAt() {
        return scheduledAt;
    }

    public List<AccountId> accounts() {
        return accounts;
    }

    public int version() {
        return version;
    }

    public Outcome lastOutcome() {
        return lastOutcome;
    }

    public boolean reviewRequired() {
        return reviewRequired;
    }

    public StaffId reviewer() {
        return reviewer;
    }

    public String reviewerName() {
        return reviewerName;
    }

    public String reviewNote() {
        return reviewNote;
    }

    public String failure() {
        return failure;
    }

    public String deletedReason() {
        return deletedReason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
