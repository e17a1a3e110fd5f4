package org.postwatch.safeguard;

/** The right the author declared to use an image or video. */
public enum MediaRight {
    OWN_WORK,
    FORCE_OWNED,
    LICENSED,
    UNDECLARED
}
