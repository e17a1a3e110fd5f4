package org.postwatch.publishing.connector;

import java.time.Instant;

/**
 * A post read back from an account's recent posts.
 *
 * @param text as the platform shows it (it may have shortened links or added markup)
 * @param marker the key Postwatch sent with the post when the platform keeps one (Bluesky record key, Sandbox
 *     idempotency key), else null
 */
public record PlatformPost(String id, String url, String text, Instant createdAt, String marker) {}
