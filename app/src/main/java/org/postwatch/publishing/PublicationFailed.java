package org.postwatch.publishing;

import java.time.Instant;
import java.util.UUID;
import org.postwatch.platform.ForceId;

/**
 * A post could not be published and will not be tried again. The text stays with the post; tell the author and the
 * reviewers.
 *
 * @param platformMessage what the platform said, in its words (or why Postwatch gave up)
 */
public record PublicationFailed(
        PublicationId publication,
        ForceId force,
        String postReference,
        UUID account,
        Channel channel,
        String platformMessage,
        Instant at) {}
