package org.postwatch.inbox.connector;

import java.time.Instant;

/**
 * One item as a platform gives it.
 *
 * @param platformId the platform's id for the item, unique per channel
 * @param threadId the conversation it belongs to (the root post), or the item's own id when it starts one
 * @param inReplyTo the platform id of the post it answers, or null
 * @param kind MENTION, REPLY or DIRECT_MESSAGE
 * @param authorPlatformId the author's account id on the platform, for blocking, or null
 */
public record InboundMessage(
        String platformId,
        String threadId,
        String inReplyTo,
        String kind,
        String authorHandle,
        String authorPlatformId,
        String text,
        Instant createdAt) {}
