package org.postwatch.publishing.sandbox;

import java.time.Instant;
import java.util.Map;
import org.postwatch.publishing.Channel;
import org.postwatch.publishing.connector.ChannelConnector;
import org.postwatch.publishing.connector.ConnectorSettings;
import org.postwatch.publishing.connector.Outgoing;
import org.postwatch.publishing.connector.PostOnPlatform;
import org.postwatch.publishing.connector.PublishResult;
import org.postwatch.publishing.connector.ReadBack;
import org.postwatch.publishing.connector.TakedownResult;
import org.springframework.stereotype.Component;

/** The built-in Sandbox channel: posts go to Postwatch's own simulated network and need no credentials. */
@Component
class SandboxConnector implements ChannelConnector {

    private final SandboxNetwork network;
    private final String publicUrl;

    SandboxConnector(SandboxNetwork network, ConnectorSettings settings) {
        this.network = network;
        this.publicUrl = settings.sandbox().publicUrl();
    }

    @Override
    public Channel channel() {
        return Channel.SANDBOX;
    }

    @Override
    public PublishResult publish(Outgoing post, Map<String, String> credentials) {
        PublishResult result =
                network.post(post.handle(), post.text(), post.media(), post.replyTo(), post.idempotencyKey());
        return result instanceof PublishResult.Published(String id, String path)
                ? new PublishResult.Published(id, publicUrl + path)
                : result;
    }

    @Override
    public TakedownResult takeDown(PostOnPlatform post, Map<String, String> credentials) {
        return network.remove(post.handle(), post.platformPostId());
    }

    @Override
    public String marker(Outgoing post) {
        return post.idempotencyKey();
    }

    @Override
    public ReadBack recentPosts(Outgoing post, Map<String, String> credentials, Instant since) {
        return new ReadBack.Listed(network.recent(post.handle(), since).stream()
                .map(p -> new org.postwatch.publishing.connector.PlatformPost(
                        p.id(), publicUrl + p.url(), p.text(), p.createdAt(), p.marker()))
                .toList());
    }
}
