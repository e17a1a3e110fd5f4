package org.postwatch.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.postwatch.platform.CurrentUser;
import org.postwatch.platform.PostwatchUser;
import org.postwatch.platform.Tenancy;
import org.springframework.web.filter.OncePerRequestFilter;

/** Binds the signed-in user's force to the request thread, last in the security chain, once the user is known. */
class TenancyFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<PostwatchUser> user = CurrentUser.find();
        if (user.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        try {
            Tenancy.asForce(user.get().forceId(), () -> {
                try {
                    chain.doFilter(request, response);
                } catch (IOException | ServletException e) {
                    throw new FilterFailure(e);
                }
            });
        } catch (FilterFailure failure) {
            if (failure.getCause() instanceof IOException io) {
                throw io;
            }
            throw (ServletException) failure.getCause();
        }
    }

    private static final class FilterFailure extends RuntimeException {
        FilterFailure(Exception cause) {
            super(cause);
        }
    }
}
