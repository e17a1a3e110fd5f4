package org.postwatch.safeguard.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postwatch.safeguard.engine.AnalysedText;

/** Round 24: which posts the contempt meaning head does not read because they are only a neutral charge post. */
class NeutralChargePostTest {

    @ParameterizedTest(name = "neutral: \"{0}\"")
    @ValueSource(
            strings = {
                "A 62-year-old woman from March has been charged with theft by employee in connection with a garden centre in the town. She will appear at Peterborough Magistrates' Court on 2 April.",
                "Two men have been charged with conspiracy to steal following an investigation in Boston. Both have been remanded in custody to appear at Lincoln Crown Court on Monday.",
                "Dean Farrow, 33, of Barry, has been charged with possession of a bladed article. He is due at Cardiff Magistrates' Court tomorrow.",
                "A man has been charged in connection with a fire at a flat in Elgin. He is expected to appear at Elgin Sheriff Court on Monday. Enquiries are ongoing.",
            })
    void aChargeAndItsCourtDateAlone(String text) {
        assertThat(NeutralChargePost.only(text)).isTrue();
        assertThat(new ContemptDetector().vetoesModel(AnalysedText.of(text))).isTrue();
    }

    @ParameterizedTest(name = "read by the head: \"{0}\"")
    @ValueSource(
            strings = {
                // something said beyond the charge
                "A 41-year-old man has been charged with theft from a chemist in Carlisle. He has more than 40 previous convictions.",
                "A 39-year-old man has been charged with burglary after CCTV caught him in the act. He will appear at Hull Magistrates' Court on Monday.",
                "A man has been charged with assaulting his wife at their family home in Leek. He will appear at North Staffordshire Justice Centre on Friday.",
                "A 30-year-old man has been charged with sexual assault. He will appear at Truro Magistrates' Court on 5 May.",
                "A 25-year-old man has been charged with robbery. Finally, justice for the shop staff.",
                "A man has been charged with robbery. We all know what he is like.",
                // no charge at all
                "A 34-year-old man from Stroud has been arrested on suspicion of burglary and released on bail.",
                "She will appear at Cambridge Magistrates' Court on 14 May.",
            })
    void anythingMoreIsReadAsBefore(String text) {
        assertThat(NeutralChargePost.only(text)).isFalse();
    }

    @Test
    void aLongPostIsNotReadAtAll() {
        String text = "A man has been charged with theft. ".repeat(20);
        assertThat(NeutralChargePost.only(text)).isFalse();
        String huge = "A man has been charged with " + "theft and ".repeat(7000) + "fraud.";
        assertThat(NeutralChargePost.only(huge)).isFalse();
    }
}
