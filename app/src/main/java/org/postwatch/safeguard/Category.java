package org.postwatch.safeguard;

/** The kinds of risk a post can carry. */
public enum Category {
    PERSONAL_DATA("Personal information"),
    OFFENSIVE("Offensive or discriminatory"),
    PROFANITY("Swearing"),
    OPERATIONAL_SECURITY("Operational security"),
    CONTEMPT("Contempt of court"),
    POLITICAL("Political"),
    COMMERCIAL("Commercial"),
    LINK("Link"),
    MEDIA_RIGHTS("Image or video rights"),
    RELEASE_OF_INFORMATION("Release of information");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
