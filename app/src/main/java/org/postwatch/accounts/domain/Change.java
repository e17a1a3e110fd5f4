package org.postwatch.accounts.domain;

import java.time.Instant;
import org.postwatch.accounts.AccountStatus;
import org.postwatch.audit.Actor;
import org.postwatch.platform.StaffId;

/**
 * One line of an account's history: what changed, who did it, when and why.
 *
 * @param subject the person a contributor change is about, or null
 */
public record Change(
        AccountChange kind,
        Instant at,
        Actor actor,
        AccountStatus fromStatus,
        AccountStatus toStatus,
        String reason,
        String detail,
        StaffId subject) {

    Change(
            AccountChange kind,
            Instant at,
            Actor actor,
            AccountStatus fromStatus,
            AccountStatus toStatus,
            String reason,
            String detail) {
        this(kind, at, actor, fromStatus, toStatus, reason, detail, null);
    }
}
