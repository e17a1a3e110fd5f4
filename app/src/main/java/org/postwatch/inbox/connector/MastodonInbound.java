package org.postwatch.inbox.connector;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.postwatch.publishing.Channel;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Mastodon: {@code GET /api/v1/notifications?types[]=mention&since_id=} (mentions include replies to the account's
 * posts and direct messages, which have {@code visibility: direct}). The cursor is the newest notification id.
 */
@Component
class MastodonInbound implements InboundConnector {

    private final PlatformReader reader;

    @org.springframework.beans.factory.annotation.Autowired
    MastodonInbound(InboxProperties properties) {
        this(new PlatformReader(properties.connectTimeout(), properties.requestTimeout()));
    }

    MastodonInbound(PlatformReader reader) {
        this.reader = reader;
    }

    @Override
    public Channel channel() {
        return Channel.MASTODON;
    }

    @Override
    public Fetched fetch(String handle, Map<String, String> credentials, String cursor) {
        try {
            String instance = PlatformReader.required(credentials, "instanceUrl");
            String token = PlatformReader.required(credentials, "accessToken");
            String query = "/api/v1/notifications?types[]=mention&limit=40"
                    + (cursor == null || cursor.isBlank() ? "" : "&since_id=" + cursor);
            JsonNode listed = reader.send(
                    HttpRequest.newBuilder(PlatformReader.uri(instance, query.replace("[]", "%5B%5D")))
                            .header("Authorization", "Bearer " + token)
                            .GET(),
                    "Mastodon");
            List<InboundMessage> items = new ArrayList<>();
            String newest = cursor;
            for (JsonNode notification : listed) {
                String id = notification.path("id").asString("");
                if (newer(id, newest)) {
                    newest = id;
                }
                JsonNode status = notification.path("status");
                if (!"mention".equals(notification.path("type").asString("")) || status.isMissingNode()) {
                    continue;
                }
                String statusId = status.path("id").asString("");
                String inReplyTo = status.path("in_reply_to_id").asString(null);
                String kind = "direct".equals(status.path("visibility").asString(""))
                        ? "DIRECT_MESSAGE"
                        : inReplyTo != null ? "REPLY" : "MENTION";
                JsonNode account = notification.path("account");
                items.add(new InboundMessage(
                        statusId,
                        inReplyTo != null ? inReplyTo : statusId,
                        inReplyTo,
                        kind,
                        "@" + account.path("acct").asString("unknown"),
                        account.path("id").asString(null),
                        PlatformReader.plain(status.path("content").asString("")),
                        instant(status.path("created_at").asString(null))));
            }
            return new Fetched.Items(items, newest);
        } catch (PlatformReader.Failed e) {
            return new Fetched.Unavailable(e.status, e.getMessage());
        }
    }

    /** Mastodon ids are numbers in strings: longer is newer, then compare as text. */
    static boolean newer(String id, String than) {
        if (than == null || than.isBlank()) {
            return !id.isBlank();
        }
        return id.length() != than.length() ? id.length() > than.length() : id.compareTo(than) > 0;
    }

    static Instant instant(String text) {
        try {
            return text == null ? Instant.now() : Instant.parse(text);
        } catch (RuntimeException e) {
            return Instant.now();
        }
    }
}
