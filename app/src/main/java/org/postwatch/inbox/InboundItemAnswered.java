package org.postwatch.inbox;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.postwatch.platform.ForceId;

/**
 * The first response to an item: a published reply, a recorded hand-off, or "no reply needed". Published once per
 * item, at its first response only.
 *
 * @param timeToFirstResponse from {@code receivedAt} to {@code answeredAt}, in calendar time
 * @param slaBreached whether the response came after the item's SLA deadline (office hours where they apply)
 */
public record InboundItemAnswered(
        InboundItemId item,
        ForceId force,
        UUID account,
        InboundCategory category,
        Response response,
        Instant receivedAt,
        Instant answeredAt,
        Duration timeToFirstResponse,
        boolean slaBreached) {

    /** How the desk first responded. */
    public enum Response {
        REPLIED,
        HANDED_OFF,
        NO_REPLY_NEEDED,
        MODERATED
    }
}
