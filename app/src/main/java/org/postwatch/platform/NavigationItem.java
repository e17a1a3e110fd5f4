package org.postwatch.platform;

import java.util.Set;

/**
 * A link in the main navigation, shown only to people holding one of its roles.
 *
 * @param order position from left; modules leave gaps of ten
 */
public record NavigationItem(String label, String path, int order, Set<Role> roles) {

    public NavigationItem {
        roles = Set.copyOf(roles);
    }

    public boolean visibleTo(PostwatchUser user) {
        return roles.stream().anyMatch(user::has);
    }
}
