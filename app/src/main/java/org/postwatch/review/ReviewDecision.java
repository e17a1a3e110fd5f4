package org.postwatch.review;

import java.time.Instant;
import org.postwatch.posts.PostId;

/** One decision on a held post: who decided, what, why and when. */
public record ReviewDecision(PostId post, Decision decision, String reviewer, String reason, Instant at) {

    /** What a reviewer decided. WITHDRAWN: the author took the post back before anyone decided. */
    public enum Decision {
        APPROVED("Approved"),
        APPROVED_WITH_EDITS("Approved with edits"),
        REJECTED("Rejected"),
        WITHDRAWN("Withdrawn by the author");

        private final String label;

        Decision(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
