package org.postwatch.posts;

import java.time.Instant;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.StaffId;

/** A post is waiting for the communications team: the safeguard check or the author's contributor level held it. */
public record PostSubmittedForReview(PostId post, ForceId force, StaffId author, Instant at) {}
