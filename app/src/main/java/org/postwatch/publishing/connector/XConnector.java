package org.postwatch.publishing.connector;

import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postwatch.publishing.Channel;
import org.postwatch.publishing.MediaItem;
import org.postwatch.publishing.connector.PlatformHttp.NoAnswer;
import org.postwatch.publishing.connector.PlatformHttp.NotSent;
import org.postwatch.publishing.connector.PlatformHttp.Response;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * X API v2: {@code POST /2/tweets} with an OAuth 2.0 user-context bearer token, images through
 * {@code POST /2/media/upload} and {@code POST /2/media/metadata} (alt text), read-back through
 * {@code GET /2/users/:id/tweets}. Credentials: {@code accessToken}, optional {@code userId}.
 *
 * <p>X takes no idempotency key, so every answer after which the post may exist is ambiguous: no answer, any 5xx,
 * and the 403 "duplicate content" (which means an earlier attempt may already have posted it).
 */
@Component
public class XConnector extends PlatformConnector {

    public XConnector(PlatformHttp http, JsonMapper json, Clock clock, ConnectorSettings settings) {
        super(http, json, clock, settings);
    }

    @Override
    public Channel channel() {
        return Channel.X;
    }

    @Override
    public PublishResult publish(Outgoing post, Map<String, String> credentials) {
        try {
            String token = required(credentials, "accessToken");
            List<String> mediaIds = new ArrayList<>();
            for (int i = 0; i < post.media().size(); i++) {
                MediaItem item = post.media().get(i);
                Multipart upload = new Multipart()
                        .file("media", fileName(item, i), item.contentType(), item.content())
                        .field("media_category", "tweet_image");
                Response uploaded = send(
                        token,
                        HttpRequest.newBuilder(uri("/2/media/upload"))
                                .header("Content-Type", upload.contentType())
                                .POST(upload.publisher()));
                if (!uploaded.ok()) {
                    return failure(uploaded, false);
                }
                String mediaId = parse(uploaded.body()).path("data").path("id").asString("");
                Map<String, Object> metadata =
                        Map.of("id", mediaId, "metadata", Map.of("alt_text", Map.of("text", item.altText())));
                Response described = send(
                        token,
                        HttpRequest.newBuilder(uri("/2/media/metadata"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(metadata))));
                if (!described.ok()) {
                    return failure(described, false);
                }
                mediaIds.add(mediaId);
            }
            Map<String, Object> tweet = new LinkedHashMap<>();
            tweet.put("text", post.text());
            if (!mediaIds.isEmpty()) {
                tweet.put("media", Map.of("media_ids", mediaIds));
            }
            if (post.replyTo() != null) {
                tweet.put("reply", Map.of("in_reply_to_tweet_id", post.replyTo()));
            }
            Response response;
            try {
                response = send(
                        token,
                        HttpRequest.newBuilder(uri("/2/tweets"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(tweet))));
            } catch (NoAnswer e) {
                return new PublishResult.Ambiguous(null, e.getMessage());
            }
            if (response.ok()) {
                String id = parse(response.body()).path("data").path("id").asString("");
                return new PublishResult.Published(id, postUrl(post.handle(), id));
            }
            return failure(response, true);
        } catch (NotSent e) {
            return new PublishResult.RetryableError(null, e.getMessage());
        } catch (NoAnswer e) {
            // Only a media call can get here: nothing is posted until the tweet is created.
            return new PublishResult.RetryableError(null, e.getMessage());
        } catch (MissingCredential e) {
            return new PublishResult.Rejected(null, e.getMessage());
        }
    }

