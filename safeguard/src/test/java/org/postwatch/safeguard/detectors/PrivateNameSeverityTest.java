package org.postwatch.safeguard.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postwatch.safeguard.engine.Finding;
import org.postwatch.safeguard.engine.Severity;

class PrivateNameSeverityTest {

    private final PrivateNameDetector detector = new PrivateNameDetector();

    @ParameterizedTest(name = "{1} for \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Thanks to Olivia Stewart (9) from Beaumont Primary for handing in a wallet.        | CRITICAL
            The schoolgirl, Amelia Rowntree, was walking home when she was approached.         | CRITICAL
            The woman raped in Oldham last month is Ngozi Uttley.                               | CRITICAL
            RIP Emily Wood. Killed by a drunk driver on Vicarage Lane.                          | HIGH
            Wanted: Lily Illingworth, 54, has links to Huddersfield.                            | MEDIUM
            Contact Morag Jones for the neighbourhood watch rota.                               | MEDIUM
            """)
    void severityFollowsWhoIsNamed(String text, Severity expected) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::severity)
                .first()
                .isEqualTo(expected);
    }
}
