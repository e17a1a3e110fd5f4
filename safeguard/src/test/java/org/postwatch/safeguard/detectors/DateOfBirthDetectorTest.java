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
            he says he was born on the 2nd of May 1950 | 2nd of May 1950
            DOB 04-Sep-1988                       | 04-Sep-1988
            born 11 Feb 52, lives alone           | 11 Feb 52
            date-of-birth 1991/07/23              | 1991/07/23
            a dob of 3.4.39 was given             | 3.4.39
            birth date: 19 Oct 2003               | 19 Oct 2003
            Wanted: Craig Dunstable, 14/09/1984, of no fixed abode  | 14/09/1984
            Nasir Qaderi (22.10.1979) is being sought              | 22.10.1979
            Jane Smith (b. 3/4/91) is missing                      | 3/4/91
            Tom Hill, born Tuesday 7 April 1992, has not been seen | 7 April 1992
            her date of birth is the 3rd of April 1991             | 3rd of April 1991
            Edna Scholes, 4 June 1931, celebrated with the team     | 4 June 1931
            Gavin Loxley, 5.11.79, of Tewkesbury                  | 5.11.79
            the man gave his date of birth as 14th May 1988        | 14th May 1988
            she gave her DOB as 02/02/2002 to officers              | 02/02/2002
            Ifeoma Nwosu, aged 34 (born 1990), has not been seen    | 1990
            The man, Peter Oduya, born 1988, was arrested           | 1988
            Wanted: Lee Pascoe (b. 1979) has links to Truro         | 1979
            DOB: 1985, no fixed abode                              | 1985
            born on the fourteenth of March two thousand and nine, last seen in Rhyl | fourteenth of March two thousand and nine
            Amber Whitlow (DOB: twenty-second of July, 2008) may be in Blackpool     | twenty-second of July, 2008
            he was born on the third of June nineteen fifty-one                      | third of June nineteen fifty-one
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
            Happy birthday to the Specials, born in 1831!
            Our new station opened on 3 March 1999.
            The festival takes place on Saturday 14 June 2025.
            PD Kaiser (born 3 May 2016) hangs up his harness today.
            Our police dog Rex, born 12 June 2019, retires this week.
            PC Jane Smith, 12/03/24 shift, was commended.
            Open day at the station, 14/06/2025, all welcome.
            Jack Frost (12.12.24) brought ice to the roads.
            Born in 1990? You could be eligible for our apprenticeship.
            People born before 1960 should watch out for pension scams.
            Anyone born 2008 or later can't buy tobacco.
            Happy birthday 2025 to all our summer babies.
            The Specials were born on the first of May, a day of celebration.
            On the fourteenth of March two thousand and nine the station opened.
            """)
    void doesNotFlag(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }

    // Round 24: a date of birth set off by a comma after "date of birth" or "DOB", or "which was" after the comma; not
    // "date of birth" in a list of things, nor a number that is no date.
    @ParameterizedTest(name = "round 24: flags \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            He gave his name and date of birth, 22/09/1981, to the officers.       | 22/09/1981
            Her DOB, 7 March 1955, was printed on the stolen letter.               | 7 March 1955
            The fraudster already knew her date of birth, which was 30.01.1972.   | 30.01.1972
            """)
    void flagsADateAfterACommaRound24(String text, String expected) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(f -> f.span().of(text))
                .contains(expected);
    }

    @ParameterizedTest(name = "round 24: does not flag \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Never share your date of birth, passwords or PIN with a cold caller.
            We asked for her name and date of birth, 2 forms of ID and proof of address.
            Have your name and date of birth, 2025 application number and passport to hand.
            """)
    void doesNotFlagAListAfterACommaRound24(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }
}
