package org.postwatch.safeguard.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postwatch.safeguard.engine.Finding;

class LinkDetectorTest {

    private final LinkDetector detector = new LinkDetector();

    @ParameterizedTest(name = "flags \"{0}\" as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            More at bit.ly/3xYz9 today                      | link.shortener
            See https://tinyurl.com/abc123.                 | link.shortener
            Details: t.co/AbCdEf                            | link.shortener
            Buy tickets at www.cheap-tickets.example.com    | link.outside-allow-list
            Read https://randomblog.net/post/1              | link.outside-allow-list
            """)
    void flags(String text, String rule) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .containsExactly(rule);
    }

    @ParameterizedTest(name = "does not flag \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Apply at www.gloucestershire.police.uk/careers
            Report at https://www.actionfraud.police.uk/
            Advice at www.gov.uk/report-fraud and nhs.uk
            Call Crimestoppers or visit crimestoppers-uk.org
            Partner news at https://glos.example.org/news
            We arrested 3 people e.g. in Quedgeley at 10.30am.
            Email media@south-wales.police.uk
            It was late.It was dark.
            """)
    void doesNotFlag(String text) {
        assertThat(detector.detect(text, Situations.corporatePost())).isEmpty();
    }

    // Round 9: official and safeguarding sites force posts point to, and the force's own accounts on social
    // platforms (the handle says police). A shortener, a post on a platform, or another account is still flagged.
    @ParameterizedTest(name = "round 9, not flagged: \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Age-by-age online safety guides at www.thinkuknow.co.uk/parents
            Report hate crime online at https://www.report-it.org.uk
            Check a firm before you invest: www.fca.org.uk/scamsmart
            How to register to vote: electoralcommission.org.uk
            Our horses have their own page: facebook.com/ValeMountedPolice
            Subscribe at https://www.youtube.com/@NorthmoorConstabulary/
            Watch our team on tiktok.com/@ruralpcsoteam
            Sgt Byrne is cycling coast to coast: justgiving.com/page/byrne-c2c
            Roadworks on the A14 tonight: check nationalhighways.co.uk before you travel
            Join a watch scheme near you at www.ourwatch.org.uk
            Free support after a road death: https://www.brake.org.uk/get-support
            Find your polling station at wheredoivote.co.uk before Thursday.
            Guidance for Scottish landlords: www.mygov.scot/landlord-registration
            Road closures in Wales are listed on traffic.wales
            """)
    void roundNineAllowed(String text) {
        assertThat(detector.detect(text, Situations.corporatePost())).isEmpty();
    }

    @ParameterizedTest(name = "round 9, still flags \"{0}\" as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Watch the clip: youtube.com/watch?v=Qx81Lm                  | link.outside-allow-list
            Follow instagram.com/ravensbrook_bargains for deals         | link.outside-allow-list
            See facebook.com/ValeMountedPolice/posts/8812 for photos    | link.outside-allow-list
            Our page: bit.ly/valepolice                                 | link.shortener
            Tickets at www.eventsnow-example.com/police-ball            | link.outside-allow-list
            """)
    void roundNineStillFlagged(String text, String rule) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .containsExactly(rule);
    }

    // Round 10: national helplines and public services that safety posts signpost (suicide prevention, rough sleeping,
    // the police wellbeing service, animal welfare, motorcycle safety, street faults).
    @ParameterizedTest(name = "round 10, not flagged: \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Webchat for men who are struggling: www.thecalmzone.net/help
            Worried about a young person? papyrus-uk.org has advice
            Seen someone sleeping rough in the cold? www.streetlink.org.uk
            Broken streetlight? Tell the council at fixmystreet.com
            Book an advanced riding day at https://www.bikesafe.co.uk
            Support for families of problem drinkers: www.al-anonuk.org.uk
            Free gambling support at gamcare.org.uk
            """)
    void roundTenAllowed(String text) {
        assertThat(detector.detect(text, Situations.corporatePost())).isEmpty();
    }

    // Round 15: the Scottish, Welsh and Northern Irish counterparts of listed public services (rail operators, road
    // and flood warnings) and national hill and rural-crime safety services. A force's own local alert site is still
    // the force's to add in its profile.
    @ParameterizedTest(name = "round 15, not flagged: \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Engineering works between Perth and Inverness: plan ahead at scotrail.co.uk
            Changes to services on the Cambrian line: www.tfw.wales
            Extra trains for the Balmoral Show, times at translink.co.uk
            Road closures across Northern Ireland: trafficwatchni.com
            Check flood warnings at sepa.org.uk before you travel
            River levels in Wales: naturalresources.wales/flooding
            Check the hill forecast first: mwis.org.uk
            Protect your farm machinery: ruralcrime.uk
            """)
    void roundFifteenAllowed(String text) {
        assertThat(detector.detect(text, Situations.corporatePost())).isEmpty();
    }

    @ParameterizedTest(name = "round 15, still flags \"{0}\" as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Sign up for village alerts at cumbriacommunitymessaging.co.uk   | link.outside-allow-list
            Cheap rail tickets at scotrail-deals.co.uk                     | link.outside-allow-list
            """)
    void roundFifteenStillFlagged(String text, String rule) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .containsExactly(rule);
    }

    // Round 17: the Illegal Money Lending Team and the online-safety services cyber-crime posts signpost; a lookalike
    // domain is still flagged.
    @ParameterizedTest(name = "round 17, not flagged: \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Borrowed from a loan shark? Call the team or visit stoploansharks.co.uk
            Parental controls explained at www.internetmatters.org/parental-controls
            Resources for schools at childnet.com
            Check whether your e-mail was in a breach: haveibeenpwned.com
            Find out about the #KnifeFree campaign at knifefree.co.uk
            """)
    void roundSeventeenAllowed(String text) {
        assertThat(detector.detect(text, Situations.corporatePost())).isEmpty();
    }

    @ParameterizedTest(name = "round 17, still flags \"{0}\" as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Quick cash today at stoploansharks-loans.co.uk     | link.outside-allow-list
            """)
    void roundSeventeenStillFlagged(String text, String rule) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .containsExactly(rule);
    }

    // Round 23 (blind23): the Home Office's PCC election site is on the shipped allow-list.
    @ParameterizedTest(name = "round 23, not flagged: \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Find out about the candidates for Police and Crime Commissioner at choosemypcc.org.uk
            """)
    void roundTwentyThreeAllowed(String text) {
        assertThat(detector.detect(text, Situations.corporatePost())).isEmpty();
    }
}
