package org.postwatch.safeguard.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.postwatch.safeguard.detectors.Detectors;
import org.postwatch.safeguard.engine.Policy;
import org.postwatch.safeguard.engine.PolicyException;
import org.postwatch.safeguard.engine.SafeguardEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * One engine per policy version, built once and shared: engines are immutable and thread-safe, and building one means
 * parsing the YAML. A draft's engine is rebuilt when its text changes (the cache checks the text's fingerprint).
 *
 * <p>With {@code postwatch.safeguard.classifier.enabled} (on by default) every engine also runs the on-device
 * implicit-abuse classifier and the shipped meaning heads after the rules: their one model (bge-small-en-v1.5) loads
 * once, at start-up (a few seconds), and adds about 8-10 ms (2-core host) to a check of a full post. A deployment that asked
 * for it and cannot load it does not start.
 */
@Component
public class PolicyEngines {

    // Far more than the versions in use at once; clearing is only a guard against unbounded growth.
    private static final int MAX_CACHED = 512;

    private record Cached(String sha256, SafeguardEngine engine) {}

    private final Map<UUID, Cached> engines = new ConcurrentHashMap<>();
    private final String shippedYaml;
    private final SafeguardEngine shippedDefault;
    private final boolean classifier;

    PolicyEngines(@Value("${postwatch.safeguard.classifier.enabled:true}") boolean classifier) {
        this.classifier = classifier;
        try (InputStream in = Policy.class.getClassLoader().getResourceAsStream(Policy.DEFAULT_RESOURCE)) {
            this.shippedYaml = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.shippedDefault = build(Policy.defaultPolicy());
    }

    /** The text of the policy shipped with Postwatch: every force's version 1. */
    public String shippedYaml() {
        return shippedYaml;
    }

    public SafeguardEngine shippedDefault() {
        return shippedDefault;
    }

    public SafeguardEngine engineFor(UUID versionId, String sha256, Supplier<String> yaml) {
        Cached cached = engines.get(versionId);
        if (cached != null && cached.sha256().equals(sha256)) {
            return cached.engine();
        }
        if (engines.size() >= MAX_CACHED) {
            engines.clear();
        }
        SafeguardEngine engine = build(parse(yaml.get()));
        engines.put(versionId, new Cached(sha256, engine));
        return engine;
    }

    /** True when engines run the implicit-abuse classifier after the rules. */
    public boolean classifierEnabled() {
        return classifier;
    }

    private SafeguardEngine build(Policy policy) {
        return classifier ? Detectors.withClassifier(policy) : Detectors.engine(policy);
    }

    /** Parses policy text, or throws with the engine's line-numbered errors. */
    public static Policy parse(String yaml) {
        try {
            return Policy.parse(yaml);
        } catch (PolicyException e) {
            throw new InvalidPolicyException(e.errors());
        }
    }
}
