package org.postwatch.safeguard.engine;

/**
 * An image or video attached to a post.
 *
 * @param attribution required when the right is {@link MediaRight#LICENSED}
 */
public record Attachment(String name, String altText, MediaRight right, String attribution) {}
