package org.postwatch.safeguard.engine;

/** The kinds of risk a post can carry. */
public enum Category {
    PERSONAL_DATA,
    OFFENSIVE,
    /** Swearing aimed at no one: unprofessional on a police account, but not abuse of a person or a group. */
    PROFANITY,
    OPERATIONAL_SECURITY,
    CONTEMPT,
    POLITICAL,
    COMMERCIAL,
    LINK,
    MEDIA_RIGHTS,
    RELEASE_OF_INFORMATION
}
