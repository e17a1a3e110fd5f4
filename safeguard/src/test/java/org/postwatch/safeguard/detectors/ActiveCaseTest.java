package org.postwatch.safeguard.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postwatch.safeguard.engine.AccountKind;
import org.postwatch.safeguard.engine.ActiveCase;
import org.postwatch.safeguard.engine.Channel;
import org.postwatch.safeguard.engine.CheckContext;
import org.postwatch.safeguard.engine.Finding;

class ActiveCaseTest {

    private final ContemptDetector detector = new ContemptDetector();

    private static CheckContext withCases(List<String> restrictions) {
        ActiveCase trial = new ActiveCase(
                "GC-2025-0142",
                List.of("Darren Cole"),
                "wounding with intent",
                "Gloucester Crown Court",
                LocalDate.of(2025, 9, 1),
                restrictions,
                List.of("Megan Hart"));
        return new CheckContext(
                Channel.X, AccountKind.CORPORATE, List.of(), List.of(trial), Situations.gloucestershire());
    }

    @ParameterizedTest(name = "\"{0}\" gives {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Darren Cole is a violent thug.                          | contempt.character;contempt.active-case
            Thanks to Megan Hart for her bravery.                   | contempt.protected-person
            Darren Cole appears at Gloucester Crown Court today.    | contempt.active-case
            """)
    void usesTheForceActiveCases(String text, String expected) {
        assertThat(detector.detect(text, withCases(List.of())))
                .extracting(Finding::rule)
                .containsExactlyInAnyOrder(expected.split(";"));
    }

    @ParameterizedTest(name = "\"{0}\" with reporting restrictions")
    @CsvSource(delimiter = '|', textBlock = """
            Darren Cole appears at Gloucester Crown Court today.
            """)
    void reportingRestrictionsRaiseTheRisk(String text) {
        assertThat(detector.detect(text, withCases(List.of("Section 45 order: no identification of the youth"))))
                .extracting(Finding::rule)
                .containsExactly("contempt.reporting-restriction");
    }

    /**
     * Anyone on the staff may check a post, but only reviewers and professional standards may see who a case
     * protects: the finding says the name must not be used, not which case or why (complainant or child).
     */
    @Test
    void aProtectedPersonsFindingDoesNotSayWhichCaseOrWhy() {
        assertThat(detector.detect("Thanks to Megan Hart for her bravery.", withCases(List.of())))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.reason() + " " + f.suggestion())
                            .doesNotContain("GC-2025-0142")
                            .doesNotContainIgnoringCase("complainant")
                            .doesNotContainIgnoringCase("child")
                            .doesNotContain("wounding");
                    assertThat(f.reason()).contains("must not be identified");
                });
    }
}
