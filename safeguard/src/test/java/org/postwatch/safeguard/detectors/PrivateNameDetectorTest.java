package org.postwatch.safeguard.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postwatch.safeguard.engine.Finding;

class PrivateNameDetectorTest {

    private final PrivateNameDetector detector = new PrivateNameDetector();

    @ParameterizedTest(name = "flags \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Victim Sarah Jenkins, 45, was shaken                     | Victim Sarah Jenkins
            Leanne Fraser, 42, from Headingley, was punched           | Leanne Fraser
            Wanted: Jade Green, 22, has links to Croydon              | Jade Green
            Jordan Pike, from Stroud, is wanted for failing to appear | Jordan Pike
            The driver, named locally as Stephen Ogundipe, died       | Stephen Ogundipe
            Shout out to Mrs Patterson who called us                  | Mrs Patterson
            Please share: Lily Evans, 8, has not been seen. Lily may be with friends. | Lily
            """)
    void flags(String text, String expected) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(f -> f.span().of(text))
                .contains(expected);
    }

    @ParameterizedTest(name = "does not flag \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            PC Jones said the road would reopen soon.
            DCI Griffiths led the investigation.
            Sergeant Amy Patel received a commendation.
            Chief Constable Sarah Crew thanked staff.
            PD Bella passed her licensing today with PCSO Kowalski.
            A 34-year-old man from Stroud has been charged.
            Burst water main on Victoria Road near Grace Park.
            Our officers visited St Mary's Primary today.
            Inspector Lisa Clarke is the new neighbourhood inspector.
            New officer for Hesters Way: PC Daniel Morgan joins the team.
            Moss Side police station's front office is closed.
            """)
    void doesNotFlag(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }
}
