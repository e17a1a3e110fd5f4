package org.postwatch.review;

import java.time.Duration;
import java.time.Instant;
import org.postwatch.platform.ForceId;
import org.postwatch.posts.PostId;

/**
 * A reviewer decided a held post. Carries no words and no names: insights counts decisions and review times.
 *
 * @param officeTime how long the post waited, in the force's office time
 * @param overdue whether the decision came after the force's review time target
 */
public record PostReviewed(
        PostId post,
        ForceId force,
        ReviewDecision.Decision decision,
        Instant submittedAt,
        Instant decidedAt,
        Duration officeTime,
        boolean overdue) {}
