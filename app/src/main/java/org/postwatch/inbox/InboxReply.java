package org.postwatch.inbox;

import java.time.Instant;
import java.util.UUID;

/**
 * The desk's reply to an item: held for approval, being published, published, failed (the text is kept and can be
 * retried) or rejected by a reviewer.
 */
public record InboxReply(
        UUID id,
        InboundItemId item,
        String text,
        String authorName,
        State state,
        int attempt,
        UUID publication,
        String checkOutcome,
        String failure,
        String decidedBy,
        String decisionNote,
        Instant createdAt,
        Instant publishedAt,
        String url) {

    public enum State {
        AWAITING_APPROVAL("Awaiting approval"),
        PUBLISHING("Publishing"),
        PUBLISHED("Published"),
        FAILED("Failed to publish"),
        REJECTED("Rejected"),
        REPLACED("Replaced");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
