package org.postwatch.publishing.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.postwatch.identity.DemoStaffSeeded;
import org.postwatch.identity.Forces;
import org.postwatch.platform.Tenancy;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A few posts already on the demo dog units' Sandbox timelines, so the demo's public page is not empty. Sandbox
 * accounts need nothing else: a handle exists once something is posted to it.
 */
@Component
class DemoSandboxPosts {

    private record Seed(String handle, Duration ago, String text) {}

    private static final Map<String, List<Seed>> POSTS = Map.of(
            "GLO",
            List.of(
                    new Seed(
                            "@GlosPoliceDogs",
                            Duration.ofDays(3).plusHours(4),
                            "PD Bramble and her handler found a missing 84-year-old man in woodland near Painswick"
                                    + " last night, cold but safe and now with his family. Good girl, Bramble!"),
                    new Seed(
                            "@GlosPoliceDogs",
                            Duration.ofDays(2).plusHours(1),
                            "Meet our newest recruits: puppies Juno and Flint started their training this week."
                                    + " Follow their progress here over the coming months."),
                    new Seed(
                            "@GlosPoliceDogs",
                            Duration.ofHours(20),
                            "Warm weather this weekend. If you see a dog in distress in a hot car, call 999."
                                    + " Dogs die in hot cars.")),
            "STA",
            List.of(new Seed(
                    "@StaffsPoliceDogs",
                    Duration.ofDays(1),
                    "PD Rocco tracked a burglary suspect across three gardens in Stafford last night. One arrest.")));

    private final Forces forces;
    private final SandboxNetwork network;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoSandboxPosts(Forces forces, SandboxNetwork network, TransactionTemplate transactions, Clock clock) {
        this.forces = forces;
        this.network = network;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener
    void seed(DemoStaffSeeded event) {
        Instant now = clock.instant();
        POSTS.forEach((code, seeds) -> forces.findByCode(code)
                .filter(force -> event.forces().contains(force.id()))
                .ifPresent(force -> Tenancy.asForce(
                        force.id(),
                        () -> transactions.executeWithoutResult(status -> seeds.forEach(
                                seed -> network.seed(seed.handle(), seed.text(), now.minus(seed.ago())))))));
    }
}
