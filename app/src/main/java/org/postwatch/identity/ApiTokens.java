package org.postwatch.identity;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.postwatch.audit.AuditAction;
import org.postwatch.audit.AuditTrail;
import org.postwatch.identity.domain.ApiTokenStore;
import org.postwatch.identity.domain.Staff;
import org.postwatch.identity.domain.StaffRepository;
import org.postwatch.platform.ApiTokenAuthenticator;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.CurrentUser;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.PostwatchUser;
import org.postwatch.platform.RecordNotFoundException;
import org.postwatch.platform.StaffId;
import org.postwatch.platform.Tenancy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: made by a person for themselves, shown once, stored hashed, carrying that person's force and
 * roles as they are at each use, and revocable.
 */
@Service
public class ApiTokens implements ApiTokenAuthenticator {

    /** A token just made: the secret is never stored and cannot be shown again. */
    public record IssuedToken(UUID id, String name, String secret, Instant expiresAt) {}

    /** A token as its owner sees it in their list. */
    public record TokenSummary(
            UUID id,
            String name,
            String prefix,
            Instant createdAt,
            Instant expiresAt,
            Instant lastUsedAt,
            Instant revokedAt) {

        public boolean active() {
            return revokedAt == null && (expiresAt == null || expiresAt.isAfter(Instant.now()));
        }
    }

    private static final String PREFIX = "pw_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenStore store;
    private final StaffRepository staff;
    private final Forces forces;
    private final AuditTrail audit;
    private final Clock clock;

    ApiTokens(ApiTokenStore store, StaffRepository staff, Forces forces, AuditTrail audit, Clock clock) {
        this.store = store;
        this.staff = staff;
        this.forces = forces;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public IssuedToken issue(String name, Duration validFor) {
        PostwatchUser user = CurrentUser.get();
        return issueFor(user.forceId(), user.staffId(), name, validFor);
    }

    /** Issues a token for a named person; used by demo seeding, where nobody is signed in. */
    @Transactional
    public IssuedToken issueFor(ForceId force, StaffId staffId, String name, Duration validFor) {
        if (name == null || name.isBlank()) {
            throw new BusinessRuleException("Give the token a name, so you know later what uses it");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        UUID id = UUID.randomUUID();
        Instant expires = validFor == null ? null : clock.instant().plus(validFor);
        store.save(id, force, staffId, name.trim(), hash(secret), secret.substring(0, 10), expires);
        audit.recordFor(
                force,
                CurrentUser.find().map(org.postwatch.audit.Actor::of).orElse(org.postwatch.audit.Actor.system()),
                Actions.ISSUED,
                "api-token",
                id,
                null,
                Map.of("name", name.trim(), "owner", staffId.toString()));
        return new IssuedToken(id, name.trim(), secret, expires);
    }

    @Transactional(readOnly = true)
    public List<TokenSummary> mine() {
        PostwatchUser user = CurrentUser.get();
        return store.ofStaff(user.forceId(), user.staffId()).stream()
                .map(t -> new TokenSummary(
                        t.id(), t.name(), t.prefix(), t.createdAt(), t.expiresAt(), t.lastUsedAt(), t.revokedAt()))
                .toList();
    }

    @Transactional
    public void revoke(UUID id) {
        PostwatchUser user = CurrentUser.get();
        if (!store.revoke(user.forceId(), user.staffId(), id, clock.instant())) {
            throw new RecordNotFoundException("API token", id);
        }
        audit.record(Actions.REVOKED, "api-token", id, null);
    }

    @Override
    public Optional<PostwatchUser> authenticate(String bearerToken) {
        if (bearerToken == null || !bearerToken.startsWith(PREFIX) || bearerToken.length() > 200) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return Tenancy.asSystem(() -> store.findByHash(hash(bearerToken))
                .filter(token -> token.usableAt(now))
                .flatMap(token -> staff.find(token.force(), token.staff()).map(member -> {
                    store.touch(token.id(), now);
                    return member;
                }))
                .filter(member -> member.status() == StaffStatus.ACTIVE)
                .map(this::userOf));
    }

    PostwatchUser userOf(Staff member) {
        Force force = forces.get(member.force());
        String username = member.details().email();
        return new PostwatchUser(
                member.id(),
                member.force(),
                force.code(),
                force.name(),
                member.details().fullName(),
                username,
                member.roles());
    }

    static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    enum Actions implements AuditAction {
        ISSUED("api-token.issued"),
        REVOKED("api-token.revoked");

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
