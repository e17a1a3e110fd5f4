package org.postwatch.platform.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows password guessing from one address across all usernames. Per-account lock-out after repeated failures is
 * kept in the database by the identity module, so it holds across instances; this guard is per instance.
 */
class LoginThrottle extends OncePerRequestFilter {

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final int attemptsPerWindow;
    private final Duration window;

    LoginThrottle(int attemptsPerWindow, Duration window) {
        this.attemptsPerWindow = attemptsPerWindow;
        this.window = window;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (buckets.size() > 100_000) {
            buckets.clear();
        }
        Bucket bucket = buckets.computeIfAbsent(
                request.getRemoteAddr(),
                address -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(attemptsPerWindow)
                                .refillGreedy(attemptsPerWindow, window)
                                .build())
                        .build());
        if (!bucket.tryConsume(1)) {
            response.sendRedirect(request.getContextPath() + "/login?throttled");
            return;
        }
        chain.doFilter(request, response);
    }
}
