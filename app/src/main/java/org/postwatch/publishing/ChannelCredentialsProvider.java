package org.postwatch.publishing;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Supplies a connector with an account's decrypted credentials, as a map keyed by the channel's field names (X:
 * {@code accessToken}, optional {@code userId}; Facebook: {@code pageId}, {@code pageAccessToken}; Bluesky:
 * {@code identifier}, {@code appPassword}; Mastodon: {@code instanceUrl}, {@code accessToken}; Sandbox: none).
 *
 * <p>Called only from background publishing work, in the account's force ({@code Tenancy.asForce}), never within a
 * person's request. Providers are asked in {@code @Order}; the first non-empty answer wins. Return empty when you hold
 * nothing for the account; throw when you do but cannot open it: the publication then fails with your message.
 * The accounts module implements this over its encrypted credential store.
 */
public interface ChannelCredentialsProvider {

    Optional<Map<String, String>> credentialsFor(UUID account, Channel channel);
}
