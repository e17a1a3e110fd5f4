package org.postwatch.identity.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.postwatch.identity.StaffDetails;
import org.postwatch.identity.StaffMember;
import org.postwatch.identity.StaffStatus;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.Role;
import org.postwatch.platform.StaffId;

/** A member of staff: guards leaving (once) and role changes (only while serving). */
public class Staff {

    private final StaffId id;
    private final ForceId force;
    private StaffDetails details;
    private StaffStatus status;
    private LocalDate leftOn;
    private Set<Role> roles;

    Staff(StaffId id, ForceId force, StaffDetails details, StaffStatus status, LocalDate leftOn, Set<Role> roles) {
        this.id = id;
        this.force = force;
        this.details = details;
        this.status = status;
        this.leftOn = leftOn;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public static Staff join(ForceId force, StaffDetails details, Set<Role> roles) {
        return new Staff(StaffId.random(), force, details, StaffStatus.ACTIVE, null, roles);
    }

    public void update(StaffDetails newDetails) {
        this.details = newDetails;
    }

    public void changeRoles(Set<Role> newRoles) {
        if (status == StaffStatus.LEFT && !newRoles.isEmpty()) {
            throw new BusinessRuleException(details.fullName() + " has left the force and cannot be given roles");
        }
        this.roles = newRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(newRoles);
    }

    /** Leaving removes every role, so the person can no longer sign in to do anything. */
    public void leave(LocalDate on) {
        if (status == StaffStatus.LEFT) {
            throw new BusinessRuleException(details.fullName() + " has already left the force");
        }
        this.status = StaffStatus.LEFT;
        this.leftOn = on;
        this.roles = EnumSet.noneOf(Role.class);
    }

    public StaffId id() {
        return id;
    }

    public ForceId force() {
        return force;
    }

    public StaffDetails details() {
        return details;
    }

    public StaffStatus status() {
        return status;
    }

    public LocalDate leftOn() {
        return leftOn;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    public StaffMember toMember() {
        return new StaffMember(
                id,
                force,
                details.givenName(),
                details.familyName(),
                details.type(),
                details.rank(),
                details.collarNumber(),
                details.unit(),
                details.email(),
                status,
                leftOn,
                roles);
    }
}
