package org.postwatch.accounts;

import java.util.Set;
import org.postwatch.platform.StaffId;

/** What an account manager can change about an account without changing its lifecycle. */
public record AccountDetails(
        String displayName,
        String purpose,
        Set<StrategyObjective> objectives,
        String owningUnit,
        StaffId assetOwner,
        int followers,
        int securityReviewMonths) {

    public AccountDetails {
        objectives = objectives == null ? Set.of() : Set.copyOf(objectives);
        displayName = displayName == null ? "" : displayName.trim();
        purpose = purpose == null ? "" : purpose.trim();
        owningUnit = owningUnit == null ? "" : owningUnit.trim();
    }
}
