package org.postwatch.posts.domain;

import org.postwatch.audit.AuditAction;

/** What the audit trail records about posts. */
public enum PostActions implements AuditAction {
    CREATED("post.created"),
    EDITED("post.edited"),
    REOPENED("post.reopened"),
    BLOCKED("post.blocked"),
    ADVISED("post.advised"),
    ADVICE_CONFIRMED("post.advice-confirmed"),
    SENT_FOR_REVIEW("post.sent-for-review"),
    APPROVED("post.approved"),
    REJECTED("post.rejected"),
    SCHEDULED("post.scheduled"),
    PUBLISHED("post.published"),
    FAILED("post.failed"),
    RETRIED("post.retried"),
    DELETED("post.deleted"),
    IMAGE_ADDED("post.image-added"),
    IMAGE_REMOVED("post.image-removed");

    private final String code;

    PostActions(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
