package org.postwatch.publishing.domain;

import java.time.Instant;
import java.util.UUID;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.ForceId;
import org.postwatch.publishing.Channel;
import org.postwatch.publishing.PauseId;
import org.postwatch.publishing.PublicationId;
import org.postwatch.publishing.PublicationState;

/** One post going to one account: the outbox record. It guards its own transitions. */
public class Publication {

    private final PublicationId id;
    private final ForceId force;
    private final String postReference;
    private final UUID account;
    private final Channel channel;
    private final String handle;
    private final String text;
    private final String replyTo;
    private final String contentHash;
    private final Instant createdAt;
    private final String createdBy;
    private Instant publishAt;
    private PublicationState state;
    private Instant nextAttemptAt;
    private String waitingReason;
    private PauseId heldByPause;
    private String platformPostId;
    private String url;
    private String failure;
    private Instant publishedAt;
    private Instant finishedAt;

    public Publication(
            PublicationId id,
            ForceId force,
            String postReference,
            UUID account,
            Channel channel,
            String handle,
            String text,
            String replyTo,
            String contentHash,
            Instant publishAt,
            PublicationState state,
            Instant nextAttemptAt,
            String waitingReason,
            PauseId heldByPause,
            String platformPostId,
            String url,
            String failure,
            Instant publishedAt,
            Instant finishedAt,
            Instant createdAt,
            String createdBy) {
        this.id = id;
        this.force = force;
        this.postReference = postReference;
        this.account = account;
        this.channel = channel;
        this.handle = handle;
        this.text = text;
        this.replyTo = replyTo;
        this.contentHash = contentHash;
        this.publishAt = publishAt;
        this.state = state;
        this.nextAttemptAt = nextAttemptAt;
        this.waitingReason = waitingReason;
        this.heldByPause = heldByPause;
        this.platformPostId = platformPostId;
        this.url = url;
        this.failure = failure;
        this.publishedAt = publishedAt;
        this.finishedAt = finishedAt;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public static Publication schedule(
            PublicationId id,
            ForceId force,
            String postReference,
            UUID account,
            Channel channel,
            String handle,
            String text,
            String replyTo,
            Instant publishAt,
            Instant now,
            String createdBy) {
        return new Publication(
                id,
                force,
                postReference,
                account,
                channel,
                handle,
                text,
                replyTo,
                TextFingerprint.of(text),
                publishAt,
                PublicationState.SCHEDULED,
                publishAt,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                now,
                createdBy);
    }

    public void cancel(Instant now) {
        if (state != PublicationState.SCHEDULED) {
            throw new BusinessRuleException(
                    state == PublicationState.PUBLISHING
                            ? "This post is being published now and can no longer be cancelled"
                            : "This post is " + state.label().toLowerCase() + " and cannot be cancelled");
        }
        state = PublicationState.CANCELLED;
        nextAttemptAt = null;
        waitingReason = null;
        finishedAt = now;
    }

    public void reschedule(Instant at) {
        if (state != PublicationState.SCHEDULED) {
            throw new BusinessRuleException(
                    "This post is " + state.label().toLowerCase() + ": only a scheduled post can be moved");
        }
        publishAt = at;
        nextAttemptAt = at;
    }

    /** An attempt has been recorded and is about to call the platform. */
    public void attempting() {
        requireUnfinished();
        state = PublicationState.PUBLISHING;
        waitingReason = null;
        nextAttemptAt = null;
        heldByPause = null;
    }

    public void published(String postId, String postUrl, Instant at) {
        requireUnfinished();
        state = PublicationState.PUBLISHED;
        platformPostId = postId;
        url = postUrl;
        publishedAt = at;
        finishedAt = at;
        nextAttemptAt = null;
        waitingReason = null;
    }

    public void failed(String message, Instant at) {
        requireUnfinished();
        state = PublicationState.FAILED;
        failure = message;
        finishedAt = at;
        nextAttemptAt = null;
        waitingReason = null;
    }

    /** Back to the queue: a retry after an error or a rate limit. */
    public void waitUntil(Instant at, String reason) {
        requireUnfinished();
        state = PublicationState.SCHEDULED;
        nextAttemptAt = at;
        waitingReason = reason;
        heldByPause = null;
    }

    /** Held by a critical-incident pause: looked at again at {@code recheckAt}, and at once when the pause ends. */
    public void holdFor(PauseId pause, Instant recheckAt, String reason) {
        requireUnfinished();
        if (state != PublicationState.SCHEDULED) {
            throw new IllegalStateException("Only a scheduled publication can be held, not " + state);
        }
        nextAttemptAt = recheckAt;
        waitingReason = reason;
        heldByPause = pause;
    }

    /** The pause holding it has ended: it is due now. */
    public void released(Instant now) {
        if (state == PublicationState.SCHEDULED && heldByPause != null) {
            heldByPause = null;
            waitingReason = null;
            nextAttemptAt = now;
        }
    }

    /** An attempt got no clear answer: the post may be out. Nothing more is sent until read-back has looked. */
    public void checkingAt(Instant at, String reason) {
        requireUnfinished();
        state = PublicationState.PUBLISHING;
        nextAttemptAt = at;
        waitingReason = reason;
    }

    private void requireUnfinished() {
        if (state.isFinal()) {
            throw new IllegalStateException("Publication " + id + " is already " + state);
        }
    }

    public PublicationId id() {
        return id;
    }

    public ForceId force() {
        return force;
    }

    public String postReference() {
        return postReference;
    }

    public UUID account() {
        return account;
    }

    public Channel channel() {
        return channel;
    }

    public String handle() {
        return handle;
    }

    public String text() {
        return text;
    }

    public String replyTo() {
        return replyTo;
    }

    public String contentHash() {
        return contentHash;
    }

    public Instant publishAt() {
        return publishAt;
    }

    public PublicationState state() {
        return state;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String waitingReason() {
        return waitingReason;
    }

    public PauseId heldByPause() {
        return heldByPause;
    }

    public String platformPostId() {
        return platformPostId;
    }

    public String url() {
        return url;
    }

    public String failure() {
        return failure;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
