package org.postwatch.safeguard.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postwatch.safeguard.engine.Finding;

class PhoneNumberDetectorTest {

    private final PhoneNumberDetector detector = new PhoneNumberDetector();

    @ParameterizedTest(name = "flags \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Call Sam on 07700 900123 tonight                         | 07700 900123
            ring +44 7700 900456 now                                  | +44 7700 900456
            mobile 07452-482485.                                      | 07452-482485
            landline (0121) 496 0586 please                           | (0121) 496 0586
            owner on 01632960001                                      | 01632960001
            text 0044 7911 123456 if seen                             | 0044 7911 123456
            Owner's mobile: 0 7 7 0 0 9 0 0 7 1 2 - after 6pm         | 0 7 7 0 0 9 0 0 7 1 2
            ring 0 7700 900461 if you find her                        | 0 7700 900461
            """)
    void flags(String text, String expected) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(f -> f.span().of(text))
                .contains(expected);
    }

    @ParameterizedTest(name = "does not flag \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Call 999 in an emergency or 101 otherwise.
            Crimestoppers: 0800 555 111, anonymously.
            Call NHS 111 or 105 for a power cut.
            Our switchboard is 01452 726920.
            Action Fraud: 0300 123 2040
            Quote reference 5223466483 please.
            Quote incident 20201052-667 when you call.
            Crime reference 13/651490/22
            Results: 12 arrests, 3 knives, 2kg cannabis.
            Scores: 0 1 2 3 4 5 6 7 8 9 on the board.
            It finished 2-0 7 times in a row.
            """)
    void doesNotFlag(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }

