package org.postwatch.publishing.connector;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postwatch.publishing.Channel;
import org.postwatch.publishing.MediaItem;
import org.postwatch.publishing.connector.PlatformHttp.NoAnswer;
import org.postwatch.publishing.connector.PlatformHttp.NotSent;
import org.postwatch.publishing.connector.PlatformHttp.Response;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bluesky (AT Protocol): {@code com.atproto.server.createSession} with an app password, images through
 * {@code com.atproto.repo.uploadBlob}, the post through {@code com.atproto.repo.createRecord} of an
 * {@code app.bsky.feed.post}, read-back through {@code com.atproto.repo.listRecords}. Credentials: {@code identifier},
 * {@code appPassword}.
 *
 * <p>Every attempt of a publication writes the same record key (a TID derived from the publication and its first
 * attempt), so a repeated create cannot make a second post, and read-back recognises the post by its key.
 */
@Component
public class BlueskyConnector extends PlatformConnector {

    private static final String COLLECTION = "app.bsky.feed.post";
    private static final String TID_ALPHABET = "234567abcdefghijklmnopqrstuvwxyz";
    private static final Pattern LINK = Pattern.compile("https?://[^\\s]+[^\\s.,;:!?)\\]'\"]");
    private static final Duration SESSION_LIFETIME = Duration.ofMinutes(60);

    private record Session(String accessJwt, String did, Instant expires) {}

    /** createSession is rate limited hard (30 per 5 minutes per account), so sessions are reused. */
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    public BlueskyConnector(PlatformHttp http, JsonMapper json, Clock clock, ConnectorSettings settings) {
        super(http, json, clock, settings);
    }

    @Override
    public Channel channel() {
        return Channel.BLUESKY;
    }

    @Override
    public PublishResult publish(Outgoing post, Map<String, String> credentials) {
        if (post.replyTo() != null && post.replyTo().replace("at://", "").split("/").length != 3) {
            return new PublishResult.Rejected(
                    null, "The post to reply to is not a Bluesky post address (at://did/app.bsky.feed.post/key)");
        }
        try {
            SessionOrFailure opened = session(credentials);
            if (opened.failure() != null) {
                return opened.failure();
            }
            Session session = opened.session();
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("$type", COLLECTION);
            record.put("text", post.text());
            record.put("createdAt", clock.instant().toString());
            List<Map<String, Object>> facets = linkFacets(post.text());
            if (!facets.isEmpty()) {
                record.put("facets", facets);
            }
            if (!post.media().isEmpty()) {
                List<Map<String, Object>> images = new ArrayList<>();
                for (MediaItem item : post.media()) {
                    Response uploaded = send(
                            session,
                            HttpRequest.newBuilder(xrpc("com.atproto.repo.uploadBlob"))
                                    .header("Content-Type", item.contentType())
                                    .POST(HttpRequest.BodyPublishers.ofByteArray(item.content())));
                    if (!uploaded.ok()) {
                        return failure(uploaded, false, credentials);
                    }
                    images.add(Map.of(
                            "alt",
                            item.altText(),
                            "image",
                            parse(uploaded.body()).path("blob")));
                }
                record.put("embed", Map.of("$type", "app.bsky.embed.images", "images", images));
            }
            if (post.replyTo() != null) {
                Response parent = send(
                        session,
                        HttpRequest.newBuilder(recordUri(post.replyTo())).GET());
                if (!parent.ok()) {
                    return failure(parent, false, credentials);
                }
                JsonNode found = parse(parent.body());
                Map<String, String> parentRef = Map.of(
                        "uri", found.path("uri").asString(post.replyTo()),
                        "cid", found.path("cid").asString(""));
                JsonNode root = found.path("value").path("reply").path("root");
                Object rootRef = root.isMissingNode() ? parentRef : root;
                record.put("reply", Map.of("root", rootRef, "parent", parentRef));
            }
            Map<String, Object> create =
                    Map.of("repo", session.did(), "collection", COLLECTION, "rkey", recordKey(post), "record", record);
            Response response;
            try {
                response = send(
                        session,
                        HttpRequest.newBuilder(xrpc("com.atproto.repo.createRecord"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(create))));
            } catch (NoAnswer e) {
                return new PublishResult.Ambiguous(null, e.getMessage());
            }
            if (response.ok()) {
                String uri = parse(response.body()).path("uri").asString("");
                return new PublishResult.Published(uri, webUrl(post.handle(), uri));
            }
            return failure(response, true, credentials);
        } catch (NotSent e) {
            return new PublishResult.RetryableError(null, e.getMessage());
        } catch (NoAnswer e) {
            // Only a session, upload or look-up can get here: nothing is posted until the record is created.
            return new PublishResult.RetryableError(null, e.getMessage());
        } catch (MissingCredential e) {
            return new PublishResult.Rejected(null, e.getMessage());
        }
    }

