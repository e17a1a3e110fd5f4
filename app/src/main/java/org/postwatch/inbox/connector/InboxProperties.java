package org.postwatch.inbox.connector;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the inbox polls. See docs/inbox.md.
 *
 * @param sandboxTraffic how often the demo's Sandbox public sends a new message (demo mode only); zero for never
 * @param blueskyServiceUrl the Bluesky PDS or entryway to log in to (a force may run its own)
 */
@ConfigurationProperties("postwatch.inbox")
public record InboxProperties(
        @DefaultValue("1m") Duration pollInterval,
        @DefaultValue("1m") Duration slaWatchInterval,
        @DefaultValue("4m") Duration sandboxTraffic,
        @DefaultValue("https://bsky.social") String blueskyServiceUrl,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("20s") Duration requestTimeout) {}
