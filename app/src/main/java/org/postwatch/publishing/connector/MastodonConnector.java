package org.postwatch.publishing.connector;

import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Instant;
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
 * Mastodon (any instance): {@code POST /api/v1/statuses} with an {@code Idempotency-Key}, images through
 * {@code POST /api/v2/media}, read-back through {@code GET /api/v1/accounts/:id/statuses}. Credentials:
 * {@code instanceUrl}, {@code accessToken}, optional {@code accountId}.
 *
 * <p>Mastodon keeps idempotency keys for an hour, so a server error is safe to retry with the same key; a timeout is
 * still read back first, in case the retry comes after the key has expired.
 */
@Component
public class MastodonConnector extends PlatformConnector {

    public MastodonConnector(PlatformHttp http, JsonMapper json, Clock clock, ConnectorSettings settings) {
        super(http, json, clock, settings);
    }

    @Override
    public Channel channel() {
        return Channel.MASTODON;
    }

    @Override
    public PublishResult publish(Outgoing post, Map<String, String> credentials) {
        try {
            String instance = required(credentials, "instanceUrl");
            String token = required(credentials, "accessToken");
            List<String> mediaIds = new ArrayList<>();
            for (int i = 0; i < post.media().size(); i++) {
                MediaItem item = post.media().get(i);
                Multipart body = new Multipart()
                        .file("file", fileName(item, i), item.contentType(), item.content())
                        .field("description", item.altText());
                Response uploaded = send(
                        instance,
                        token,
                        HttpRequest.newBuilder(PlatformHttp.uri(instance, "/api/v2/media"))
                                .header("Content-Type", body.contentType())
                                .POST(body.publisher()));
                if (!uploaded.ok()) {
                    return failure(uploaded);
                }
                mediaIds.add(parse(uploaded.body()).path("id").asString(""));
            }
            Map<String, Object> status = new LinkedHashMap<>();
            status.put("status", post.text());
            status.put("visibility", "public");
            if (!mediaIds.isEmpty()) {
                status.put("media_ids", mediaIds);
            }
            if (post.replyTo() != null) {
                status.put("in_reply_to_id", post.replyTo());
            }
            Response response;
            try {
                response = send(
                        instance,
                        token,
                        HttpRequest.newBuilder(PlatformHttp.uri(instance, "/api/v1/statuses"))
                                .header("Content-Type", "application/json")
                                .header("Idempotency-Key", post.idempotencyKey())
                                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(status))));
            } catch (NoAnswer e) {
                return new PublishResult.Ambiguous(null, e.getMessage());
            }
            if (response.ok()) {
                JsonNode created = parse(response.body());
                return new PublishResult.Published(
                        created.path("id").asString(""), created.path("url").asString(null));
            }
            return failure(response);
        } catch (NotSent e) {
            return new PublishResult.RetryableError(null, e.getMessage());
        } catch (NoAnswer e) {
            // Only a media upload can get here: nothing is posted until the status is created.
            return new PublishResult.RetryableError(null, e.getMessage());
        } catch (MissingCredential e) {
            return new PublishResult.Rejected(null, e.getMessage());
        }
    }

    @Override
    public ReadBack recentPosts(Outgoing post, Map<String, String> credentials, Instant since) {
        try {
            String instance = required(credentials, "instanceUrl");
            String token = required(credentials, "accessToken");
            String accountId = credentials.get("accountId");
            if (accountId == null || accountId.isBlank()) {
                Response me = send(
                        instance,
                        token,
                        HttpRequest.newBuilder(PlatformHttp.uri(instance, "/api/v1/accounts/verify_credentials"))
                                .GET());
                if (!me.ok()) {
                    return new ReadBack.Unavailable(me.status(), message(me));
                }
                accountId = parse(me.body()).path("id").asString("");
            }
            Response listed = send(
                    instance,
                    token,
                    HttpRequest.newBuilder(PlatformHttp.uri(
                                    instance,
                                    "/api/v1/accounts/" + PlatformHttp.encode(accountId) + "/statuses?limit=40"))
                            .GET());
            if (!listed.ok()) {
                return new ReadBack.Unavailable(listed.status(), message(listed));
            }
            List<PlatformPost> posts = new ArrayList<>();
            for (JsonNode status : parse(listed.body())) {
                posts.add(new PlatformPost(
                        status.path("id").asString(""),
                        status.path("url").asString(null),
                        HtmlText.plain(status.path("content").asString("")),
                        isoInstant(status.path("created_at").asString(null)),
                        null));
            }
            return new ReadBack.Listed(posts);
        } catch (NotSent | NoAnswer e) {
            return new ReadBack.Unavailable(null, e.getMessage());
        } catch (MissingCredential e) {
            return new ReadBack.Unavailable(null, e.getMessage());
        }
    }

    /** {@code DELETE /api/v1/statuses/:id}; a status already deleted answers 404. */
    @Override
    public TakedownResult takeDown(PostOnPlatform post, Map<String, String> credentials) {
        try {
            String instance = required(credentials, "instanceUrl");
            String token = required(credentials, "accessToken");
            Response response = send(
                    instance,
                    token,
                    HttpRequest.newBuilder(PlatformHttp.uri(
                                    instance, "/api/v1/statuses/" + PlatformHttp.encode(post.platformPostId())))
                            .DELETE());
            if (response.ok()) {
                return new TakedownResult.Removed(false);
            }
            if (response.status() == 404) {
                return new TakedownResult.Removed(true);
            }
            return TakedownResult.from(failure(response));
        } catch (NotSent | NoAnswer e) {
            return new TakedownResult.TryAgain(null, e.getMessage());
        } catch (MissingCredential e) {
            return new TakedownResult.Refused(null, e.getMessage());
        }
    }

    private Response send(String instance, String token, HttpRequest.Builder request) throws NotSent, NoAnswer {
        return http.send(request.header("Authorization", "Bearer " + token).header("Accept", "application/json"));
    }

    private PublishResult failure(Response response) {
        int status = response.status();
        String message = message(response);
        if (status == 429) {
            return new PublishResult.RateLimited(
                    later(isoInstant(response.header("X-RateLimit-Reset"))), status, message);
        }
        if (status >= 500 || status == 408) {
            // With the Idempotency-Key a retry returns the status already created rather than posting twice.
            return new PublishResult.RetryableError(status, message);
        }
        return new PublishResult.Rejected(status, message);
    }

    private String message(Response response) {
        JsonNode error = parse(response.body());
        String text = firstNonBlank(
                error.path("error").asString(null),
                error.path("error_description").asString(null));
        return text != null ? text : "Mastodon answered HTTP " + response.status();
    }
}
