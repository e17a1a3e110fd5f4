package org.postwatch.posts;

import java.util.UUID;
import org.postwatch.safeguard.MediaRight;

/** An image attached to a post, with its alt text and the right the author declared to use it. */
public record PostImage(
        UUID id, String fileName, String contentType, int size, String altText, MediaRight right, String attribution) {}
