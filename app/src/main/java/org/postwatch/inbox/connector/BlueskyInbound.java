package org.postwatch.inbox.connector;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.postwatch.publishing.Channel;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Bluesky: {@code com.atproto.server.createSession} with the app password, then
 * {@code app.bsky.notification.listNotifications}, keeping mentions, replies and quotes. The cursor is the newest
 * {@code indexedAt} seen, since Bluesky's own cursor pages backwards. Direct messages (the chat service) are not
 * read.
 */
@Component
class BlueskyInbound implements InboundConnector {

    private static final java.util.Set<String> KEPT = java.util.Set.of("mention", "reply", "quote");

    private final PlatformReader reader;
    private final String serviceUrl;

    @org.springframework.beans.factory.annotation.Autowired
    BlueskyInbound(InboxProperties properties) {
        this(
                new PlatformReader(properties.connectTimeout(), properties.requestTimeout()),
                properties.blueskyServiceUrl());
    }

    BlueskyInbound(PlatformReader reader, String serviceUrl) {
        this.reader = reader;
        this.serviceUrl = serviceUrl;
    }

    @Override
    public Channel channel() {
        return Channel.BLUESKY;
    }

    @Override
    public Fetched fetch(String handle, Map<String, String> credentials, String cursor) {
        try {
            String identifier = PlatformReader.required(credentials, "identifier");
            String password = PlatformReader.required(credentials, "appPassword");
            String body = PlatformReader.JSON
                    .createObjectNode()
                    .put("identifier", identifier)
                    .put("password", password)
                    .toString();
            JsonNode session = reader.send(
                    HttpRequest.newBuilder(PlatformReader.uri(serviceUrl, "/xrpc/com.atproto.server.createSession"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)),
                    "Bluesky");
            JsonNode listed = reader.send(
                    HttpRequest.newBuilder(PlatformReader.uri(
                                    serviceUrl, "/xrpc/app.bsky.notification.listNotifications?limit=50"))
                            .header(
                                    "Authorization",
                                    "Bearer " + session.path("accessJwt").asString(""))
                            .GET(),
                    "Bluesky");
            List<InboundMessage> items = new ArrayList<>();
            String newest = cursor;
            for (JsonNode n : listed.path("notifications")) {
                String indexedAt = n.path("indexedAt").asString("");
                if (cursor != null && !cursor.isBlank() && indexedAt.compareTo(cursor) <= 0) {
                    continue;
                }
                if (newest == null || indexedAt.compareTo(newest) > 0) {
                    newest = indexedAt;
                }
                String reason = n.path("reason").asString("");
                if (!KEPT.contains(reason)) {
                    continue;
                }
                JsonNode record = n.path("record");
                String uri = n.path("uri").asString("");
                String parent = record.path("reply").path("parent").path("uri").asString(null);
                String root = record.path("reply").path("root").path("uri").asString(null);
                items.add(new InboundMessage(
                        uri,
                        root != null ? root : uri,
                        parent,
                        "reply".equals(reason) ? "REPLY" : "MENTION",
                        "@" + n.path("author").path("handle").asString("unknown"),
                        n.path("author").path("did").asString(null),
                        record.path("text").asString(""),
                        MastodonInbound.instant(record.path("createdAt").asString(indexedAt))));
            }
            return new Fetched.Items(items.reversed(), newest);
        } catch (PlatformReader.Failed e) {
            return new Fetched.Unavailable(e.status, e.getMessage());
        }
    }
}
