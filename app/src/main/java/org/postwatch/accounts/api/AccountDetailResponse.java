package org.postwatch.accounts.api;

import java.time.Instant;
import java.util.List;

/** An account with its current contributors and whether each can post now. */
public record AccountDetailResponse(AccountResponse account, List<ContributorResponse> contributors) {

    public record ContributorResponse(
            String staffId, String name, String level, Instant grantedAt, boolean mayPost, List<String> reasons) {}
}
