package org.postwatch.inbox;

import java.time.Instant;
import java.util.UUID;
import org.postwatch.platform.ForceId;
import org.postwatch.publishing.Channel;

/**
 * A new item arrived for one of the force's accounts and was triaged. Published once per item, never for a repeat
 * fetch. Carries no text and no author: insights counts, it does not read.
 *
 * @param account the account register's id of the account the item was addressed to
 * @param receivedAt when the platform says the item was posted
 */
public record InboundItemReceived(
        InboundItemId item,
        ForceId force,
        UUID account,
        Channel channel,
        InboundCategory category,
        Instant receivedAt) {}
