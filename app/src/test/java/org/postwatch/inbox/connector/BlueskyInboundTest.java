package org.postwatch.inbox.connector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bluesky's listNotifications against a stub PDS: session, mentions and replies kept, likes ignored, cursor. */
class BlueskyInboundTest {

    @RegisterExtension
    static WireMockExtension pds = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    BlueskyInbound connector;
    Map<String, String> credentials = Map.of("identifier", "glospolicedogs.bsky.social", "appPassword", "abcd-efgh");

    @BeforeEach
    void connect() {
        connector =
                new BlueskyInbound(new PlatformReader(Duration.ofSeconds(5), Duration.ofSeconds(10)), pds.baseUrl());
        pds.stubFor(post(urlEqualTo("/xrpc/com.atproto.server.createSession"))
                .willReturn(
                        aResponse().withStatus(200).withBody("{\"accessJwt\":\"jwt-1\",\"did\":\"did:plc:dogs\"}")));
    }

    private static final String LISTED = """
            {"notifications": [
              {"uri": "at://did:plc:jen/app.bsky.feed.post/3k2", "reason": "reply", "indexedAt": "2026-11-21T10:06:00.000Z",
               "author": {"did": "did:plc:jen", "handle": "jen.bsky.social"},
               "record": {"text": "Is Bramble at the show?", "createdAt": "2026-11-21T10:05:59.000Z",
                          "reply": {"root": {"uri": "at://did:plc:dogs/app.bsky.feed.post/1aa"},
                                    "parent": {"uri": "at://did:plc:dogs/app.bsky.feed.post/1aa"}}}},
              {"uri": "at://did:plc:sam/app.bsky.feed.like/9", "reason": "like", "indexedAt": "2026-11-21T10:04:00.000Z",
               "author": {"did": "did:plc:sam", "handle": "sam.bsky.social"}, "record": {}},
              {"uri": "at://did:plc:kim/app.bsky.feed.post/3k1", "reason": "mention", "indexedAt": "2026-11-21T10:00:00.000Z",
               "author": {"did": "did:plc:kim", "handle": "kim.bsky.social"},
               "record": {"text": "@glospolicedogs.bsky.social great work", "createdAt": "2026-11-21T10:00:00.000Z"}}
            ], "cursor": "older"}
            """;

    @Test
    void logsInWithTheAppPasswordAndKeepsMentionsAndReplies() {
        pds.stubFor(get(urlPathEqualTo("/xrpc/app.bsky.notification.listNotifications"))
                .willReturn(aResponse().withStatus(200).withBody(LISTED)));

        var fetched = (Fetched.Items) connector.fetch("@glospolicedogs.bsky.social", credentials, null);

        assertThat(fetched.items())
                .extracting(InboundMessage::authorHandle)
                .containsExactly("@kim.bsky.social", "@jen.bsky.social");
        var reply = fetched.items().get(1);
        assertThat(reply.kind()).isEqualTo("REPLY");
        assertThat(reply.threadId()).isEqualTo("at://did:plc:dogs/app.bsky.feed.post/1aa");
        assertThat(reply.inReplyTo()).isEqualTo("at://did:plc:dogs/app.bsky.feed.post/1aa");
        assertThat(reply.authorPlatformId()).isEqualTo("did:plc:jen");
        assertThat(fetched.cursor()).isEqualTo("2026-11-21T10:06:00.000Z");
        pds.verify(postRequestedFor(urlEqualTo("/xrpc/com.atproto.server.createSession"))
                .withRequestBody(
                        equalToJson("{\"identifier\":\"glospolicedogs.bsky.social\",\"password\":\"abcd-efgh\"}")));
        pds.verify(getRequestedFor(urlPathEqualTo("/xrpc/app.bsky.notification.listNotifications"))
                .withHeader("Authorization", equalTo("Bearer jwt-1")));
    }

    @Test
    void skipsWhatThePreviousPollAlreadySaw() {
        pds.stubFor(get(urlPathEqualTo("/xrpc/app.bsky.notification.listNotifications"))
                .willReturn(aResponse().withStatus(200).withBody(LISTED)));

        var fetched = (Fetched.Items) connector.fetch("@dogs", credentials, "2026-11-21T10:04:00.000Z");

        assertThat(fetched.items()).extracting(InboundMessage::text).containsExactly("Is Bramble at the show?");
    }

    @Test
    void aRefusedLoginIsReportedInBlueskysWords() {
        pds.stubFor(
                post(urlEqualTo("/xrpc/com.atproto.server.createSession"))
                        .willReturn(
                                aResponse()
                                        .withStatus(401)
                                        .withBody(
                                                "{\"error\":\"AuthenticationRequired\",\"message\":\"Invalid identifier or password\"}")));

        assertThat(connector.fetch("@dogs", credentials, null))
                .isEqualTo(new Fetched.Unavailable(401, "Bluesky said: Invalid identifier or password"));
    }
}
