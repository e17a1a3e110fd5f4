package org.postwatch.accounts;

/** How much a contributor may do on an account without a reviewer. */
public enum ContributorLevel {
    POST_WITH_CHECKS("Post with checks", "Posts go out straight away when the safeguard check allows them"),
    POST_WITH_REVIEW("Post with review", "Every post is held for the digital desk to review"),
    REPLY_ONLY("Reply only", "May reply to comments and messages, but not post");

    private final String label;
    private final String description;

    ContributorLevel(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
