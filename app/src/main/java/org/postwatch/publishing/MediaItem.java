package org.postwatch.publishing;

import java.util.Objects;

/**
 * An image to publish with a post: its bytes, or a reference that a {@link MediaSource} resolves when the publication is
 * scheduled. Alt text is required: every image published by a force must be accessible.
 *
 * @param reference the caller's own id for the media (kept for the record even when bytes are given)
 */
public record MediaItem(String fileName, String contentType, byte[] content, String reference, String altText) {

    public MediaItem {
        if (content == null && (reference == null || reference.isBlank())) {
            throw new IllegalArgumentException("A media item needs its bytes or a reference");
        }
    }

    public static MediaItem of(String fileName, String contentType, byte[] content, String altText) {
        return new MediaItem(fileName, Objects.requireNonNull(contentType, "contentType"), content, null, altText);
    }

    public static MediaItem reference(String reference, String altText) {
        return new MediaItem(null, null, null, reference, altText);
    }

    public boolean resolved() {
        return content != null;
    }

    @Override
    public String toString() {
        return "MediaItem[" + (fileName != null ? fileName : reference) + ", "
                + (content != null ? content.length + " bytes" : "unresolved") + "]";
    }
}
