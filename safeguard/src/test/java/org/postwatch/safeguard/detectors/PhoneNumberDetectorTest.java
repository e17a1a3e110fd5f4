package org.postwatch.safeguard.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postwatch.safeguard.engine.Finding;

class PhoneNumberDetectorTest {

    private final PhoneNumberDetector detector = new PhoneNumberDetector();

    @ParameterizedTest(name = "flags \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Call Sam on 07700 900123 tonight                         | 07700 900123
            ring +44 7700 900456 now                                  | +44 7700 900456
            mobile 07452-482485.                                      | 07452-482485
            landline (0121) 496 0586 please                           | (0121) 496 0586
            owner on 01632960001                                      | 01632960001
            text 0044 7911 123456 if seen                             | 0044 7911 123456
            """)
    void flags(String text, String expected) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(f -> f.span().of(text))
                .contains(expected);
    }

    @ParameterizedTest(name = "does not flag \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Call 999 in an emergency or 101 otherwise.
            Crimestoppers: 0800 555 111, anonymously.
            Call NHS 111 or 105 for a power cut.
            Our switchboard is 01452 726920.
            Action Fraud: 0300 123 2040
            Quote reference 5223466483 please.
            Quote incident 20201052-667 when you call.
            Crime reference 13/651490/22
            Results: 12 arrests, 3 knives, 2kg cannabis.
            """)
    void doesNotFlag(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }
}
