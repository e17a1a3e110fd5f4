package org.postwatch.publishing;

import java.time.Instant;
import java.util.UUID;
import org.postwatch.platform.ForceId;

/** Postwatch gave up taking a post down: it is probably still on the platform and a person must remove it there. */
public record TakedownFailed(
        PublicationId publication,
        ForceId force,
        String postReference,
        UUID account,
        Channel channel,
        String platformMessage,
        Instant at) {}
