package org.postwatch.accounts.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.postwatch.accounts.AccountSummary;

/** An account in the API. Enumerations are their names, for example {@code TEAM} and {@code ACTIVE}. */
public record AccountResponse(
        String id,
        String channel,
        String handle,
        String displayName,
        String kind,
        String purpose,
        List<String> objectives,
        String owningUnit,
        String assetOwnerId,
        int followers,
        String status,
        String statusReason,
        Instant statusChangedAt,
        String transferKind,
        String holderId,
        LocalDate lastSecurityReviewOn,
        LocalDate securityReviewDue,
        int securityReviewMonths,
        Instant lastPostedAt,
        Instant registeredAt) {

    static AccountResponse of(AccountSummary a) {
        return new AccountResponse(
                a.id().toString(),
                a.channel().name(),
                a.handle(),
                a.displayName(),
                a.kind().name(),
                a.purpose(),
                a.objectives().stream().map(Enum::name).sorted().toList(),
                a.owningUnit(),
                a.assetOwner().toString(),
                a.followers(),
                a.status().name(),
                a.statusReason(),
                a.statusChangedAt(),
                a.transferKind() == null ? null : a.transferKind().name(),
                a.holder() == null ? null : a.holder().toString(),
                a.lastSecurityReviewOn(),
                a.securityReviewDue(),
                a.securityReviewMonths(),
                a.lastPostedAt(),
                a.registeredAt());
    }
}
