package org.postwatch.posts;

import java.time.Instant;
import org.postwatch.accounts.StrategyObjective;
import org.postwatch.platform.ForceId;

/**
 * A post was cleared to go out, now or at its scheduled time, serving a strategy objective. Publishing reports each
 * account's publication later with the post's id as its reference.
 */
public record PostSentOut(PostId post, ForceId force, StrategyObjective objective, Instant at) {}
