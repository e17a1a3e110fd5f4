package org.postwatch.safeguard.engine;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the engine decided about one post: the outcome, every finding with the outcome the policy gave it, the
 * policy that decided, and how long the check took.
 */
public record SafeguardReport(
        Outcome outcome, List<Decision> decisions, String policyName, String policyVersion, Duration elapsed) {

    /** A finding and the outcome the policy gave it on its own. */
    public record Decision(Finding finding, Outcome outcome) {}

    public SafeguardReport {
        decisions = List.copyOf(decisions);
    }

    public List<Finding> findings() {
        return decisions.stream().map(Decision::finding).toList();
    }

    /** Categories with at least one finding that stops the post going straight out (outcome above ALLOW). */
    public Set<Category> categories() {
        Set<Category> categories = EnumSet.noneOf(Category.class);
        for (Decision decision : decisions) {
            if (decision.outcome() != Outcome.ALLOW) {
                categories.add(decision.finding().category());
            }
        }
        return categories;
    }

    /** True when the post is held or advised on because of a finding in this category. */
    public boolean flags(Category category) {
        return outcome != Outcome.ALLOW && categories().contains(category);
    }
}
