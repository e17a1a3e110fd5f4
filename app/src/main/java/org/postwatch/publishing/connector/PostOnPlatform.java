package org.postwatch.publishing.connector;

import java.util.UUID;
import org.postwatch.platform.ForceId;
import org.postwatch.publishing.PublicationId;

/** A post Postwatch published, as a connector needs it to take the post down again. */
public record PostOnPlatform(
        PublicationId publication, ForceId force, UUID account, String handle, String platformPostId) {}
