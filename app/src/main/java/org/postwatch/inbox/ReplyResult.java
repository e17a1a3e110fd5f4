package org.postwatch.inbox;

import org.postwatch.safeguard.SafeguardReport;

/**
 * What happened to a reply: sent to publishing, held for a reviewer's approval, or not saved because the check gave
 * advice the author must confirm first.
 */
public record ReplyResult(Outcome outcome, InboxReply reply, SafeguardReport report, String message) {

    public enum Outcome {
        PUBLISHING,
        HELD_FOR_APPROVAL,
        NEEDS_CONFIRMATION
    }
}
