package org.postwatch.publishing.connector;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.postwatch.platform.ForceId;
import org.postwatch.publishing.MediaItem;
import org.postwatch.publishing.PublicationId;

/**
 * One post on its way to a platform.
 *
 * @param idempotencyKey the same for every attempt of a publication: platforms that accept one deduplicate by it
 * @param firstAttemptAt when the first attempt started: a post created long before cannot be this one
 */
public record Outgoing(
        PublicationId publication,
        ForceId force,
        UUID account,
        String handle,
        String text,
        List<MediaItem> media,
        String replyTo,
        String idempotencyKey,
        Instant firstAttemptAt) {

    public Outgoing {
        media = List.copyOf(media);
    }
}
