package org.postwatch.safeguard.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.ForceId;
import org.postwatch.safeguard.engine.Policy;

class PolicyVersionTest {

    static final ForceId FORCE = new ForceId(UUID.randomUUID());
    static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    static PolicyVersion draft() {
        String yaml = "name: Test\nversion: t.2\n";
        return PolicyVersion.draft(FORCE, 2, yaml, PolicyEngines.parse(yaml), 1, null, "Admin", NOW);
    }

    @Test
    void aDraftCanBeRevisedUntilItIsActivated() {
        PolicyVersion version = draft();
        String yaml = "name: Test\nversion: t.3\n";
        version.revise(yaml, PolicyEngines.parse(yaml), NOW);
        assertThat(version.label()).isEqualTo("t.3");

        version.activate("Admin", "Agreed", NOW);

        assertThatThrownBy(() -> version.revise(yaml, PolicyEngines.parse(yaml), NOW))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("cannot be changed");
    }

    @Test
    void activationNeedsAReasonAndHappensOnce() {
        PolicyVersion version = draft();
        assertThatThrownBy(() -> version.activate("Admin", " ", NOW)).hasMessageContaining("Give a reason");
        version.activate("Admin", "Agreed", NOW);
        assertThatThrownBy(() -> version.activate("Admin", "Again", NOW)).hasMessageContaining("already the active");
    }

    @Test
    void aReplacedVersionCanBeActivatedAgain() {
        PolicyVersion version = draft();
        version.activate("Admin", "Agreed", NOW);
        version.retire(NOW);
        assertThat(version.status()).isEqualTo(PolicyStatus.RETIRED);
        version.activate("Admin", "Rolling back", NOW);
        assertThat(version.isActive()).isTrue();
        assertThat(version.retiredAt()).isNull();
    }

    @Test
    void theShippedDefaultIsVersionOneAndActive() {
        String yaml = new PolicyEngines(false).shippedYaml();
        PolicyVersion first = PolicyVersion.shippedDefault(FORCE, yaml, PolicyEngines.parse(yaml), NOW);
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.isActive()).isTrue();
        assertThat(first.label()).isEqualTo(Policy.defaultPolicy().version());
    }
}
