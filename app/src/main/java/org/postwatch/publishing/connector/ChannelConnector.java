package org.postwatch.publishing.connector;

import java.time.Instant;
import java.util.Map;
import org.postwatch.publishing.Channel;

/**
 * Talks to one platform. The contract (see docs/publishing.md):
 *
 * <ul>
 *   <li>{@link #publish} makes the platform calls for one attempt and never retries by itself. It classifies the answer:
 *       an error after which the post may exist is {@link PublishResult.Ambiguous}, never {@code RetryableError}.
 *   <li>{@link #recentPosts} lists the account's recent posts (at least those since {@code since}) without changing
 *       anything, so the outbox can find an ambiguous attempt's post before trying again.
 *   <li>{@link #takeDown} deletes a post it published, once per call; deleting a post already gone counts as removed.
 *   <li>None throws for platform or network trouble; messages are the platform's own words, safe to show staff
 *       (never a credential).
 * </ul>
 */
public interface ChannelConnector {

    Channel channel();

    PublishResult publish(Outgoing post, Map<String, String> credentials);

    ReadBack recentPosts(Outgoing post, Map<String, String> credentials, Instant since);

    /**
     * Deletes a published post from the platform. The default refuses, so a channel without a delete call says so
     * rather than pretending.
     */
    default TakedownResult takeDown(PostOnPlatform post, Map<String, String> credentials) {
        return new TakedownResult.Refused(
                null, "Postwatch cannot take posts down from " + channel().label() + ": remove it on the platform");
    }

    /**
     * The key this platform keeps with the post and shows on read-back ({@link PlatformPost#marker()}), when it keeps
     * one; null when read-back must match by text.
     */
    default String marker(Outgoing post) {
        return null;
    }
}
