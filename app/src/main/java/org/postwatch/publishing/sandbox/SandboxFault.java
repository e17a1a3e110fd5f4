package org.postwatch.publishing.sandbox;

import java.time.Instant;

/** A failure the Sandbox will produce for the next {@code remaining} posts to a handle. */
public record SandboxFault(String handle, Mode mode, int remaining, String message, String setBy, Instant setAt) {

    /** The message the force set for this fault, or the Sandbox's own when none was set. */
    public String messageOr(String fallback) {
        return message != null && !message.isBlank() ? message : fallback;
    }

    public enum Mode {
        SERVER_ERROR("Fail with a server error (retried)"),
        REJECT("Refuse the post (no retry)"),
        RATE_LIMIT("Rate limit for 30 seconds"),
        TIMEOUT_AFTER_POST("Accept the post, then time out (read-back finds it)");

        private final String label;

        Mode(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
