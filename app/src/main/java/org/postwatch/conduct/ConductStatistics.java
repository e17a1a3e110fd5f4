package org.postwatch.conduct;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.postwatch.conduct.domain.AggregateBuilder;
import org.postwatch.conduct.domain.CaseFacts;
import org.postwatch.conduct.domain.CaseRepository;
import org.postwatch.identity.Force;
import org.postwatch.identity.Forces;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.LondonTime;
import org.postwatch.platform.Tenancy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The only way other modules learn about conduct cases: suppressed counts for a force and period, never a case.
 * Insights uses {@link #aggregatesFor}; the inspectorate's side-by-side view uses {@link #acrossForces}.
 */
@Service
public class ConductStatistics {

    private final CaseRepository cases;
    private final Forces forces;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    ConductStatistics(CaseRepository cases, Forces forces, PlatformTransactionManager transactions, Clock clock) {
        this.cases = cases;
        this.forces = forces;
        // A fresh read-only transaction, so its connection carries the scope set here, not the caller's.
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    /** This year and the four before it, in London. */
    public StatisticsPeriod lastFiveYears() {
        return StatisticsPeriod.lastFiveYears(today());
    }

    /** A force's figures for a period, counts only, with small numbers suppressed. */
    public ConductAggregates aggregatesFor(ForceId force, StatisticsPeriod period) {
        List<CaseFacts> facts = Tenancy.asForce(
                force, () -> readOnly.execute(status -> cases.facts(force, period.firstDay(), period.lastDay())));
        return AggregateBuilder.build(force, period, facts, today());
    }

    /** Every force that has recorded cases in the period, side by side, each suppressed on its own. */
    @PreAuthorize("hasRole('INSPECTOR')")
    public List<ForceAggregates> acrossForces(StatisticsPeriod period) {
        List<CaseFacts> all = Tenancy.asSystem(
                () -> readOnly.execute(status -> cases.facts(null, period.firstDay(), period.lastDay())));
        Map<ForceId, List<CaseFacts>> byForce = all.stream().collect(Collectors.groupingBy(CaseFacts::force));
        LocalDate today = today();
        return byForce.entrySet().stream()
                .map(entry -> {
                    Force force = forces.get(entry.getKey());
                    return new ForceAggregates(
                            force.code(),
                            force.name(),
                            AggregateBuilder.build(entry.getKey(), period, entry.getValue(), today));
                })
                .sorted(Comparator.comparing(ForceAggregates::forceName))
                .toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(LondonTime.ZONE));
    }
}
