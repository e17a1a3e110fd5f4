package org.postwatch.publishing.connector;

import java.time.Instant;

/**
 * What a platform said to one call that deletes a published post. Deleting is safe to repeat (a post already gone is
 * {@link Removed} with {@code alreadyGone}), so unlike publishing nothing here is ambiguous: no answer means try again.
 */
public sealed interface TakedownResult {

    /** The post is no longer on the platform; {@code alreadyGone} when it had been removed before this call. */
    record Removed(boolean alreadyGone) implements TakedownResult {}

    /** Refused for good (bad credentials, no permission, a channel Postwatch cannot delete on): a person must act. */
    record Refused(Integer httpStatus, String message) implements TakedownResult {}

    /** Too many requests: try again after {@code until}. */
    record RateLimited(Instant until, Integer httpStatus, String message) implements TakedownResult {}

    /** A server error or no answer: the post may still be up; try again after a backoff. */
    record TryAgain(Integer httpStatus, String message) implements TakedownResult {}

    /** The same classification a connector gives a failed publish call, for a failed delete call. */
    static TakedownResult from(PublishResult failure) {
        return switch (failure) {
            case PublishResult.Rejected r -> new Refused(r.httpStatus(), r.message());
            case PublishResult.RateLimited r -> new RateLimited(r.until(), r.httpStatus(), r.message());
            case PublishResult.RetryableError r -> new TryAgain(r.httpStatus(), r.message());
            case PublishResult.Ambiguous r -> new TryAgain(r.httpStatus(), r.message());
            case PublishResult.Published p -> new Removed(false);
        };
    }
}
