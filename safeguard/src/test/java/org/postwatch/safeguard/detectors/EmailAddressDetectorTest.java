package org.postwatch.safeguard.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postwatch.safeguard.engine.Finding;

class EmailAddressDetectorTest {

    private final EmailAddressDetector detector = new EmailAddressDetector();

    @ParameterizedTest(name = "flags \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Email jane.smith84@gmail.com with footage          | jane.smith84@gmail.com
            Contact bob@smithplumbing.co.uk for the rota      | bob@smithplumbing.co.uk
            ask dave@farmwatch-dales.example.org about it      | dave@farmwatch-dales.example.org
            write to farm@gmail.com for the eggs               | farm@gmail.com
            send to shanicex_uk@googlemail.com.                 | shanicex_uk@googlemail.com
            footage to dazza.b (at) hotmail (dot) co (dot) uk pls | dazza.b (at) hotmail (dot) co (dot) uk
            drop me a line: mel_r91 at gmail dot com          | mel_r91 at gmail dot com
            contact tomek.k [at] outlook [dot] com            | tomek.k [at] outlook [dot] com
            reply to kelly.b at sky dot com if you saw it      | kelly.b at sky dot com
            email pete dot jones at gmail dot com              | pete dot jones at gmail dot com
            send footage to jo.smith @ gmail.com               | jo.smith @ gmail.com
            ping me: ricky_h @talktalk.net                     | ricky_h @talktalk.net
            his address was team.jones@hotmail.co.uk           | team.jones@hotmail.co.uk
            write to k.okafor at btinternet dot com            | k.okafor at btinternet dot com
            mail sarah_j85 AT yahoo DOT co DOT uk today        | sarah_j85 AT yahoo DOT co DOT uk
            student (d.oconnell@student.leeds.ac.uk) reported it | d.oconnell@student.leeds.ac.uk
            her NHS mail is sarah.doyle7@nhs.net               | sarah.doyle7@nhs.net
            the nurse, r.patel@nhs.net, wants an update        | r.patel@nhs.net
            """)
    void flags(String text, String expected) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(f -> f.span().of(text))
                .contains(expected);
    }

    @ParameterizedTest(name = "does not flag \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Email media@south-wales.police.uk for press enquiries.
            Contact safer.roads@gmp.pnn.police.uk about speed watch.
            Write to jane.smith@gloucestershire.police.uk
            Email licensing@stroud.gov.uk
            Email info@communitycentre.org.uk to book.
            Follow us @GlosPolice for updates.
            Meet us at the Guildhall at 7pm, or email us at gmail dot com scams advice.
            Officers were at Gmail's offices at 10am.
            Scam texts sometimes claim to be from Gmail or Outlook. Don't reply.
            Book a stall via events.team@ourvillagefete.org.uk
            Questions? community-safety@examplehousing.co.uk can help.
            Write to neighbourhood.policing@examplecharity.org
            Email safer.neighbourhoods@police.scot about the event.
            Report it to hate.crime@examplecouncil.org.uk in confidence.
            Student welfare: enquiries@leeds.ac.uk or security.team@manchester.ac.uk.
            Complaints to pals@nhs.net or the PALS team.
            The charity's supportline@victimcare.example.org.uk is staffed 24 hours.
            Our partners can be emailed at asbteam@wirral.example.org.uk.
            To join the alert group, email farmwatch@dales-rural.example.org. Free to join.
            Want to volunteer? Email speedwatch@cumbria-csw.example.org
            Licensees can reach pubwatch@kendal.example.org.uk or shopwatch@kendal.example.org.uk.
            Write to john.smith@gloucestershire.police.uk or j.smith@stroud.gov.uk.
            """)
    void doesNotFlag(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }

    // "İ" lower-cases to two characters: positions found in the lower-case post must still fit the original.
    @Test
    void findsASpeltOutAddressAfterLettersThatGrowInLowerCase() {
        String text = "İ".repeat(100) + " jo at gmail dot com";
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(f -> f.span().of(text))
                .containsExactly("jo at gmail dot com");
    }
}
