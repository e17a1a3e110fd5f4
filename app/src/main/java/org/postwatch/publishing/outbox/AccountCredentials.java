package org.postwatch.publishing.outbox;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.postwatch.accounts.AccountId;
import org.postwatch.accounts.ChannelCredentials;
import org.postwatch.platform.RecordNotFoundException;
import org.postwatch.publishing.Channel;
import org.postwatch.publishing.ChannelCredentialsProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The credentials account managers stored in the accounts register, opened for the connector. Asked after any set in
 * configuration (tests, stub platforms) and before the Sandbox's "none needed".
 */
@Component
@Order(0)
class AccountCredentials implements ChannelCredentialsProvider {

    private final ChannelCredentials credentials;

    AccountCredentials(ChannelCredentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public Optional<Map<String, String>> credentialsFor(UUID account, Channel channel) {
        try {
            return Optional.of(credentials.forConnector(new AccountId(account)).values());
        } catch (RecordNotFoundException e) {
            return Optional.empty();
        }
    }
}
