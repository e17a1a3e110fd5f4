package org.postwatch.identity.domain;

import org.postwatch.identity.StaffStatus;
import org.postwatch.platform.Role;

/** Filters for the staff list. Any may be null. */
public record StaffSearch(String text, StaffStatus status, Role role) {

    public static StaffSearch everyone() {
        return new StaffSearch(null, null, null);
    }
}
