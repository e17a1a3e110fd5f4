package org.postwatch.publishing.connector;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.postwatch.publishing.Channel;
import org.postwatch.publishing.MediaItem;
import org.postwatch.publishing.connector.PlatformHttp.NoAnswer;
import org.postwatch.publishing.connector.PlatformHttp.NotSent;
import org.postwatch.publishing.connector.PlatformHttp.Response;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Facebook Pages through the Graph API: {@code POST /{page-id}/feed} with a Page access token (a reply goes to
 * {@code POST /{object-id}/comments}), images uploaded unpublished to {@code /{page-id}/photos} and attached,
 * read-back through {@code GET /{page-id}/feed?fields=id,message,created_time}. Credentials: {@code pageId},
 * {@code pageAccessToken}.
 *
 * <p>Graph errors are classified by code: 4, 17, 32, 613 and 80001-80014 are rate limits; 190 is an invalid token;
 * 1, 2, transient errors, 5xx and 506 (duplicate post) may follow a post that was created, so they are ambiguous.
 */
@Component
public class FacebookConnector extends PlatformConnector {

    private static final Set<Integer> RATE_LIMIT_CODES = Set.of(4, 17, 32, 613);
    private static final DateTimeFormatter GRAPH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");

    public FacebookConnector(PlatformHttp http, JsonMapper json, Clock clock, ConnectorSettings settings) {
        super(http, json, clock, settings);
    }

    @Override
    public Channel channel() {
        return Channel.FACEBOOK;
    }

