package org.postwatch.safeguard.detectors;

import java.util.List;
import org.postwatch.safeguard.detect.commercial.CommercialDetector;
import org.postwatch.safeguard.detect.offensive.OffensiveDetector;
import org.postwatch.safeguard.detect.operational.OperationalSecurityDetector;
import org.postwatch.safeguard.detect.political.PoliticalDetector;
import org.postwatch.safeguard.engine.Detector;
import org.postwatch.safeguard.engine.Policy;
import org.postwatch.safeguard.engine.SafeguardEngine;

/** The detectors a force gets unless it chooses otherwise. Built once: detectors are immutable and shared. */
public final class Detectors {

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
            // CONTEMPT
            new ContemptDetector(),
            // LINK, MEDIA_RIGHTS
            new LinkDetector(),
            new MediaRightsDetector(),
            new OffensiveDetector(),
            new OperationalSecurityDetector(),
            new PoliticalDetector(),
            new CommercialDetector());

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