    @Override
    public ReadBack recentPosts(Outgoing post, Map<String, String> credentials, Instant since) {
        try {
            SessionOrFailure opened = session(credentials);
            if (opened.failure() != null) {
                return new ReadBack.Unavailable(null, message(opened.failure()));
            }
            Session session = opened.session();
            Response listed = send(
                    session,
                    HttpRequest.newBuilder(xrpc("com.atproto.repo.listRecords?repo="
                                    + PlatformHttp.encode(session.did()) + "&collection=" + COLLECTION + "&limit=50"))
                            .GET());
            if (!listed.ok()) {
                return new ReadBack.Unavailable(listed.status(), message(listed));
            }
            List<PlatformPost> posts = new ArrayList<>();
            for (JsonNode item : parse(listed.body()).path("records")) {
                String uri = item.path("uri").asString("");
                posts.add(new PlatformPost(
                        uri,
                        webUrl(post.handle(), uri),
                        item.path("value").path("text").asString(""),
                        isoInstant(item.path("value").path("createdAt").asString(null)),
                        uri.substring(uri.lastIndexOf('/') + 1)));
            }
            return new ReadBack.Listed(posts);
        } catch (NotSent | NoAnswer e) {
            return new ReadBack.Unavailable(null, e.getMessage());
        } catch (MissingCredential e) {
            return new ReadBack.Unavailable(null, e.getMessage());
        }
    }

    /**
     * {@code com.atproto.repo.deleteRecord} of the post's record (repo, collection and key from its {@code at://}
     * address). The PDS answers 200 whether or not the record still exists, so a repeat is harmless.
     */
    @Override
    public TakedownResult takeDown(PostOnPlatform post, Map<String, String> credentials) {
        String[] parts = post.platformPostId().replace("at://", "").split("/");
        if (parts.length != 3) {
            return new TakedownResult.Refused(
                    null, "The post's address is not a Bluesky record (at://did/app.bsky.feed.post/key)");
        }
        try {
            SessionOrFailure opened = session(credentials);
            if (opened.failure() != null) {
                return TakedownResult.from(opened.failure());
            }
            Map<String, Object> delete = Map.of("repo", parts[0], "collection", parts[1], "rkey", parts[2]);
            Response response = send(
                    opened.session(),
                    HttpRequest.newBuilder(xrpc("com.atproto.repo.deleteRecord"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(delete))));
            if (response.ok()) {
                return new TakedownResult.Removed(false);
            }
            if ("RecordNotFound".equals(parse(response.body()).path("error").asString(""))) {
                return new TakedownResult.Removed(true);
            }
            return TakedownResult.from(failure(response, false, credentials));
        } catch (NotSent | NoAnswer e) {
            return new TakedownResult.TryAgain(null, e.getMessage());
        } catch (MissingCredential e) {
            return new TakedownResult.Refused(null, e.getMessage());
        }
    }

    @Override
    public String marker(Outgoing post) {
        return recordKey(post);
    }

    /**
     * The record key for a publication: a TID (13 base32-sortable characters: 53 bits of microseconds, 10 bits of
     * clock id) from its first attempt's time and its id. The same for every attempt of one publication.
     */
    public static String recordKey(Outgoing post) {
        Instant at = post.firstAttemptAt();
        long micros = at.getEpochSecond() * 1_000_000L + at.getNano() / 1_000;
        long clockId = (post.publication().value().getLeastSignificantBits() & 0x3FF);
        long tid = ((micros & 0x1F_FFFF_FFFF_FFFFL) << 10) | clockId;
        char[] key = new char[13];
        for (int i = 12; i >= 0; i--) {
            key[i] = TID_ALPHABET.charAt((int) (tid & 31));
            tid >>>= 5;
        }
        return new String(key);
    }

