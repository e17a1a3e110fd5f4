package org.postwatch.insights;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.postwatch.accounts.StrategyObjective;
import org.postwatch.audit.AuditTrail;
import org.postwatch.insights.domain.InsightsActions;
import org.postwatch.insights.domain.StrategyRepository;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.CurrentUser;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.Tenancy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current force's communication strategy: which objectives (the posts module's objective tags) it pursues, each
 * with an optional target of posts a month. Until a force chooses, every objective counts as part of its strategy.
 */
@Service
public class Strategy {

    /** One objective of the catalogue, whether the force pursues it, and its target (null for none). */
    public record Objective(StrategyObjective objective, boolean chosen, Integer targetPerMonth) {}

    private final StrategyRepository strategies;
    private final AuditTrail audit;
    private final Clock clock;

    Strategy(StrategyRepository strategies, AuditTrail audit, Clock clock) {
        this.strategies = strategies;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every objective in the catalogue, in its order. */
    @Transactional(readOnly = true)
    public List<Objective> objectives() {
        Map<StrategyObjective, Integer> chosen = strategies.chosen(Tenancy.requireForce());
        boolean defined = !chosen.isEmpty();
        return java.util.Arrays.stream(StrategyObjective.values())
                .map(o -> new Objective(o, !defined || chosen.containsKey(o), chosen.get(o)))
                .toList();
    }

    /** Whether the force has chosen its objectives (otherwise every objective counts). */
    @Transactional(readOnly = true)
    public boolean defined() {
        return !strategies.chosen(Tenancy.requireForce()).isEmpty();
    }

    /**
     * Replaces the force's strategy with the objectives given, each to its target of posts a month (null for none).
     *
     * @throws BusinessRuleException when no objective is chosen or a target is out of range
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ACCOUNT_MANAGER', 'FORCE_ADMIN')")
    public void change(Map<StrategyObjective, Integer> chosen) {
        if (chosen.isEmpty()) {
            throw new BusinessRuleException("Choose at least one objective for the force's strategy");
        }
        chosen.forEach((objective, target) -> {
            if (target != null && (target < 1 || target > 10_000)) {
                throw new BusinessRuleException(
                        "Enter a target for " + objective.label() + " between 1 and 10,000 posts a month");
            }
        });
        ForceId force = Tenancy.requireForce();
        Map<StrategyObjective, Integer> before = strategies.chosen(force);
        Map<StrategyObjective, Integer> after = new LinkedHashMap<>(chosen);
        if (before.equals(after)) {
            return;
        }
        strategies.replace(force, after, CurrentUser.get().displayName(), clock.instant());
        audit.record(
                InsightsActions.STRATEGY_CHANGED,
                "strategy",
                force,
                null,
                Map.of("before", describe(before), "after", describe(after)));
    }

    static String describe(Map<StrategyObjective, Integer> chosen) {
        if (chosen.isEmpty()) {
            return "every objective (none chosen)";
        }
        return chosen.entrySet().stream()
                .map(e -> e.getKey().name() + (Objects.isNull(e.getValue()) ? "" : " (" + e.getValue() + " a month)"))
                .collect(Collectors.joining(", "));
    }
}
