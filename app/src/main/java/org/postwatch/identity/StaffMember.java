package org.postwatch.identity;

import java.time.LocalDate;
import java.util.Set;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.Role;
import org.postwatch.platform.StaffId;

/** A member of a force's staff, as other modules see them. */
public record StaffMember(
        StaffId id,
        ForceId force,
        String givenName,
        String familyName,
        StaffType type,
        String rank,
        String collarNumber,
        String unit,
        String email,
        StaffStatus status,
        LocalDate leftOn,
        Set<Role> roles) {

    public StaffMember {
        roles = Set.copyOf(roles);
    }

    public String fullName() {
        return givenName + " " + familyName;
    }

    /** How the person is named in role, for example "PC 1234 Sam Taylor" or "Sam Taylor (Digital Desk)". */
    public String displayName() {
        return fullName();
    }

    public boolean isActive() {
        return status == StaffStatus.ACTIVE;
    }
}
