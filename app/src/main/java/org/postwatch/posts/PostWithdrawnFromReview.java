package org.postwatch.posts;

import java.time.Instant;
import org.postwatch.platform.ForceId;

/** The author took a post out of the review queue to change it, or deleted it. */
public record PostWithdrawnFromReview(PostId post, ForceId force, Instant at) {}
