package org.postwatch.safeguard.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postwatch.safeguard.engine.Finding;

class PostalAddressDetectorTest {

    private final PostalAddressDetector detector = new PostalAddressDetector();

    @ParameterizedTest(name = "flags \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Police were called to 219 Church Lane, Bolton at 9pm   | 219 Church Lane, Bolton
            Warrant at Flat 2, 14 Kingsway this morning              | Flat 2, 14 Kingsway
            Last known address 144b Stratford Road                    | 144b Stratford Road
            A fire at 3 The Paddocks, Bishops Cleeve overnight        | 3 The Paddocks, Bishops Cleeve
            Postcode GL5 3AB area                                     | GL5 3AB
            lives in cf24 8aa                                         | cf24 8aa
            near E17 5ZN                                              | E17 5ZN
            """)
    void flags(String text, String expected) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(f -> f.span().of(text))
                .contains(expected);
    }

    @ParameterizedTest(name = "does not flag \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Burst water main on Rosebery Avenue - traffic diverted via Kingsway.
            Cold callers have been reported in GL5 and SE13.
            Operation results: 11 arrests and 3 knives seized.
            We seized 3 The North Face jackets and 2 phones.
            Slow down on the A38 near Junction 12.
            Congratulations on 30 years' service!
            Please quote 20CV/008480E/21 when contacting us.
            """)
    void doesNotFlag(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }
}
