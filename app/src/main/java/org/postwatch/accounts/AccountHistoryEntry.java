package org.postwatch.accounts;

import java.time.Instant;

/**
 * One line of an account's history.
 *
 * @param change what happened, in words ("Suspended", "Contributor added")
 * @param subject the person a contributor change was about, by name; otherwise null
 */
public record AccountHistoryEntry(
        Instant at,
        String actor,
        String change,
        AccountStatus fromStatus,
        AccountStatus toStatus,
        String reason,
        String detail,
        String subject) {}
