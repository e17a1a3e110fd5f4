package org.postwatch.inbox.connector;

import java.util.Map;
import org.postwatch.publishing.Channel;

/** Fetches what the public sends to one of the force's accounts on one platform, newer than a cursor. */
public interface InboundConnector {

    Channel channel();

    /**
     * @param handle the account's handle
     * @param credentials the account's credentials (see {@code ChannelCredentialsProvider}); empty for the Sandbox
     * @param cursor what the previous poll returned, or null on the first poll
     */
    Fetched fetch(String handle, Map<String, String> credentials, String cursor);
}
