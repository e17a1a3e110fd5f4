package org.postwatch.publishing.outbox;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.postwatch.publishing.Channel;
import org.postwatch.publishing.ChannelCredentialsProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Credentials from configuration, asked first: for tests and stub platforms, or a deployment without the accounts
 * module's credential store. {@code postwatch.publishing.credentials[<account uuid>][accessToken]=...}
 */
@ConfigurationProperties("postwatch.publishing")
@Order(Ordered.HIGHEST_PRECEDENCE)
public record ConfiguredCredentials(@DefaultValue Map<String, Map<String, String>> credentials)
        implements ChannelCredentialsProvider {

    @Override
    public Optional<Map<String, String>> credentialsFor(UUID account, Channel channel) {
        return Optional.ofNullable(credentials.get(account.toString())).map(Map::copyOf);
    }

    @Override
    public String toString() {
        return "ConfiguredCredentials[" + credentials.size() + " accounts (values hidden)]";
    }
}
