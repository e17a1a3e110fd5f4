package org.postwatch.safeguard.detect.commercial;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.postwatch.safeguard.engine.CheckContext;

class CommercialDetectorTest {

    private static final CommercialDetector DETECTOR = new CommercialDetector();

    @ParameterizedTest(name = "flags [{1}] in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Use code BLUE20 for 20% off at our favourite gym!                     | commercial.discount-code
            Can't recommend Smith's Garage enough - best service in town.        | commercial.endorsement
            Buy from Halfords and get the best bike locks.                       | commercial.endorsement
            Sponsored: our shifts are powered by Red Bull. Order now.            | commercial.paid-promotion
            Giveaway! Win a Greggs hamper - just RT and follow to enter.         | commercial.giveaway
            """)
    void flags(String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    @ParameterizedTest(name = "does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "Beware fake Tesco delivery texts asking for a redelivery fee.",
                "Our cadets raised £600 for the hospice with a sponsored walk.",
                "Shoplifting at the Co-op on High Street: do you recognise this man? Call 101.",
                "A window was smashed at Greggs in the town centre overnight. Witnesses please call 101.",
                "Thanks to staff at Boots who helped a vulnerable woman get home safely.",
                "Register your bike for free on BikeRegister and use a D-lock.",
                "Our officers ran 10k for a local hospice - thank you for your support.",
            })
    void doesNotFlag(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }
}