    private record SessionOrFailure(Session session, PublishResult failure) {}

    private SessionOrFailure session(Map<String, String> credentials) throws NotSent, NoAnswer {
        String identifier = required(credentials, "identifier");
        String password = required(credentials, "appPassword");
        String cacheKey = identifier + ":" + sha256(password);
        Session cached = sessions.get(cacheKey);
        if (cached != null && cached.expires().isAfter(clock.instant())) {
            return new SessionOrFailure(cached, null);
        }
        Response response = http.send(HttpRequest.newBuilder(xrpc("com.atproto.server.createSession"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        json.writeValueAsString(Map.of("identifier", identifier, "password", password)))));
        if (!response.ok()) {
            return new SessionOrFailure(null, failure(response, false, credentials));
        }
        JsonNode body = parse(response.body());
        Session session = new Session(
                body.path("accessJwt").asString(""),
                body.path("did").asString(""),
                clock.instant().plus(SESSION_LIFETIME));
        sessions.put(cacheKey, session);
        return new SessionOrFailure(session, null);
    }

    private Response send(Session session, HttpRequest.Builder request) throws NotSent, NoAnswer {
        return http.send(
                request.header("Authorization", "Bearer " + session.accessJwt()).header("Accept", "application/json"));
    }

    private URI xrpc(String method) {
        return PlatformHttp.uri(settings.bluesky().serviceUrl(), "/xrpc/" + method);
    }

    private URI recordUri(String atUri) {
        String[] parts = atUri.replace("at://", "").split("/");
        return xrpc("com.atproto.repo.getRecord?repo=" + PlatformHttp.encode(parts[0]) + "&collection="
                + PlatformHttp.encode(parts[1]) + "&rkey=" + PlatformHttp.encode(parts[2]));
    }

    private String webUrl(String handle, String uri) {
        String user = handle.startsWith("@") ? handle.substring(1) : handle;
        return settings.bluesky().webUrl() + "/profile/" + user + "/post/" + uri.substring(uri.lastIndexOf('/') + 1);
    }

    private PublishResult failure(Response response, boolean creatingPost, Map<String, String> credentials) {
        int status = response.status();
        String message = message(response);
        String error = parse(response.body()).path("error").asString("");
        if (status == 429) {
            return new PublishResult.RateLimited(
                    later(epochSeconds(response.header("ratelimit-reset"))), status, message);
        }
        if ("ExpiredToken".equals(error) || "InvalidToken".equals(error)) {
            // The cached session ran out: the next attempt opens a new one. Nothing was posted.
            sessions.keySet().removeIf(key -> key.startsWith(credentials.get("identifier") + ":"));
            return new PublishResult.RetryableError(status, message);
        }
        if (creatingPost && status >= 500) {
            return new PublishResult.Ambiguous(status, message);
        }
        if (status >= 500) {
            return new PublishResult.RetryableError(status, message);
        }
        return new PublishResult.Rejected(status, message);
    }

    private String message(Response response) {
        JsonNode body = parse(response.body());
        String text = firstNonBlank(
                body.path("message").asString(null), body.path("error").asString(null));
        return text != null ? text : "Bluesky answered HTTP " + response.status();
    }

    private static String message(PublishResult failure) {
        return switch (failure) {
            case PublishResult.Rejected r -> r.message();
            case PublishResult.RateLimited r -> r.message();
            case PublishResult.RetryableError r -> r.message();
            case PublishResult.Ambiguous r -> r.message();
            case PublishResult.Published p -> "";
        };
    }

    /** Bluesky shows links only where facets mark them, by UTF-8 byte offsets. */
    static List<Map<String, Object>> linkFacets(String text) {
        List<Map<String, Object>> facets = new ArrayList<>();
        Matcher links = LINK.matcher(text);
        while (links.find()) {
            int start = text.substring(0, links.start()).getBytes(StandardCharsets.UTF_8).length;
            int end = start + links.group().getBytes(StandardCharsets.UTF_8).length;
            facets.add(Map.of(
                    "index", Map.of("byteStart", start, "byteEnd", end),
                    "features", List.of(Map.of("$type", "app.bsky.richtext.facet#link", "uri", links.group()))));
        }
        return facets;
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
