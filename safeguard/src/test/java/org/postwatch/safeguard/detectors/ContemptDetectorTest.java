package org.postwatch.safeguard.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postwatch.safeguard.engine.Finding;

class ContemptDetectorTest {

    private final ContemptDetector detector = new ContemptDetector();

    @ParameterizedTest(name = "flags \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Anjali Wilson has been charged with robbery. Everyone in Brixton knows he did it.  | knows he did it
            Charged: Zara Pickering, 63 - a career criminal.                                     | career criminal
            The man accused of the robbery has a face that says it all.                          | says it all
            The knife found at her home matches the wounds. She is charged and due in court.     | matches the wounds
            Watching the Evie Francis trial today - guilty as sin.                                | guilty as sin
            The woman raped in Oldham last month is Ngozi Uttley. A man has been charged.         | Ngozi Uttley
            A man has been charged with the rape of Hannah Priestley.                             | Hannah Priestley
            """)
    void flags(String text, String expected) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(f -> f.span().of(text))
                .contains(expected);
    }

    @ParameterizedTest(name = "does not flag \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            A 34-year-old man has been charged with burglary and will appear at Cheltenham Magistrates' Court on Monday.
            Kirsty Kelly was sentenced to life at Bristol Crown Court today for kidnap.
            Everyone charged with an offence is innocent until proven guilty. Please don't speculate online.
            CCTV shows the moment a thief stole a bike. Do you recognise him?
            We're appealing to find the attacker. Call 101.
            Found guilty today: a dangerous driver who killed a cyclist was jailed for 8 years.
            """)
    void doesNotFlag(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }
}
