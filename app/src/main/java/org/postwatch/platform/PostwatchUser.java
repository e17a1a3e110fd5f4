package org.postwatch.platform;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/** The signed-in person, however they signed in (password, identity provider or API token). */
public record PostwatchUser(
        StaffId staffId,
        ForceId forceId,
        String forceCode,
        String forceName,
        String displayName,
        String username,
        Set<Role> roles)
        implements Serializable {

    public PostwatchUser {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
