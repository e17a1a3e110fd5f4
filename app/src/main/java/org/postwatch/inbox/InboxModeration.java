package org.postwatch.inbox;

import java.time.Instant;
import java.util.UUID;

/**
 * A moderation action with the standard it enforced, what happened on the platform, and the author's appeal if any.
 *
 * @param platformOutcome DONE when Postwatch applied it on the platform, BY_HAND when someone must do it there
 * @param appealDecision UPHELD or OVERTURNED, or null while undecided
 */
public record InboxModeration(
        UUID id,
        InboundItemId item,
        ModerationAction action,
        String standard,
        String note,
        String byName,
        Instant at,
        String platformOutcome,
        String platformMessage,
        String appealText,
        Instant appealAt,
        String appealDecision,
        String appealReason,
        String appealDecidedBy,
        Instant appealDecidedAt) {

    public boolean doneByHand() {
        return "BY_HAND".equals(platformOutcome);
    }

    public boolean appealOpen() {
        return appealText != null && appealDecision == null;
    }
}
