package org.postwatch.accounts;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.postwatch.accounts.domain.Account;
import org.postwatch.accounts.domain.AccountStore;
import org.postwatch.accounts.domain.CredentialCipher;
import org.postwatch.accounts.domain.CredentialFields;
import org.postwatch.accounts.domain.CredentialKey;
import org.postwatch.accounts.domain.CredentialStore;
import org.postwatch.audit.Actor;
import org.postwatch.audit.AuditTrail;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.CurrentUser;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.RecordNotFoundException;
import org.postwatch.platform.Tenancy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The credentials a channel connector posts with. Account managers store, replace and remove them; nobody can read
 * them back. They are sealed with AES-256-GCM before they reach the database, and opened only for the publishing
 * connector working in the background ({@link #forConnector}).
 */
@Service
@Transactional
public class ChannelCredentials {

    /** What a page may know about stored credentials: never the values. */
    public record StoredCredentials(List<String> fields, Instant storedAt, String storedBy) {}

    private static final TypeReference<Map<String, String>> VALUES = new TypeReference<>() {};

    private final AccountStore accounts;
    private final CredentialStore store;
    private final CredentialKey key;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final Clock clock;

    ChannelCredentials(
            AccountStore accounts,
            CredentialStore store,
            CredentialKey key,
            AuditTrail audit,
            JsonMapper json,
            Clock clock) {
        this.accounts = accounts;
        this.store = store;
        this.key = key;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    public List<CredentialField> fieldsFor(Channel channel) {
        return CredentialFields.of(channel);
    }

    /** Whether an encryption key is configured, so pages can say so before anyone types a secret. */
    public boolean canStore() {
        return key.configured();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    public Optional<StoredCredentials> status(AccountId id) {
        ForceId force = Tenancy.requireForce();
        accounts.load(force, id);
        return store.find(force, id).map(s -> new StoredCredentials(s.fields(), s.storedAt(), s.storedBy()));
    }

    /** Stores (or replaces) the connector's credentials. Blank optional fields are left out. */
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    public void store(AccountId id, Map<String, String> typed) {
        ForceId force = Tenancy.requireForce();
        Account account = accounts.load(force, id);
        Map<String, String> values = new LinkedHashMap<>();
        for (CredentialField field : fieldsFor(account.channel())) {
            String value = typed.getOrDefault(field.name(), "").trim();
            if (value.isEmpty()) {
                if (field.required()) {
                    throw new BusinessRuleException("Enter the " + field.label().toLowerCase(java.util.Locale.ROOT));
                }
                continue;
            }
            if (value.length() > 4000) {
                throw new BusinessRuleException(
                        "The " + field.label().toLowerCase(java.util.Locale.ROOT) + " is too long");
            }
            if (field.name().endsWith("Url")) {
                requireHttps(value, field.label());
            }
            values.put(field.name(), value);
        }
        CredentialCipher cipher = key.cipher();
        Actor actor = actor();
        Instant now = clock.instant();
        byte[] plaintext = json.writeValueAsBytes(values);
        try {
            store.save(
                    force,
                    new CredentialStore.Sealed(
                            id,
                            cipher.fingerprint(),
                            cipher.seal(plaintext, CredentialStore.binding(force, id)),
                            List.copyOf(values.keySet()),
                            now,
                            actor.name()));
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
        account.credentialsChanged(true, "Fields: " + String.join(", ", values.keySet()), actor, now);
        accounts.save(account);
    }

    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    public void remove(AccountId id, String reason) {
        ForceId force = Tenancy.requireForce();
        Account account = accounts.load(force, id);
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("Give a reason for removing the credentials");
        }
        if (!store.delete(force, id)) {
            throw new BusinessRuleException("No credentials are stored for " + account.label());
        }
        Actor actor = actor();
        account.credentialsChanged(false, reason.trim(), actor, clock.instant());
        accounts.save(account);
    }

    /**
     * The decrypted credentials, for the publishing connector only. It must run as background work for the account's
     * force ({@code Tenancy.asForce}), never inside a person's request: the values must not reach a page or API. Each
     * use is audited. Throws {@link CredentialsUnreadableException} when the configured key cannot open them.
     */
    public ConnectorCredentials forConnector(AccountId id) {
        if (CurrentUser.find().isPresent()) {
            throw new IllegalStateException(
                    "Channel credentials are released only to background connector work, never within a person's request");
        }
        ForceId force = Tenancy.requireForce();
        Account account = accounts.load(force, id);
        CredentialStore.Sealed sealed =
                store.find(force, id).orElseThrow(() -> new RecordNotFoundException("Channel credentials", id));
        CredentialCipher cipher = key.cipher();
        if (!cipher.fingerprint().equals(sealed.keyFingerprint())) {
            throw new CredentialsUnreadableException("The credentials for " + account.label()
                    + " were stored with a different encryption key than the one now configured"
                    + " (postwatch.crypto.key): restore that key, or store the credentials again");
        }
        byte[] plaintext = cipher.open(sealed.sealed(), CredentialStore.binding(force, id));
        try {
            Map<String, String> values = json.readValue(new String(plaintext, StandardCharsets.UTF_8), VALUES);
            audit.recordFor(
                    force, Actor.system(), Actions.USED, "account", id, null, Map.of("account", account.label()));
            return new ConnectorCredentials(id, account.channel(), values);
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    private static void requireHttps(String value, String label) {
        try {
            URI uri = URI.create(value);
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
                throw new BusinessRuleException(label + " must be an https:// address");
            }
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException(label + " must be an https:// address");
        }
    }

    private static Actor actor() {
        return CurrentUser.find().map(Actor::of).orElse(Actor.system());
    }

    enum Actions implements org.postwatch.audit.AuditAction {
        USED("account.credentials-used");

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
