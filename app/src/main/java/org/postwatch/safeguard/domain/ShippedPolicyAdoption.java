package org.postwatch.safeguard.domain;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.postwatch.audit.Actor;
import org.postwatch.audit.AuditTrail;
import org.postwatch.identity.Force;
import org.postwatch.identity.Forces;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.Tenancy;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the shipped default policy each force's version 1, active until the force activates its own. Done for every
 * force at start-up, so every decision can name a stored version.
 */
@Component
public class ShippedPolicyAdoption {

    private final Forces forces;
    private final PolicyVersionRepository versions;
    private final PolicyEngines engines;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final Clock clock;

    ShippedPolicyAdoption(
            Forces forces,
            PolicyVersionRepository versions,
            PolicyEngines engines,
            AuditTrail audit,
            TransactionTemplate transactions,
            JdbcClient jdbc,
            Clock clock) {
        this.forces = forces;
        this.versions = versions;
        this.engines = engines;
        this.audit = audit;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(-10)
    void adoptForEveryForce() {
        List<UUID> withVersions =
                Tenancy.asSystem(() -> jdbc.sql("select distinct force_id from safeguard.policy_version")
                        .query(UUID.class)
                        .list());
        for (Force force : forces.all()) {
            if (!withVersions.contains(force.id().value())) {
                Tenancy.asForce(force.id(), () -> transactions.executeWithoutResult(s -> adoptIfMissing(force.id())));
            }
        }
    }

    /** Stores version 1 for a force that has no policy version yet; true when it did. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean adoptIfMissing(ForceId force) {
        if (versions.hasAny(force)) {
            return false;
        }
        versions.lockForce(force);
        if (versions.hasAny(force)) {
            return false;
        }
        String yaml = engines.shippedYaml();
        PolicyVersion first = PolicyVersion.shippedDefault(force, yaml, PolicyEngines.parse(yaml), clock.instant());
        versions.save(first);
        audit.recordFor(
                force,
                Actor.system(),
                SafeguardActions.POLICY_ADOPTED,
                "safeguard-policy",
                first.number(),
                "The policy shipped with Postwatch is the force's version 1",
                Map.of("version", first.label()));
        return true;
    }
}
