package org.postwatch.safeguard.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postwatch.safeguard.engine.Finding;

class NationalInsuranceNumberDetectorTest {

    private final NationalInsuranceNumberDetector detector = new NationalInsuranceNumberDetector();

    @ParameterizedTest(name = "flags \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            number ZK818224A was used          | ZK818224A
            number GY 90 81 61 C was used      | GY 90 81 61 C
            number lg 293454 a was used        | lg 293454 a
            """)
    void flags(String text, String expected) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(f -> f.span().of(text))
                .contains(expected);
    }

    @ParameterizedTest(name = "does not flag \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            reference GB123456A was used
            reference QQ123456C was used
            The A417 closed at 10pm
            collar number PC 1234
            """)
    void doesNotFlag(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }
}
