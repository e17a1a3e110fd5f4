package org.postwatch.safeguard.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postwatch.safeguard.engine.Finding;

class VehicleRegistrationDetectorTest {

    private final VehicleRegistrationDetector detector = new VehicleRegistrationDetector();

    @ParameterizedTest(name = "flags \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Reg LE62 APH, a maroon Peugeot 208, was seen        | LE62 APH
            registration TG17 KBY recovered                     | TG17 KBY
            stopped in a black BMW (K104RLA)                    | K104RLA
            an old Escort ABC 123D was taken                    | ABC 123D
            private plate, reg W1 EMA                           | W1 EMA
            number plate: ABC 123                               | ABC 123
            seen in Newry, a black Audi, KLZ 4821               | KLZ 4821
            the motorbike was GHZ 7362, an NI reg               | GHZ 7362
            carries AZ 9012 on the trailer                      | AZ 9012
            Stolen overnight: white Transit, ab12cde.           | ab12cde
            grey audi sn21 ovp on the zigzags again             | sn21 ovp
            silver Fiesta Lm18Kcv drove off                     | Lm18Kcv
            Blue Corsa - BD51-SMR - failed to stop              | BD51-SMR
            a black BMW with plates SK18-OWP                    | SK18-OWP
            a car with plate number L 592 FPE was stolen        | L 592 FPE
            registration number P 417 KDR, said a witness       | P 417 KDR
            the van is a white transit, ka 67 bxz, by the rec   | ka 67 bxz
            a silver Astra, KA 67 BXZ, parked on the kerb       | KA 67 BXZ
            """)
    void flags(String text, String expected) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(f -> f.span().of(text))
                .contains(expected);
    }

    @ParameterizedTest(name = "does not flag \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            PC 1234 and PCSO 5678 attended.
            Please quote 20CV/008480E/21 when contacting us.
            A silver Toyota Prius was stolen from a driveway.
            Junction 12 of the M5 is closed.
            Cold callers have been reported in SW2 and GL5.
            Sgt 4021 Patel led the team.
            The KIA 2019 Sportage is a target for keyless thieves.
            The UI 3.0 update is out.
            Our yr10 kid talk went well at the academy.
            Product code ab12cde is out of stock.
            We spoke to Year 11 pupils (yr11 abc group) about knives.
            A Volvo xc60 for sale on Facebook turned out to be a scam.
            Our new BMW patrol cars arrived today - sn73 and sn74 plates!
            Our force code is PW-2024 and our reference is CR-5521-X.
            Operation code A 123 was used in the 1990s.
            The X43 and 38 buses are diverted via Station Road.
            Stagecoach have suspended route 214 after an assault.
            The van will be at the market on 12 dec and by 25 jan.
            Our car boot sale is on 21 may at the station.
            """)
    void doesNotFlag(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }

    // mend14b (review of round 14): a mark given as an example of a shape ("such as", "e.g.", "like"), not a
    // vehicle's; a witness's "looked like" still is one.
    @ParameterizedTest(name = "mend14b: no mark in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Registration number plates with a hyphen such as AB12-CDE are not legal
            Stylised plates, e.g. AB12 CDE in an italic font, will fail the MOT.
            Plates like 'AB12 CDE' with the spacing moved are an offence.
            """)
    void doesNotFlagMend14(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }

    @ParameterizedTest(name = "mend14b: still flags \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The plate looked like AB12 CDE but the witness wasn't sure.
            Have you seen a black Audi, registration AB12 CDE?
            """)
    void stillFlagsMend14(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isNotEmpty();
    }

    // Round 24 (blind24b): part of a plate identifies no one.
    @org.junit.jupiter.params.ParameterizedTest(name = "round 24: a partial plate is not flagged in \"{0}\"")
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {
                "A white Transit was taken from Mill Lane in Settle overnight, partial reg WR21. Call 101.",
                "The car's registration starting KM17 was seen on the A59 near Skipton.",
                "Partial plate: DN19, dark blue Astra. Any dashcam to 101 please.",
            })
    void aPartialPlateIsNotFlaggedRound24(String text) {
        assertThat(detector.detect(text, org.postwatch.safeguard.engine.CheckContext.defaults()))
                .isEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "round 24: a whole plate still is in \"{0}\"")
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {
                "Partial plate was wrong: the full reg is WR21 KXT.",
                "Reg starting with the full WR21 KXT, stolen."
            })
    void aWholePlateIsStillFlaggedRound24(String text) {
        assertThat(detector.detect(text, org.postwatch.safeguard.engine.CheckContext.defaults()))
                .isNotEmpty();
    }
}
