package org.postwatch.support;

import java.util.function.Supplier;
import org.postwatch.platform.PostwatchUser;
import org.postwatch.platform.Tenancy;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs service calls as a signed-in person, in their force, as a web request would. */
public final class SignedIn {

    private SignedIn() {}

    public static <T> T as(PostwatchUser user, Supplier<T> work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                user,
                null,
                user.roles().stream()
                        .map(role -> new SimpleGrantedAuthority(role.authority()))
                        .toList()));
        SecurityContextHolder.setContext(context);
        try {
            return Tenancy.asForce(user.forceId(), work);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    public static void as(PostwatchUser user, Runnable work) {
        as(user, () -> {
            work.run();
            return null;
        });
    }
}
