package org.postwatch.publishing.domain;

import java.time.Instant;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.ForceId;
import org.postwatch.publishing.PublicationId;
import org.postwatch.publishing.TakedownState;
import org.postwatch.publishing.TakedownStatus;

/** Taking one published post down: requested once, then tried until the platform confirms or Postwatch gives up. */
public class Takedown {

    private final PublicationId publication;
    private final ForceId force;
    private TakedownState state;
    private final String reason;
    private final String requestedBy;
    private final Instant requestedAt;
    private int tries;
    private Instant nextAttemptAt;
    private Integer lastStatus;
    private String lastMessage;
    private boolean alreadyGone;
    private Instant finishedAt;

    public Takedown(
            PublicationId publication,
            ForceId force,
            TakedownState state,
            String reason,
            String requestedBy,
            Instant requestedAt,
            int tries,
            Instant nextAttemptAt,
            Integer lastStatus,
            String lastMessage,
            boolean alreadyGone,
            Instant finishedAt) {
        this.publication = publication;
        this.force = force;
        this.state = state;
        this.reason = reason;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.tries = tries;
        this.nextAttemptAt = nextAttemptAt;
        this.lastStatus = lastStatus;
        this.lastMessage = lastMessage;
        this.alreadyGone = alreadyGone;
        this.finishedAt = finishedAt;
    }

    /** Asks for a published post to be taken down, with the reason that goes on the record. */
    public static Takedown request(Publication publication, String reason, String requestedBy, Instant now) {
        if (publication.state() != org.postwatch.publishing.PublicationState.PUBLISHED) {
            throw new BusinessRuleException("Only a published post can be taken down (this one is "
                    + publication.state().label().toLowerCase(java.util.Locale.ROOT) + ")");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("Give a reason for taking the post down: it is part of the record");
        }
        return new Takedown(
                publication.id(),
                publication.force(),
                TakedownState.REQUESTED,
                reason.strip(),
                requestedBy,
                now,
                0,
                now,
                null,
                null,
                false,
                null);
    }

    public boolean finished() {
        return state != TakedownState.REQUESTED;
    }

    /** One call is about to be made. */
    public void trying() {
        requireRequested();
        tries++;
    }

    public void removed(boolean gone, Instant now) {
        requireRequested();
        state = TakedownState.TAKEN_DOWN;
        alreadyGone = gone;
        nextAttemptAt = null;
        lastStatus = null;
        lastMessage = gone ? "The platform said the post was already gone" : null;
        finishedAt = now;
    }

    public void retryAt(Instant at, Integer status, String message) {
        requireRequested();
        nextAttemptAt = at;
        lastStatus = status;
        lastMessage = message;
    }

    public void failed(Integer status, String message, Instant now) {
        requireRequested();
        state = TakedownState.FAILED;
        nextAttemptAt = null;
        lastStatus = status;
        lastMessage = message;
        finishedAt = now;
    }

    private void requireRequested() {
        if (state != TakedownState.REQUESTED) {
            throw new BusinessRuleException(
                    "This takedown has finished: " + state.label().toLowerCase());
        }
    }

    public TakedownStatus view() {
        return new TakedownStatus(
                state,
                reason,
                requestedBy,
                requestedAt,
                tries,
                nextAttemptAt,
                lastStatus,
                lastMessage,
                alreadyGone,
                finishedAt);
    }

    public PublicationId publication() {
        return publication;
    }

    public ForceId force() {
        return force;
    }

    public TakedownState state() {
        return state;
    }

    public String reason() {
        return reason;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public int tries() {
        return tries;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Integer lastStatus() {
        return lastStatus;
    }

    public String lastMessage() {
        return lastMessage;
    }

    public boolean alreadyGone() {
        return alreadyGone;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
