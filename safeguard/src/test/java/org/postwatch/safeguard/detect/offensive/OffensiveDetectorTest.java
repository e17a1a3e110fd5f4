package org.postwatch.safeguard.detect.offensive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.postwatch.safeguard.engine.CheckContext;
import org.postwatch.safeguard.engine.Finding;

class OffensiveDetectorTest {

    private static final OffensiveDetector DETECTOR = new OffensiveDetector();

    private static List<Finding> check(String text) {
        return DETECTOR.detect(text, CheckContext.defaults());
    }

    @ParameterizedTest(name = "flags [{0}] as {1} on \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Get lost you fucking idiot                                 | offensive.profanity     | fucking
            fuuuuuck this                                              | offensive.profanity     | fuuuuuck
            what a load of sh1t                                        | offensive.profanity     | sh1t
            f.u.c.k the lot of them                                    | offensive.profanity     | f.u.c.k
            you absolute c u n t                                       | offensive.profanity     | c u n t
            he is a f**king disgrace                                   | offensive.profanity     | f**king
            stupid @sshole driver                                      | offensive.profanity     | @sshole
            ｆｕｃｋ off                                                 | offensive.profanity     | ｆｕｃｋ
            what a сunt                                                | offensive.profanity     | сunt
            what a cu\u200Bnt                                          | offensive.profanity     | cu\u200Bnt
            some paki was arrested                                     | offensive.slur          | paki
            these f4gg0ts again                                        | offensive.slur          | f4gg0ts
            look at that retard                                        | offensive.slur          | retard
            the suspect is a total scumbag                             | offensive.insult        | scumbag
            what a load of crap                                        | offensive.mild          | crap
            they should all go back where they came from               | offensive.exclusionary  | go back where they came from
            people like that should be locked up for good              | offensive.exclusionary  | people like that should
            Muslims are a plague on this country                       | offensive.discriminatory| Muslims are a plague
            filthy gypsies everywhere                                  | offensive.discriminatory| filthy gypsies
            kill all the immigrants                                    | offensive.violence      | kill all the immigrants
            I hope you die                                             | offensive.threat        | I hope you die
            Crashed into a wall while drunk. Serves him right          | offensive.mockery       | Serves him right
            """)
    void flags(String text, String rule, String span) {
        String post = text.replace("\\u200B", "\u200B");
        String expected = span.replace("\\u200B", "\u200B");
        assertThat(check(post)).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo(rule);
            assertThat(f.span().of(post)).isEqualTo(expected);
        });
    }

    @ParameterizedTest(name = "does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "Two vehicles collided on the A18 near Scunthorpe this morning.",
                "Officers attended a report of a burglary in Penistone.",
                "The sea dyke at Cleethorpes has been breached; please keep away.",
                "Walkers on Offa's Dyke path are asked to keep dogs on leads.",
                "Our museum tour tells the story of Dick Turpin, Yorkshire's famous highwayman.",
                "Inspector Cockburn thanked the community for their help.",
                "Join us for Breast Cancer Awareness Month: checking yourself saves lives.",
                "A man has been arrested on suspicion of indecent exposure near the park.",
                "Blue tits and great tits are nesting in the station garden.",
                "Our police dog is a two-year-old bitch called Roxy.",
                "Hate crime against Muslims will not be tolerated. Report it to us on 101.",
                "Two women were taken to hospital after the collision.",
                "Travellers on the M5 should expect delays this weekend.",
                "Flights from Niger and Nigeria were delayed.",
                "We were asked to assess the damage as soon as possible.",
                "Don't ever kill yourself over debt: help is available, call Samaritans on 116 123.",
                "Class A drugs were seized during the search.",
                "Officers attended Middlesex Street and Sussex Road.",
            })
    void doesNotFlag(String text) {
        assertThat(check(text)).isEmpty();
    }
}
