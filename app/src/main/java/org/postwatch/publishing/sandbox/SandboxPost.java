package org.postwatch.publishing.sandbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A post on the Sandbox network's public timeline. */
public record SandboxPost(
        UUID id,
        String handle,
        String displayHandle,
        String text,
        String replyTo,
        String idempotencyKey,
        Instant createdAt,
        List<Image> images) {

    public SandboxPost {
        images = List.copyOf(images);
    }

    /** An image on a post; the bytes are served separately. */
    public record Image(int position, String contentType, String altText) {}

    public String path() {
        return "/sandbox/" + handle + "#post-" + id;
    }
}
