package org.postwatch.safeguard.engine;

/** The right the author declared to use an attachment. */
public enum MediaRight {
    OWN_WORK,
    FORCE_OWNED,
    LICENSED,
    UNDECLARED
}
