package org.postwatch.safeguard.detectors;

import java.util.List;
import org.postwatch.safeguard.engine.Detector;
import org.postwatch.safeguard.engine.Policy;
import org.postwatch.safeguard.engine.SafeguardEngine;

/** The detectors a force gets unless it chooses otherwise. Built once: detectors are immutable and shared. */
public final class Detectors {

    private static final List<Detector> DEFAULTS = List.of(
            // LINK, MEDIA_RIGHTS
            new LinkDetector(), new MediaRightsDetector()
            // OFFENSIVE, OPERATIONAL_SECURITY, POLITICAL, COMMERCIAL: register here (engine-detectors branch).
            );

    private Detectors() {}

    public static List<Detector> defaults() {
        return DEFAULTS;
    }

    /** The default detectors judged by the shipped default policy. */
    public static SafeguardEngine defaultEngine() {
        return new SafeguardEngine(DEFAULTS, Policy.defaultPolicy());
    }

    /** The default detectors judged by a force's own policy. */
    public static SafeguardEngine engine(Policy policy) {
        return new SafeguardEngine(DEFAULTS, policy);
    }
}
