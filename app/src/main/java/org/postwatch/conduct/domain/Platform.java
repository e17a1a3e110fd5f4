package org.postwatch.conduct.domain;

/** Where the conduct took place. */
public enum Platform {
    X("X (Twitter)"),
    FACEBOOK("Facebook"),
    INSTAGRAM("Instagram"),
    TIKTOK("TikTok"),
    SNAPCHAT("Snapchat"),
    YOUTUBE("YouTube"),
    LINKEDIN("LinkedIn"),
    WHATSAPP("WhatsApp"),
    OTHER_CLOSED_GROUP("Other closed group or messaging app"),
    OTHER("Other platform");

    private final String label;

    Platform(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
