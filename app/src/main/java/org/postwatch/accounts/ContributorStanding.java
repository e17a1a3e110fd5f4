package org.postwatch.accounts;

import java.time.Instant;
import java.util.List;
import org.postwatch.platform.StaffId;

/**
 * A contributor on an account as an account manager sees them: whether they can post now and, if not, why (in the
 * third person: "Operational security awareness course expired on 3 March 2026").
 */
public record ContributorStanding(
        AccountId account,
        StaffId staff,
        String name,
        ContributorLevel level,
        Instant grantedAt,
        String grantedBy,
        boolean mayPost,
        List<String> reasons) {

    public ContributorStanding {
        reasons = List.copyOf(reasons);
    }
}
