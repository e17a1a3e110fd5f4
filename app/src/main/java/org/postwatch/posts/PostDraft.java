package org.postwatch.posts;

import java.time.Instant;
import java.util.List;
import org.postwatch.accounts.AccountId;
import org.postwatch.accounts.StrategyObjective;

/**
 * What the author has typed so far: the accounts it is for, the words, the strategy objective and when it should go
 * out (null: as soon as it is cleared).
 */
public record PostDraft(List<AccountId> accounts, String text, StrategyObjective objective, Instant scheduledAt) {

    public PostDraft {
        accounts = accounts == null ? List.of() : accounts.stream().distinct().toList();
        text = text == null ? "" : text;
    }

    @Override
    public String toString() {
        return "PostDraft[accounts=" + accounts.size() + ", text=(" + text.length() + " characters)]";
    }
}
