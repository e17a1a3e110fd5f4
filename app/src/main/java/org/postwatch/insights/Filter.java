package org.postwatch.insights;

import java.util.UUID;
import org.postwatch.accounts.StrategyObjective;

/**
 * What a dashboard counts: a period and, optionally, one account, one owning unit or one objective. Safety figures are
 * not recorded per account, so account and unit narrow strategy and dialogue only.
 */
public record Filter(Period period, UUID account, String unit, StrategyObjective objective) {

    public Filter {
        unit = unit == null || unit.isBlank() ? null : unit.strip();
    }

    public static Filter of(Period period) {
        return new Filter(period, null, null, null);
    }

    public boolean narrowsAccounts() {
        return account != null || unit != null;
    }
}
