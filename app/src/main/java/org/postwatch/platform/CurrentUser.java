package org.postwatch.platform;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is signed in on this thread, if anyone. */
public final class CurrentUser {

    private CurrentUser() {}

    public static Optional<PostwatchUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Optional.empty();
        }
        return switch (authentication.getPrincipal()) {
            case PostwatchUser user -> Optional.of(user);
            case PostwatchPrincipal principal -> Optional.of(principal.postwatchUser());
            case null, default -> Optional.empty();
        };
    }

    /** The signed-in user; throws when nobody is signed in, which is a programming error behind security. */
    public static PostwatchUser get() {
        return find().orElseThrow(() -> new IllegalStateException("No signed-in Postwatch user on this thread"));
    }
}
