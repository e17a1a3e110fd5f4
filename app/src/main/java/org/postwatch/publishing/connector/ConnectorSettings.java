package org.postwatch.publishing.connector;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How connectors reach the platforms. Base URLs are settings so tests (and a force's own Mastodon or Bluesky server)
 * can point them elsewhere.
 *
 * @param readBackSkew how far before an attempt started a post found by read-back may claim to have been created
 *     (clocks differ)
 * @param rateLimitWait how long to wait after a rate limit when the platform gives no reset time
 */
@ConfigurationProperties("postwatch.publishing.connectors")
public record ConnectorSettings(
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("20s") Duration requestTimeout,
        @DefaultValue("2m") Duration readBackSkew,
        @DefaultValue("15m") Duration rateLimitWait,
        @DefaultValue X x,
        @DefaultValue Facebook facebook,
        @DefaultValue Bluesky bluesky,
        @DefaultValue Sandbox sandbox) {

    public record X(
            @DefaultValue("https://api.x.com") String baseUrl,
            @DefaultValue("https://x.com") String webUrl) {}

    public record Facebook(
            @DefaultValue("https://graph.facebook.com") String baseUrl,
            @DefaultValue("v23.0") String version,
            @DefaultValue("https://www.facebook.com") String webUrl) {}

    public record Bluesky(
            @DefaultValue("https://bsky.social") String serviceUrl,
            @DefaultValue("https://bsky.app") String webUrl) {}

    /** @param publicUrl prefix for Sandbox post links; empty for links relative to Postwatch itself */
    public record Sandbox(@DefaultValue("") String publicUrl) {}

    /** Settings with every default, pointing X, Facebook and Bluesky at one stub server (for tests). */
    public static ConnectorSettings pointingAt(String stubBaseUrl, Duration requestTimeout) {
        return new ConnectorSettings(
                Duration.ofSeconds(2),
                requestTimeout,
                Duration.ofMinutes(2),
                Duration.ofMinutes(15),
                new X(stubBaseUrl, "https://x.com"),
                new Facebook(stubBaseUrl, "v23.0", "https://www.facebook.com"),
                new Bluesky(stubBaseUrl, "https://bsky.app"),
                new Sandbox(""));
    }
}
