package org.postwatch.safeguard.detect.offensive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.postwatch.safeguard.engine.Category;
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
            fuuuuuck this                                              | profanity.swearing     | fuuuuuck
            what a load of sh1t                                        | profanity.swearing     | sh1t
            f.u.c.k the lot of them                                    | offensive.profanity     | f.u.c.k
            you absolute c u n t                                       | offensive.profanity     | c u n t
            he is a f**king disgrace                                   | offensive.profanity     | f**king
            stupid @sshole driver                                      | offensive.profanity     | @sshole
            ｆｕｃｋ off                                                 | offensive.profanity     | ｆｕｃｋ
            what a сunt                                                | offensive.profanity     | сunt
            what a cu\u200Bnt                                          | offensive.profanity     | cu\u200Bnt
            some paki was arrested                                     | offensive.slur          | paki
            these f4gg0ts again                                        | offensive.slur          | f4gg0ts
            these fa66ots at the march again                           | offensive.slur          | fa66ots
            look at that retard                                        | offensive.slur          | retard
            the suspect is a total scumbag                             | offensive.insult        | scumbag
            what a load of crap                                        | profanity.mild          | crap
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
            pensioners shouldn't be allowed to vote after 75           | offensive.exclusionary  | pensioners shouldn't be allowed to vote
            they should all lose the vote                              | offensive.exclusionary  | should all lose the vote
            lesbians should not be allowed to adopt kids               | offensive.exclusionary  | lesbians should not be allowed to adopt
            blind people shouldn't be allowed out on their own         | offensive.exclusionary  | blind people shouldn't be allowed out
            immigrants shouldn't get council houses                    | offensive.exclusionary  | immigrants shouldn't get council houses
            a woman shouldn't be in charge of a station                | offensive.exclusionary  | a woman shouldn't be in charge
            Somali families never integrate                            | offensive.discriminatory| Somali families never integrate
            Kurds can never integrate here                             | offensive.discriminatory| Kurds can never integrate
            Polish cleaners always rob you blind                       | offensive.discriminatory| Polish cleaners always rob you
            Nigerian lads are all scammers                             | offensive.discriminatory| Nigerian lads are all scammers
            female coppers are a liability on a night out              | offensive.discriminatory| female coppers are a liability
            feminists have ruined the force                            | offensive.discriminatory| feminists have ruined
            Lithuanians only come over here to claim benefits          | offensive.discriminatory| Lithuanians only come over here
            the only thing girls are good for is looking pretty        | offensive.discriminatory| girls are good for
            Islam is a religion of hate                                | offensive.discriminatory| Islam is a religion of hate
            the market is overrun with foreigners                      | offensive.discriminatory| overrun with foreigners
            no travellers, no gypsies, no dogs                         | offensive.exclusionary  | travellers
            seal the border and be done with it                        | offensive.exclusionary  | seal the border
            they came over like locusts                                | offensive.discriminatory| like locusts
            why do women officers always cry at the scene 😂           | offensive.discriminatory| why do women officers
            how many gay coppers does it take to change a bulb lol     | offensive.discriminatory| how many gay coppers
            what do you call a pensioner in a patrol car 🤣            | offensive.discriminatory| what do you call a pensioner
            my dog is smarter than all the female officers put together| offensive.discriminatory| smarter than all the female officers
            my hamster has more brains than you                        | offensive.insult        | more brains than
            a pensioner at the wheel of a minibus, god help us         | offensive.discriminatory| a pensioner at the wheel of a minibus, god help us
            give me ten minutes in a room with him                     | offensive.threat        | minutes in a room with
            I'd take a crowbar to the lot of them                      | offensive.threat        | I'd take a crowbar
            I'll run him over if I see him again                       | offensive.threat        | run him over
            shame if anything happened to your daughter                | offensive.threat        | shame if anything happened to your daughter
            we know which school your kids go to                       | offensive.threat        | which school your
            you're an utter fool                                       | offensive.insult        | you're an utter fool
            you are completely useless                                 | offensive.insult        | useless
            useless, spineless and gutless - that's you                | offensive.insult        | useless
            honestly you look stupid in that uniform                   | offensive.insult        | stupid
            her accent makes her sound thick                           | offensive.insult        | thick
            mate you've got one brain cell                             | offensive.insult        | one brain cell
            that gullible old fool gave them his PIN                   | offensive.insult        | gullible old fool
            the lad in the wheelchair couldn't escape haha, what a state of him | offensive.mockery | state of him
            did anyone else hear his stutter in the interview 😂       | offensive.mockery       | his stutter
            why does the witness talk like that lol                    | offensive.mockery       | talk like
            mugged in the park, is he a bit special or what 🤪         | offensive.mockery       | 🤪
            funny how they never say his religion                      | offensive.discriminatory| his religion
            guess his ethnicity, go on                                 | offensive.discriminatory| his ethnicity
            not the Irish this time, I'd bet on their nationality      | offensive.discriminatory| their nationality
            he's rather well spoken for a traveller                    | offensive.discriminatory| well spoken for
            asylum seekers shouldn't be given the vote                 | offensive.exclusionary  | asylum seekers shouldn't be given the vote
            old folk should have their licences taken away             | offensive.exclusionary  | old folk should have their licences
            Pakistani taxi drivers are all groomers                    | offensive.discriminatory| Pakistani taxi drivers are all groomers
            gays always play the victim                                | offensive.discriminatory| gays always play the victim
            why is it always the Albanians                             | offensive.discriminatory| why is it always the Albanians
            typical woman, parked across two bays                      | offensive.discriminatory| typical woman
            she only got promoted to fill a quota                      | offensive.discriminatory| to fill a quota
            another diversity hire on the shift                        | offensive.discriminatory| diversity hire
            get back in the kitchen love                               | offensive.discriminatory| get back in the kitchen
            someone should give him a good beating                     | offensive.threat        | a good beating
            he'd better hope I don't see him in town                   | offensive.threat        | better hope I don't see
            I'll be waiting for him when he gets out                   | offensive.threat        | be waiting for him when
            you're an embarrassment to the uniform                     | offensive.insult        | you're an embarrassment
            imagine being that gullible at your age lol                | offensive.mockery       | at your age
            bet the shoplifter's name was Mohammed                     | offensive.discriminatory| name was Mohammed
            Muslims have no place in the army                          | offensive.exclusionary  | Muslims have no place in the army
            Kurds shouldn't be allowed anywhere near a school          | offensive.exclusionary  | Kurds shouldn't be allowed anywhere near
            a female superintendent? heaven help us                    | offensive.discriminatory| a female superintendent? heaven help us
            those refugees will never fit in                           | offensive.discriminatory| refugees will never fit in
            migrants only come here to scrounge                        | offensive.discriminatory| migrants only come here to
            honestly you have the brains of a doormat                  | offensive.insult        | brains of a
            I hope he gets what's coming to him                        | offensive.threat        | hope he gets what's coming
            the female probationer was useless as expected             | offensive.discriminatory| female probationer was useless
            Sikhs don't belong in the fire service                     | offensive.discriminatory| Sikhs don't belong
            ha, what a mug, he handed over his PIN                     | offensive.mockery       | what a mug
            if you fall for that you deserve to lose your savings      | offensive.mockery       | deserve to lose your
            some people deserve to be parted from their money tbh      | offensive.mockery       | deserve to be parted from
            got your law degree off the back of a cereal box did you   | offensive.mockery       | back of a cereal box
            keep talking mate, I know exactly who you are and where you drink | offensive.threat | know exactly who you are and where
            funny how the fraudsters always come from the same tribe   | offensive.discriminatory| come from the same tribe
            typical taffy sheep-shaggers, can't even run a railway      | offensive.slur          | sheep-shaggers
            ring back when you've learnt to speak proper English       | offensive.discriminatory| speak proper English
            maybe learn a real language first, then we'll talk         | offensive.discriminatory| learn a real language
            had the drunk scrubber from the flats again, bless her     | offensive.insult        | scrubber
            the lesbian sergeant did the risk assessment again #copbanter | offensive.discriminatory| lesbian sergeant did the risk assessment again #copbanter
            """)
    void flags(String text, String rule, String span) {
        String post = text.replace("\\u200B", "\u200B");
        String expected = span.replace("\\u200B", "\u200B");
        assertThat(check(post)).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo(rule);
            assertThat(f.span().of(post)).isEqualTo(expected);
        });
    }

    @ParameterizedTest(name = "counter-speech or identity: \"{0}\"")
    @ValueSource(
            strings = {
                "The transphobic replies under this post are vile. Report them.",
                "The abuse directed at the Somali family on the estate has to stop.",
                "Islamophobia is real and we all need to call it out.",
                "Someone daubed a slur on the synagogue door last night.",
                "As a Muslim woman I'm so proud of our local neighbourhood team.",
                "speaking as a wheelchair user, the accessible station entrance is great",
                "Proud to be the first Sikh sergeant in this force.",
                // round 9: police posts and replies that keep the veto (no scoffing, no scare quotes)
                "Two men arrested after a Sikh shopkeeper was abused in Brimley. Hate crime will not be tolerated.",
                "The judge told him: 'this was a hate crime, pure and simple.' He was jailed for 14 weeks.",
                "Hate Crime Awareness Week starts on Monday: come and see us at the market.",
                "Have you been targeted because of your religion? Report it to us on 101.",
                "Charged: a woman from Carrow Vale after racist graffiti was found on a bus shelter.",
                "Sentenced today for racially aggravated harassment. Thanks to the witnesses who came forward.",
                "Thanks to the officers who arrested the lad who shouted at my mum, it means a lot",
                "A man was arrested but has been released on bail. Anyone with information, call 101.",
                "We stand with our Jewish communities, but words are not enough: if you see abuse, call 101.",
                // speaking as a member of a group, or for everyone equally
                "I'm a Sikh and I've never felt more at home than in this town",
                "I am an immigrant and the officer who helped me was so patient",
                "we're all human at the end of the day, be kind to each other",
                "Gay or straight, everyone's welcome at the station open day",
            })
    void counterSpeechForTheClassifier(String text) {
        assertThat(DETECTOR.counterSpeech(org.postwatch.safeguard.engine.AnalysedText.of(text)))
                .isTrue();
    }

    @ParameterizedTest(name = "scare quotes: \"{0}\" / {1} -> {2}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '~',
            value = {
                "Another 'hate crime' then | hate crime | true",
                "'Hate crime week' lol | Hate crime | true",
                "jailed for \"racism\", apparently | racism | true",
                "so this is ‘diversity’ now? | diversity | true",
                "The judge said 'this was a hate crime' today | hate crime | false",
                "Hate crime is a crime | Hate crime | false",
                "the shop's racism policy | racism | false",
                "'hate crime. Then he left' | hate crime | false",
            })
    void scareQuotes(String text, String phrase, boolean expected) {
        int start = text.indexOf(phrase);
        assertThat(OffensiveDetector.scareQuoted(
                        text, new org.postwatch.safeguard.engine.Span(start, start + phrase.length())))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "not counter-speech: \"{0}\"")
    @ValueSource(
            strings = {
                "I'm not racist but they should all be sent home",
                "call me homophobic but it's disgusting",
                "they don't respect women round here",
                "women are too emotional to be sergeants",
                // round 9: a reply that scoffs at hate-crime policing is read by the classifier
                "Another 'hate crime' because somebody stared at a bloke in a turban. Give me strength",
                "nicked for a tweet about the Romanians lol, meanwhile my car gets done every week",
                "Respect for all except the taxpayer. Political correctness has ruined the force",
                "Two-tier justice: charged for a joke, but the grooming gangs walk free",
                "arrested for saying what everyone thinks 🙄",
                "Court case over 'racism' because a lad wouldn't serve a bloke in a dress",
                "Hate crime appeal, yeah right. Try appealing for the people robbing pensioners",
                "so-called hate crime unit out in force again, woke nonsense",
                // a counter word conceded before a turn in its sentence
                "Not all of them, but most of them are liars and cheats",
                "We support equality, however some cultures just don't belong here",
                "I respect women, except when they try to be firearms officers",
                "I'm an immigrant myself, but the new lot are ruining this town",
                "As a woman, I'll say it: women don't belong on the firearms team, lol",
            })
    void notCounterSpeech(String text) {
        assertThat(DETECTOR.counterSpeech(org.postwatch.safeguard.engine.AnalysedText.of(text)))
                .isFalse();
    }

    @ParameterizedTest(name = "does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "Two vehicles collided on the A18 near Scunthorpe this morning.",
                "Officers attended a report of a burglary in Penistone.",
                "The sea dyke at Cleethorpes has been breached; please keep away.",
                "Walkers on Offa's Dyke path are asked to keep dogs on leads.",
                "Dyke-cleaning volunteers in the Fens reported fly-tipping near the pumping station.",
                "The charity cock-a-leekie cook-off at the station raised £300; the sergeant's entry was 'edible'.",
                "The team were cock-a-hoop after the five-a-side final.",
                "He shouted 'I'll slit your throat, you grass' at the victim. He was jailed for 14 months at Truro Crown Court.",
                "Jailing him for 14 months, the judge said the words he used, 'I'll slit your throat, you grass', had terrified the victim.",
                "Speed check on the A66 and the M6 this morning: 14 drivers stopped.",
                "Have you seen this car? Black BMW, reg FA66 GTS, last seen in Leigh.",
                "Suspect: white male, slim build (Jamaican accent), wearing a grey hoodie. Call 101.",
                "The caller (had a Chinese accent) asked for her bank details. Hang up on cold callers.",
                "The station cat has taken over the front desk - we call it her second home!",
                "Stolen: red Transit, reg WO6 GYP. Officers in F6 ward are at the Fa6 community centre at 6pm.",
                "The dyke behind Littleport was breached overnight; please stay clear.",
                "The old slag heap by the former pit is being made safe. Keep children off the site.",
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
                // Round 17 (blind17b): a fen drain that a car ends up in.
                "Rural crime team called to a car in a dyke off the A17 this morning; the driver is unhurt.",
                "The floor scrubber at the station has been stolen from the cleaners' store.",
                "Salt water taffy and candyfloss stalls are back on the pier this weekend.",
                "Retired PC Taffy Evans has sadly passed away. Taffy served Ystradgynlais for 30 years.",
                "A ride-on scrubber dryer was stolen from a warehouse on Fenton Industrial Estate.",
                "Take one pill of unknown strength and you might never wake up again. Look after your mates.",
                "Pushing wheelchair users around the Sheffield 10k for charity - best thing in the world!",
                "Happy retirement to PC Dai 'Taffy' Evans after 30 years in Swansea.",
                "A tractor overturned into a dyke near Sutton St James; the farmer walked away.",
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
                "Older people are often targeted by phone scammers. Never give your bank details over the phone.",
                "Our new recruits range in age from 19 to 58: it's never too late to join the police!",
                "Disqualified drivers should not be allowed to drive, and the court agreed: a three-year ban.",
                "Why do we ask for your postcode when you call 101? It helps us send the right team.",
                "Why are older drivers asked to renew their licence at 70? The DVLA explains.",
                "Our police dog Max has more energy than the whole shift 😂",
                "A woman in charge of a car found to be over the limit has been charged.",
                "Give me a call on 101 if you have any information about the hammer attack.",
                "Let me be clear: anyone carrying a baseball bat to threaten people will be arrested.",
                "We hope your kids have a safe and happy half term.",
                "It would be a shame if your bike was stolen: register it for free today.",
                "What colour was the car? Any detail helps.",
                "We do not record the religion of people we arrest.",
                "Women and girls should be able to walk home safely. Report harassment to us.",
                "Polish builders working on the new station were praised for finishing early.",
                "Older people can never be too careful with cold callers.",
                "You're not stupid for falling for a scam: report it and we will help.",
                "His singing carried across the car park on the Sergeant's birthday 😂",
                "No parking, no entry and no access for vehicles on Saturday.",
                "Keep them out of sight: leave no valuables in your car.",
                "Scammers will rob you of your savings if you let them. Hang up.",
                "Guess who's back on the beat? PC Khan returns from maternity leave!",
                "Muslim officers from across the force gathered to celebrate Eid.",
                "Our female officers beat the lads at tug of war 😂",
                "Thieves target pensioners in the town centre: keep your bag zipped.",
                "Racism has no place in our county. Report hate crime on 101.",
                "Children shouldn't be allowed near the water's edge without an adult.",
                "Drink driving has no place on our roads.",
                "Women shouldn't have to change their route home to feel safe.",
                "If the weather turns, god help us on the M5! Leave extra time.",
                "I'll be waiting for you at the finish line of the 10k on Sunday!",
                "The man with the limp is described as white, in his 60s. Call 101.",
                "Over 70s must renew their driving licence every three years.",
                "The Polish driver was banned for dangerous driving.",
                "Our custody team raised £500 for the hospice on the night shift #copbanter",
                "The female officer was injured in the crash and is recovering well.",
                "Sadly older people are typical targets for courier fraud.",
                "A typical day for our female officers on the response team.",
                "Watch yourself on the icy pavements this morning.",
                "Drug dealers: your days are numbered. We're coming for you.",
                "See you outside the town hall for the Remembrance parade.",
                "Help us name our new puppy! Can you guess his name from the clue?",
                "The Diversity and Inclusion team is recruiting: a great job for anyone who cares.",
            })
    void doesNotFlag(String text) {
        assertThat(check(text)).isEmpty();
    }

    // Round 6: banter and sneers that name no group, in several wordings per kind.
    @ParameterizedTest(name = "round 6 flags [{0}] as {1} on \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            he's 60 now, someone fetch him a walking stick 😂                | offensive.discriminatory | fetch him a walking stick
            buy the old boy a stairlift for the custody steps                | offensive.discriminatory | buy the old boy a stairlift
            get grandad his hearing aid before the briefing                  | offensive.discriminatory | get grandad his hearing aid
            new DC needs a high chair for the interview room lol             | offensive.discriminatory | needs a high chair
            the gaffer has lost his marbles again                            | offensive.discriminatory | lost his marbles
            the new sergeant looks about twelve, does his mum know he's out  | offensive.discriminatory | looks about twelve
            off on maternity again, that's number four for her              | offensive.discriminatory | maternity again, that's number four
            no point promoting her, she'll be pregnant again by summer       | offensive.discriminatory | pregnant again
            she'll be up the duff within a year mark my words                | offensive.discriminatory | up the duff
            only got her stripes because she flirted with the superintendent | offensive.discriminatory | got her stripes because she flirted
            he only passed the board cos he's gay tbh                        | offensive.discriminatory | only passed the board cos he's gay
            she's a bit hysterical for a firearms officer                    | offensive.discriminatory | hysterical for a
            two weeks in the country and they own every barber on the street | offensive.discriminatory | in the country and they own every
            they only arrived last year and now run half the takeaways       | offensive.discriminatory | arrived last year and now run half
            left the garage wide open overnight? nice work einstein          | offensive.mockery        | einstein
            you gave a stranger your card and pin, well done sherlock 🙄     | offensive.mockery        | sherlock
            congrats on getting burgled again, maybe shut a window           | offensive.mockery        | congrats on getting burgled
            left your phone on the table and you're surprised it went?       | offensive.mockery        | and you're surprised
            what are you, bipolar or something?                              | offensive.insult         | bipolar
            quit being so schizo about the speed camera                      | offensive.insult         | schizo
            thick or are you brain damaged?                                  | offensive.insult         | brain damaged
            the caller was a bit simple, kept ringing back                   | offensive.discriminatory | a bit simple
            he's clearly off his meds again                                  | offensive.discriminatory | off his meds
            wonder what these 'local lads' have in common 🙄                 | offensive.discriminatory | local lads
            let me guess, another 'asylum seeker' aged 30                    | offensive.discriminatory | asylum seeker
            calls itself a woman now, we all know better                     | offensive.discriminatory | calls itself a woman
            he thinks he's a lass now, sure mate                             | offensive.discriminatory | thinks he's a lass
            the new PC is a bit light on his feet if you know what i mean    | offensive.discriminatory | light on his feet
            gypsies have parked up by the rec, lock up your quad bikes 😂     | offensive.discriminatory | gypsies have parked up by the rec, lock up your
            those people and their filthy habits again                       | offensive.discriminatory | those people and their
            that lad is a right fairy on the radio                           | offensive.discriminatory | right fairy
            don't put women on public order, they panic                      | offensive.exclusionary   | don't put women on public order
            the tea towel heads are protesting again                         | offensive.slur           | tea towel heads
            the gene pool round there is a puddle                            | offensive.insult         | gene pool
            grab the skipper a zimmer, he's puffing after one flight of stairs | offensive.discriminatory | zimmer
            order our DS a stairlift for his birthday lol                    | offensive.discriminatory | stairlift
            she got her stripes for her looks, everyone knows it             | offensive.discriminatory | for her looks
            no wonder the rota is empty, they're all on maternity            | offensive.discriminatory | no wonder the rota is empty, they're all on maternity
            came over on a dinghy and now has a brand new audi               | offensive.discriminatory | on a dinghy and now has a brand new
            so the suspect was a 'man from Luton' 😏                          | offensive.discriminatory | man from
            funny how they all go to the same mosque                         | offensive.discriminatory | same mosque
            if he can't even speak english he shouldn't be a PCSO            | offensive.discriminatory | can't even speak english
            honestly they all look the same in the cctv                      | offensive.discriminatory | all look the same
            that caller is off his trolley                                   | offensive.discriminatory | off his trolley
            the bloke's certifiably deranged                                 | offensive.insult         | deranged
            are you deaf or something? it said road closed                   | offensive.insult         | deaf
            nothing against muslims but not in my station                    | offensive.discriminatory | nothing against muslims
            the combined IQ of this comment section is single figures        | offensive.insult         | combined IQ
            """)
    void flagsRound6(String text, String rule, String span) {
        assertThat(check(text)).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo(rule);
            assertThat(f.span().of(text)).isEqualTo(span);
        });
    }

    @ParameterizedTest(name = "round 6 does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "Our PCSOs helped get her a new walking stick after hers was stolen.",
                "Officers bought him a stairlift voucher with money raised at the fun run.",
                "Missing: Derek, 79, needs a walking stick and may be confused. Call 999.",
                "Happy retirement Sgt Bell, enjoy the slippers and the garden!",
                "Congratulations to PC Khan, off on maternity leave next week. Best wishes!",
                "Welcome back to DC Lowe after maternity leave, great to have you back again.",
                "Are you pregnant? Midwives can help if you are experiencing domestic abuse.",
                "A pregnant woman was injured in the collision. Dashcam footage please.",
                "Our new PCSO only arrived last month and already knows every shopkeeper.",
                "PC Ward only got the job after six attempts. Never give up!",
                "Genius idea from the Year 6 class: a reflective armband for every pupil.",
                "PC Ellis, our drone genius, found the missing walker in ten minutes.",
                "Congratulations on getting your bike back, and thanks for registering it.",
                "Are you autistic? You can ask the call handler for a quiet space.",
                "He is autistic and may be frightened by sirens. Please call 999 if you see him.",
                "Thank you mental health nurses for another shift on the triage car.",
                "Tonight has been mental, 40 calls in three hours. Thanks for your patience.",
                "The court heard he told her to 'speak English' before punching her.",
                "The man is described as Asian, about 30, wearing a grey hoodie.",
                "Lock your car and hide your valuables: thieves try door handles at night.",
                "Our liaison officer visits the travellers' site weekly to talk about fire safety.",
                "Those people and their families have our deepest sympathy.",
                "Don't put valuables on show in your car.",
                "Don't let children play near the reservoir edge.",
                "The sea dyke path is open again after the storm repairs.",
                "Cocoa and biscuits for the night shift, thanks to the Rotary Club!",
                "Grab a brew with the neighbourhood team at the library on Tuesday.",
                "Order your free bike lock from the crime prevention team today.",
                "Mobility scooter safety: keep to 4mph on pavements.",
                "Jean is completely blind and may need help crossing roads. Call 999 if you see her.",
                "Are you deaf or hard of hearing? Register for emergencySMS.",
                "Congratulations to PC Grey, who got her stripes this week!",
                "PC Rose made sergeant in 1979 as one of the first women in the force.",
                "A man arrived on a lorry at the port and was arrested for smuggling.",
                "No description has been released yet; we will update this post.",
                "English classes for new arrivals at the community centre, with our team.",
                "We have nothing against cyclists, but please use lights after dark.",
                "Don't let anyone in unless you are sure who they are.",
            })
    void doesNotFlagRound6(String text) {
        assertThat(check(text)).isEmpty();
    }

    // Round 7: disguised swearing, put-downs aimed at the person replied to, rarer slur spellings, mock surprise at a
    // group, and insults after a turn that counter-speech before it must not cancel.
    // Round 18: swearing aimed at no one is PROFANITY (held for review like before, but not called offensive or
    // discriminatory); swearing at someone, the verb with an object, a word for a person, violence, a group named in
    // the post, or any other offensive finding in the post keep it OFFENSIVE.
    @ParameterizedTest(name = "round 18 reads [{0}] as {1} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
            that song is f***ing brilliant                                 | PROFANITY | profanity.swearing  | f***ing
            F*** me, what a shift.                                         | PROFANITY | profanity.swearing  | F***
            what the fuck is going on with the weather                     | PROFANITY | profanity.swearing  | fuck
            Oh god F*CK I’m late for briefing                              | PROFANITY | profanity.swearing  | F*CK
            holy shit that was a long night                                | PROFANITY | profanity.swearing  | shit
            wtf is that parking                                            | PROFANITY | profanity.mild      | wtf
            Get lost you fucking idiot                                     | OFFENSIVE | offensive.profanity | fucking
            fuck you                                                       | OFFENSIVE | offensive.profanity | fuck
            fuck off back to your sofa                                     | OFFENSIVE | offensive.profanity | fuck
            go fuck yourself                                               | OFFENSIVE | offensive.profanity | fuck
            get to f-ck, nobody asked                                      | OFFENSIVE | offensive.profanity | f-ck
            f.u.c.k the lot of them                                        | OFFENSIVE | offensive.profanity | f.u.c.k
            Fuck Islam                                                     | OFFENSIVE | offensive.profanity | Fuck
            what a piece of shit                                           | OFFENSIVE | offensive.profanity | shit
            a thieving little shit got a kicking                           | OFFENSIVE | offensive.profanity | shit
            Sh!te policing as usual round here.                            | OFFENSIVE | offensive.profanity | Sh!te
            f*cking useless the lot of ya, reported it a week ago          | OFFENSIVE | offensive.profanity | f*cking
            what a sh1t-head                                               | OFFENSIVE | offensive.profanity | sh1t
            b0ll0cks to your survey, answer the phone                      | OFFENSIVE | offensive.profanity | b0ll0cks
            Why the f*** would you park across a fire station?             | PROFANITY | profanity.swearing  | f***
            mate, you are a fucking legend of stupidity                    | OFFENSIVE | offensive.profanity | fucking
            beat the fuck out of him                                       | OFFENSIVE | offensive.profanity | fuck
            these two fuckers are lying                                    | OFFENSIVE | offensive.profanity | fuckers
            migrants are fucking everywhere                                | OFFENSIVE | offensive.profanity | fucking
            fucking hell, you muppet                                       | OFFENSIVE | offensive.profanity | fucking
            """)
    void swearingAtNoOneIsProfanity(String text, String category, String rule, String span) {
        List<Finding> findings = check(text);
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.category()).isEqualTo(Category.valueOf(category));
            assertThat(f.rule()).isEqualTo(rule);
            assertThat(f.span().of(text)).isEqualTo(span);
        });
        if (category.equals("PROFANITY")) {
            assertThat(findings).allSatisfy(f -> assertThat(f.category()).isEqualTo(Category.PROFANITY));
        }
    }

    // Round 18 (review17): risks the round-17 review found still passing, and a slur talked about as a slur.
    @ParameterizedTest(name = "round 18 flags [{0}] as {1} on \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Honestly someone should have dropped a nuke on Afghanistan years ago.   | offensive.violence | nuke
            Tell the protesters to swallow some bleach and do us all a favour.       | offensive.threat   | swallow some bleach
            I know what pub you drink in, mate.                                      | offensive.threat   | I know what pub you drink in
            Sheep shaggers, the lot of them.                                         | offensive.slur     | Sheep shaggers
            """)
    void flagsRound18(String text, String rule, String span) {
        flaggedWithin(text, rule, span);
    }

    @ParameterizedTest(name = "round 18 does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "Sheep shagger is a slur aimed at Welsh people and we will not tolerate it on this page.",
                "The word retard is an ableist slur. Please stop using it in the comments.",
                "If your child has swallowed bleach, call 111 straight away.",
                "RAF jets dropped bombs on Syria in 2015, the committee heard.",
                "We dropped off a parcel on Pakistan Road for the family."
            })
    void doesNotFlagRound18(String text) {
        assertThat(check(text)).isEmpty();
    }

    @ParameterizedTest(name = "round 7 flags [{0}] as {1} on \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            oh f#ck off with your parking tickets                          | offensive.profanity      | f#ck
            the desk officer is a c_nt and everyone knows it               | offensive.profanity      | c_nt
            what a sh%t response time                                      | profanity.swearing      | sh%t
            get to f-ck, nobody asked                                      | offensive.profanity      | f-ck
            mate you're a c u n t                                          | offensive.profanity      | a c u n t
            he is a t w a t                                                | offensive.profanity      | a t w a t
            kunts the lot of you                                           | offensive.profanity      | kunts
            @dave_p read it again you absolute weapon                      | offensive.insult         | weapon
            sit down you utter melt, the road was shut                     | offensive.insult         | melt
            nobody asked you, you sad little gammon                        | offensive.insult         | gammon
            you're such a plank mate                                       | offensive.insult         | plank
            you clown, it was a red light                                  | offensive.insult         | you clown
            get back to your cave and stay there                           | offensive.insult         | back to your cave
            crawl back under whatever stone you live under                 | offensive.insult         | crawl back under whatever
            imagine being this thick on a public page                      | offensive.insult         | imagine being this thick
            you're obviously brain dead                                    | offensive.insult         | brain dead
            mate, if you can't park I'm not reading your complaint, thicko. | offensive.mockery       | thicko
            you lot moan all day from the sofa. Muppets.                   | offensive.mild           | Muppets
            too many polacks on the building sites                         | offensive.slur           | polacks
            the gypo camp is back                                          | offensive.slur           | gypo
            stop acting like a spazzy                                      | offensive.slur           | spazzy
            the lad's a proper flid                                        | offensive.slur           | flid
            sounds like a retart wrote that                                | offensive.slur           | retart
            brummies driving like lunatics again, surprise surprise        | offensive.discriminatory | brummies driving like lunatics again, surprise surprise
            scousers and stolen bikes, name a more iconic duo              | offensive.discriminatory | scousers and stolen bikes, name a more iconic duo
            romanians at the cashpoint again, who'd have guessed 🙄        | offensive.discriminatory | romanians at the cashpoint again, who'd have guessed
            we respect everyone, but honestly travellers can't be trusted  | offensive.discriminatory | travellers can't be trusted
            two more arrested, now ship them all off                       | offensive.exclusionary   | ship them all off
            in court again, deport the lot                                 | offensive.exclusionary   | deport the lot
            the Somali lad got charged, they're all animals                | offensive.discriminatory | they're all animals
            travellers have set up on the rec, hide your lawnmowers 😉      | offensive.discriminatory | travellers have set up on the rec, hide your
            pipe down love and leave it to the grown ups                   | offensive.discriminatory | pipe down love
            go on then you dopey spanner                                   | offensive.insult         | spanner
            """)
    void flagsRound7(String text, String rule, String span) {
        assertThat(check(text)).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo(rule);
            assertThat(f.span().of(text)).isEqualTo(span);
        });
    }

    @ParameterizedTest(name = "round 7 does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "A driver was fined for shouting 'p*ki' at a shopkeeper. Racially aggravated abuse will not be tolerated.",
                "The court heard he called his neighbour a \"retard\" in texts. He was convicted of harassment.",
                "Words like 'spaz' hurt. Disability hate crime can be reported to us or online.",
                "She was called a \"scrounger\" because of her wheelchair. That is a hate crime and we are investigating.",
                "He admitted using the word faggot towards a couple and was sentenced for a hate crime.",
                "A well-known co-op on the high street was burgled; e-bikes were taken. Call 101.",
                "Officers seized a weapon and a quantity of cash. Thank you for the tip-off.",
                "What a tool this new bike-marking kit is! Book a slot at the station.",
                "Thank you to PC Hall, you absolute legend, for the cake.",
                "Have you seen the Muppets show at the Civic? Our cadets loved it.",
                "The man was left brain dead after the assault; a 32-year-old has been charged.",
                "Please keep your bitch on a lead near the sheep: lambing has started.",
                "A holiday in Phuket? Beware of fake booking sites.",
                "Who knew our over 70s would be the stars of the scam-awareness quiz!",
                "Officers from Penistone visited Downie Street school today.",
                "We stand with the Polish community after the attack on the shop in Boston.",
                "Pride month starts today and our officers will be on the parade.",
                "If you tool up with a knife you are far more likely to be hurt.",
                "Jailed: a man who told a neighbour to go back to her own country. This was a racially aggravated offence.",
                "Convicted after posting that refugees should be shipped off, he was given 12 weeks.",
                "Two men arrested, both from the same street, have been charged with burglary.",
                "Arrested, charged, remanded: what each step means for victims.",
            })
    void doesNotFlagRound7(String text) {
        assertThat(check(text)).isEmpty();
    }

    @ParameterizedTest(name = "round 9 does not flag a word reported as abuse: \"{0}\"")
    @ValueSource(
            strings = {
                "Paint reading 'vermin' was daubed on a family's front door in Carrow Vale overnight.",
                "Someone scrawled \"scum\" across the windscreen of a carer's car. Any dashcam footage helps.",
                "She was called a 'cow' and a 'slag' by a man on the platform; that is vile and we are looking for him.",
                "Graffiti calling a neighbour a \"freak\" was sprayed on the bus shelter by the green.",
            })
    void doesNotFlagRound9(String text) {
        assertThat(check(text)).isEmpty();
    }

    @ParameterizedTest(name = "round 9 still flags \"{0}\"")
    @ValueSource(
            strings = {
                "Disgusting how they let that scum back on the street",
                "'Scum' is too kind a word for the lot on that estate",
                "vile little rat, someone should have sprayed him with the hose",
                "Whoever sprayed the bins is a scumbag",
            })
    void stillFlagsRound9(String text) {
        assertThat(check(text)).isNotEmpty();
    }

    @ParameterizedTest(name = "round 10: a question to parents is not a threat: \"{0}\"")
    @ValueSource(
            strings = {
                "Parents in Ely: do you know where your children are on a Friday night?",
                "Do you know where your kids are tonight? Talk to them about staying safe.",
            })
    void questionToParentsIsNotAThreat(String text) {
        assertThat(check(text)).isEmpty();
    }

    @ParameterizedTest(name = "round 10 still flags the threat \"{0}\"")
    @ValueSource(
            strings = {
                "I know where your children go to school, remember that",
                "we know where your kids are, grass",
                "you know where your family lives and so do we",
            })
    void threatToFamilyStillFlagged(String text) {
        assertThat(check(text)).extracting(Finding::rule).contains("offensive.threat");
    }

    @ParameterizedTest(name = "round 10 does not flag harassment quoted in a campaign: \"{0}\"")
    @ValueSource(
            strings = {
                "'Get your tits out.' 'Cheer up, darling.' Women tell us they hear this on the way home. It is street harassment.",
                "\"Nice arse\" shouted from a van is not a compliment. It can be a crime: report it.",
                "Catcalling like 'show us your tits' makes the street feel unsafe. Tell us where it happens.",
            })
    void doesNotFlagRound10(String text) {
        assertThat(check(text)).isEmpty();
    }

    @ParameterizedTest(name = "round 10 still flags \"{0}\"")
    @ValueSource(
            strings = {
                "Nice tits on the new PCSO, not a compliment just a fact",
                "street harassment my arse, she loved it",
                "Sexual harassment training again? What a load of shit.",
            })
    void stillFlagsRound10(String text) {
        assertThat(check(text)).isNotEmpty();
    }

    @ParameterizedTest(name = "round 10 does not flag a word in a place's name: \"{0}\"")
    @ValueSource(
            strings = {
                "Morning patrol along Slag Lane in Kelby: all quiet apart from a heron.",
                "Cock Bridge to the ski centre is closed by snow.",
                "A gate was stolen from Fanny Hill Farm overnight.",
            })
    void doesNotFlagPlaceNameRound10(String text) {
        assertThat(check(text)).isEmpty();
    }

    @ParameterizedTest(name = "round 10 still flags \"{0}\"")
    @ValueSource(
            strings = {
                "that back lane behind the chippy is full of slags",
                "Stupid Slag, get off my road",
                "SLAG Lane? more like slag central",
            })
    void stillFlagsPlaceNameNeighbourRound10(String text) {
        assertThat(check(text)).isNotEmpty();
    }

    // Round 12: sneers and stereotypes in an officer's own voice (off12): a victim or caller mocked, a group
    // stereotyped by a mock conclusion or a tag line, the public sneered at. Each kind beside the ordinary posts that
    // use the same words and must pass.
    @ParameterizedTest(name = "round 12 flags [{0}] as {1} on \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Van broken into overnight, tools on the back seat. What else did you expect?          | offensive.mockery        | What else did you expect
            Fell for the fake parcel text twice in one week. How naive can you be?                 | offensive.mockery        | How naive can
            Drink stolen off the bar while she was dancing. What did she think would happen?       | offensive.mockery        | What did she think would happen
            Fourth call from her this month about the same ex. Keep taking him back, then.         | offensive.mockery        | Keep taking him back
            Residents' forum in Leigh: the same serial complainers as every month.                 | offensive.mockery        | serial complainers
            Loads of advice on our pursuit post from the sofa. We'd send you a warrant card, but.  | offensive.mockery        | We'd send you a warrant card
            Bike nicked from an unlocked shed. Not much sympathy from this end, we're afraid.      | offensive.mockery        | Not much sympathy from this end
            Wallet lifted while he slept on the last train. Maybe try staying awake, sunshine.     | offensive.mockery        | sunshine
            Got himself thrown out of the kebab shop and then hit. Maybe don't next time, big man. | offensive.mockery        | big man
            Pronoun webinar again this morning. Some of us have actual crimes to solve.            | offensive.discriminatory | actual crimes to solve
            Eid next week, so the traffic round the Jamia will be fun. Must be Eid again already.   | offensive.discriminatory | Must be Eid
            Another 'they/them' emailing to moan about our pronouns.                               | offensive.discriminatory | Another 'they/them
            Shoplifter says he has autism, so it wasn't his fault. The autism card again.           | offensive.discriminatory | The autism card
            Interpreter needed for the fourth time today. Over here we speak English.              | offensive.discriminatory | Over here we speak
            Door knocking on Brook Street: I asked ten houses and got ten shrugs. So much for integration. | offensive.discriminatory | So much for integration
            Night shift in Fartown again. Joyriding is the national sport round there.             | offensive.discriminatory | national sport round there
            Three collisions at the Broadway lights and every driver was a woman. Draw your own conclusions. | offensive.discriminatory | woman. Draw your own conclusions
            Pensioners at the wheel on the retail park again, no prizes for guessing.              | offensive.discriminatory | Pensioners at the wheel on the retail park again, no prizes for guessing
            Proud of our female officers today, who showed they can do more than the filing.       | offensive.discriminatory | female officers today, who showed they can do more than the
            two fags holding hands outside the Red Lion again                                      | offensive.slur           | fags
            """)
    void flagsRound12(String text, String rule, String span) {
        assertThat(check(text)).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo(rule);
            assertThat(f.span().of(text)).isEqualTo(span);
        });
    }

    @ParameterizedTest(name = "round 12 does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "Enjoy your retirement, PD Bear. Proud of you, champ.",
                "Better luck next time, chief: the fire service won the tug of war again.",
                "Thanks for all the love for our open day post. See you next year!",
                "Not much sympathy from us for the drivers we caught on their phones today. Six reported.",
                "Our sympathy is with everyone whose car was damaged on Elm Road. Please call 101 with any footage.",
                "Scammers may say they will post you a warrant card. Police never do: hang up and call 101.",
                "What did you think would happen to your report? Here's a step-by-step guide to what we do next.",
                "How gullible scammers think we are: this week's fake texts, and how to spot them.",
                "If nobody speaks a word of English at home, you can still call us: we use an interpreting service.",
                "In this country we do not tolerate forced marriage. Call us in confidence.",
                "Integration anyone can join: the new community cafe at the station opens on Wednesday.",
                "Football is a sport round there that brings people together, so our team joined the Sunday league.",
                "Have you never seen a job centre careers fair? We're at one in Oldham on Tuesday.",
                "Women and girls told us the common factor in feeling unsafe is poor lighting. We've told the council.",
                "Please don't draw your own conclusions about the women in the video: they were witnesses.",
                "No prizes for guessing who won the bake-off: the women from the control room, again.",
                "The usual suspects turned up for the girls' football fun day: our PCSOs and a muddy police horse.",
                "Our Pride network members solve crimes every day: meet the DC who leads our burglary team.",
                "Hoax calls tie up our control room when we have real crimes to solve. Use 999 only in an emergency.",
                "Ramadan Mubarak to everyone observing the holy month. Must be time for our iftar at the Jamia!",
                "Our sergeant ran the 10k in a dress for the hospice and raised £1,200.",
                "We carry an autism alert card scheme: show us the card and we will give you more time.",
                "Many victims of domestic abuse go back to a partner several times before they leave. We will never judge you.",
                "'What did she expect, going out dressed like that on a Saturday?' No. Victim blaming has no place here.",
                "\"What did you honestly expect, leaving it unlocked?\" Nothing excuses theft. It is never your fault.",
                "\"Why don't you just stop taking him back?\" is the question survivors hear most. Domestic abuse is never the victim's fault.",
                "Please don't flick your fags out of the car window: a lit end can start a grass fire.",
                "Booze and fags seized from a van at Dover: 40,000 duty-free packs with no paperwork.",
                "Those of you selling knock-off fags on the Hilltown: trading standards are on to you.",
                "Trading Standards seized 600 fags from a shop in Wrexham this morning.",
                "Counterfeit fags and vapes seized from a shop in Dundee this morning.",
                // review: a blame question answered in a post against victim blaming; "real crimes" asked or reported
                "What did she think would happen? That she could walk home safely. Victim blaming has no place here.",
                "Real crimes to solve? Every report of hate crime is a real crime to us. Report it.",
                "Pride month: our LGBT+ officers are at the parade. Some say we have real crimes to solve. Hate crime is one.",
            })
    void doesNotFlagRound12(String text) {
        assertThat(check(text)).isEmpty();
    }

    // Round 13: abuse by function (off13), the way a functional test suite for hate-speech detectors probes it: slurs
    // disguised by one slip of the keyboard or run onto the word before, questions and "have been" claims about a
    // group, disgust and dehumanising nouns, first-person threats and calls on "someone". Each kind beside the
    // counter-speech, denials, homonyms and insults aimed at things that use the same words and must pass. Also
    // (clean13): how offenders reach a group
    // ("criminals phone older people"), animals herded ("round them up" after sheep) and a group's murdered remembered
    // are not abuse of the group; the abusive neighbours still are.
    @ParameterizedTest(name = "round 13 flags [{0}] as {1} on \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Get off my drive you pkiey                                   | offensive.slur           | pkiey
            what a sapstic that lad is                                   | offensive.slur           | sapstic
            Only a retad would say that                                  | offensive.slur           | retad
            bunch of fagots outside the club again                       | offensive.slur           | fagots
            the trany at the bus stop was staring                        | offensive.slur           | trany
            clear off you stupidretard                                   | offensive.slur           | stupidretard
            corner shop run by some dirtypaki                            | offensive.slur           | dirtypaki
            Why are women so stupid?                                     | offensive.discriminatory | women so stupid
            Why do Jews have to be so greedy?                            | offensive.discriminatory | Jews have to be so greedy
            Is it just me or are trans people all delusional?            | offensive.discriminatory | trans people all delusional
            Muslims have been a plague on this country for years         | offensive.discriminatory | Muslims have been a plague
            Trans people disgust me.                                     | offensive.discriminatory | Trans people disgust me
            Women are basically livestock.                               | offensive.discriminatory | Women are basically livestock
            Travellers are nothing but a pack of dogs                    | offensive.discriminatory | Travellers are nothing but a pack of dogs
            I'll stab the next foreigner who looks at me                 | offensive.threat         | I'll stab
            Gonna lynch the lot of them                                  | offensive.threat         | Gonna lynch
            Someone ought to torch that camp with them in it             | offensive.threat         | Someone ought to torch
            I'm going to burn their mosque down                          | offensive.threat         | I'm going to burn their
            Pensioners should be culled to save money                    | offensive.threat         | should be culled
            Do the world a favour and stop breathing                     | offensive.threat         | favour and stop breathing
            Get lost, you sad little nobody.                             | offensive.insult         | nobody
            Migrants are like sheep, round them up.                           | offensive.exclusionary   | round them up
            Refugees should go. Round them up.                               | offensive.exclusionary   | Round them up
            Asylum seekers everywhere. Cattle the lot of them. Round them up. | offensive.exclusionary   | Round them up
            """)
    void flagsRound13(String text, String rule, String span) {
        assertThat(check(text)).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo(rule);
            assertThat(f.span().of(text)).isEqualTo(span);
        });
    }

    @ParameterizedTest(name = "round 13 does not flag \"{0}\"")
    @ValueSource(
            strings = {
                // denied, or said of things and animals
                "The lads I coach aren't thugs, they're the future of this town.",
                "Immigrants are not scroungers; most work harder than anyone I know.",
                "Disabled people aren't useless; they're underestimated.",
                "Rats are vermin: please keep food waste in sealed bins on Canal Street.",
                "The custody kettle is an absolute disgrace.",
                "My radio is as thick as a brick today.",
                "Seagulls are thugs: one took a sergeant's chips on the prom.",
                // homonyms
                "Lost: a Maine Coon called Pepper, near Abington Park.",
                "The council has been niggardly with youth funding for years.",
                "Dykes on Bikes led the Pride parade again this year.",
                "Visitors from Mong Kok came to see the station today.",
                "Please pick up after your dog: we had reports of mess on the path by the pike pond.",
                // counter-speech and denied claims
                "Hearing 'women should stay in the kitchen' from a colleague is harassment, not banter.",
                "It's wrong to say Muslims are all terrorists.",
                "It isn't true that older drivers are all dangerous.",
                "Years ago the word 'spastic' was used as an insult in every playground.",
                "'Coffin dodger' is hurtful, however it's meant.",
                "He called me a 'retard' in the queue and nobody stepped in.",
                "Posts urging people to 'burn out' the families on the site have been reported. Inciting violence is a crime.",
                // ordinary posts with the same words
                "If you carry a knife, you're going to stab someone one day. Hand it in at any station.",
                "I'll burn the toast again if nobody watches me.",
                "I could murder a pint after that shift.",
                "Are you queer? Our LGBT+ network is here for you.",
                "Thank you nobody was hurt in the crash on the A6.",
                "Why are women still paid less than men in policing?",
                "Why do disabled people get called stupid at school? Because we let it happen.",
                "Travellers are moving livestock off the common tonight.",
                "Older residents are growing vegetables at the community garden.",
                "Our volunteers have been a blessing to this station.",
                "Courier fraud is on the rise. Criminals phone older people pretending to be police and ask for cash.",
                "Fraudsters call pensioners claiming to be from their bank. Hang up and ring the bank yourself.",
                "Conmen approach elderly people at cash machines in the town centre. Cover your PIN.",
                "A herd of cows got out onto the B1080 this morning. Thanks to the motorists who helped us round them up.",
                "Sheep on the A595 near Egremont. We helped the farmer round them up and get them back in the field.",
                "Escaped goats on the roundabout! It took four officers half an hour to round them all up.",
                "On Holocaust Memorial Day we joined the Jewish community to remember the six million Jews murdered and all victims of genocide.",
                "On Srebrenica Memorial Day we remember the more than 8,000 Bosnian Muslims murdered in July 1995.",
                // the bird (blind13, read after scoring)
                "Our rural team found the stolen rooster. The cock is home safe.",
                // the review's hard negatives: a passive "have been", culled animals, look-alike names and sticks
                "Pensioners in Hartlepool have been sent fake bank letters. Never give your PIN to anyone.",
                "Women have been sent fake Royal Mail texts.",
                "Disabled drivers have been targeted with fake blue badge renewals.",
                "Migrants have been sold fake visas by a gang in Luton.",
                "Deer on the A38 need to be culled say some residents - please report collisions to us, not social media.",
                "Our new PCSO, Cono Rossi, starts on the Brayford beat on Monday.",
                "Mr Paiks reported the theft of his bike from the station car park.",
                "A fagot of sticks was all the old bakehouse used to heat its oven.",
            })
    void doesNotFlagRound13(String text) {
        assertThat(check(text)).isEmpty();
    }

    // Round 14 (off14): offensive posts in a police account's own voice. Swear words masked with asterisks after one
    // letter ("f***", "f***ing"), Armenian and small-capital look-alike letters, replies that tell a member of the
    // public to be quiet, sexualised remarks about someone's looks, a person's looks sneered at, people counted like
    // cargo, and a drunk called a pisshead. Beside each, the ordinary post that uses the same words.
    @ParameterizedTest(name = "round 14 flags [{0}] as {1} on \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Who the f*** parks across a fire station entrance?             | profanity.swearing      | f***
            F*** me, what a shift.                                         | profanity.swearing      | F***
            Another f***ing bike nicked from outside the library.          | profanity.swearing      | f***ing
            Some s*** has dumped a mattress in the brook again.            | profanity.swearing      | s***
            Who the fսck leaves a toddler alone in a car?              | profanity.swearing      | fսck
            ꜰᴜᴄᴋ this weather                                                | profanity.swearing      | ꜰᴜᴄᴋ
            @JaneyD87 Honestly, shut up.                                   | offensive.insult         | shut up
            @kevwatch Shut your gob, Kevin.                                | offensive.insult         | Shut your gob
            @MarkyB Wind your neck in, mate.                               | offensive.insult         | Wind your neck in
            @DaveTheRave Nobody asked for your opinion, Dave.              | offensive.insult         | Nobody asked for your opinion
            @mr_angry Get a life.                                          | offensive.insult         | Get a life
            Special shout-out to the yummy mummy at the bouncy castle      | offensive.insult         | yummy mummy
            Let her off with a warning, tidy pair on her to be fair        | offensive.insult         | tidy pair on
            Nurse at A&E tonight was well fit.                             | offensive.insult         | well fit
            Suspect has a face only a mother could love.                   | offensive.mockery        | face only a mother could love
            Another boatload of illegals dumped in a hotel.                | offensive.discriminatory | boatload of illegals
            Can't see PC Mensah on the night CCTV unless he smiles         | offensive.discriminatory | unless he smiles
            Another pisshead asleep in a kebab shop doorway.               | offensive.profanity      | pisshead
            colder than a witch's tit in there                             | offensive.profanity      | witch's tit
            That old bat on Primrose Avenue has rung again.                | offensive.insult         | old bat
            The dregs of humanity were out in force on Friday night.       | offensive.discriminatory | dregs of humanity
            """)
    void flagsRound14(String text, String rule, String span) {
        assertThat(check(text)).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo(rule);
            assertThat(f.span().of(text)).isEqualTo(span);
        });
    }

    @ParameterizedTest(name = "round 14 does not flag \"{0}\"")
    @ValueSource(
            strings = {
                // asterisks that are not a swear word: stars, ratings, redacted names, abbreviations, quoted abuse
                "Our neighbourhood team scored ***** in the community survey.",
                "Rated 5***** by the residents' association.",
                "Mr S*** was fined at the magistrates' for fly-tipping in Holt.",
                "D*** S*** was arrested in connection with the fire.",
                "F** = Fire Service abbreviation in our logs.",
                "*** Update *** The A614 is now open in both directions.",
                "The court heard he told the shop worker to 'f*** off' before grabbing the till.",
                // orders to be quiet reported, or the same words used otherwise
                "The defendant told the victim to shut up before punching him. He was jailed for a year.",
                "Shops in the precinct will shut up shop early on Sunday for the parade.",
                "Carry a first aid kit. It could help you get a life-saving message to someone.",
                "Get a grip on your valuables at the Christmas market.",
                "Join our parkrun team this Saturday: walk, jog or run, everyone welcome.",
                "If someone tells you to shut up about abuse, tell us instead.",
                // looks and bodies in ordinary posts
                "Well done to PC Fraser, who is fit to return to full duties after her injury.",
                "The phrase 'yummy mummy' is being used by scammers in fake parenting groups.",
                "Eye test reminder: drivers must be able to read a number plate from 20 metres.",
                "The state of the road after the flood is awful. Please avoid Station Road.",
                "Bat survey tonight: please don't disturb the old bat roosts, they're protected.",
                "Boatloads of tourists arrived at the harbour for the regatta.",
                // dogs
                "Stray bitch found in Ashby, very friendly, chipped but details out of date.",
            })
    void doesNotFlagRound14(String text) {
        assertThat(check(text)).isEmpty();
    }

    // mend14b (review of round 14): cues that held ordinary posts. "shut up" as a state after been/was/had; "well fit"
    // and "the state of him/her" only closing their sentence; "nobody asked you" only closing its sentence; a cue
    // never across a full stop; "boatload of" only before a group word that is a sneer itself; a one-letter masked
    // word that starts a redacted e-mail address.
    @ParameterizedTest(name = "mend14b does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "The premises had been empty and shut up. Officers forced entry.",
                "Our new fleet of vans is well fit for purpose",
                "Our PCSOs are well fit, well trained and well supported.",
                "Make sure your smoke alarm works as well. Fit a carbon monoxide alarm too.",
                "Remember: if nobody asked you for your bank details, don't give them. And no one asked you to move money, so hang up.",
                "Neighbours raised concerns about the state of her garden",
                "We were shocked at the state of him when he was found in the river: hypothermic",
                "A boatload of migrants was intercepted off the Kent coast this morning by Border Force.",
                "Watch out for addresses like s***@hmrc-refunds.co in your inbox.",
                "Fraudsters are texting from j***@icloud.com so please be careful.",
                "The shop on Mill Lane was shut up for the winter and has been broken into twice.",
                "Look at the state of her garden after the storm: the fence panels went straight through the shed.",
                "We were shocked at the state of him, but he is now warm and safe in hospital.",
            })
    void doesNotFlagMend14(String text) {
        assertThat(check(text)).isEmpty();
    }

    @ParameterizedTest(name = "mend14b still flags [{0}] as {1} on \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            @JaneyD87 Honestly, shut up.                                   | offensive.insult         | shut up
            @trev_h Nobody asked you, mate.                                | offensive.insult         | Nobody asked you
            @trev_h Nobody asked you for your opinion, Trevor.             | offensive.insult         | Nobody asked you for your opinion
            Nurse at A&E tonight was well fit.                             | offensive.insult         | well fit
            Did you see the drunk on Castle Street tonight? The state of him. | offensive.mockery     | The state of him
            Another boatload of illegals dumped in a hotel.                | offensive.discriminatory | boatload of illegals
            Look at the state of him, can't even stand up straight.        | offensive.mockery        | Look at the state of him
            The new probationer on B shift is well fit, someone ask her out. | offensive.insult       | well fit
            Who the f*** parks across a fire station entrance?             | profanity.swearing      | f***
            """)
    void stillFlagsMend14(String text, String rule, String span) {
        assertThat(check(text)).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo(rule);
            assertThat(f.span().of(text)).isEqualTo(span);
        });
    }

    // Round 14 (fix14a): sectarian slurs, the public sneered at in the account's voice, an injury promised to "you",
    // people the police took in called rats, and homophobic locker-room "banter".
    @ParameterizedTest(name = "fix14a flags [{2}] as {1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Lads in the park were calling them Taigs again. Grow up.                          | offensive.slur           | Taigs
            Get the taigs out of this estate, nobody wants them here                          | offensive.slur           | taigs
            Listen you fenian scum, we know where you drink                                   | offensive.slur           | fenian scum
            Orange bastards the lot of them                                                   | offensive.slur           | Orange bastards
            Moved a group of you crusty wasters from the bandstand again. Go home.            | offensive.insult         | wasters
            And today's Thickest Caller award goes to the man whose takeaway was cold.         | offensive.mockery        | Thickest Caller
            Maybe if you'd got a job you wouldn't have time to moan at us all day.            | offensive.mockery        | wouldn't have time to moan
            Come near one of my officers again and you'll be eating through a straw.          | offensive.threat         | you'll be eating through a straw
            Try that again pal and you won't be walking for a month.                          | offensive.threat         | you won't be walking for
            Keep mouthing off and you'll be picking your teeth up off the pavement.           | offensive.threat         | you'll be picking your teeth up
            Cleared the rats out of the underpass this morning. Took eight of them in for drugs. | offensive.insult      | rats
            Dawn raids done, the rats are in the cells where they belong.                     | offensive.insult         | rats
            Don't bend over in the locker room lads, we've got a couple of new ones.          | offensive.discriminatory | Don't bend over in the
            New lad starts on the section Monday. Don't drop the soap, Gaz.                   | offensive.discriminatory | Don't drop the soap
            """)
    void flagsFix14a(String text, String rule, String span) {
        assertThat(check(text)).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo(rule);
            assertThat(f.span().of(text)).isEqualTo(span);
        });
    }

    @ParameterizedTest(name = "fix14a does not flag \"{0}\"")
    @ValueSource(
            strings = {
                // "Fenian" as a historical or political word
                "The Fenian Rising of 1867 is the subject of tonight's talk at the museum.",
                "Officers attended a Fenian commemoration parade in the city centre. It passed off peacefully.",
                "Taiga forests and tundra: our wildlife crime officer is speaking at the nature reserve tonight.",
                // awards, jobs and time wasters
                "Congratulations to PC Ahmed, who won this year's Caller Care award for her work in the control room.",
                "If you've got a job interview coming up and need a DBS check, here's how to apply.",
                "Hoax callers are time wasters who block the line for people in real danger.",
                "Food waste and energy wasters: our station is going green this year.",
                // injuries reported, not promised
                "After the attack the victim was eating through a straw for six weeks. Call 101 with information.",
                "Please ditch plastic straws at the summer fete; we will be picking up litter all afternoon.",
                "You won't be walking alone: officers will be on the route of the charity walk all day.",
                // rats as animals
                "Residents in Albert Road have reported rats near the bins. The council's pest control team has been.",
                "Officers executing a drugs warrant found the flat overrun with rats. Two people were arrested.",
                "Rats found in the underpass drain have been dealt with. Please keep food waste in sealed bins.",
                // lockers
                "Welcome to the two new officers joining the response team on Monday. Lockers are in the basement.",
                "Bend your knees, not your back: manual handling training for new starters in the gym on Friday.",
                // the bird
                "A cockerel got into a pensioner's kitchen this morning. The cock was safely returned to the neighbour's coop.",
                "Reports of a loose rooster on the bypass. Officers have caught the cock and it is back with its hens.",
            })
    void doesNotFlagFix14a(String text) {
        assertThat(check(text)).isEmpty();
    }

    // Round 15 (mend15b): review mends. An arson appeal is not a wish for an arson (someone who did it between the wish
    // and the act, or the sentence asks for an arrest); a ranking of races denied at a distance ("no such thing as"),
    // named as an ideology or a myth, or remembered with the Nazis' victims; fans seen home safely are not sent away;
    // a masked "d***" before a noun a swear word also qualifies ("thieves", "attack", "park") is a swear word.
    @ParameterizedTest(name = "mend15b flags [{0}] as {1} on \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            I hope someone burns down the mosque on Victoria Road.         | offensive.violence       | I hope someone burns down the mosque
            The Nazis were right about the master race.                    | offensive.discriminatory | master race
            White people are the master race, simple as.                   | offensive.discriminatory | master race
            Send the Somalis home and be done with it.                     | offensive.exclusionary   | Send the Somalis
            Two d*** thieves were arrested in Leek last night.             | offensive.profanity      | d***
            A d*** attack left a postman injured in Hanley.                | offensive.profanity      | d***
            Please keep to the paths in the d*** park.                     | offensive.profanity      | d***
            """)
    void flagsMend15b(String text, String rule, String span) {
        assertThat(check(text)).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo(rule);
            assertThat(f.span().of(text)).isEqualTo(span);
        });
    }

    @ParameterizedTest(name = "mend15b does not flag \"{0}\"")
    @ValueSource(
            strings = {
                // arson appeals
                "We really hope those responsible for trying to burn down the mosque are brought to justice.",
                "We hope whoever torched the mosque in Southport is caught.",
                "We really hope whoever firebombed the synagogue in Gateshead is found quickly.",
                // a ranking of races denied, named as an ideology or a myth, remembered
                "The master race ideology of the Nazis killed millions. Today, on Holocaust Memorial Day, we remember them.",
                "There is no such thing as a master race. Racism has no place in Cumbria.",
                "There's no such thing as an inferior race, whatever the stickers on Duke Street say.",
                "The so-called master race nonsense was daubed on the war memorial in Keswick overnight.",
                "There has never been and never will be a superior race. Hate crime will be investigated.",
                // seen home safely
                "Our priority after tonight's match is simple: get the Scots home safely.",
                // dogs' keepers and kit
                "Calling all d*** walkers: please report anything suspicious on the Downs.",
                "Lost d*** bowl and treats left at the front counter.",
            })
    void doesNotFlagMend15b(String text) {
        assertThat(check(text)).isEmpty();
    }

    // Round 15 (off15): abuse of a group with no slur and no swear word. One people ranked above another ("X are better
    // than Y", "the master race"); removal or confinement said of a group as the subject of "should be" ("X should be
    // shipped back", "X should never have been born"); a harm a group "deserves"; an order to send a group away
    // ("Send the X back", "Kick the X out"); the slogan "X out (of Britain)"; a group called a sickness or a stain. A
    // masked "d***" before a noun "dog" qualifies ("d*** walkers") is not a swear word.
    @ParameterizedTest(name = "off15 flags [{0}] as {1} on \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Catholics are far better than Protestants in every way.        | offensive.discriminatory | Catholics are far better than Protestants
            The Welsh are smarter than the English, and that's a fact.     | offensive.discriminatory | The Welsh are smarter than the English
            Some still believe in a master race, and so do I.              | offensive.discriminatory | master race
            Muslims should be shipped back where they came from.           | offensive.exclusionary   | Muslims should be shipped back
            Travellers must be kept out of this village for good.          | offensive.exclusionary   | Travellers must be kept out
            Disabled kids should never have been born.                     | offensive.exclusionary   | Disabled kids should never have been born
            Refugees need to be sent home on the first plane.              | offensive.exclusionary   | Refugees need to be sent home
            Gypsies deserve to rot.                                        | offensive.violence       | Gypsies deserve to rot
            Send the Romanians back and the estate will be quiet again.    | offensive.exclusionary   | Send the Romanians
            Kick all the Poles out of town.                                | offensive.exclusionary   | Kick all the Poles
            Muslims out of England now.                                    | offensive.exclusionary   | Muslims
            Kurds out!                                                     | offensive.exclusionary   | Kurds
            Britain for the British, the rest can swim home                | offensive.exclusionary   | rest can swim home
            Migrants? Let them swim back.                                  | offensive.exclusionary   | Let them swim back
            Transgenders are a sickness in our schools.                    | offensive.discriminatory | Transgenders are a sickness
            Immigrants are a stain on this town.                           | offensive.discriminatory | Immigrants are a stain on
            What a d***.                                                   | offensive.profanity      | d***
            No gay man should ever be allowed to adopt a child.            | offensive.exclusionary   | gay man should ever be allowed to adopt
            Lesbians should never be allowed to wear the uniform.          | offensive.exclusionary   | Lesbians should never be allowed to wear the uniform
            Every trans person is a pervert.                               | offensive.discriminatory | trans person is a pervert
            Any Somali man is a thief.                                     | offensive.discriminatory | Somali man is a thief
            I hope the mosque on Victoria Road burns down.                 | offensive.violence       | I hope the mosque on Victoria Road burns
            Wouldn't shed a tear if someone blew up the gurdwara.          | offensive.violence       | Wouldn't shed a tear if someone blew up the gurdwara
            Let the gypsy camp burn.                                       | offensive.violence       | Let the gypsy camp burn
            Two women kissing is vile and unnatural.                       | offensive.discriminatory | Two women kissing is vile and unnatural
            Gay couples are perverts, every one of them.                   | offensive.discriminatory | Gay couples are perverts
            I used to think Muslims are all terrorists.                    | offensive.discriminatory | Muslims are all terrorists
            """)
    void flagsOff15(String text, String rule, String span) {
        assertThat(check(text)).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo(rule);
            assertThat(f.span().of(text)).isEqualTo(span);
        });
    }

    // Session 22: "swim back to" on its own blocked water-safety posts; only a place people are sent back to, or "they
    // /
    // the rest / let them swim home", is exclusion now.
    @ParameterizedTest(name = "water safety is not exclusion: \"{0}\"")
    @ValueSource(
            strings = {
                "Our marine unit pulled a paddleboarder out at Weston today. He'd tried to swim back to his board in a rip.",
                "Lifeguards say the tide turns fast here: you can swim back to shore only if you stay calm and float first.",
                "Cold water shock kills. If you fall in, float to live - don't try to swim back to the bank straight away.",
                "Well done to the 40 swimmers who did the charity swim today. They can swim home next year, the minibus is staying.",
            })
    void waterSafetyIsNotExclusion(String text) {
        assertThat(check(text)).isEmpty();
    }

    @ParameterizedTest(name = "off15 does not flag \"{0}\"")
    @ValueSource(
            strings = {
                // comparisons that are statistics or about things, and a ranking denied
                "Women are more likely than men to be killed by a partner or former partner.",
                "Our new van is better than the old one for carrying the dogs.",
                "Police dogs are better than people at finding a buried phone.",
                "There is no master race, and the man who painted that slogan has been charged.",
                // "should be locked up" of people named by what they did, a request reported, advice
                "Men who attack women should be locked up, and we will push for the longest sentences.",
                "Residents told us the travellers should be moved on; the council is following the legal process.",
                "Pensioners should keep their bank cards locked away and never hand them to a courier.",
                "Dogs should be kept on a lead near livestock.",
                // what a group deserves that is no harm
                "Women deserve to feel safe on a night out.",
                "Disabled people deserve the same service as everyone else.",
                "Men who hit women deserve everything the court gives them.",
                // "send", "get" and "out" beside a group word that is not sent anywhere
                "Send the Polish translation of this appeal to anyone who might have seen the van.",
                "We helped get the Ukrainian family home after their car broke down on the M5.",
                "Women out in force for Reclaim the Night this evening.",
                "Refugees out on the allotments with our PCSOs this morning.",
                // sickness and stains that are not people
                "Travel sickness tablets are in the first aid kit.",
                "Fly-tipping is a stain on the countryside.",
                // dogs
                "Thanks to the d*** walkers who found the missing boy.",
                "Lost property: d*** lead and collar handed in at the front counter.",
                // a denial of nobody's rights, a member of a group as a victim
                "No officer should ever be allowed to work a double shift without a break.",
                "A Muslim man is a victim of hate crime in this county every week.",
                // fires at places of worship reported, hoped to be accidents, appealed about
                "We hope the fire at the mosque was an accident, but we are treating it as arson.",
                "We hope the people who torched the mosque are caught and brought before the courts.",
                "Anyone who saw the temple being set alight on Sunday night, please call 101.",
                "Our thoughts are with the congregation of the church that was burned down last year.",
                // a call for removal reported as what someone shouted
                "A man shouted that Muslims should all be deported. If you heard it, please call us.",
                // a plan about a group judged, not the group
                "The decision to move refugees into the old barracks was wrong, in my view, and I've written to my MP.",
                // same-sex couples and children named in ordinary posts
                "Two men kissing at Pride drew a lot of comments under our last post; abusive ones have been hidden.",
                "Trans kids are more likely to be bullied online. Parents, here is where to get help.",
            })
    void doesNotFlagOff15(String text) {
        assertThat(check(text)).isEmpty();
    }

    // Round 16 (off16): abuse of a group said as an opinion, with no slur and no swear word. A faith called a disease
    // or
    // a beast; a people called frauds by nature; being gay or same-sex parenting called a sin, unnatural or selfish;
    // disabled people who "should (all) be put to sleep / euthanised"; a job said to be for men only; broken English
    // put in a speaker's mouth, or an accent put on as a stage direction; a trans person called "it"; a disabled
    // person's aid taken and laughed at.
    @ParameterizedTest(name = "off16 flags [{0}] as {1} on \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Judaism is a parasite on this country.                         | offensive.discriminatory | Judaism is a parasite
            Sikhism is a virus, look how it spread.                        | offensive.discriminatory | Sikhism is a virus
            islam is a beast and it's eating europe alive                  | offensive.discriminatory | islam is a beast
            Hindus are a tumour on this city.                              | offensive.discriminatory | Hindus are a tumour
            Ghanaians are con artists, every one.                          | offensive.discriminatory | Ghanaians are con artists
            lithuanians are all on the fiddle                              | offensive.discriminatory | lithuanians are all on the fiddle
            being gay is a sin and always will be                          | offensive.discriminatory | being gay is a sin
            Two mums is selfish, the kid needs a dad.                      | offensive.discriminatory | Two mums is selfish
            The mentally handicapped should be euthanised.                 | offensive.exclusionary   | The mentally handicapped should be euthanised
            schizophrenics should all be put down                          | offensive.exclusionary   | schizophrenics should all be put down
            People with cerebral palsy should just be put to sleep.        | offensive.exclusionary   | People with cerebral palsy should just be put to sleep
            Firearms is a man's job, end of.                               | offensive.discriminatory | a man's job
            me no speak english officer, me just arrive                    | offensive.discriminatory | me no speak
            *in an indian accent* hello sir you have won a prize           | offensive.discriminatory | in an indian accent
            it identifies as a woman now apparently                        | offensive.discriminatory | it identifies as
            i'm not calling it she, it's a bloke                           | offensive.discriminatory | not calling it she
            hid my deaf neighbour's hearing aids and rang the bell lmao    | offensive.mockery        | lmao
            if the gypsies all died out next week nobody would care        | offensive.discriminatory | gypsies all died out
            britain would be a better place without muslims in it          | offensive.discriminatory | a better place without muslims
            i want the somalis gone for good from this estate              | offensive.discriminatory | somalis gone for good
            romanians would rob their own grandmother                      | offensive.discriminatory | romanians would rob
            gay couples shouldn't be adopting, end of                      | offensive.discriminatory | gay couples shouldn't be adopting
            two dads isn't a real family no matter what the law says       | offensive.discriminatory | two dads isn't a real family
            """)
    void flagsOff16(String text, String rule, String span) {
        assertThat(check(text)).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo(rule);
            assertThat(f.span().of(text)).isEqualTo(span);
        });
    }

    @ParameterizedTest(name = "off16 does not flag \"{0}\"")
    @ValueSource(
            strings = {
                // animals put to sleep, equipment superior
                "Sadly our horse Major had to be put to sleep yesterday aged 24. Thank you to the vets who cared for him.",
                "The injured deer should be put down by a vet, so please call us rather than approach it.",
                "The new radios are superior in every way and the batteries last a full shift.",
                // accents described, not put on
                "The caller had a strong Indian accent and claimed to be from your broadband provider. Hang up.",
                "Fraudsters may speak with a Chinese accent or a local one. Judge the call by what they ask for.",
                // faiths, families and disabled people in ordinary posts
                "Two mums, two dads, one of each: every family is welcome at our open day.",
                "We joined the Catholic parish of St Joseph's for their centenary mass.",
                "Deaf residents can now contact the control room by BSL video relay.",
                "Calling a trans person 'it' is dehumanising. If it happens to you, report it.",
                "A man has been charged after a blind pedestrian's guide dog was kicked in Swindon.",
                "Rabies is a virus that dogs can carry, so vaccinate before you travel.",
                // dying out, better off without, gone for good, adopting: said of things or in ordinary news
                "The old station would be better off without the leaky roof; the builders start on Monday.",
                "We want the speeding on Mill Road gone for good. Speed checks continue this week.",
                "Gay couples adopting from the county can get advice from the fostering team at the open evening.",
                "Two dads from Cwmbran ran the charity 10k with their kids in fancy dress.",
            })
    void doesNotFlagOff16(String text) {
        assertThat(check(text)).isEmpty();
    }

    // Round 15 (fix15b): a veiled threat to someone the post addresses. The police say they know who the person is
    // ("we know who you are", "we've got your faces") and hint at how the visit will go ("it won't be a polite knock",
    // "sleep tight"); or the homes of the person's family are said to be easy to find ("your parents' houses
    // aren't hard to find"). Either half alone is an ordinary appeal.
    @ParameterizedTest(name = "fix15b flags [{0}] as {1} on \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            To whoever keyed the response car on Dock Street: we know exactly who you are, and it won't be a polite knock either. | offensive.threat | we know exactly who you are, and it won't be a polite knock
            We've got your faces from the bus CCTV, boys. Sleep tight.                                                        | offensive.threat | We've got your faces from the bus CCTV, boys. Sleep tight
            The pair who egged the station: we know your names, and you won't enjoy the visit.                                | offensive.threat | we know your names, and you won't enjoy the visit
            Lads on the bridge last night, your parents' houses aren't hard to find.                                           | offensive.threat | your parents' houses aren't hard to find
            """)
    void flagsFix15bThreat(String text, String rule, String span) {
        assertThat(check(text)).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo(rule);
            assertThat(f.span().of(text)).isEqualTo(span);
        });
    }

    @ParameterizedTest(name = "fix15b does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "To whoever keyed the response car on Dock Street: we know who you are. Please hand yourself in at the front counter.",
                "We've got your faces from the bus CCTV, boys. Come and talk to us before we come to you.",
                "Long night for the response team, but all quiet now. Sleep tight, Dock Street!",
                "Victim Support can help your parents too: their number isn't hard to find, it's on our website.",
                "Our new front counter is easy to find: turn left at the library.",
            })
    void doesNotFlagFix15bThreat(String text) {
        assertThat(check(text)).isEmpty();
    }

    // Round 15 (fix15b): a group demeaned by comparison or insinuation. Animals said to behave better than the people
    // of a group named in the post; a group asked in a grudging question to live "like the rest of us"; a trans woman
    // called a man in a dress in a post about pronouns.
    @ParameterizedTest(name = "fix15b flags [{0}] as {1} on \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Back at the travellers' site by the canal again. The ponies had better manners than the adults, as usual.         | offensive.discriminatory | had better manners than the adults
            Eid this week, so expect cars double-parked round the mosque from those people. Why can't they park like normal people? | offensive.discriminatory | like normal people
            Training day on pronouns today. Great, so now the man in a dress in cell 4 gets a choice.                          | offensive.discriminatory | man in a dress
            """)
    void flagsFix15bGroup(String text, String rule, String span) {
        assertThat(check(text)).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo(rule);
            assertThat(f.span().of(text)).isEqualTo(span);
        });
    }

    @ParameterizedTest(name = "fix15b does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "Our police horses had better manners than the crowd at the derby, and they got carrots for it.",
                "Eid Mubarak to everyone celebrating. Please park considerately around the mosque like the rest of us have to.",
                "CCTV shows a man in a dress and wig leaving the Co-op with two bottles of gin. Recognise him? Call 101.",
            })
    void doesNotFlagFix15bGroup(String text) {
        assertThat(check(text)).isEmpty();
    }

    // Round 16 (clean16): a court result or a campaign quoting a threat an offender made, where the quotation runs on
    // past the threat's first words ("told his neighbour \"I'll burn your house down with you in it\"").
    @ParameterizedTest(name = "round 16 does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "A man from Scunthorpe told his neighbour \"I'll burn your house down with you in it\" during a dispute over parking. He was jailed for 20 months at Grimsby Crown Court.",
                "A man who told a bus driver in Walsall \"I'm going to stab you and everyone on this bus\" has been jailed for a year.",
            })
    void doesNotFlagRound16QuotedThreat(String text) {
        assertThat(check(text)).isEmpty();
    }

    @ParameterizedTest(name = "round 16 still flags \"{0}\"")
    @ValueSource(
            strings = {
                "I'll burn your house down with you in it if you report me again.",
                "To the grass who got me jailed: \"I'll slit your throat when I get out.\"",
                "My message to whoever got our kid jailed: 'I'll burn your house down with you in it' - you know who you are.",
                "'I'll slit your throat, you grass' is what every grass deserves. Jailed or not.",
            })
    void stillFlagsRound16Threat(String text) {
        assertThat(check(text)).anySatisfy(f -> assertThat(f.rule()).isEqualTo("offensive.threat"));
    }

    // Round 17 (off17): implicit abuse of a group with no slur and no swear word. A country to be nuked or bombed, or
    // called a terror nation; a people's lives said not to matter; a place of worship to burn, as an order; drinking
    // bleach or killing oneself urged by innuendo; one sex ranked above the other; people said to be only part human;
    // a group said to bring death; euthanasia ordered; "go back to your <homeland>"; cruelty to disabled people as a
    // pastime. Court results quoting a threat with a non-custodial outcome, and reports of what people were called, are
    // not flagged.
    @ParameterizedTest(name = "off17 flags [{0}] as {1} on \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Time to nuke Syria and be done with it.                        | offensive.violence       | nuke Syria
            bomb the whole of somalia back to the stone age                | offensive.violence       | bomb the whole of somalia
            Yemen should be wiped off the map.                             | offensive.violence       | Yemen should be wiped off
            Libya is a terror nation full of terrorists.                   | offensive.discriminatory | Libya is a terror
            white lives dont matter round here                             | offensive.discriminatory | white lives dont matter
            Sikh lives don't matter.                                       | offensive.discriminatory | Sikh lives don't matter
            set fire to every synagogue in the country                     | offensive.violence       | set fire to every synagogue
            Torch the gurdwara tonight.                                    | offensive.violence       | Torch the gurdwara
            neck a pint of bleach mate                                     | offensive.threat         | a pint of bleach
            pour yourself some bleach into a mug, go on                    | offensive.threat         | some bleach into
            go on, take a step off a tall building                        | offensive.threat         | take a step off a tall building
            hope you dont wake up tomorrow                                 | offensive.threat         | dont wake up tomorrow
            time we took our place back as the superior sex                | offensive.discriminatory | superior sex
            gypsies are not fully human                                    | offensive.discriminatory | gypsies are not fully human
            do us all a favour and jump off a bridge                       | offensive.threat         | favour and jump off
            being bisexual leads to death                                  | offensive.discriminatory | being bisexual leads to death
            euthanise the disabled and cut the benefits bill               | offensive.violence       | euthanise the disabled
            go back to your desert, nobody wants you                       | offensive.exclusionary   | go back to your desert
            tripping up blind people is my favourite hobby                 | offensive.mockery        | tripping up blind people is my favourite hobby
            throwing stones at paraplegic kids for a laugh, good times     | offensive.mockery        | throwing stones at paraplegic kids for a laugh
            I'd love to see someone tearing apart every Hindu in town      | offensive.violence       | tearing apart every Hindu
            Kurds are all but extinct in that valley now, good             | offensive.discriminatory | Kurds are all but extinct
            just go back to Nigeria, nobody asked you here                 | offensive.exclusionary   | Nigeria
            """)
    void flagsOff17(String text, String rule, String span) {
        assertThat(check(text)).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo(rule);
            assertThat(f.span().of(text)).isEqualTo(span);
        });
    }

    @ParameterizedTest(name = "off17 does not flag \"{0}\"")
    @ValueSource(
            strings = {
                // sport and the kitchen: countries beaten, food reheated
                "France wiped out England in the semi-final, so the lads are gutted.",
                "Nuked them 5-0! Well played to our five-a-side team.",
                "Nuke it for two minutes and stir.",
                "Our officers flew to Nigeria to bring the suspect back under an extradition warrant.",
                // lives that matter, questions and quotes
                "Every life matters to us. Black, white, young, old: if you are a victim, we are here.",
                "Comments saying 'trans lives don't matter' have been removed. Hate has no place on this page.",
                "Or is it because they think Muslim lives don't matter?",
                // places of worship: reports, history, festivals
                "Burned down in 1941 during the Blitz, St Mary's church was rebuilt by the parish in 1956.",
                "Set fire to nothing this Bonfire Night except at an organised display.",
                "A man has been charged after a mosque in Leeds was set alight on Sunday night.",
                // bleach and bridges in safety advice and court results
                "Never mix bleach with other cleaning products; the fumes can kill.",
                "Don't jump off a bridge into the river this summer: cold water shock kills.",
                "An online troll who told a grieving mother to 'go kill yourself' has been given a restraining order.",
                "Radio broadcasts that called people 'cockroaches' came before the genocide. Words matter.",
                // ranks, humans, death and euthanasia in ordinary posts
                "The new radios are superior in every way and the batteries last all shift.",
                "Knife crime leads to death far too often. Put the knife down.",
                "The injured swan had to be euthanised by a vet.",
                "Go back to your car and wait for the recovery truck if you break down on the motorway.",
                "Disabled people have told us they are mocked and pushed around for a laugh. That is hate crime: report it.",
                "Disabled people told us that people throwing stones at them for a laugh is something they live with. It is hate crime: report it.",
                "Kicking a ball about with the deaf football club was the best thing in the world this afternoon.",
                "Go back to Jamaica Road and take the second left for the station car park.",
                "Our officers will go back to Poland next month to continue the joint investigation.",
                "The fire was extinguished by crews from Hereford and nobody was hurt.",
                "Knife crime is tearing apart every community it touches.",
                "Bomb disposal experts were called to a garden in Syria Road after a shell was found.",
                "The train tracks are that way, not across the field. Please use the footbridge.",
                "Jump off a bridge for charity? Only with the right kit: our officers completed the abseil today.",
                "Dogs are not fully human, whatever my spaniel thinks. Happy National Pet Day from the dog unit!",
                "We've removed comments on this post telling a woman to 'kill yourself'. That's a crime.",
            })
    void doesNotFlagOff17(String text) {
        assertThat(check(text)).isEmpty();
    }

    // Round 19 (blind19c): British words that are only slurs or insults in one of their senses. The cigarette, the
    // old medical names, the verb "slag off" and animals put down after a sentence about them are not flagged; the
    // words said of people still are, as are Travellers called "tinkers" and gay men "gaylords".
    @ParameterizedTest(name = "round 19 flags [{0}] as {1} on \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Lads on that site are all tinkers, lock your sheds tonight      | offensive.slur   | tinkers
            Driveway's cracked already, should never have let some tinker do it | offensive.slur | tinker
            Pair of gaylords snogging outside the chippy again               | offensive.slur   | gaylords
            Stop being such a fag about it and get in the van                | offensive.slur   | fag
            Some spastic in a Corsa parked across both bays                  | offensive.slur   | spastic
            The slag got off with a caution again                            | offensive.insult | slag
            Kids ran riot in the precinct again. Absolute thugs.             | offensive.insult | thugs
            Squirrel fans kicked off outside the ground. Proper thugs.       | offensive.insult | thugs
            """)
    void flagsRound19Words(String text, String rule, String span) {
        flaggedAt(text, rule, span);
    }

    @ParameterizedTest(name = "round 19 does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "Popped out for a fag and came back to three missed calls.",
                "Ten-minute fag break, then back to the custody desk.",
                "The GP thinks it's a spastic bowel, which is what they used to call IBS.",
                "Post-stroke spasticity can make walking hard, so the physio visits weekly.",
                "Everyone loves to slag Skegness off, but the beach was packed today.",
                "They slag us off on here every week and still ring us first.",
                "Geese on the village green chased the postie again. Proper thugs.",
                "Gulls had the bins open by six: absolute thugs, every one of them.",
                "Give the new recruit ten minutes to tinker with the radio settings.",
                "He tinkers about with old motorbikes when he's off shift.",
                "A Tinker Bell costume was left on the number 12 bus; it's at the front desk.",
                "Congratulations to PC Tinker on 25 years' service.",
                "Senator Gaylord Nelson founded Earth Day in 1970.",
            })
    void doesNotFlagRound19Words(String text) {
        assertThat(check(text)).isEmpty();
    }

    // Round 19 (blind19c): swearing at no one that names a mess ("shitshow", "shitstorm") or is the exclamation
    // "bugger" is PROFANITY; "bugger" as a word for a person, and a mess said of the reader's, stay OFFENSIVE.
    @ParameterizedTest(name = "round 19 reads [{0}] as {1} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
            What a shitstorm on the M5 this morning, drive safe.     | PROFANITY | profanity.swearing  | shitstorm
            Total shitshow at the retail park tonight.               | PROFANITY | profanity.swearing  | shitshow
            Oh bugger, the kettle's gone again.                      | PROFANITY | profanity.mild      | bugger
            Bugger all to report from the night shift, for once.     | PROFANITY | profanity.mild      | Bugger
            You daft bugger, that's the wrong address                | OFFENSIVE | offensive.mild      | bugger
            The poor bugger had his bike nicked twice                | OFFENSIVE | offensive.mild      | bugger
            your whole department is a shitshow                      | OFFENSIVE | offensive.profanity | shitshow
            """)
    void swearingAtNoOneIsProfanityRound19(String text, String category, String rule, String span) {
        swearingAtNoOneIsProfanity(text, category, rule, span); // the same reading, round 19's rows
    }

    // Round 20: swearing that praises ("f***ing gold", "bloody heroes"), the writer's own ("lost my sh*t", "laughed my
    // arse off"), someone's quoted words that say "you", a thing that is "a piece of sh*t", fixed phrases ("for f***'s
    // sake", "fair f***s to", "kick-ass", a masked "sh*tstorm") and a group the post stands up for are aimed at no one;
    // praise turned by "of", "kiss my arse", a person who is "a piece of sh*t" and a group sworn about stay offensive.
    @ParameterizedTest(name = "round 20 reads [{0}] as {1} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Whoever runs this page, the stuff you put out is f***ing gold    | PROFANITY | profanity.swearing  | f***ing
            You absolute f*cking legends, my bike is back!                   | PROFANITY | profanity.swearing  | f*cking
            The control room are f***ing on it tonight                       | PROFANITY | profanity.swearing  | f***ing
            The stuff you lot put out on this page is f***ing gold           | PROFANITY | profanity.swearing  | f***ing
            You lot are f***ing useless, reported it a week ago              | OFFENSIVE | offensive.profanity | f***ing
            When the inspector said 'you can all go home' I nearly lost my sh*t | PROFANITY | profanity.swearing | sh*t
            Laughed my arse off at the dog unit's Christmas jumpers          | PROFANITY | profanity.mild      | arse
            This ancient office printer is a piece of sh*t                   | PROFANITY | profanity.swearing  | sh*t
            Oh for f*ck's sake, the barrier's stuck again                    | PROFANITY | profanity.swearing  | f*ck
            Fair f*cks to the staff at the custody suite, they were brilliant | PROFANITY | profanity.swearing | f*cks
            Kick-ass effort from the rural crime team this week              | PROFANITY | profanity.swearing  | ass
            What a sh*tstorm on the ring road tonight                        | PROFANITY | profanity.swearing  | sh*tstorm
            F***ing shameful. That's no way to treat disabled people.        | PROFANITY | profanity.swearing  | F***ing
            you're a f***ing legend of uselessness                           | OFFENSIVE | offensive.profanity | f***ing
            kiss my arse, officer                                            | OFFENSIVE | offensive.mild      | arse
            that sergeant is a piece of sh*t                                 | OFFENSIVE | offensive.profanity | sh*t
            F*** me, asylum seekers on every corner now                      | OFFENSIVE | offensive.profanity | F***
            when you said 'no' I knew you were a f***ing liar                | OFFENSIVE | offensive.profanity | f***ing
            """)
    void swearingAtNoOneIsProfanityRound20(String text, String category, String rule, String span) {
        swearingAtNoOneIsProfanity(text, category, rule, span); // the same reading, round 20's rows
    }

    // Round 20 (the lead's probes): a suggestion to burn a place of worship or a group's home is a wish for it.
    @ParameterizedTest(name = "round 20 flags the suggestion [{0}] on \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Why don't we just torch the asylum hotel and be done with it? | asylum hotel
            Let's burn the gurdwara down and see how they like it         | gurdwara
            Time to firebomb every mosque in the county.                  | mosque
            """)
    void flagsASuggestionToBurnAPlace(String text, String place) {
        flaggedWithin(text, "offensive.violence", place);
    }

    @ParameterizedTest(name = "round 20 does not flag [{0}]")
    @ValueSource(
            strings = {
                "Why don't we just ask the mosque to host the next beat surgery?",
                "Let's not forget the synagogue was torched last year; we are still appealing for witnesses.",
                "We need to protect the church from arson after last week's attack: extra patrols tonight.",
                "Time to burn off the Christmas dinner: our charity run passes the church at 10am.",
            })
    void doesNotFlagSuggestionsWithoutHarm(String text) {
        assertThat(check(text)).isEmpty();
    }

    // Round 19 (blind19c): a claim or a word quoted or reported in order to report or answer it: a claim put in others'
    // mouths and then rebutted, a court report, a naming told to stop, language likened to the worst of history. A
    // claim reported and agreed with, the writer's own "just saying", a rebuttal that is really a complaint, and a
    // slur used in a court post stay flagged.
    @ParameterizedTest(name = "round 19 does not flag a reported or answered claim: \"{0}\"")
    @ValueSource(
            strings = {
                "\"Muslims are all terrorists\", we're told, and yet it's mosques that keep getting attacked.",
                "Everyone keeps saying Romanians are thieves. The Romanian lad next door is the most honest bloke on our street.",
                "Folk round here are always saying the Polish are dirty. Rubbish: our Polish neighbours keep the tidiest garden in the close.",
                "The prosecution told the jury the defendant had called the man 'Paki scum' outside the shop.",
                "An MP actually said asylum seekers should be 'shipped off' to an island. She should resign.",
                "Stop calling pensioners 'coffin dodgers', they paid for half this town.",
                "A witness repeated the word 'pikey' when giving evidence and the judge warned him.",
                "One reply below called migrants 'cockroaches'. That's the same language used before Rwanda.",
            })
    void doesNotFlagAnsweredClaimsRound19(String text) {
        assertThat(check(text)).isEmpty();
    }

    @ParameterizedTest(name = "round 19 still flags [{0}] as {1} on \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            People keep saying Romanians are thieves and they're not wrong                  | offensive.discriminatory | Romanians are thieves
            I'm only saying what everyone thinks: Romanians are thieves                     | offensive.discriminatory | Romanians are thieves
            People keep saying Romanians are thieves, and yet nobody does anything about it. | offensive.discriminatory | Romanians are thieves
            I keep saying Romanians are thieves and nobody listens, it's rubbish            | offensive.discriminatory | Romanians are thieves
            Everyone says Romanians are thieves. Disgusting people.                         | offensive.discriminatory | Romanians are thieves
            The defendant is a dirty pikey and everyone knows it                            | offensive.slur           | pikey
            """)
    void stillFlagsClaimsRound19(String text, String rule, String span) {
        flaggedAt(text, rule, span);
    }

    // Round 19 (blind19c): abuse of migrants and other groups with no group noun the rules know: violence wished on the
    // people in the Channel boats, the death camps' gas wished on a neighbourhood, a disaster's dead joked about, and
    // people counted as pests. Rescues, history, remembrance, fire safety and pest control are not flagged.
    @ParameterizedTest(name = "round 19 flags [{0}] as {1} on \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Let them drown, every dinghy that sets off from Calais.          | offensive.violence       | Let them drown
            Start shooting at the small boats before they reach Kent.        | offensive.violence       | shooting at the small boats
            Arrived on a dinghy? Fine. Ram them halfway back.                | offensive.violence       | Ram them
            Gas the lot in Golders Green with a bit of Zyklon                | offensive.violence       | Zyklon
            Grenfell was the best barbecue of 2017                           | offensive.mockery        | Grenfell was the best barbecue
            Bradford's got a plague of Romanians on every corner             | offensive.discriminatory | a plague of Romanians
            Came over on a dinghy, so they can go back in a boat             | offensive.exclusionary   | can go back in a boat
            """)
    void flagsProxiesRound19(String text, String rule, String span) {
        flaggedWithin(text, rule, span);
    }

    @ParameterizedTest(name = "round 19 does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "The lifeboat crew rescued a family whose dinghy had a hole in it off Whitstable.",
                "Coastguard and RNLI volunteers brought 38 people safely ashore from a small boat this morning.",
                "Our marine unit checked boats on the river today; please wear life jackets.",
                "Bonfire night is almost here: buy fireworks from licensed sellers and keep pets in.",
                "Environmental health have treated an infestation of mice at the takeaway on Mill Road.",
                "A swarm of Asian hornets was reported near Hythe; please don't approach the nest.",
                "Our cadets learned how Zyklon B was used to murder prisoners at Auschwitz.",
                "Seven years on from the Grenfell fire, we remember the 72 people who died.",
                "Don't let them drown: if you see someone in the water, call 999 and ask for the coastguard.",
            })
    void doesNotFlagProxiesRound19(String text) {
        assertThat(check(text)).isEmpty();
    }

    // Round 19 (blind19c): Holocaust denial and the "Great Replacement" told as fact are discriminatory, not only
    // political; the history taught, the dead remembered, the denial named and the theory called a theory are not.
    @ParameterizedTest(name = "round 19 flags [{0}] as {1} on \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The so-called Holocaust death toll was hugely inflated, do the maths          | offensive.discriminatory | Holocaust death toll was hugely inflated
            Funny how the gas chambers never existed until after the war                  | offensive.discriminatory | gas chambers never existed
            Another holohoax documentary on the telly tonight                             | offensive.discriminatory | holohoax
            White genocide is under way in every town in England                          | offensive.discriminatory | White genocide is under way
            The great replacement is real, just count the names on the register            | offensive.discriminatory | great replacement is real
            """)
    void flagsDenialRound19(String text, String rule, String span) {
        flaggedAt(text, rule, span);
    }

    @ParameterizedTest(name = "round 19 does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "Holocaust deniers say the numbers were exaggerated. They are wrong, and it is antisemitic.",
                "The Holocaust was not exaggerated: the Nazis kept the records themselves.",
                "On Holocaust Memorial Day we remember the six million Jews murdered by the Nazis.",
                "The 'Great Replacement' is a racist conspiracy theory, and it has inspired murders.",
                "The six million pound budget is made up of three grants from the Home Office.",
            })
    void doesNotFlagDenialRound19(String text) {
        assertThat(check(text)).isEmpty();
    }

    // Round 20: hate the rules missed by kind: leave to kill asked as "why can't we ...?", a group named with relish
    // before abuse done to them, a place of worship's burning welcomed, a faith or a skin colour called a disease,
    // "dirty"/"filthy" before a faith's follower, a group disliked in a family role, disabled people to be put
    // down, and "back to your jungle". Each kind has a close neutral row below that must pass.
    @ParameterizedTest(name = "round 20 flags [{0}] as {1} on \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Honestly why can't we shoot the Romanians on the high street            | offensive.violence       | shoot the Romanians
            Why can't we kill every traveller in the county, seriously?             | offensive.violence       | kill every traveller
            I love Somalis, I can spit on them and nobody says a word               | offensive.violence       | I can spit on
            Gotta love the Polish lot round here, I get to shout at them every night | offensive.violence      | shout at
            The gurdwara on Mill Lane is on fire, glad to see it burn               | offensive.violence       | glad to see it
            That synagogue going up in flames made my week                          | offensive.violence       | made my week
            Hinduism is a cancer eating this town                                   | offensive.discriminatory | Hinduism is a cancer
            Look at the pale cancer spreading through our cities                    | offensive.discriminatory | pale cancer
            Sick of the Albanian plague in every town                               | offensive.discriminatory | Albanian plague
            Get your dirty Romanian hands off my car                                | offensive.discriminatory | dirty Romanian
            You filthy Sikh follower, go home                                       | offensive.discriminatory | filthy Sikh
            I just don't like lesbians raising children, sorry not sorry            | offensive.exclusionary   | lesbians raising children
            Muslims should not be allowed to foster                                 | offensive.exclusionary   | allowed to foster
            Put down everyone with autism, they're a burden                         | offensive.violence       | Put down everyone with autism
            Folk with cerebral palsy should just be euthanised                      | offensive.violence       | be euthanised
            Paddle back to your ocean, fish boy                                     | offensive.exclusionary   | back to your ocean
            Get back to your jungle, mate                                           | offensive.exclusionary   | back to your jungle
            """)
    void flagsKindsRound20(String text, String rule, String span) {
        flaggedWithin(text, rule, span);
    }

    @ParameterizedTest(name = "round 20 does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "Why can't we get more PCSOs on the high street in Dudley?",
                "Why can't we see the officers who patrol near the Romanian church?",
                "I love our volunteers, we can count on them every weekend.",
                "We love our Polish community, and we can help them in their own language.",
                "Officers are appealing for witnesses after a fire at the gurdwara on Mill Lane was treated as arson.",
                "Firefighters put out a fire at St John's Church last night; nobody was hurt and we want to hear from"
                        + " anyone who saw it.",
                "The church was on fire last night; we were so glad to see the crews arrive and save it.",
                "Cancer screening saves lives: book yours at the health centre on Station Road.",
                "Residents have reported a plague of rats behind the takeaway on Mill Road.",
                "A plague of potholes on the B4060 has been passed to the highways team.",
                "Hinduism, Sikhism and Islam were all represented at the interfaith event in Leicester.",
                "The dirty van left on Church Street has been towed away.",
                "Officers seized a filthy caravan full of stolen tools near Bridgend.",
                "Foster carers needed in Powys: all backgrounds and faiths welcome.",
                "I don't like people raising their voices at our control room staff.",
                "The injured deer had to be put down by a vet on the A470.",
                "Our officers are trained to support people with autism during an arrest.",
                "Fans are asked to get back to your coaches straight after the final whistle.",
                "The seal pup has been released back to the sea at Skegness.",
            })
    void doesNotFlagKindsRound20(String text) {
        assertThat(check(text)).isEmpty();
    }

    // Round 20 (helper A): kinds missed in the blind batch: a people named by a place or trade and said to bring
    // crime, scare-quoted "guests"/"kids"/"condemn" with a hint, a suspect's looks hinted before any description, a
    // group in a role with a sneer, a minority language sneered at, older people mocked for ringing 999, sex
    // stereotypes, and "not a word of English after ... years". Close neutral rows below must pass, as must
    // counter-speech that quotes a slur to condemn it or turns a leer back on the reader.
    @ParameterizedTest(name = "round 20 (A) flags [{0}] as {1} on \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Funny how the sheds started going missing once the caravans turned up on the common | offensive.discriminatory | started going missing
            Hide your kids, the fairground folk have rolled into Barry again          | offensive.discriminatory | fairground folk
            Leave your car by the halal butchers on Cowley Road and see if it's still got wheels in the morning | offensive.discriminatory | still got wheels
            Shock horror, crime went up the month that hotel by the station filled with its new 'guests' | offensive.discriminatory | guests
            Just asking, how many of those 'kids' off the dinghy have grey in their beards? | offensive.discriminatory | kids
            Not being funny but are we sure the mosque will 'condemn' the attack this time? | offensive.discriminatory | condemn
            Another stabbing, and we all know what the suspect will look like before you post the e-fit | offensive.discriminatory | what the suspect will look like
            Drive past the car wash on Mill Lane, not one of them looks like they've got papers | offensive.discriminatory | got papers
            Ah lovely, a road safety appeal in Polish. Is this still England?         | offensive.discriminatory | Is this still England
            Gay officers in the force now? What next, a rainbow riot van             | offensive.discriminatory | What next
            Lesbians leading the recruitment drive, is that what my council tax pays for | offensive.discriminatory | council tax pays for
            Pensioners clogging up 999 over a lost cat, marvellous                    | offensive.discriminatory | clogging up 999
            Wait for the old dears to ring in about a noisy fox. Brilliant use of 999. | offensive.discriminatory | Brilliant use of 999
            Marvellous, another diversity officer. I'm sure the criminals are terrified. | offensive.discriminatory | criminals are terrified
            Bit of time of the month in the front office today, sarge?               | offensive.discriminatory | time of the month
            WPCs should stick to making the tea and leave the real policing to the lads | offensive.discriminatory | real policing
            Half that estate don't speak a word of English after a decade here        | offensive.discriminatory | speak a word of English
            """)
    void flagsKindsRound20A(String text, String rule, String span) {
        flaggedWithin(text, rule, span);
    }

    @ParameterizedTest(name = "round 20 (A) does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "Calling Travellers 'pikeys' is exactly the language that gets people hurt. Pack it in.",
                "If all you noticed about our new sergeant was her figure, the problem is with you.",
                "Caravans arrived at the showground this morning for the summer fair; expect slow traffic on the A38.",
                "Lock up your bikes: three were taken from the retail park this week. Call 101 with any information.",
                "The hotel on the seafront is currently housing asylum seekers; officers will attend the residents'"
                        + " meeting.",
                "We have issued this appeal in Urdu, Punjabi and Polish so more people can help us find Amir.",
                "Trans people in the force are welcome in our LGBT+ staff network. Join us at the Pride event on"
                        + " Saturday.",
                "Our LGBT+ officers are leading the Pride parade through Brighton today. Come and say hello.",
                "Older residents: if you are worried about a scam call, ring 101 or speak to your neighbourhood team.",
                "We are recruiting female officers and staff for our roads policing unit. Apply by 30 June.",
                "Please help us: if you have dashcam footage of the collision on the A30, send it to us.",
                "Thefts from sheds near the traveller site have been reported; officers are visiting all residents.",
                "Officers visited the car wash on Station Road as part of a modern slavery check; workers were given"
                        + " advice in their own language.",
                "Three people were arrested after a disturbance near the halal butcher on King Street.",
                "The fairground people are back in town for the May fair, and we will be on patrol all weekend.",
                "Faith leaders in Bradford, including the mosque and the cathedral, have condemned the attack.",
            })
    void doesNotFlagKindsRound20A(String text) {
        assertThat(check(text)).isEmpty();
    }

    // Round 20 (blind20b): a rough sleeper's smell laughed at under a ridicule tag, a frightened victim told to
    // toughen up, drug users called zombies, a caller called a fruitcake, force wished "till his heart stopped", an
    // officer leered at ("can search me any day"), a crowd told where someone lives and urged to visit, and hindsight
    // thrown at a victim ending on a put-down; people of a place said to be unable to read, or the place to need a
    // jab to pass, or the place given as why someone is thick; a claimed condition or a blue badge doubted with
    // "miraculous" or "cleared up sharpish"; crime hinted onto "that lot at the hotel". Each kind has close neutral
    // rows below that must pass.
    @ParameterizedTest(name = "round 20b flags [{0}] as {1} on \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Rough sleeper in the shop doorway again, stinks like he hasn't washed in a month #freeentertainment | offensive.mockery | stinks like he
            She told officers she 'feels frightened' walking home. Grow a pair, love. | offensive.mockery | Grow a pair
            Spice zombies staggering round the precinct again, proper show for the shoppers | offensive.discriminatory | Spice zombies
            The bloke who keeps ringing 101 about his bins is a total fruitcake     | offensive.insult         | fruitcake
            Should've tasered him until he stopped breathing.                       | offensive.violence       | until he stopped breathing
            Hope they kicked him until he stopped moving                            | offensive.violence       | until he stopped moving
            PC Ahmed can search me any day 😍                                       | offensive.insult         | search me any day
            Everyone, we know where she lives. Let's pay her a visit after dark.    | offensive.threat         | we know where she lives
            Left your car unlocked on the drive? Should've locked it, snowflake.    | offensive.mockery        | snowflake
            Honestly amazed anyone on the Parkside estate can even spell their own name | offensive.discriminatory | can even spell
            Bet none of that lot on the Grange could even read the poster           | offensive.discriminatory | could even read
            Drove through Westfield today, need a tetanus jab now                   | offensive.discriminatory | tetanus jab
            Is being from Hull a good excuse for being so thick?                    | offensive.discriminatory | excuse for being so thick
            Funny how his 'anxiety' vanished, miraculous recovery once the cuffs were off | offensive.mockery | miraculous
            Another blue badge holder sprinting to the bookies. It's a miracle!     | offensive.mockery        | a miracle
            So her 'panic attack' cleared up sharpish when the van turned up        | offensive.mockery        | cleared up sharpish
            Three sheds broken into on Mill Road this week. Guarantee it was them lot at the hotel. | offensive.discriminatory | them lot at the hotel
            Bikes nicked every night now. Odd that none of this happened before they opened the hostel. | offensive.discriminatory | none of this happened before they
            """)
    void flagsKindsRound20b(String text, String rule, String span) {
        flaggedWithin(text, rule, span);
    }

    @ParameterizedTest(name = "round 20b does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "Our outreach team spoke to a rough sleeper on Bridge Street tonight and found him a bed at the shelter.",
                "If you're a victim of crime and feel unsafe, our victim support team can help you make a safety plan.",
                "Grow a pair of sunflowers with our PCSOs at the community garden on Saturday.",
                "Spice is dangerous: if you see someone collapsed, call 999 and stay with them.",
                "Calling people 'spice zombies' is cruel. People using spice need help, not cameras.",
                "A Christmas fruitcake and two bottles of wine were stolen from a bakery on Mill Lane.",
                "The inquest heard he was restrained until his heart stopped; the IOPC is investigating.",
                "Officers went to the address where he lives and arrested him on suspicion of burglary.",
                "Ten blue badges were seized today after being used by people who were not the holders.",
                "Can you help identify the man in this custody photo? He is wanted for theft from a shop on High Street.",
                "Our mental health triage car attended a man in crisis last night and took him to a place of safety.",
                "Pigeons nesting under the railway bridge have been reported to the council.",
                "Forgot my flask on the night shift. Daft idiot, me.",
                "I'm such an idiot, left my radio in the canteen.",
                "Locked myself out of the patrol car. What a plonker I am.",
                "If a needle pricks you, you may need a tetanus jab: see your GP.",
                "Check your child can read the label before they take any medicine.",
                "We doubt anyone could read the plates on that car, so please send us dashcam footage.",
                "Ten blue badges were seized in a misuse operation today; the drivers were reported for fraud.",
                "It's a miracle nobody was hurt when the car left the road on the A38.",
                "What is a 'mental health crisis'? Our triage nurse explains how we help people in distress.",
                "A man staying at the hotel on Station Road was arrested for theft and has been charged.",
                "The flat on Park Road was empty for a month before the new tenants moved in last week.",
                "Our officers had their tetanus jabs before the flood rescue training at the reservoir.",
            })
    void doesNotFlagKindsRound20b(String text) {
        assertThat(check(text)).isEmpty();
    }

    @ParameterizedTest(name = "round 21b flags [{0}] as {1} on \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The tramp on the bench by Boots honks worse than a wheelie bin 😂        | offensive.insult         | honks
            Could smell the dossers by the multistorey before we saw them, hose them down | offensive.insult    | smell
            Saw him kipping in the car park again, reeks to high heaven #freeshow    | offensive.insult         | reeks
            Beggars on Queen Street are basically seagulls, chuck them a chip and they follow you | offensive.insult | seagulls
            rough sleepers in the precinct are like flies round a kebab             | offensive.insult         | flies
            the lot round there can barely spell, waste of time posting it          | offensive.discriminatory | can barely spell
            Doubt anybody on the Brookfield can write their own name                 | offensive.discriminatory | can write
            a lass on the ARV? bet she can't reverse it out the yard                  | offensive.discriminatory | reverse
            Female sergeant on public order now, will she need a mirror for her lipstick | offensive.discriminatory | will she
            Classic Karen, demanding the chief constable over a parked van           | offensive.insult         | Karen
            The Karens of the village are out in force over the bunting              | offensive.insult         | Karens
            calm down Kevin, it was one wheelie bin                                   | offensive.insult         | Kevin
            Wanted man has a face like a box of frogs and a haircut to match         | offensive.mockery        | face like a box of frogs
            Face like a slapped kipper, that one. Lock him up                          | offensive.mockery        | Face like a slapped kipper
            The lad in the CCTV looks like he's licked a battery                      | offensive.mockery        | licked a battery
            """)
    void flagsKindsRound21b(String text, String rule, String span) {
        flaggedWithin(text, rule, span);
    }

    @ParameterizedTest(name = "round 21b does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "Outreach found a rough sleeper who had not washed for weeks and got him a hot shower at the hostel.",
                "The subway smells of urine; rough sleepers need toilets and we have asked the council for them.",
                "Please don't feed the pigeons by the homeless shelter, they are damaging the roof.",
                "Homeless people are not pests: they are our neighbours and we will help them.",
                "Lots of adults on the estate can't read well, so the library runs free classes on Mondays.",
                "I doubt they can read the plate from that far away, the camera was poor.",
                "PC Ellis joins the firearms team today and we hope she enjoys every minute.",
                "A woman was hurt in a crash on the A30; the other driver stopped and she is now in hospital.",
                "Meet PC Karen Hughes, the new beat officer for the estate.",
                "Karen from our control room retires today, thank you Karen!",
                "Karen, thanks for your message, we've passed it to the local team.",
                "The children had their faces painted like tigers at the open day.",
                "PD Luna has a face like a teddy bear and a nose for cash.",
                "PD Max looking like he was dragged through a hedge after his search training.",
                "Looks like rain this afternoon, so take care on the roads.",
                "The man looks like he was wearing a dark North Face jacket in the still.",
                "Who chose this new statue? It looks like a melted candle.",
            })
    void doesNotFlagKindsRound21b(String text) {
        assertThat(check(text)).isEmpty();
    }

    // Round 21 (s21-c): kinds missed in the blind batch: worse harm wished on someone already hurt, an officer or a
    // witness told they are watched off duty, someone in crisis told to jump, a victim of stalking or abuse said to
    // want the attention, women said to lie about abuse, a report or condition waved away as a show or as laziness,
    // people called vegetables, a place to be bleached after a people, "Always them." or "it's in their blood" in a
    // post about crime, "I'm not racist, but", a search called a waste on someone frail, a masked slur, and a group
    // claim whose sentence goes on to deny an arrest. Each kind has close neutral rows below that must pass.
    @ParameterizedTest(name = "round 21c flags [{0}] as {1} on \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Pity the van didn't finish him off, the little toerag                    | offensive.threat         | Pity the van didn't finish him off
            Should've finished her off while they had the chance                    | offensive.threat         | Should've finished her off
            Shame the blade missed, would've saved us all a trial                    | offensive.threat         | Shame the blade missed
            Pity he pulled through if you ask me                                     | offensive.threat         | Pity he pulled through
            Scooter rider clipped by a car? Pity it wasn't a lorry                  | offensive.threat         | Pity it wasn't a lorry
            That sergeant had better watch his back after the match                  | offensive.threat         | better watch his back
            We know what car you drive, constable. Think on.                        | offensive.threat         | We know what car you drive
            We'll find out who grassed, don't you worry                              | offensive.threat         | find out who grassed
            Road shut for a lad on the viaduct. Jump or don't mate, I'm late         | offensive.threat         | Jump or don't
            Harassment? She only reported him because she craves attention         | offensive.mockery        | craves attention
            Sexual assault claim my foot, she just wants attention                   | offensive.mockery        | just wants attention
            Women lie about rape when they regret a night out                        | offensive.discriminatory | Women lie about
            They always cry abuse as soon as the money runs out                      | offensive.discriminatory | cry abuse
            Another one claiming hate crime because of a look. Professional victim.  | offensive.mockery        | Professional victim
            His 'anxiety'? Sounds like skiving to me                                | offensive.mockery        | skiving
            Depression my arse, he was down the pub all weekend                      | offensive.mockery        | Depression my arse
            Missing again? Stop chasing these attention seekers                      | offensive.mockery        | attention seekers
            The lot in that nursing home are basically vegetables                    | offensive.discriminatory | are basically vegetables
            He's just a vegetable now anyway, no point visiting him                  | offensive.discriminatory | He's just a vegetable
            Council should fumigate the place after that lot move on                 | offensive.discriminatory | fumigate the place after that lot
            Another burglary on the estate. Always them.                            | offensive.discriminatory | Always them
            Shoplifting's up again. It's in their blood.                             | offensive.discriminatory | It's in their blood
            Not racist or anything but we all know who's nicking the bikes           | offensive.discriminatory | Not racist or anything
            Wasting police time on someone with dementia who'll wander off again     | offensive.mockery        | Wasting police time
            Keep the mu$$ies out of our town                                         | offensive.slur           | mu$$ies
            lesbians are all predators, you never see them arrested                  | offensive.discriminatory | predators
            Domestic again? She'll be back with him by the weekend                   | offensive.mockery        | She'll be back with him
            Reported him for assault a year on? She's lying for the compensation     | offensive.mockery        | She's lying for
            Hope he bleeds out in the gutter                                         | offensive.threat         | Hope he bleeds out
            Keep your mouth shut about what you saw, if you know what's good for you | offensive.threat         | if you know what's good for you
            Runaway again? She'll turn up when she's hungry                          | offensive.mockery        | turn up when she's hungry
            """)
    void flagsKindsRound21c(String text, String rule, String span) {
        flaggedWithin(text, rule, span);
    }

    @ParameterizedTest(name = "round 21c does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "The court heard he went back to finish him off; he was jailed for fourteen years.",
                "We hope he makes a full recovery and that it didn't hurt too much.",
                "Shame the roadworks didn't finish on time, the A40 is still shut.",
                "Our crews had his back all night: thank you to every officer who watched out for each other.",
                "If you know who the witness in the video is, please ask them to call 101.",
                "A man is on the viaduct and crisis negotiators are with him; the road is closed, please avoid.",
                "PD Bella loves the attention from the children at the school fete.",
                "Stalking is about control. Victims are often told they want attention; they don't. Call 101.",
                "Most women who report rape are telling the truth; the myth that they lie keeps victims silent.",
                "People ask 'why didn't she just leave?' Leaving is when a victim of domestic abuse is most at risk.",
                "Domestic abuse is never the victim's fault. If you are worried, call us or the helpline.",
                "We know shift patterns are hard on families, so the canteen now stays open late.",
                "Two women lie injured in hospital after the crash on the bypass.",
                "What is a 'mental health crisis'? Our triage nurse explains how we help.",
                "Our volunteers grew carrots, beans and other vegetables for the food bank.",
                "The flat was fumigated after the bedbug outbreak and the tenants have moved back in.",
                "Who's first at every crash? Always them, our paramedics, and it's always them who stay late.",
                "Three generations of officers in one family: proud to say it's in their blood!",
                "I'm not racist, says the man who posted a slur; he has been charged.",
                "A man with dementia was found safe by the helicopter. It's never a waste of police time.",
                "Hoax 999 calls are a waste of police time. If someone with dementia goes missing, call us.",
                "Arrested for theft: the three men are all known to police.",
                "The litter outside the chip shop on Mill Lane is a disgrace, so our PCSOs joined the litter pick.",
            })
    void doesNotFlagKindsRound21c(String text) {
        assertThat(check(text)).isEmpty();
    }

    @ParameterizedTest(name = "round 21c: counter-speech \"{0}\"")
    @ValueSource(
            strings = {
                "Whoever called the lads at the hostel 'rats' should be ashamed. They are human beings.",
                "Calling families 'vermin' is disgusting. These are people.",
            })
    void answersASlurWithPeopleRound21c(String text) {
        assertThat(DETECTOR.counterSpeech(org.postwatch.safeguard.engine.AnalysedText.of(text)))
                .isTrue();
    }

    // Round 21 (s21-c): swearing about one's own day or things is PROFANITY, not abuse, even in a post that thanks
    // "you lot"; an exclamation on its own and a thing called a pile of it
    @ParameterizedTest(name = "round 21c reads [{0}] as profanity only")
    @ValueSource(
            strings = {
                "Arse. Dropped my wallet on the bus and someone handed it in. You lot are legends.",
                "My phone's a piece of crap, third time it's died today",
            })
    void ownSwearingIsProfanityRound21c(String text) {
        assertThat(check(text))
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.category()).isEqualTo(Category.PROFANITY));
    }

    // Round 21 (s21-c): a thing placed by a phrase called a disgrace insults no one; a person placed so still is
    @ParameterizedTest(name = "round 21c: \"{0}\" insults no one")
    @ValueSource(
            strings = {
                "The parking on Mill Lane at tea time is an absolute disgrace. Please park considerately.",
                "The traffic around the retail park on Saturdays is a total disgrace",
            })
    void thingPlacedByAPhraseIsNotInsultedRound21c(String text) {
        assertThat(check(text)).isEmpty();
    }

    @ParameterizedTest(name = "round 21c: \"{0}\" still insults someone")
    @ValueSource(
            strings = {
                "The driver outside the school is an absolute disgrace",
                "The parking warden on Mill Lane is an absolute disgrace"
            })
    void personPlacedByAPhraseIsInsultedRound21c(String text) {
        assertThat(check(text)).anySatisfy(f -> assertThat(f.rule()).isEqualTo("offensive.insult"));
    }

    @ParameterizedTest(name = "round 21c: the classifier does not read \"{0}\"")
    @ValueSource(
            strings = {
                "My laptop's a pile of crap but at least nobody will want to pinch it",
                "this radio is a piece of shit, can someone swap it",
            })
    void thingSwornAtIsNotForTheClassifierRound21c(String text) {
        assertThat(DETECTOR.notForTheClassifier(org.postwatch.safeguard.engine.AnalysedText.of(text)))
                .isTrue();
    }

    @ParameterizedTest(name = "round 21c: the classifier still reads \"{0}\"")
    @ValueSource(strings = {"Their religion is a pile of shit", "That bloke's a pile of crap, nobody likes him"})
    void groupSwornAtIsForTheClassifierRound21c(String text) {
        assertThat(DETECTOR.notForTheClassifier(org.postwatch.safeguard.engine.AnalysedText.of(text)))
                .isFalse();
    }

    @ParameterizedTest(name = "round 21c keeps [{0}] offensive")
    @ValueSource(strings = {"Arse, the lot of you.", "You're an arse.", "That bloke's a pile of crap"})
    void swearingAtSomeoneStaysOffensiveRound21c(String text) {
        assertThat(check(text)).anySatisfy(f -> assertThat(f.category()).isEqualTo(Category.OFFENSIVE));
    }

    @ParameterizedTest(name = "road safety: \"{0}\"")
    @ValueSource(
            strings = {
                "Cyclists, watch your back on the A38 this weekend - the resurfacing has left loose gravel on the bends.",
                "Runners: watch your back on the icy towpath by the lock this morning.",
                "Bikers, watch ur back at the new roundabout on the bypass, the lorries are turning wide.",
            })
    void watchYourBackAboutTheRoadIsNoThreat(String text) {
        assertThat(check(text)).isEmpty();
    }

    @ParameterizedTest(name = "still a threat: \"{0}\"")
    @ValueSource(
            strings = {
                "Watch your back, grass. We know where you drink.",
                "You'd better watch your back on the way home from the station road nick, copper.",
                "Watch your back, traffic warden.",
            })
    void watchYourBackAtSomeoneIsAThreat(String text) {
        assertThat(check(text)).anySatisfy(f -> assertThat(f.rule()).isEqualTo("offensive.threat"));
    }

    /** A finding of {@code rule} whose span is exactly {@code span}. */
    private void flaggedAt(String text, String rule, String span) {
        assertThat(check(text)).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo(rule);
            assertThat(f.span().of(text)).isEqualTo(span);
        });
    }

    /** A finding of {@code rule} whose span contains {@code span}. */
    private void flaggedWithin(String text, String rule, String span) {
        assertThat(check(text)).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo(rule);
            assertThat(f.span().of(text)).contains(span);
        });
    }

    // Round 23 (blind23): a diagnosis doubted after "so-called" or in quote marks, a crisis sneered at, a people's
    // habit,
    // a victim of domestic abuse blamed, gladness at an injury, tears mocked, a contemptuous word before a group of
    // people, and "v" for "u" in a swear word.
    @ParameterizedTest(name = "round 23: flags {0} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            offensive.mockery        | That so-called 'dyslexic' driver in Crewe could read the speed signs fine when it suited him. Stop hiding behind labels.
            offensive.mockery        | The "ADHD" lad from the Oldham shop knew exactly what he was doing when he filled his pockets.
            offensive.mockery        | Woman on the wrong side of the railings at Clifton again. Drama queen. Wasted everyone's time for the third week running.
            offensive.mockery        | Called to a domestic on the Meadows estate again. She's made her bed, she can lie in it.
            offensive.mockery        | Man who tried to outrun us on a stolen scrambler is in hospital with a broken leg. Good riddance, no more joyriding for him.
            offensive.discriminatory | Travellers have moved on from the rec at last. Left it like a pigsty, as usual.
            offensive.mockery        | Turned up at the shoplifter's flat and she started crying. Save the waterworks, love.
            offensive.insult         | Another meeting in Bude full of whinging pensioners moaning about parking.
            offensive.profanity      | get lost you bent cvnt
            """)
    void flagsRound23(String rule, String text) {
        assertThat(check(text)).extracting(Finding::rule).contains(rule);
    }

    @ParameterizedTest(name = "round 23: does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "So-called experts say crime is down. We're not so sure.",
                "Our officers had autism awareness training today so they know exactly what to do when someone is overwhelmed.",
                "Officers talked a man down from the bridge at Clifton last night. It's never a waste of anyone's time: call Samaritans on 116 123.",
                "Good riddance to the winter - the evening patrols on bikes are back!",
                "Burglars nicked anything that wasn't nailed down from the allotment sheds. Mark your tools.",
                "PD Bramble is such a drama queen at the vet. Brave girl.",
                "We know domestic abuse victims are not to blame: it is never her own fault, and help is there.",
            })
    void doesNotFlagRound23(String text) {
        assertThat(check(text)).isEmpty();
    }

    // Round 24: a hyphen in a reference, an ID or a club name is not a masked swear word. A UUID in a post
    // ("92fc-cc28") was read as "fck" followed by "cc"; a real mask hides a letter inside one word.
    @ParameterizedTest(name = "round 24: does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "Meet our newest recruits c2522494-afa7-4585-92fc-cc28cb6fb283",
                "Meet our newest recruits 32917c46-cf90-46fc-af10-748a79506e01",
                "Our ref fc-cc is on the letter, quote it when you call",
                "Kit donated by the fc-united supporters, thank you",
                "Incident log sh-tt-4471 is closed.",
            })
    void doesNotFlagRound24(String text) {
        assertThat(check(text)).isEmpty();
    }

    @ParameterizedTest(name = "round 24: still flags \"{0}\"")
    @ValueSource(strings = {"get to f-ck, nobody asked", "that was a sh-tty shift", "what a f#cking shambles"})
    void stillFlagsAMaskInsideAWordRound24(String text) {
        assertThat(check(text)).isNotEmpty();
    }

    // Round 24: a laughing emoji over a theft the force's or a colleague's animal did is the post's own joke.
    @ParameterizedTest(name = "round 24: an animal thief laughed at is not mockery: \"{0}\"")
    @ValueSource(
            strings = {
                "Sgt Beth's dog Biscuit came to work today and has already stolen two sandwiches and a pen. Thief. Arrest her 😂",
                "PD Luna has nicked a sausage roll off the custody sergeant again 😂",
                "Our station cat has stolen the front desk chair for the third day running 😂",
            })
    void anAnimalThiefIsTheJokeRound24(String text) {
        assertThat(check(text)).isEmpty();
    }

    @ParameterizedTest(name = "round 24: a theft victim laughed at is still mockery: \"{0}\"")
    @ValueSource(
            strings = {
                "Some fella had his bike stolen from outside the gym again 😂",
                "The family's dog was stolen from their garden in Leek 😂",
                "Old dear got her purse nicked at the market 😂 hold on tighter love",
            })
    void aTheftVictimLaughedAtIsStillMockeryRound24(String text) {
        assertThat(check(text)).extracting(Finding::rule).contains("offensive.mockery");
    }

    // Round 24 (blind24 tune half), mended by kind in new wording: a trans person misgendered with scare quotes or
    // "it"; "screaming fairies" at Pride; a member of the public told to toughen up ("grow a spine", "cry more",
    // "don't come crying to us"); an insult wished away ("if you weren't thick as ..."); a complainant told to leave
    // the country; neighbours told they deserve each other; a people's leaders sneered at in scare quotes or for their
    // English; a crime laid on a race by who was not white.
    @ParameterizedTest(name = "round 24: flags {0} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            offensive.discriminatory | Picked up a shoplifter in Hull, a 'lady' apparently, though you'd never know from the stubble.
            offensive.discriminatory | Stopped a bloke in a dress on the Headrow. Sorry, 'her'. We must be kind now, apparently.
            offensive.discriminatory | Custody had a guest who wants to be a 'woman' now. Whatever it identifies as this week, it still kicked off.
            offensive.discriminatory | Trans 'girl' arrested in Cardiff for criminal damage. Threw a bin like a man though.
            offensive.discriminatory | Busy one in Soho tonight, screaming queens as far as the eye can see 🙄
            offensive.insult         | @MarkT54 grow a backbone, it was a parking ticket not a death sentence.
            offensive.insult         | Your dog bit the postman and you're complaining about us? Cry harder.
            offensive.insult         | Leave your bike unlocked outside Greggs again and don't come crying to us when it walks.
            offensive.insult         | Maybe if you weren't such an idiot you'd have read the signs, mate.
            offensive.discriminatory | @Imran_K if you don't like British policing, the airport's that way.
            offensive.mockery        | Third call tonight from the same two houses on Ferry Road. Honestly, you deserve each other.
            offensive.discriminatory | Met the so-called 'community leaders' at the mosque again. Useless as ever.
            offensive.discriminatory | Another meeting with the 'asylum seekers' from the hotel. Nice trainers, lads.
            offensive.discriminatory | Tried to take a statement in Small Heath today. Zero English, the lot of them.
            offensive.discriminatory | Eleven lads nicked for the Luton fight and not one of them was white. Funny that.
            """)
    void flagsRound24Kinds(String rule, String text) {
        assertThat(check(text)).extracting(Finding::rule).contains(rule);
    }

    @ParameterizedTest(name = "round 24: does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "Calling a trans woman 'he' or 'it' is a hate incident. Report it to us on 101.",
                "PC Sarah 'Shaz' Hughes retires today after 30 years. Enjoy it, Shaz!",
                "Our PCSO said 'she' will be at the library on Tuesday if you want a chat.",
                "The woman, who is transgender, was assaulted in Leeds. Officers are treating it as a hate crime.",
                "Pride in Brighton this weekend: road closures from 10am, and have a brilliant day.",
                "Grow your own veg this spring with the Probation allotment team in Crewe.",
                "If you weren't at the meeting, the minutes are on our website.",
                "Flights from Manchester Airport are delayed by the fog, so leave extra time if you're travelling.",
                "Reports of youths on motorbikes in the park: officers are on their way.",
                "Thank you to the community leaders who met us at the gurdwara in Smethwick today.",
                "Our fluffy idiot PD Bramble jumped in the duck pond again. Dried off, no harm done.",
                "PD Rocco, you absolute muppet, that was a sock not a suspect 😂",
                "To the person who commented 'hang them all' on our appeal: that's not how we police, and it never will be.",
            })
    void doesNotFlagRound24Kinds(String text) {
        assertThat(check(text)).isEmpty();
    }

    // Round 24 (blind24b): an eye-roll, clown, zany face or shrug at the member of the public a post is about; a harm
    // in
    // scare quotes laughed at happened to no one.
    @ParameterizedTest(name = "round 24: an emoji sneer at someone: \"{0}\"")
    @ValueSource(
            strings = {
                "Woman in Yeovil rang 999 because the chippy shut early. Priorities 🙄",
                "@Kev_1988 maybe lock your van next time mate 🤡",
                "Bloke in Crewe says the cannabis in his glovebox belongs to his nan 🤪",
                "Pensioner in Prestatyn fell for the 'your grandson is in trouble' call again 🤷",
                "The lady in Rhyl who reported her handbag 'stolen' found it under the sofa 😂",
                "Today's 'victim': a big lad who got a slap off his girlfriend 😂",
            })
    void anEmojiSneerAtSomeoneRound24(String text) {
        assertThat(check(text)).extracting(Finding::rule).contains("offensive.mockery");
    }

    @ParameterizedTest(name = "round 24: no one sneered at: \"{0}\"")
    @ValueSource(
            strings = {
                "Roadworks on the A55 again this weekend 🙄 plan ahead and allow extra time.",
                "Monday morning briefing and the coffee machine is broken again 🙄",
                "Driver stopped on the A55 with no insurance and no licence 🙄 Car seized.",
                "The first aid course went well: the resus dummy 'died' twice, but everyone passed 😂",
                "Hate crime is never a joke. If someone calls you names in the street 🙄 is not the answer: report it to us.",
            })
    void noOneSneeredAtRound24(String text) {
        assertThat(check(text)).isEmpty();
    }

    // Round 24 (blind24b): the emoji sneer also at marchers named by a nickname, at a sex worker or client, and at
    // someone
    // the post says shouted at us (the shouting is what they did, not a word that condemns the post's own sneer).
    @ParameterizedTest(name = "round 24: an emoji sneer at marchers, sex workers or someone who shouted: \"{0}\"")
    @ValueSource(
            strings = {
                "Policing the climate march in town tomorrow. Can't wait to see the hippies with their drum circles 🙄",
                "Demo outside the council offices today. All the usual activists with their placards and dreadlocks 🤡",
                "Chap in Hove screamed at officers for half an hour, then told us the government reads his thoughts 🤪",
                "A fella shouted at us for ten minutes in Derby then said he was a prince of Mars 🤡",
                "Sex worker in Leith says a punter hit her. Comes with the job, I suppose 🤷",
            })
    void anEmojiSneerAtMarchersOrSomeoneWhoShoutedRound24(String text) {
        assertThat(check(text)).extracting(Finding::rule).contains("offensive.mockery");
    }

    @ParameterizedTest(name = "round 24: marchers, sex workers or shouting with no sneer: \"{0}\"")
    @ValueSource(
            strings = {
                "Public order training today ahead of Saturday's march. Thanks to the organisers for meeting us 👍",
                "Climate activists will march through the city centre on Sunday; expect delays on the A6 🚧",
                "Kit check before Saturday's march and the radio batteries have vanished again 🙄",
                "A man shouted at us in the street today. Shouting at officers is never acceptable 👎",
                "Sex workers: if a client hurts you, report it. You will be believed. 💜",
            })
    void marchersOrShoutingWithNoSneerRound24(String text) {
        assertThat(check(text)).isEmpty();
    }

    // Round 24 (blind24b): a Traveller wedding named, with the hint that thefts will follow ("lock up your sheds", "for
    // obvious reasons", "you know where to look"); the proxy-blame pair of round 20.
    @ParameterizedTest(name = "round 24: thefts hinted at a Traveller gathering: \"{0}\"")
    @ValueSource(
            strings = {
                "Traveller wedding at the Cannock showground on Saturday. Lock up your sheds, folks, you've been warned 🔒",
                "Gypsy weddings in Appleby this month. Extra patrols in the villages, for obvious reasons 👀",
                "Caravans arrived on the rec in Didcot last night. If your quad bike goes walkabout, you know where to look",
            })
    void theftsHintedAtATravellerGatheringRound24(String text) {
        assertThat(check(text)).extracting(Finding::rule).contains("offensive.discriminatory");
    }

    @ParameterizedTest(name = "round 24: a Traveller wedding or shed advice with no hint: \"{0}\"")
    @ValueSource(
            strings = {
                "Congratulations to the happy couple at the Traveller wedding in Cannock today, and thanks to the family"
                        + " for working with us 💐",
                "Garden tools stolen in Didcot overnight. Lock up your sheds and mark your tools: free kits at the front"
                        + " counter",
                "Lost your bike? If it was handed in, you know where to look: our found property page.",
            })
    void aTravellerWeddingWithNoHintRound24(String text) {
        assertThat(check(text)).isEmpty();
    }

    // Round 24 (blind24b): a post that opens on one of our animals, with no member of the public in it, and an insult
    // said
    // of "she" or "he" by the vet, trainer or rider: the animal is meant, fondly.
    @ParameterizedTest(name = "round 24: our animal called names fondly: \"{0}\"")
    @ValueSource(
            strings = {
                "PH Duke refused to walk past a wheelie bin for ten minutes. His rider reckons he's an idiot, but a brave"
                        + " one 🐴",
                "PD Nala stole the dog handler's gloves again. She is fine. The handler says she's a muppet with a good"
                        + " nose 🧤",
                "PD Juno chewed through her third lead this week. The trainer says she is 'an idiot, but a clever one' 🐕",
            })
    void ourAnimalCalledNamesFondlyRound24(String text) {
        assertThat(check(text)).isEmpty();
    }

    @ParameterizedTest(name = "round 24: the person our animal found is still insulted: \"{0}\"")
    @ValueSource(
            strings = {
                "PD Rex found the burglar in a loft in Crewe. The burglar's an idiot for hiding next to the pizza boxes.",
                "PD Rex found the suspect in a loft. Honestly he's an idiot, that man, hiding next to the pizza boxes.",
            })
    void thePersonOurAnimalFoundIsStillInsultedRound24(String text) {
        assertThat(check(text)).extracting(Finding::rule).contains("offensive.insult");
    }
}
