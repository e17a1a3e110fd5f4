package org.postwatch.accounts;

/** A social media platform a force posts to. SANDBOX is Postwatch's own practice channel: posts go nowhere else. */
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
