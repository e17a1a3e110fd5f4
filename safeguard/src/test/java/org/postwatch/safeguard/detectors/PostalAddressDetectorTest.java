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
            Car abandoned outside no. 7 Heol y Felin overnight        | no. 7 Heol y Felin
            Fire reported at 22 Ffordd Las, Rhyl                      | 22 Ffordd Las, Rhyl
            Someone keeps knocking at 31 maple avenue late at night   | 31 maple avenue
            Warrant executed at Flat 3/2, 41 Leith Walk               | Flat 3/2, 41 Leith Walk
            Disturbance at Flat C, 9 Kingsway                         | Flat C, 9 Kingsway
            Burglary at Ivy Cottage, 4 Mill Lane, Painswick           | Ivy Cottage, 4 Mill Lane, Painswick
            Fire at The Old Forge, 12 High Street                     | The Old Forge, 12 High Street
            the van is parked at number 14 Orchard Close              | number 14 Orchard Close
            Door kicked in at No.6 Linden Avenue last night           | No.6 Linden Avenue
            Search continuing at 4 Helvellyn Mount, Keswick today     | 4 Helvellyn Mount, Keswick
            The van was taken from outside 18 Hollin Brow overnight   | 18 Hollin Brow
            Fire crews were called to 7 Ashby Fold at 2am             | 7 Ashby Fold
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
            We visited 5 high street shops today to talk about shoplifting.
            Officers closed 2 side roads near the school.
            Tourists queued outside 10 Downing Street for photos.
            Speeds of 1.5 Church Lane residents said were fine.
            Tickets cost £12 Saturday and Sunday.
            Litter pick on Eastgate Street and Brunswick Road on Saturday.
            """)
    void doesNotFlag(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }

    // The detector only runs its venue search when the post holds one of the venue words: each must still count, in
    // any letter case, and a post without one is someone's home.
    @ParameterizedTest(name = "\"{0}\" at an address is a venue: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Drop in to the library at 12 Church Lane on Saturday                 | LOW
            Surgery at the Community Centre, 4 Mill Lane, Painswick              | LOW
            Meet us at the community center, 4 Mill Lane                         | LOW
            Coffee morning in the COMMUNITY HALL, 4 Mill Lane                    | LOW
            Village hall, 4 Mill Lane: beat surgery 2pm                          | LOW
            Church Hall at 4 Mill Lane from 10am                                 | LOW
            The police station at 4 Mill Lane is open                            | LOW
            Cycle marking drop-in at 4 Mill Lane                                 | LOW
            Pop-Up stand at 4 Mill Lane today                                    | LOW
            Our event at 4 Mill Lane starts at noon                              | LOW
            Find our stall at 4 Mill Lane                                        | LOW
            Cuppa with a copper at the Cafe, 4 Mill Lane                         | LOW
            Leisure Centre, 4 Mill Lane: water safety talk                       | LOW
            Town Hall, 4 Mill Lane, Stroud this evening                          | LOW
            Farmers market at 4 Mill Lane                                        | LOW
            Open day at 4 Mill Lane                                              | LOW
            Fun Day at 4 Mill Lane                                               | LOW
            School hall, 4 Mill Lane from 6pm                                    | LOW
            Front counter at 4 Mill Lane closes at 5                             | LOW
            Front desk at 4 Mill Lane closes at 5                                | LOW
            Enquiry office at 4 Mill Lane closes at 5                            | LOW
            Officers were called to 4 Mill Lane last night                       | HIGH
            Officers were called to 4 Mill Lane after the events                 | HIGH
            """)
    void venueWords(String text, String severity) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .filteredOn(f -> f.rule().equals("personal-data.street-address"))
                .extracting(f -> f.severity().name())
                .containsExactly(severity);
    }
}
