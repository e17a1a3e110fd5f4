package org.postwatch.safeguard.engine;

/** Where a post is going. */
public enum Channel {
    X,
    FACEBOOK,
    INSTAGRAM,
    YOUTUBE,
    TIKTOK,
    THREADS,
    BLUESKY,
    MASTODON,
    NEXTDOOR,
    SANDBOX,
    OTHER
}
