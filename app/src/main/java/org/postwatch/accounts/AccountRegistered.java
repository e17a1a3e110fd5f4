package org.postwatch.accounts;

import java.time.Instant;
import org.postwatch.platform.ForceId;

/** An account was added to the force's register. */
public record AccountRegistered(
        AccountId account, ForceId force, Channel channel, String handle, AccountKind kind, Instant at) {}
