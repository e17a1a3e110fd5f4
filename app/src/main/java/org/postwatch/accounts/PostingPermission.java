package org.postwatch.accounts;

import java.util.List;

/**
 * Whether a person may post to an account now, and if not, every reason in plain words addressed to them ("Your
 * operational security awareness course expired on 3 March 2026").
 *
 * @param level their contributor level on the account, or null when they are not a contributor
 */
public record PostingPermission(boolean allowed, ContributorLevel level, List<String> reasons) {

    public PostingPermission {
        reasons = List.copyOf(reasons);
    }

    /** May they publish new posts (not only replies)? */
    public boolean mayPost() {
        return allowed && level != ContributorLevel.REPLY_ONLY;
    }

    /** Do their posts go to the review queue whatever the safeguard check says? */
    public boolean reviewRequired() {
        return level == ContributorLevel.POST_WITH_REVIEW;
    }
}
