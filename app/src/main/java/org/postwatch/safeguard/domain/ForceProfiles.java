package org.postwatch.safeguard.domain;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.postwatch.identity.Force;
import org.postwatch.identity.Forces;
import org.postwatch.platform.ForceId;
import org.postwatch.safeguard.engine.ForceProfile;
import org.springframework.stereotype.Component;

/**
 * What the engine knows about the posting force: its e-mail domain (never flagged as personal), its published
 * numbers (101, 999 and the ones it configures) and its own website plus the sites it trusts.
 */
@Component
public class ForceProfiles {

    private final Forces forces;
    private final ForceSettingsRepository settings;
    // Forces are reference data that never change while the application runs.
    private final Map<ForceId, Force> known = new ConcurrentHashMap<>();

    ForceProfiles(Forces forces, ForceSettingsRepository settings) {
        this.forces = forces;
        this.settings = settings;
    }

    public Force force(ForceId id) {
        return known.computeIfAbsent(id, forces::get);
    }

    public ForceProfile profile(ForceId id) {
        Force force = force(id);
        ForceSettings configured = settings.find(id);
        Set<String> numbers = new LinkedHashSet<>(ForceSettings.NATIONAL_NUMBERS);
        numbers.addAll(configured.publishedNumbers());
        Set<String> domains = new LinkedHashSet<>();
        domains.add(force.emailDomain());
        domains.addAll(configured.linkDomains());
        return new ForceProfile(force.name(), Set.of(force.emailDomain()), numbers, domains);
    }
}