    @Override
    public PublishResult publish(Outgoing post, Map<String, String> credentials) {
        try {
            String pageId = required(credentials, "pageId");
            String token = required(credentials, "pageAccessToken");
            List<String> photoIds = new ArrayList<>();
            for (int i = 0; i < post.media().size(); i++) {
                MediaItem item = post.media().get(i);
                Multipart upload = new Multipart()
                        .file("source", fileName(item, i), item.contentType(), item.content())
                        .field("published", "false")
                        .field("alt_text_custom", item.altText());
                Response uploaded = send(
                        token,
                        HttpRequest.newBuilder(graph("/" + pageId + "/photos"))
                                .header("Content-Type", upload.contentType())
                                .POST(upload.publisher()));
                if (!uploaded.ok()) {
                    return failure(uploaded, false);
                }
                photoIds.add(parse(uploaded.body()).path("id").asString(""));
            }
            Map<String, String> form = new LinkedHashMap<>();
            form.put("message", post.text());
            URI target;
            if (post.replyTo() != null) {
                target = graph("/" + post.replyTo() + "/comments");
                if (!photoIds.isEmpty()) {
                    form.put("attachment_id", photoIds.getFirst());
                }
            } else {
                target = graph("/" + pageId + "/feed");
                for (int i = 0; i < photoIds.size(); i++) {
                    form.put("attached_media[" + i + "]", "{\"media_fbid\":\"" + photoIds.get(i) + "\"}");
                }
            }
            Response response;
            try {
                response = send(
                        token,
                        HttpRequest.newBuilder(target)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(PlatformHttp.form(form))));
            } catch (NoAnswer e) {
                return new PublishResult.Ambiguous(null, e.getMessage());
            }
            if (response.ok()) {
                String id = parse(response.body()).path("id").asString("");
                return new PublishResult.Published(id, settings.facebook().webUrl() + "/" + id);
            }
            return failure(response, true);
        } catch (NotSent e) {
            return new PublishResult.RetryableError(null, e.getMessage());
        } catch (NoAnswer e) {
            // Only a photo upload can get here: unpublished photos are not posts.
            return new PublishResult.RetryableError(null, e.getMessage());
        } catch (MissingCredential e) {
            return new PublishResult.Rejected(null, e.getMessage());
        }
    }

    @Override
    public ReadBack recentPosts(Outgoing post, Map<String, String> credentials, Instant since) {
        try {
            String pageId = required(credentials, "pageId");
            String token = required(credentials, "pageAccessToken");
            URI listing = post.replyTo() != null
                    ? graph("/" + post.replyTo()
                            + "/comments?fields=id,message,created_time,from&order=reverse_chronological&limit=50")
                    : graph("/" + pageId + "/feed?fields=id,message,created_time&limit=50&since="
                            + since.getEpochSecond());
            Response listed = send(token, HttpRequest.newBuilder(listing).GET());
            if (!listed.ok()) {
                return new ReadBack.Unavailable(listed.status(), message(listed));
            }
            List<PlatformPost> posts = new ArrayList<>();
            for (JsonNode item : parse(listed.body()).path("data")) {
                if (post.replyTo() != null
                        && !pageId.equals(item.path("from").path("id").asString(pageId))) {
                    continue;
                }
                String id = item.path("id").asString("");
                posts.add(new PlatformPost(
                        id,
                        settings.facebook().webUrl() + "/" + id,
                        item.path("message").asString(""),
                        graphTime(item.path("created_time").asString(null)),
                        null));
            }
            return new ReadBack.Listed(posts);
        } catch (NotSent | NoAnswer e) {
            return new ReadBack.Unavailable(null, e.getMessage());
        } catch (MissingCredential e) {
            return new ReadBack.Unavailable(null, e.getMessage());
        }
    }

    /**
     * {@code DELETE /{version}/{post-id}} with the Page token, answering {@code {"success":true}}; a post already gone
     * is error 100 with subcode 33 (the object does not exist) or a 404.
     */
    @Override
    public TakedownResult takeDown(PostOnPlatform post, Map<String, String> credentials) {
        try {
            String token = required(credentials, "pageAccessToken");
            Response response = send(
                    token,
                    HttpRequest.newBuilder(graph("/" + PlatformHttp.encode(post.platformPostId())))
                            .DELETE());
            if (response.ok()) {
                return parse(response.body()).path("success").asBoolean(false)
                        ? new TakedownResult.Removed(false)
                        : new TakedownResult.TryAgain(response.status(), "Facebook did not confirm the deletion");
            }
            JsonNode error = parse(response.body()).path("error");
            if (response.status() == 404
                    || (error.path("code").asInt(-1) == 100
                            && error.path("error_subcode").asInt(-1) == 33)) {
                return new TakedownResult.Removed(true);
            }
            return TakedownResult.from(failure(response, false));
        } catch (NotSent | NoAnswer e) {
            return new TakedownResult.TryAgain(null, e.getMessage());
        } catch (MissingCredential e) {
            return new TakedownResult.Refused(null, e.getMessage());
        }
    }

    private URI graph(String path) {
        return PlatformHttp.uri(
                settings.facebook().baseUrl(), "/" + settings.facebook().version() + path);
    }

    private Response send(String token, HttpRequest.Builder request) throws NotSent, NoAnswer {
        return http.send(request.header("Authorization", "Bearer " + token).header("Accept", "application/json"));
    }

    private PublishResult failure(Response response, boolean creatingPost) {
        int status = response.status();
        JsonNode error = parse(response.body()).path("error");
        int code = error.path("code").asInt(-1);
        String message = message(response);
        if (status == 429 || RATE_LIMIT_CODES.contains(code) || (code >= 80001 && code <= 80014)) {
            return new PublishResult.RateLimited(later(regainAccess(response)), status, message);
        }
        boolean transientError = error.path("is_transient").asBoolean(false) || code == 1 || code == 2;
        if (creatingPost && (status >= 500 || transientError || code == 506)) {
            return new PublishResult.Ambiguous(status, message);
        }
        if (status >= 500 || transientError) {
            return new PublishResult.RetryableError(status, message);
        }
        return new PublishResult.Rejected(status, message);
    }

    /** The longest "estimated time to regain access" (minutes) in the business use case usage header. */
    private Instant regainAccess(Response response) {
        int minutes = 0;
        for (String header : List.of("X-Business-Use-Case-Usage", "X-Page-Usage", "X-App-Usage")) {
            JsonNode usage = parse(response.header(header));
            for (JsonNode entries : usage) {
                if (entries.isArray()) {
                    for (JsonNode entry : entries) {
                        minutes = Math.max(
                                minutes,
                                entry.path("estimated_time_to_regain_access").asInt(0));
                    }
                }
            }
            minutes = Math.max(
                    minutes, usage.path("estimated_time_to_regain_access").asInt(0));
        }
        return minutes > 0 ? clock.instant().plusSeconds(minutes * 60L) : null;
    }

    private String message(Response response) {
        JsonNode error = parse(response.body()).path("error");
        String text = error.path("message").asString(null);
        if (text == null || text.isBlank()) {
            return "Facebook answered HTTP " + response.status();
        }
        int code = error.path("code").asInt(-1);
        return code >= 0 && !text.contains("(#" + code + ")") ? text + " (code " + code + ")" : text;
    }

    private static Instant graphTime(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value, GRAPH_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return isoInstant(value);
        }
    }
}
