package org.postwatch.inbox.connector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Mastodon's notifications API against a stub instance: mentions, replies and direct messages, cursor, errors. */
class MastodonInboundTest {

    @RegisterExtension
    static WireMockExtension instance = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    Map<String, String> credentials;
    MastodonInbound connector;

    @BeforeEach
    void connect() {
        credentials = Map.of("instanceUrl", instance.baseUrl(), "accessToken", "mastodon-token");
        connector = new MastodonInbound(new PlatformReader(Duration.ofSeconds(5), Duration.ofSeconds(10)));
    }

    private static final String NOTIFICATIONS = """
            [
              {"id": "1002", "type": "mention", "created_at": "2026-11-21T10:05:00.000Z",
               "account": {"id": "77", "acct": "jen@mastodon.social"},
               "status": {"id": "113500000000000002", "in_reply_to_id": "113400000000000001", "visibility": "public",
                          "created_at": "2026-11-21T10:05:00.000Z",
                          "content": "<p><span class=\\"h-card\\"><a href=\\"https://police.example/@GlosPoliceDogs\\">@GlosPoliceDogs</a></span> When is the open day? Tom &amp; I can&#39;t wait</p>"}},
              {"id": "1001", "type": "mention", "created_at": "2026-11-21T10:00:00.000Z",
               "account": {"id": "78", "acct": "worried"},
               "status": {"id": "113500000000000001", "in_reply_to_id": null, "visibility": "direct",
                          "created_at": "2026-11-21T10:00:00.000Z", "content": "<p>Please help<br>my dad is missing</p>"}}
            ]
            """;

    @Test
    void readsMentionsRepliesAndDirectMessagesAsPlainText() {
        instance.stubFor(get(urlPathEqualTo("/api/v1/notifications"))
                .willReturn(aResponse().withStatus(200).withBody(NOTIFICATIONS)));

        Fetched fetched = connector.fetch("@GlosPoliceDogs", credentials, null);

        assertThat(fetched).isInstanceOf(Fetched.Items.class);
        var items = ((Fetched.Items) fetched).items();
        assertThat(items).hasSize(2);
        assertThat(items.get(0).platformId()).isEqualTo("113500000000000002");
        assertThat(items.get(0).kind()).isEqualTo("REPLY");
        assertThat(items.get(0).threadId()).isEqualTo("113400000000000001");
        assertThat(items.get(0).authorHandle()).isEqualTo("@jen@mastodon.social");
        assertThat(items.get(0).text()).isEqualTo("@GlosPoliceDogs When is the open day? Tom & I can't wait");
        assertThat(items.get(0).createdAt()).isEqualTo(Instant.parse("2026-11-21T10:05:00Z"));
        assertThat(items.get(1).kind()).isEqualTo("DIRECT_MESSAGE");
        assertThat(items.get(1).text()).isEqualTo("Please help\nmy dad is missing");
        assertThat(((Fetched.Items) fetched).cursor()).isEqualTo("1002");
        instance.verify(getRequestedFor(urlPathEqualTo("/api/v1/notifications"))
                .withHeader("Authorization", equalTo("Bearer mastodon-token"))
                .withQueryParam("types[]", equalTo("mention")));
    }

    @Test
    void asksOnlyForNotificationsNewerThanTheCursor() {
        instance.stubFor(get(urlPathEqualTo("/api/v1/notifications"))
                .willReturn(aResponse().withStatus(200).withBody("[]")));

        Fetched fetched = connector.fetch("@GlosPoliceDogs", credentials, "1002");

        assertThat(fetched).isEqualTo(new Fetched.Items(java.util.List.of(), "1002"));
        instance.verify(
                getRequestedFor(urlPathEqualTo("/api/v1/notifications")).withQueryParam("since_id", equalTo("1002")));
    }

    @Test
    void anInvalidTokenIsReportedInMastodonsWords() {
        instance.stubFor(get(urlPathEqualTo("/api/v1/notifications"))
                .willReturn(aResponse().withStatus(401).withBody("{\"error\":\"The access token is invalid\"}")));

        assertThat(connector.fetch("@GlosPoliceDogs", credentials, "5"))
                .isEqualTo(new Fetched.Unavailable(401, "Mastodon said: The access token is invalid"));
    }

    @Test
    void missingCredentialsAreReportedWithoutCallingOut() {
        assertThat(connector.fetch("@GlosPoliceDogs", Map.of("instanceUrl", instance.baseUrl()), null))
                .isEqualTo(new Fetched.Unavailable(null, "The account's credentials have no accessToken"));
    }

    @Test
    void longerIdsAreNewer() {
        assertThat(MastodonInbound.newer("10000", "9999")).isTrue();
        assertThat(MastodonInbound.newer("9999", "10000")).isFalse();
        assertThat(MastodonInbound.newer("1003", "1002")).isTrue();
    }
}