    @Override
    public ReadBack recentPosts(Outgoing post, Map<String, String> credentials, Instant since) {
        try {
            String token = required(credentials, "accessToken");
            String userId = credentials.get("userId");
            if (userId == null || userId.isBlank()) {
                Response me =
                        send(token, HttpRequest.newBuilder(uri("/2/users/me")).GET());
                if (!me.ok()) {
                    return new ReadBack.Unavailable(me.status(), message(me));
                }
                userId = parse(me.body()).path("data").path("id").asString("");
            }
            String startTime = since.truncatedTo(ChronoUnit.SECONDS).toString();
            Response listed = send(
                    token,
                    HttpRequest.newBuilder(uri("/2/users/" + PlatformHttp.encode(userId)
                                    + "/tweets?max_results=100&tweet.fields=created_at&start_time="
                                    + PlatformHttp.encode(startTime)))
                            .GET());
            if (!listed.ok()) {
                return new ReadBack.Unavailable(listed.status(), message(listed));
            }
            List<PlatformPost> posts = new ArrayList<>();
            for (JsonNode tweet : parse(listed.body()).path("data")) {
                String id = tweet.path("id").asString("");
                posts.add(new PlatformPost(
                        id,
                        postUrl(post.handle(), id),
                        HtmlText.unescape(tweet.path("text").asString("")),
                        isoInstant(tweet.path("created_at").asString(null)),
                        null));
            }
            return new ReadBack.Listed(posts);
        } catch (NotSent | NoAnswer e) {
            return new ReadBack.Unavailable(null, e.getMessage());
        } catch (MissingCredential e) {
            return new ReadBack.Unavailable(null, e.getMessage());
        }
    }

    /** {@code DELETE /2/tweets/:id}, answering {@code {"data":{"deleted":true}}}; a tweet already gone is 404. */
    @Override
    public TakedownResult takeDown(PostOnPlatform post, Map<String, String> credentials) {
        try {
            String token = required(credentials, "accessToken");
            Response response = send(
                    token,
                    HttpRequest.newBuilder(uri("/2/tweets/" + PlatformHttp.encode(post.platformPostId())))
                            .DELETE());
            if (response.ok()) {
                return parse(response.body()).path("data").path("deleted").asBoolean(false)
                        ? new TakedownResult.Removed(false)
                        : new TakedownResult.TryAgain(response.status(), "X did not confirm the deletion");
            }
            if (response.status() == 404) {
                return new TakedownResult.Removed(true);
            }
            return TakedownResult.from(failure(response, false));
        } catch (NotSent | NoAnswer e) {
            return new TakedownResult.TryAgain(null, e.getMessage());
        } catch (MissingCredential e) {
            return new TakedownResult.Refused(null, e.getMessage());
        }
    }

    private java.net.URI uri(String path) {
        return PlatformHttp.uri(settings.x().baseUrl(), path);
    }

    private Response send(String token, HttpRequest.Builder request) throws NotSent, NoAnswer {
        return http.send(request.header("Authorization", "Bearer " + token).header("Accept", "application/json"));
    }

    private String postUrl(String handle, String id) {
        String user = handle.startsWith("@") ? handle.substring(1) : handle;
        return settings.x().webUrl() + "/" + user + "/status/" + id;
    }

    private PublishResult failure(Response response, boolean creatingPost) {
        int status = response.status();
        String message = message(response);
        if (status == 429) {
            return new PublishResult.RateLimited(later(resetOf(response)), status, message);
        }
        if (creatingPost
                && (status >= 500
                        || (status == 403
                                && message.toLowerCase(java.util.Locale.ROOT).contains("duplicate")))) {
            return new PublishResult.Ambiguous(status, message);
        }
        if (status >= 500) {
            return new PublishResult.RetryableError(status, message);
        }
        return new PublishResult.Rejected(status, message);
    }

    /** The reset of whichever limit is exhausted: the 24-hour user or app limit, else the 15-minute window. */
    private Instant resetOf(Response response) {
        if ("0".equals(response.header("x-user-limit-24hour-remaining"))) {
            return epochSeconds(response.header("x-user-limit-24hour-reset"));
        }
        if ("0".equals(response.header("x-app-limit-24hour-remaining"))) {
            return epochSeconds(response.header("x-app-limit-24hour-reset"));
        }
        return epochSeconds(response.header("x-rate-limit-reset"));
    }

    private String message(Response response) {
        JsonNode problem = parse(response.body());
        String text = firstNonBlank(
                problem.path("detail").asString(null),
                problem.path("errors").path(0).path("message").asString(null),
                problem.path("title").asString(null));
        return text != null ? text : "X answered HTTP " + response.status();
    }
}
