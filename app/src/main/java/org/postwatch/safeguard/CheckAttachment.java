package org.postwatch.safeguard;

import java.util.Objects;

/**
 * An image or video attached to a post, with the right the author declared to use it.
 *
 * @param altText the description read out by screen readers; blank when there is none
 * @param attribution the credit required when the right is {@link MediaRight#LICENSED}
 */
public record CheckAttachment(String name, String altText, MediaRight right, String attribution) {

    public CheckAttachment {
        Objects.requireNonNull(name, "name");
        right = right == null ? MediaRight.UNDECLARED : right;
    }
}