    // Round 9: a landline the post gives as the force's own ("ring our switchboard on", "call us on") is not
    // personal data, even when the force profile does not list it. A mobile, or a person's number, still is.
    @ParameterizedTest(name = "force's own line, not flagged: \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Ring our switchboard on 01632 960 444 and ask for the rural team.
            Questions about the event? Call us on 0161 496 0222 during office hours.
            Our front desk: (01632) 960 777, open 8am to 8pm.
            The switchboard number is 020 7946 0333 for all non-urgent calls.
            You can phone us at 01632 960 888 to book a bike marking slot.
            Journalists: contact the press office on 01632 960 310 out of hours.
            Anyone with information should call the incident room on 0161 496 0550, quoting Operation Birch.
            Our media team line is 020 7946 0412 for reporters only.
            The Cyber Protect team's public advice line is 0161 496 0000 during office hours.
            The anti-social behaviour helpline is 01632 960 000, Monday to Friday.
            Our partners' support line, 0113 496 0500, is open until 8pm.
            """)
    void forceOwnLine(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }

    @ParameterizedTest(name = "still flags \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Call us on 07700 900 555 any time, it's my work mobile.        | 07700 900 555
            If you found her dog, ring Mrs Avery on 01632 960 919.          | 01632 960 919
            Ring our switchboard on 101, or the victim's son on 01632 960 212. | 01632 960 212
            His number, 0161 496 0777, was passed to the gang.              | 0161 496 0777
            Contact the press office on 01632 960 310, or his mother on 07700 900 123. | 07700 900 123
            The incident room is busy, so ring the victim's brother on 0161 496 0999. | 0161 496 0999
            Ring my direct line, 0161 496 0123, if you saw anything.        | 0161 496 0123
            The helpline is 0800 1111, or ring her daughter on 07700 900 321. | 07700 900 321
            """)
    void personalLineStillFlagged(String text, String expected) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(f -> f.span().of(text))
                .contains(expected);
    }

    // Round 14: a landline given for a team or office of the force ("our ... team on") or of a council is not a
    // person's number. A team that is neither ("Dave from the football team on") is not excused.
    @ParameterizedTest(name = "round 14: a team's line, not flagged: \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            You can reach our firearms licensing team on 01452 754345, Monday to Friday 9am to 4pm.
            For questions about your certificate, ring our firearms licensing unit on 01392 226000.
            Our property office on 0161 856 4010 can tell you whether your bike has been handed in.
            Abandoned vehicles: ring the district council's environmental services team on 01603 430100.
            Noise is dealt with by the council's environmental health team. You can contact them on 01225 394041.
            Graffiti on a council wall? That's for the street cleansing service. Contact them on 0113 222 4407.
            """)
    void teamLineRound14(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }

    @ParameterizedTest(name = "round 14: still flags \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Ring Dave from the football team on 01632 960 111 if you found his bag.          | 01632 960 111
            Our officers spoke to her. You can contact them on 01632 960 212.                | 01632 960 212
            Her parents run the shop with her brother's team. Contact them on 01632 960 313.  | 01632 960 313
            Ring our team on 07700 900 555, it's the sergeant's own mobile.                  | 07700 900 555
            """)
    void stillFlagsRound14(String text, String expected) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(f -> f.span().of(text))
                .contains(expected);
    }

    // Round 19 (blind19): a police unit named by its proper name before a landline is the force's own line; a name in
    // lower case, a team that is not a policing one, or a mobile is still flagged.
    @ParameterizedTest(name = "round 19: a unit's line, not flagged: \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Please contact the Serious Collision Investigation Unit on 0161 856 4741 quoting incident 3208.
            Dashcam footage? Send it to the Roads Policing Unit on 01244 613 000, quoting log 77.
            Anyone offered cheap quad bikes should call the Rural Crime Team on 01267 226 440.
            """)
    void unitLineRound19(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }

    @ParameterizedTest(name = "round 19: still flags \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Ring Gaz from the Sunday League Team on 01632 960 414 if you found his boots.   | 01632 960 414
            Call the Serious Collision Investigation Unit on 07700 900 616, my own mobile.  | 07700 900 616
            Ring the collision unit lads on 01632 960 515, Steve's home number.              | 01632 960 515
            """)
    void stillFlagsRound19(String text, String expected) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(f -> f.span().of(text))
                .contains(expected);
    }

    // Round 14 (fix14a): a UK number said in words ("oh" and "nought" for zero, "double" before a digit), grouped by
    // spaces, commas or dashes; 10 or 11 digits starting 01, 02 or 07.
    @ParameterizedTest(name = "fix14a: flags \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The witness can be reached on zero seven seven zero zero, nine zero zero, one two three.  | zero seven seven zero zero, nine zero zero, one two three
            Text him on oh seven seven double oh nine oh oh four five six if you see the van.         | oh seven seven double oh nine oh oh four five six
            Ring Zero One Two One - Four Nine Six - Zero Zero One Two and ask for Pat.                | Zero One Two One - Four Nine Six - Zero Zero One Two
            Her number is nought seven nine one one, one two three four five six.                     | nought seven nine one one, one two three four five six
            """)
    void spokenNumberFix14a(String text, String expected) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(f -> f.span().of(text))
                .contains(expected);
    }

    @ParameterizedTest(name = "fix14a: not a number: \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Three, two, one, zero... and the new bikes are out! Officers will patrol on two wheels from today.
            We had nine calls, seven arrests and two warrants executed in one shift. Zero tolerance on drugs.
            Oh seven people turned up to the surgery, thank you all.
            Zero two one zero one is not a phone number, it is our training code.
            Countdown: ten, nine, eight, seven, six, five, four, three, two, one, zero!
            Call zero eight zero zero, five five five, one one one for Crimestoppers.
            """)
    void spokenNotANumberFix14a(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }

    // Round 23 (blind23): a police station's own landline, given as where it "can be reached"; a person's stays
    // flagged.
    @ParameterizedTest(name = "round 23: the station's line is not flagged: \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The front desk at Yeovil police station can be reached on 01935 415200 during opening hours.
            Can't get through on 101? Kendal police station can be contacted on 01539 722611 in office hours.
            """)
    void stationLineRound23(String text) {
        assertThat(detector.detect(text, Situations.corporatePost())).isEmpty();
    }

    @ParameterizedTest(name = "round 23: still flags \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Dave from the police station can be reached on 07700 900123 if you want to buy his car.
            """)
    void personStillFlaggedRound23(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isNotEmpty();
    }
}
