package org.postwatch.publishing;

import java.time.Instant;
import java.util.UUID;
import org.postwatch.platform.ForceId;

/** A published post is no longer on its platform (Postwatch deleted it, or found it already gone). */
public record PostTakenDown(
        PublicationId publication,
        ForceId force,
        String postReference,
        UUID account,
        Channel channel,
        String platformPostId,
        boolean alreadyGone,
        Instant at) {}
