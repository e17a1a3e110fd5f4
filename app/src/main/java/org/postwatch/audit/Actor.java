package org.postwatch.audit;

import java.util.UUID;
import org.postwatch.platform.PostwatchUser;

/** Who did something: a person, or the system itself. */
public record Actor(UUID staffId, String name) {

    public static Actor of(PostwatchUser user) {
        return new Actor(user.staffId().value(), user.displayName() + " (" + user.username() + ")");
    }

    public static Actor system() {
        return new Actor(null, "Postwatch (system)");
    }

    public static Actor named(UUID staffId, String name) {
        return new Actor(staffId, name);
    }
}
