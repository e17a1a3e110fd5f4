package org.postwatch.inbox;

import java.time.Instant;
import java.util.UUID;
import org.postwatch.platform.ForceId;

/**
 * An item was handed off outside the desk: to the control room for a risk to life, or recorded as a crime report or
 * intelligence.
 *
 * @param handoffTo who took it, for example "Control room"
 * @param reference their reference, for example a command-and-control incident number
 */
public record InboundItemEscalated(
        InboundItemId item,
        ForceId force,
        UUID account,
        InboundCategory category,
        String handoffTo,
        String reference,
        Instant at) {}
