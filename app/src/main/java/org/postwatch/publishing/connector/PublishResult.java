package org.postwatch.publishing.connector;

import java.time.Instant;

/** What a platform said to one publish call, in the terms the exactly-once protocol needs. */
public sealed interface PublishResult {

    /** It is on the platform. */
    record Published(String platformPostId, String url) implements PublishResult {}

    /** Refused for good (bad credentials, no permission, invalid content): retrying cannot help. */
    record Rejected(Integer httpStatus, String message) implements PublishResult {}

    /** Not posted: too many requests. Nothing goes to this account before {@code until}. */
    record RateLimited(Instant until, Integer httpStatus, String message) implements PublishResult {}

    /** Certainly not posted (or safe to repeat, the platform deduplicating by key): retry after a backoff. */
    record RetryableError(Integer httpStatus, String message) implements PublishResult {}

    /** Perhaps posted: no answer, or an error the platform gives after it may have created the post. Read back first. */
    record Ambiguous(Integer httpStatus, String message) implements PublishResult {}
}
