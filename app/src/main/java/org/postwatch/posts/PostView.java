package org.postwatch.posts;

import java.time.Instant;
import java.util.List;
import org.postwatch.accounts.StrategyObjective;
import org.postwatch.platform.StaffId;
import org.postwatch.safeguard.Outcome;

/**
 * A post as pages, the API and the review module see it.
 *
 * @param lastOutcome the outcome of the latest recorded safeguard check, or null when it was never submitted
 * @param reviewNote the reviewer's note on approval, or their reason on rejection
 * @param failure the platform's message when it failed to publish
 */
public record PostView(
        PostId id,
        StaffId author,
        String authorName,
        PostState state,
        String text,
        StrategyObjective objective,
        Instant scheduledAt,
        List<PostTarget> targets,
        List<PostImage> images,
        int version,
        Outcome lastOutcome,
        boolean reviewRequired,
        String reviewerName,
        String reviewNote,
        String failure,
        String deletedReason,
        Instant createdAt,
        Instant updatedAt,
        Instant submittedAt,
        Instant publishedAt) {

    public PostView {
        targets = List.copyOf(targets);
        images = List.copyOf(images);
    }

    /** The accounts, for a line of text: "@GlosPoliceDogs on Sandbox, @GlosPolice on X". */
    public String accountsLabel() {
        return String.join(", ", targets.stream().map(PostTarget::label).toList());
    }

    public String preview() {
        return text.length() <= 120 ? text : text.substring(0, 117) + "…";
    }
}
