package org.postwatch.publishing;

import java.time.Instant;
import java.util.UUID;
import org.postwatch.platform.ForceId;

/**
 * A post is on the platform. Published once per publication, however many attempts it took.
 *
 * @param replyTo the platform's id of the post this answered (an inbox reply), or null for a broadcast post
 */
public record PostPublished(
        PublicationId publication,
        ForceId force,
        String postReference,
        UUID account,
        Channel channel,
        String platformPostId,
        String url,
        String replyTo,
        Instant at) {

    /** A reply in a conversation rather than a broadcast post. */
    public boolean isReply() {
        return replyTo != null;
    }
}
