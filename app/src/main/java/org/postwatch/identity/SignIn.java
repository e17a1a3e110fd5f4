package org.postwatch.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.postwatch.audit.Actor;
import org.postwatch.audit.AuditAction;
import org.postwatch.audit.AuditTrail;
import org.postwatch.identity.domain.Credentials;
import org.postwatch.identity.domain.Credentials.Credential;
import org.postwatch.identity.domain.Staff;
import org.postwatch.identity.domain.StaffRepository;
import org.postwatch.platform.IdentityProviderAccounts;
import org.postwatch.platform.PostwatchPrincipal;
import org.postwatch.platform.PostwatchUser;
import org.postwatch.platform.Tenancy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Password sign-in and identity-provider mapping. After {@code postwatch.security.max-failed-attempts} failures in a
 * row an account locks for {@code postwatch.security.lockout}; the count lives in the database, so it holds across
 * instances. Every sign-in and failure is audited in the person's force.
 */
@Service
class SignIn implements UserDetailsService, IdentityProviderAccounts {

    private final Credentials credentials;
    private final StaffRepository staff;
    private final ApiTokens tokens;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int maxFailedAttempts;
    private final Duration lockout;

    SignIn(
            Credentials credentials,
            StaffRepository staff,
            ApiTokens tokens,
            AuditTrail audit,
            TransactionTemplate transactions,
            Clock clock,
            @Value("${postwatch.security.max-failed-attempts:5}") int maxFailedAttempts,
            @Value("${postwatch.security.lockout:PT15M}") Duration lockout) {
        this.credentials = credentials;
        this.staff = staff;
        this.tokens = tokens;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.maxFailedAttempts = maxFailedAttempts;
        this.lockout = lockout;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return Tenancy.asSystem(() -> {
            Credential credential = credentials
                    .findByUsername(username)
                    .orElseThrow(() -> new UsernameNotFoundException("No such user"));
            Staff member = staff.find(credential.force(), credential.staff())
                    .orElseThrow(() -> new UsernameNotFoundException("No such user"));
            PostwatchUser user = tokens.userOf(member);
            user = new PostwatchUser(
                    user.staffId(),
                    user.forceId(),
                    user.forceCode(),
                    user.forceName(),
                    user.displayName(),
                    credential.username(),
                    user.roles());
            boolean locked =
                    credential.lockedUntil() != null && credential.lockedUntil().isAfter(clock.instant());
            return new LocalUser(user, credential.passwordHash(), member.status() == StaffStatus.ACTIVE, !locked);
        });
    }

    @Override
    public Optional<PostwatchUser> findActiveByEmail(String email) {
        return Tenancy.asSystem(() -> staff.findByEmailInAnyForce(email)
                .filter(member -> member.status() == StaffStatus.ACTIVE)
                .map(tokens::userOf));
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        Tenancy.asSystem(() -> credentials.findByUsername(username).ifPresent(credential -> {
            Instant now = clock.instant();
            transactions.executeWithoutResult(status -> {
                int failures = credentials.recordFailure(credential.staff(), maxFailedAttempts, now.plus(lockout));
                audit.recordFor(
                        credential.force(),
                        Actor.named(credential.staff().value(), credential.username()),
                        failures >= maxFailedAttempts ? Actions.LOCKED : Actions.FAILED,
                        "staff",
                        credential.staff(),
                        null,
                        Map.of("failedAttempts", Integer.toString(failures)));
            });
        }));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof PostwatchPrincipal principal)) {
            return;
        }
        PostwatchUser user = principal.postwatchUser();
        Tenancy.asForce(
                user.forceId(),
                () -> transactions.executeWithoutResult(status -> {
                    credentials.recordSuccess(user.staffId(), clock.instant());
                    audit.recordFor(
                            user.forceId(),
                            Actor.of(user),
                            Actions.SIGNED_IN,
                            "staff",
                            user.staffId(),
                            null,
                            Map.of("method", principal instanceof LocalUser ? "password" : "identity-provider"));
                }));
    }

    /** A person signed in with a Postwatch password. */
    static final class LocalUser extends User implements PostwatchPrincipal {

        private final PostwatchUser user;

        LocalUser(PostwatchUser user, String passwordHash, boolean enabled, boolean accountNonLocked) {
            super(
                    user.username(),
                    passwordHash,
                    enabled,
                    true,
                    true,
                    accountNonLocked,
                    user.roles().stream()
                            .map(role -> new SimpleGrantedAuthority(role.authority()))
                            .toList());
            this.user = user;
        }

        @Override
        public PostwatchUser postwatchUser() {
            return user;
        }

        @Override
        public boolean equals(Object other) {
            return super.equals(other);
        }

        @Override
        public int hashCode() {
            return super.hashCode();
        }
    }

    enum Actions implements AuditAction {
        SIGNED_IN("sign-in.succeeded"),
        FAILED("sign-in.failed"),
        LOCKED("sign-in.locked");

        private final String code;

        Actions(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }
}
