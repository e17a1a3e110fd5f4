package org.postwatch.inbox.connector;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads JSON from a platform's API with timeouts; any failure becomes a {@link Fetched.Unavailable}. */
class PlatformReader {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** The platform answered with an error, or not at all. */
    static final class Failed extends Exception {
        final Integer status;

        Failed(Integer status, String message) {
            super(message);
            this.status = status;
        }
    }

    private final HttpClient client;
    private final Duration requestTimeout;

    PlatformReader(Duration connectTimeout, Duration requestTimeout) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.requestTimeout = requestTimeout;
    }

    JsonNode send(HttpRequest.Builder request, String platform) throws Failed {
        HttpRequest built = request.timeout(requestTimeout)
                .header("User-Agent", "Postwatch (police social media governance)")
                .header("Accept", "application/json")
                .build();
        HttpResponse<String> response;
        try {
            response = client.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Failed(
                    null, "Could not reach " + platform + " at " + built.uri().getHost() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failed(null, "Interrupted while reading " + platform);
        }
        JsonNode body = parse(response.body());
        if (response.statusCode() < 200 || response.statusCode() >= 300) {
            String said = body.path("error_description").asString(null);
            if (said == null) {
                said = body.path("message").asString(null);
            }
            if (said == null) {
                said = body.path("error").asString(null);
            }
            throw new Failed(
                    response.statusCode(),
                    said != null ? platform + " said: " + said : platform + " answered HTTP " + response.statusCode());
        }
        return body;
    }

    static URI uri(String base, String path) {
        String trimmed = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return URI.create(trimmed + path);
    }

    static String required(java.util.Map<String, String> credentials, String key) throws Failed {
        String value = credentials.get(key);
        if (value == null || value.isBlank()) {
            throw new Failed(null, "The account's credentials have no " + key);
        }
        return value;
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (RuntimeException e) {
            return JSON.createObjectNode();
        }
    }

    /** Mastodon sends HTML; the desk reads plain text. */
    static String plain(String html) {
        if (html == null) {
            return "";
        }
        return html.replaceAll("(?i)<br\\s*/?>", "\n")
                .replaceAll("(?i)</p>\\s*<p>", "\n\n")
                .replaceAll("<[^>]+>", "")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&apos;", "'")
                .replace("&nbsp;", " ")
                .replace("&amp;", "&")
                .strip();
    }
}
