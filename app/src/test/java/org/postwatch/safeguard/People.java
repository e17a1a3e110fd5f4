package org.postwatch.safeguard;

import java.util.Set;
import org.postwatch.identity.Forces;
import org.postwatch.platform.PostwatchUser;
import org.postwatch.platform.Role;
import org.postwatch.platform.StaffId;
import org.postwatch.platform.Tenancy;

/**
 * People in forces other than the two demo forces, so tests that change a force's policy or settings do not change
 * what other tests (sharing one database) see in Gloucestershire and Staffordshire.
 */
final class People {

    private People() {}

    static PostwatchUser forceAdministratorOf(Forces forces, String code) {
        return person(forces, code, "Test Administrator", Role.FORCE_ADMIN);
    }

    static PostwatchUser reviewerOf(Forces forces, String code) {
        return person(forces, code, "Test Reviewer", Role.REVIEWER);
    }

    static PostwatchUser contributorOf(Forces forces, String code) {
        return person(forces, code, "Test Contributor", Role.CONTRIBUTOR);
    }

    private static PostwatchUser person(Forces forces, String code, String name, Role role) {
        var force = Tenancy.asSystem(() -> forces.findByCode(code).orElseThrow());
        return new PostwatchUser(
                StaffId.random(),
                force.id(),
                force.code(),
                force.name(),
                name,
                code.toLowerCase() + "." + role.name().toLowerCase(),
                Set.of(role));
    }
}
