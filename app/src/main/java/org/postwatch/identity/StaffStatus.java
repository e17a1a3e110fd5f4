package org.postwatch.identity;

/** Leaving the force is a state, not a delete: records about the person must survive them. */
public enum StaffStatus {
    ACTIVE,
    LEFT
}
