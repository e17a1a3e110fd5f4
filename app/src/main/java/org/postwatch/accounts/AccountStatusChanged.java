package org.postwatch.accounts;

import java.time.Instant;
import org.postwatch.platform.ForceId;

/** An account was suspended, reinstated, closed, or moved into or out of a transfer. Only ACTIVE accounts take posts. */
public record AccountStatusChanged(
        AccountId account, ForceId force, AccountStatus from, AccountStatus to, String reason, Instant at) {}
