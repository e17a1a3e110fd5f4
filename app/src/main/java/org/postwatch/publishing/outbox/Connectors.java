package org.postwatch.publishing.outbox;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.postwatch.publishing.Channel;
import org.postwatch.publishing.ChannelCredentialsProvider;
import org.postwatch.publishing.connector.ChannelConnector;
import org.springframework.stereotype.Component;

/** The connector for each channel, and the credentials each account posts with. */
@Component
public class Connectors {

    /** No provider holds credentials for the account, or the one that does could not open them. */
    public static final class CredentialsUnavailable extends Exception {
        CredentialsUnavailable(String message) {
            super(message);
        }
    }

    private final Map<Channel, ChannelConnector> byChannel = new EnumMap<>(Channel.class);
    private final List<ChannelCredentialsProvider> credentials;

    public Connectors(List<ChannelConnector> connectors, List<ChannelCredentialsProvider> credentials) {
        connectors.forEach(connector -> byChannel.put(connector.channel(), connector));
        this.credentials = List.copyOf(credentials);
    }

    public Optional<ChannelConnector> forChannel(Channel channel) {
        return Optional.ofNullable(byChannel.get(channel));
    }

    public boolean supports(Channel channel) {
        return byChannel.containsKey(channel);
    }

    public Map<String, String> credentialsFor(UUID account, Channel channel) throws CredentialsUnavailable {
        for (ChannelCredentialsProvider provider : credentials) {
            Optional<Map<String, String>> found;
            try {
                found = provider.credentialsFor(account, channel);
            } catch (RuntimeException e) {
                throw new CredentialsUnavailable("The account's credentials could not be used: " + e.getMessage());
            }
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new CredentialsUnavailable("No credentials are stored for this " + channel.label()
                + " account: an account manager must add them before Postwatch can publish to it");
    }
}
