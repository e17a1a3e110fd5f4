package org.postwatch.safeguard;

/** Where a post is going; policies can differ per channel. */
public enum Channel {
    X("X (Twitter)"),
    FACEBOOK("Facebook"),
    INSTAGRAM("Instagram"),
    YOUTUBE("YouTube"),
    TIKTOK("TikTok"),
    THREADS("Threads"),
    BLUESKY("Bluesky"),
    MASTODON("Mastodon"),
    NEXTDOOR("Nextdoor"),
    SANDBOX("Sandbox (practice)"),
    OTHER("Other");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
