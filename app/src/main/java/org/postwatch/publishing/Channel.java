package org.postwatch.publishing;

/**
 * A social media platform. The constants match the accounts register's channels by name, so a caller converts with
 * {@code Channel.valueOf(account.channel().name())}; publishing refuses channels it has no connector for.
 */
public enum Channel {
    X("X"),
    FACEBOOK("Facebook"),
    INSTAGRAM("Instagram"),
    YOUTUBE("YouTube"),
    TIKTOK("TikTok"),
    THREADS("Threads"),
    BLUESKY("Bluesky"),
    MASTODON("Mastodon"),
    NEXTDOOR("Nextdoor"),
    SANDBOX("Sandbox");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
