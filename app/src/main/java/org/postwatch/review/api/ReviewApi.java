package org.postwatch.review.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.postwatch.posts.PostId;
import org.postwatch.posts.PostView;
import org.postwatch.review.ReviewQueue;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Review", description = "The digital desk's decisions on held posts")
class ReviewApi {

    /** Approve as it is, or with new words (checked again). */
    record ApproveRequest(
            @Size(max = 63_206) String text,
            @Size(max = 2_000) String note) {}

    record RejectRequest(
            @NotBlank(message = "Give a reason: the author sees it") @Size(max = 2_000)
            String reason) {}

    record DecisionResponse(String id, String state, String reviewer, String note) {
        static DecisionResponse of(PostView post) {
            return new DecisionResponse(
                    post.id().toString(), post.state().name(), post.reviewerName(), post.reviewNote());
        }
    }

    record QueuedResponse(
            String id, String author, String accounts, String outcome, long minutesWaiting, boolean overdue) {}

    private final ReviewQueue queue;

    ReviewApi(ReviewQueue queue) {
        this.queue = queue;
    }

    @GetMapping("/review/queue")
    @PreAuthorize("hasRole('REVIEWER')")
    @Operation(summary = "Held posts of the caller's force, oldest first")
    List<QueuedResponse> queue() {
        return queue.queue().stream()
                .map(q -> new QueuedResponse(
                        q.post().id().toString(),
                        q.post().authorName(),
                        q.post().accountsLabel(),
                        q.post().lastOutcome() == null
                                ? null
                                : q.post().lastOutcome().name(),
                        q.officeTimeWaiting().toMinutes(),
                        q.overdue()))
                .toList();
    }

    @PostMapping("/posts/{id}/approve")
    @PreAuthorize("hasRole('REVIEWER')")
    @Operation(summary = "Approve a held post (with edited text, checked again); a reviewer cannot approve their own")
    DecisionResponse approve(@PathVariable PostId id, @Valid @RequestBody(required = false) ApproveRequest request) {
        if (request != null && request.text() != null && !request.text().isBlank()) {
            return DecisionResponse.of(queue.approveWithEdits(id, request.text(), request.note()));
        }
        return DecisionResponse.of(queue.approve(id, request == null ? null : request.note()));
    }

    @PostMapping("/posts/{id}/reject")
    @PreAuthorize("hasRole('REVIEWER')")
    @Operation(summary = "Reject a held post with a reason the author sees")
    DecisionResponse reject(@PathVariable PostId id, @Valid @RequestBody RejectRequest request) {
        return DecisionResponse.of(queue.reject(id, request.reason()));
    }
}
