package org.postwatch.safeguard.engine;

/** The kinds of risk a post can carry. */
public enum Category {
    PERSONAL_DATA,
    OFFENSIVE,
    OPERATIONAL_SECURITY,
    CONTEMPT,
    POLITICAL,
    COMMERCIAL,
    LINK,
    MEDIA_RIGHTS,
    RELEASE_OF_INFORMATION
}
