package org.postwatch.inbox;

import java.time.Instant;
import java.util.UUID;
import org.postwatch.platform.ForceId;

/** An item passed its SLA deadline with no response. Published once per item, when the deadline passes. */
public record InboundSlaBreached(
        InboundItemId item, ForceId force, UUID account, InboundCategory category, Instant dueAt) {}
