package org.postwatch.safeguard.engine;

/** Whose voice a post is in. PERSONAL is a staff member's own account: checks there only advise. */
public enum AccountKind {
    CORPORATE,
    TEAM,
    INDIVIDUAL,
    PERSONAL
}
