package org.postwatch.posts.api;

import java.time.Instant;
import java.util.List;
import org.postwatch.posts.PostView;
import org.postwatch.posts.SubmitResult;
import org.postwatch.safeguard.CheckFinding;

/** A post's state and, after a submission, the check's outcome, findings and a sentence for the author. */
public record PostResponse(
        String id,
        String state,
        String outcome,
        String message,
        boolean needsConfirmation,
        List<Finding> findings,
        String text,
        String objective,
        Instant publishAt,
        List<Target> accounts,
        String reviewer,
        String reviewNote,
        String failure) {

    /** One finding: the words concerned, why, and what to do instead. */
    public record Finding(String category, String rule, int start, int end, String outcome, String reason, String fix) {
        static Finding of(CheckFinding f) {
            return new Finding(
                    f.category().name(),
                    f.rule(),
                    f.start(),
                    f.end(),
                    f.outcome().name(),
                    f.reason(),
                    f.suggestion());
        }
    }

    /** An account the post goes to and, once out, where it is. */
    public record Target(String account, String label, Instant publishedAt, String url, String failure) {}

    static PostResponse of(PostView post, SubmitResult result) {
        return new PostResponse(
                post.id().toString(),
                post.state().name(),
                result != null
                        ? result.outcome().name()
                        : post.lastOutcome() == null ? null : post.lastOutcome().name(),
                result == null ? null : result.message(),
                result != null && result.needsConfirmation(),
                result == null
                        ? List.of()
                        : result.findings().stream().map(Finding::of).toList(),
                post.text(),
                post.objective() == null ? null : post.objective().name(),
                post.scheduledAt(),
                post.targets().stream()
                        .map(t -> new Target(t.account().toString(), t.label(), t.publishedAt(), t.url(), t.failure()))
                        .toList(),
                post.reviewerName(),
                post.reviewNote(),
                post.failure());
    }
}
