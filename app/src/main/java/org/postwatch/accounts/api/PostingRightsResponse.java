package org.postwatch.accounts.api;

import java.time.Instant;
import java.util.List;

/**
 * A person's posting rights: every account they are a contributor on, whether they may post to it now and, if not,
 * why (addressed to them).
 */
public record PostingRightsResponse(String staffId, String name, Suspension suspension, List<AccountRight> accounts) {

    public record Suspension(String reason, String caseReference, Instant since) {}

    public record AccountRight(
            String accountId, String handle, String channel, String level, boolean allowed, List<String> reasons) {}
}
