package org.postwatch.platform;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The force whose data this thread may see. For a web request, the signed-in user's force; background work names the force
 * explicitly, and only a few system tasks (sign-in look-ups, scheduled jobs, cross-force aggregates) run as system.
 *
 * <p>The database enforces the same scope with row-level security: every connection handed out carries the current
 * force, so call these before the transaction that needs them starts.
 */
public final class Tenancy {

    private static final ThreadLocal<Scope> OVERRIDE = new ThreadLocal<>();

    private Tenancy() {}

    /** What the database session is scoped to. */
    public sealed interface Scope {}

    public record ForceScope(ForceId force) implements Scope {}

    public record SystemScope() implements Scope {}

    public record NoScope() implements Scope {}

    /**
     * The scope bound to this thread. It never consults the security context itself: loading that can need the
     * database (the session lives there), which would need a scope, and so on for ever. Web requests are bound by
     * {@code TenancyFilter} once the user is known.
     */
    public static Scope current() {
        Scope scope = OVERRIDE.get();
        return scope != null ? scope : new NoScope();
    }

    public static Optional<ForceId> currentForce() {
        return current() instanceof ForceScope(ForceId force) ? Optional.of(force) : Optional.empty();
    }

    /** The current force, or an exception: for code that only runs with a force in scope. */
    public static ForceId requireForce() {
        return currentForce().orElseThrow(() -> new IllegalStateException("No force in scope on this thread"));
    }

    public static <T> T asForce(ForceId force, Supplier<T> work) {
        return within(new ForceScope(force), work);
    }

    public static void asForce(ForceId force, Runnable work) {
        within(new ForceScope(force), () -> {
            work.run();
            return null;
        });
    }

    /** Runs across every force. Only for system work whose results never reach a user unfiltered. */
    public static <T> T asSystem(Supplier<T> work) {
        return within(new SystemScope(), work);
    }

    public static void asSystem(Runnable work) {
        within(new SystemScope(), () -> {
            work.run();
            return null;
        });
    }

    private static <T> T within(Scope scope, Supplier<T> work) {
        Scope previous = OVERRIDE.get();
        OVERRIDE.set(scope);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                OVERRIDE.remove();
            } else {
                OVERRIDE.set(previous);
            }
        }
    }
}
