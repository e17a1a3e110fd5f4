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
            honestly you're a clown and so is your sergeant            | offensive.insult        | you're a clown
            she is such a silly cow                                    | offensive.insult        | she is such a silly cow
            the dozy old man fell for it again                         | offensive.insult        | dozy old man
            this pathetic specimen stole from a charity shop           | offensive.insult        | pathetic specimen
            shut up you muppet, you animals wrecked the park           | offensive.insult        | you animals
            the thugs responsible were caught                          | offensive.insult        | thugs
            Romanians are invading our towns                           | offensive.discriminatory| Romanians are invading
            Travellers on that site can't be trusted                   | offensive.discriminatory| Travellers on that site can't be trusted
            The Polish lot round here are always the ones drinking     | offensive.discriminatory| Polish lot round here are always the ones
            those immigrant parasites again                            | offensive.discriminatory| immigrant parasites
            Refugees arrive every week. They are filthy                | offensive.discriminatory| They are filthy
            honestly some of them are not really human                 | offensive.discriminatory| not really human
            round them all up and be done with it                      | offensive.exclusionary  | round them all up
            I know where you live                                      | offensive.threat        | I know where you live
            he wants hanging for what he did                           | offensive.threat        | wants hanging
            burgled again? you deserve to be burgled with that lock    | offensive.mockery       | deserve to be burgled
            anyone stupid enough to answer that text gets what they get| offensive.mockery       | stupid enough to
            Scammed by a fake courier again 😂                         | offensive.mockery       | 😂
            What a c.u.n.t that bloke is                               | offensive.profanity     | c.u.n.t
            I reckon he's a c-u-n-t                                    | offensive.profanity     | c-u-n-t
            more chinkies opening takeaways                            | offensive.slur          | chinkies
            someone needs to put a brick through that bloke's window   | offensive.threat        | put a brick through
            I'll break his legs if I see him near my daughter again    | offensive.threat        | break his legs
            he deserves a good kicking for that                        | offensive.threat        | deserves a good kicking
            give me five minutes alone with him and a cosh             | offensive.threat        | five minutes alone with
            right, we'll sort it ourselves if the police won't         | offensive.threat        | sort it ourselves
            left the car unlocked? you kind of deserve it              | offensive.mockery       | kind of deserve it
            walking through the park at midnight, what did he expect   | offensive.mockery       | what did he expect
            boo hoo, somebody nicked your bike                         | offensive.mockery       | boo hoo
            gave his PIN to a stranger, natural selection really       | offensive.mockery       | natural selection
            only has herself to blame for leaving the door open        | offensive.mockery       | only has herself to blame
            we all know which community the dealers come from          | offensive.discriminatory| we all know which community
            look at the surname and tell me I'm wrong                  | offensive.discriminatory| look at the surname
            no need for a description, we know what he looks like     | offensive.discriminatory| no need for a description
            if they went back where they came from we'd have no crime  | offensive.exclusionary  | back where they came from
            and the government keeps letting more of them in           | offensive.exclusionary  | letting more of them in
            Albanians are all dealers round here                       | offensive.discriminatory| Albanians are all dealers
            Female officers can't handle it on a Saturday night        | offensive.discriminatory| Female officers can't handle it
            Polish drivers are a menace on the A40                     | offensive.discriminatory| Polish drivers are a menace
            Somalis don't respect our laws                             | offensive.discriminatory| Somalis don't respect
            Travellers again. They're a plague on every village        | offensive.discriminatory| They're a plague
            honestly those gormless faces outside the chippy again     | offensive.insult        | gormless faces
            another gobby teenager giving it large                     | offensive.insult        | gobby
            Somalis won't integrate, that's the problem               | offensive.discriminatory| Somalis won't integrate
            Poles don't want to integrate round here                   | offensive.discriminatory| Poles don't want to integrate
            remember lads, snitches get stitches                       | offensive.threat        | snitches get stitches
            string the lot of them up from the nearest tree            | offensive.threat        | string the lot of them up
            funny how you always leave out the ethnicity               | offensive.discriminatory| leave out the ethnicity
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
                "A cow was found wandering on the A48 near Lydney this morning.",
                "Thick fog on the M5 this morning: slow down and use dipped headlights.",
                "If you see an animal in distress please call the RSPCA.",
                "Our dogs love the mud - they're filthy by the end of a shift!",
                "Everyone deserves to be safe at home. Domestic abuse help is available 24/7.",
                "Women and girls deserve to be safe on our streets.",
                "A little girl was found safe and well thanks to a member of the public.",
                "The rat run through Hardwicke will be closed for resurfacing.",
                "Thanks to the butcher for the faggots and peas at the volunteers' supper.",
                "Spotted dick and custard at the café after the beat surgery.",
                "Congratulations to Sergeant Richard 'Dick' Bowden on his retirement.",
                "The Environment Agency is repairing the dyke near the outfall.",
                "The coastguard is checking the dyke after the storm surge.",
                "You are a credit to the force, PC Evans. Thank you.",
                "A sponsored walk raised £600 for the hospice. Brilliant effort!",
                "Lost your keys? Most are found within a day. Hand found keys in at any front counter.",
                "Officers were called after a man fell from a ladder. He is in hospital.",
                "Fog is thick on the A55 and the M4 this morning: leave more room.",
                "Delays on the B4215 and the A38 after a collision near Tewkesbury.",
                "Our PCSOs lost 4-1 to the Year 6 team. Rematch in the summer 😂",
                "To everyone commenting 'she was asking for it': nobody ever asks to be assaulted.",
                "It is never your own fault if you are scammed. Report it to Action Fraud.",
                "Self-harm is not attention seeking. If you are struggling, talk to someone.",
                "Don't take the law into your own hands: report it and let us deal with it.",
                "Certain communities are targeted by fraudsters more than others. Here is how to spot a scam.",
                "We do not tolerate hate crime against any community. Report it on 101.",
                "Polish your headlights and clear your windscreen before you set off on a frosty morning.",
                "Pensioners across the county are being targeted by courier fraudsters. Never hand over your card.",
                "Women and girls should be safe on our streets, day and night.",
                "Please bring a bat and pads: the annual police v fire cricket match is on Sunday.",
                "Call 101 quoting incident 1488 of 21 November.",
                "Help your new neighbours settle in: our community team runs a welcome cafe every Friday.",
                "We hope whoever lost this spaniel gets him back soon. He is safe at the station.",
                "The card ending 4539 1488 0343 6467 was used in two shops.",
            })
    void doesNotFlag(String text) {
        assertThat(check(text)).isEmpty();
    }
}
