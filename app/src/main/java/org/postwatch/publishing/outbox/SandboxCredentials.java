package org.postwatch.publishing.outbox;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.postwatch.publishing.Channel;
import org.postwatch.publishing.ChannelCredentialsProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Sandbox accounts need no credentials: asked last, so a real store still wins if it holds some. */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class SandboxCredentials implements ChannelCredentialsProvider {

    @Override
    public Optional<Map<String, String>> credentialsFor(UUID account, Channel channel) {
        return channel == Channel.SANDBOX ? Optional.of(Map.of()) : Optional.empty();
    }
}
