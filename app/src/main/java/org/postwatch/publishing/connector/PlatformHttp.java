package org.postwatch.publishing.connector;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * HTTP for connectors: one JDK client with connect and request timeouts, and the one distinction the exactly-once
 * protocol needs: a request that certainly never reached the platform ({@link NotSent}) versus one that may have
 * ({@link NoAnswer}).
 */
public class PlatformHttp {

    /** An answer from the platform. */
    public record Response(int status, HttpHeaders headers, String body) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    /** The request never left: connection refused, name not found, connect timeout. Safe to retry. */
    public static final class NotSent extends Exception {
        NotSent(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The request may have been received and acted on, but no answer came back. */
    public static final class NoAnswer extends Exception {
        NoAnswer(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final HttpClient client;
    private final Duration requestTimeout;

    public PlatformHttp(ConnectorSettings settings) {
        this(settings.connectTimeout(), settings.requestTimeout());
    }

    public PlatformHttp(Duration connectTimeout, Duration requestTimeout) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.requestTimeout = requestTimeout;
    }

    public Response send(HttpRequest.Builder request) throws NotSent, NoAnswer {
        HttpRequest built = request.timeout(requestTimeout)
                .header("User-Agent", "Postwatch (police social media governance)")
                .build();
        try {
            HttpResponse<String> response =
                    client.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (HttpConnectTimeoutException e) {
            throw new NotSent("Could not connect to " + built.uri().getHost() + " (timed out)", e);
        } catch (ConnectException e) {
            throw new NotSent("Could not connect to " + built.uri().getHost(), e);
        } catch (HttpTimeoutException e) {
            throw new NoAnswer("No answer from " + built.uri().getHost() + " within " + seconds(requestTimeout), e);
        } catch (IOException e) {
            if (e.getCause() instanceof UnresolvedAddressException) {
                throw new NotSent("Could not find " + built.uri().getHost(), e);
            }
            throw new NoAnswer("The connection to " + built.uri().getHost() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NoAnswer("Interrupted while waiting for " + built.uri().getHost(), e);
        }
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        if (millis == 1000) {
            return "1 second";
        }
        return millis % 1000 == 0 ? millis / 1000 + " seconds" : String.format("%.1f seconds", millis / 1000.0);
    }

    public static URI uri(String base, String path) {
        String trimmed = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return URI.create(trimmed + path);
    }

    public static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
