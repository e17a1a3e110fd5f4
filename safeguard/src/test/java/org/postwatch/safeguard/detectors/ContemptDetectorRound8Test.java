package org.postwatch.safeguard.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postwatch.safeguard.engine.Finding;

/**
 * Round 8: "a conviction for" is the accused's record only when it is his: a conviction the team has just secured,
 * won or obtained is a result, even with a sentencing date still to come.
 */
class ContemptDetectorRound8Test {

    private final ContemptDetector detector = new ContemptDetector();

    @ParameterizedTest(name = "does not flag \"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Well done to the team who secured a conviction for the Brayford Road attack. The defendant will be sentenced on 4 August.
            Months of work by CID secured a conviction for robbery today. He will be sentenced at Lincoln Crown Court next month.
            Her evidence led to a conviction for rape at Truro Crown Court. The defendant will be sentenced in May.
            The case we built obtained a conviction for fraud; the defendant is due to be sentenced at Exeter Crown Court.
            Our officers won a conviction for dangerous driving at Derby Crown Court and he will be sentenced on Friday.
            """)
    void aConvictionTheTeamSecuredIsNotARecord(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Charged with wounding and due at Hull Crown Court. He already has a conviction for a knife attack.   | contempt.previous-convictions
            The woman charged with theft, due at Exeter court on Monday, has a conviction for shoplifting.       | contempt.previous-convictions
            """)
    void theAccusedsOwnConvictionStillCounts(String text, String rule) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .contains(rule);
    }
}
