package org.postwatch.publishing.connector;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.postwatch.publishing.MediaItem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the HTTP connectors share: JSON, the clock, the rate-limit fallback and credential look-ups. */
abstract class PlatformConnector implements ChannelConnector {

    protected final PlatformHttp http;
    protected final JsonMapper json;
    protected final Clock clock;
    protected final ConnectorSettings settings;

    PlatformConnector(PlatformHttp http, JsonMapper json, Clock clock, ConnectorSettings settings) {
        this.http = http;
        this.json = json;
        this.clock = clock;
        this.settings = settings;
    }

    /** A credential the account must have; a missing one is the account manager's to fix, so it is a rejection. */
    protected static String required(Map<String, String> credentials, String name) {
        String value = credentials.get(name);
        if (value == null || value.isBlank()) {
            throw new MissingCredential(name);
        }
        return value.trim();
    }

    protected JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return json.missingNode();
        }
        try {
            return json.readTree(body);
        } catch (JacksonException e) {
            return json.missingNode();
        }
    }

    protected Instant fallbackReset() {
        return clock.instant().plus(settings.rateLimitWait());
    }

    /** Reads a reset time given as seconds since the epoch (X, Bluesky). */
    protected Instant epochSeconds(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return Instant.ofEpochSecond(Long.parseLong(header.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Reads a reset time given as an ISO 8601 timestamp (Mastodon). */
    protected static Instant isoInstant(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(header.trim()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    protected Instant later(Instant reset) {
        Instant now = clock.instant();
        return reset == null || !reset.isAfter(now) ? fallbackReset() : reset;
    }

    protected static String fileName(MediaItem item, int position) {
        if (item.fileName() != null && !item.fileName().isBlank()) {
            return item.fileName();
        }
        String type = item.contentType() == null ? "" : item.contentType();
        return "image-" + (position + 1) + (type.endsWith("png") ? ".png" : type.endsWith("gif") ? ".gif" : ".jpg");
    }

    protected static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    /** Thrown inside a connector when the account's credentials lack a field; reported as a rejection. */
    static final class MissingCredential extends RuntimeException {
        MissingCredential(String name) {
            super("The account's credentials have no " + name + ": an account manager must store it");
        }
    }
}
