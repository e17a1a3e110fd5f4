package org.postwatch.posts;

import java.util.EnumSet;
import java.util.Set;

/** Where a post is in its life; {@link #canMoveTo} is the whole state machine. */
public enum PostState {
    DRAFT("Draft"),
    BLOCKED("Blocked: needs changes"),
    AWAITING_REVIEW("Waiting for review"),
    APPROVED("Approved"),
    REJECTED("Rejected"),
    SCHEDULED("Scheduled"),
    PUBLISHED("Published"),
    FAILED("Failed to publish"),
    DELETED("Deleted");

    private final String label;

    PostState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public Set<PostState> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(BLOCKED, AWAITING_REVIEW, SCHEDULED, DELETED);
            case BLOCKED -> EnumSet.of(DRAFT, DELETED);
            case AWAITING_REVIEW -> EnumSet.of(APPROVED, REJECTED, DRAFT, DELETED);
            case APPROVED -> EnumSet.of(SCHEDULED, DRAFT);
            case REJECTED -> EnumSet.of(DRAFT, DELETED);
            case SCHEDULED -> EnumSet.of(PUBLISHED, FAILED, DRAFT);
            case PUBLISHED -> EnumSet.of(DELETED);
            case FAILED -> EnumSet.of(SCHEDULED, DRAFT, DELETED);
            case DELETED -> EnumSet.noneOf(PostState.class);
        };
    }

    public boolean canMoveTo(PostState next) {
        return next().contains(next);
    }

    /** Whether the author can change the words: straight away, or by taking the post back to a draft. */
    public boolean editable() {
        return this != PUBLISHED && this != DELETED;
    }
}
