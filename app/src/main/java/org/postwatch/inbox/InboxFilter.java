package org.postwatch.inbox;

import java.util.UUID;

/**
 * What the queue shows. Null fields do not filter; {@code waitingOnly} shows only items still the desk's to deal with.
 */
public record InboxFilter(
        InboundCategory category, UUID account, ItemState state, boolean assignedToMe, boolean waitingOnly, int limit) {

    public InboxFilter {
        limit = limit <= 0 || limit > 500 ? 200 : limit;
    }

    public static InboxFilter waiting() {
        return new InboxFilter(null, null, null, false, true, 200);
    }
}
