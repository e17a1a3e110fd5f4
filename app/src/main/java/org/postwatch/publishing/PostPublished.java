package org.postwatch.publishing;

import java.time.Instant;
import java.util.UUID;
import org.postwatch.platform.ForceId;

/** A post is on the platform. Published once per publication, however many attempts it took. */
public record PostPublished(
        PublicationId publication,
        ForceId force,
        String postReference,
        UUID account,
        Channel channel,
        String platformPostId,
        String url,
        Instant at) {}
