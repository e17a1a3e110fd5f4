package org.postwatch.inbox.connector;

import java.util.List;

/** What a poll brought back: the items and the cursor to start from next time (unchanged when nothing new). */
public sealed interface Fetched {

    record Items(List<InboundMessage> items, String cursor) implements Fetched {
        public Items {
            items = List.copyOf(items);
        }
    }

    /** The platform could not be read this time; the cursor stays where it was. */
    record Unavailable(Integer status, String message) implements Fetched {}
}
