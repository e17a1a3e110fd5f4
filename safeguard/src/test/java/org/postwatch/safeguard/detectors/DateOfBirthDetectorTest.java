package org.postwatch.safeguard.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postwatch.safeguard.engine.Finding;

class DateOfBirthDetectorTest {

    private final DateOfBirthDetector detector = new DateOfBirthDetector();

    @ParameterizedTest(name = "flags \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Jane, born 16.01.60, is missing       | 16.01.60
            (DOB November 21, 1998)               | November 21, 1998
            d.o.b. 12/12/1990                     | 12/12/1990
            born on 3rd March 1987                | 3rd March 1987
            date of birth: 07-01-1996             | 07-01-1996
            """)
    void flags(String text, String expected) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(f -> f.span().of(text))
                .contains(expected);
    }

    @ParameterizedTest(name = "does not flag \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Bike marking on Wednesday 12 June 2024 at 10am.
            The incident happened on 16/01/2024.
            Born and bred in Gloucester, PC Hughes joined us in 2001.
            We were born to serve: 30 years of the Specials.
            """)
    void doesNotFlag(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }
}
