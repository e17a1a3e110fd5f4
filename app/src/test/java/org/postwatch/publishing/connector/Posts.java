package org.postwatch.publishing.connector;

import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.postwatch.platform.ForceId;
import org.postwatch.publishing.MediaItem;
import org.postwatch.publishing.PublicationId;
import tools.jackson.databind.json.JsonMapper;

/** Posts on their way to a stub platform, as the connector tests need them. */
final class Posts {

    static final JsonMapper JSON = JsonMapper.builder().build();
    // Generous, so a loaded CI machine does not turn an ordinary answer into a timeout.
    static final Duration TIMEOUT = Duration.ofMillis(5_000);
    static final int SLOWER_THAN_TIMEOUT = 8_000;
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 0};

    private Posts() {}

    static Outgoing dogUnitPost(String text) {
        return new Outgoing(
                PublicationId.random(),
                new ForceId(UUID.randomUUID()),
                UUID.randomUUID(),
                "@GlosPoliceDogs",
                text,
                List.of(),
                null,
                UUID.randomUUID().toString(),
                Instant.now());
    }

    static Outgoing withPuppyPhoto(Outgoing post) {
        return new Outgoing(
                post.publication(),
                post.force(),
                post.account(),
                post.handle(),
                post.text(),
                List.of(MediaItem.of("juno.png", "image/png", PNG, "A German Shepherd puppy sitting on grass")),
                post.replyTo(),
                post.idempotencyKey(),
                post.firstAttemptAt());
    }

    static Outgoing replyingTo(Outgoing post, String platformPostId) {
        return new Outgoing(
                post.publication(),
                post.force(),
                post.account(),
                post.handle(),
                post.text(),
                post.media(),
                platformPostId,
                post.idempotencyKey(),
                post.firstAttemptAt());
    }

    static ConnectorSettings settings(String baseUrl) {
        return ConnectorSettings.pointingAt(baseUrl, TIMEOUT);
    }

    static PlatformHttp http(ConnectorSettings settings) {
        return new PlatformHttp(settings);
    }

    /** An address where nothing listens: the connection is refused before anything is sent. */
    static String closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }
    }
}
