package org.postwatch.posts;

import java.time.Instant;
import java.util.UUID;
import org.postwatch.accounts.AccountId;

/**
 * One account a post goes to and, once scheduled, its publication there.
 *
 * @param label the account as people name it, for example "@GlosPoliceDogs on Sandbox"
 */
public record PostTarget(
        AccountId account,
        String label,
        String handle,
        String channel,
        UUID publication,
        Instant publishedAt,
        String url,
        String failure) {}
