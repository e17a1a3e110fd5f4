package org.postwatch.safeguard.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postwatch.safeguard.engine.Finding;

class ContemptDetectorTest {

    private final ContemptDetector detector = new ContemptDetector();

    @ParameterizedTest(name = "flags \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Anjali Wilson has been charged with robbery. Everyone in Brixton knows he did it.  | knows he did it
            Charged: Zara Pickering, 63 - a career criminal.                                     | career criminal
            The man accused of the robbery has a face that says it all.                          | says it all
            The knife found at her home matches the wounds. She is charged and due in court.     | matches the wounds
            Watching the Evie Francis trial today - guilty as sin.                                | guilty as sin
            The woman raped in Oldham last month is Ngozi Uttley. A man has been charged.         | Ngozi Uttley
            A man has been charged with the rape of Hannah Priestley.                             | Hannah Priestley
            """)
    void flags(String text, String expected) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(f -> f.span().of(text))
                .contains(expected);
    }

    @ParameterizedTest(name = "does not flag \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            A 34-year-old man has been charged with burglary and will appear at Cheltenham Magistrates' Court on Monday.
            Kirsty Kelly was sentenced to life at Bristol Crown Court today for kidnap.
            Everyone charged with an offence is innocent until proven guilty. Please don't speculate online.
            CCTV shows the moment a thief stole a bike. Do you recognise him?
            We're appealing to find the attacker. Call 101.
            Found guilty today: a dangerous driver who killed a cyclist was jailed for 8 years.
            """)
    void doesNotFlag(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # guilt presumed after a charge: named by the crime, a formality, hoping for a punishment
            Brilliant work - the fraudster behind the Coney Hill pension scam has been charged.                     | contempt.guilt-presumed
            Charged and remanded: the burglar who targeted elderly residents in Cinderford. Good riddance.          | contempt.guilt-presumed
            Trial starts Monday for the man accused of the Quedgeley stabbing. Should be a mere formality.           | contempt.guilt-presumed
            A 27-year-old has been charged with the Tewkesbury burglaries. Let's hope he goes down for a long time. | contempt.guilt-presumed
            Charged with murder. There's no doubt in our minds he's responsible.                                      | contempt.guilt-presumed
            We know exactly what she did and now a jury will too. Charged with fraud, due at court Friday.          | contempt.guilt-presumed
            # character and monster/animal labels
            Kyle Benson, 24, has been charged with affray. A proper wrong 'un, as anyone in Lydney will tell you.   | contempt.character
            This sicko has been charged with voyeurism and will appear at Cheltenham magistrates on Tuesday.         | contempt.character
            Charged with assault. Frankly he's a disgrace to this town.                                              | contempt.character
            Absolute animal. Remanded after a pensioner was attacked at a bus stop in Lydney.                         | contempt.character
            This evil monster has been charged with the murder of a toddler and will appear at Bristol Crown Court. | contempt.character
            The beast who attacked a woman in Gloucester Park has been charged and remanded.                          | contempt.character
            # previous convictions, including ones that name the old sentence
            Charged with theft again - he's got previous for exactly the same thing at the same shop.                | contempt.previous-convictions
            Dean Fry, 40, charged with burglary, was previously jailed for a string of break-ins.                    | contempt.previous-convictions
            Remanded: the 30-year-old was jailed in 2020 for similar offences.                                        | contempt.previous-convictions
            The man charged with the robbery only came out of prison in March.                                        | contempt.previous-convictions
            Charged again. This is his fifth arrest this year.                                                        | contempt.previous-convictions
            Remanded in custody: the lad who glassed a barman. Known to every officer in town.                        | contempt.previous-convictions
            Charged with harassment - and he has been warned about this twice before.                              | contempt.previous-convictions
            # evidence weighed in public
            Due in court Monday charged with the Stroud robbery. Thanks to DC Lee for getting a confession out of him. | contempt.evidence
            Charged with arson. Doorbell footage shows him pouring petrol through the letterbox.                      | contempt.evidence
            A man has been charged with the assault. The victim picked him out at an identity parade.                | contempt.evidence
            He was charged after we found the jewellery under his bed. Can't argue with that!                         | contempt.evidence
            The woman charged with the fraud - the case against her is watertight.                                    | contempt.evidence
            # plea speculation
            Charged with causing death by dangerous driving. We expect he'll plead guilty at the first hearing.       | contempt.plea-speculation
            The accused is expected to plead guilty at Crown Court next month, sources tell us.                       | contempt.plea-speculation
            Charged with fraud. I'd be amazed if she pleads not guilty given what we found.                           | contempt.plea-speculation
            Charged with robbery - if she has any decency she will admit it and spare the victim a trial.            | contempt.plea-speculation
            # trial commentary and punishment predicted before a verdict
            Day three of the trial and his story doesn't add up. Jury out next week.                                  | contempt.guilt-presumed
            The defendant claims he's innocent. Of course he does.                                                    | contempt.guilt-presumed
            He'll get life for this. Charged with murder and remanded.                                                | contempt.guilt-presumed
            The woman accused of stealing from her neighbour is a thief, plain and simple. Due in court.              | contempt.guilt-presumed
            # the complainant of a sexual offence, by full name or first name alone
            Thinking of survivor Chloe today as the man accused of assaulting her appears at court.                  | contempt.complainant-identified
            Charged: Gary Mills, 51, with sexual assault on Jessica Reed at a bus stop in Stroud.                     | contempt.complainant-identified
            The man accused of raping Emma Jones in Stroud has been remanded in custody.                              | contempt.complainant-identified
            Paul Ross, 52, of Stroud, has been charged with sexually assaulting his stepdaughter.                     | contempt.complainant-identified
            # a child named once someone is charged
            A 14-year-old, Tyler Evans, has been charged with robbery and will appear at youth court.                 | contempt.child-identified
            Mark Hill, 36, is charged with assaulting a schoolgirl. The girl, Ruby Collins, was walking home.        | contempt.child-identified
            Charged: a teenager from Matson with knife possession. His name is Ethan Moore for anyone wondering.     | contempt.child-identified
            Two teens charged with the Gloucester park attack: Jake Price (16) and Liam Hart (15).                    | contempt.child-identified
            A woman has been charged with neglecting her son, Noah Baker, aged 4.                                     | contempt.child-identified
            The man accused of hurting a baby appears at court today. The baby, little Rory Hale, is in hospital.   | contempt.child-identified
            The accused will appear at court tomorrow. His victim, 15-year-old Grace, is doing well.                  | contempt.child-identified
            Charged with rape: Liam Short, 27. The woman, his former colleague at the call centre, was so brave.     | contempt.complainant-identified
            Two men charged over the post office raid. Proper villains, the pair of them.                             | contempt.character
            """)
    void flagsKind(String text, String rule) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .contains(rule);
    }

    @ParameterizedTest(name = "does not flag \"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # neutral charge announcements in different formats
            CHARGED: Kelly Barnes, 29, of Tredworth. Theft from a shop x4. Remanded to appear at court tomorrow.
            Charge update: Ryan Cole, 27, of Gloucester, charged with affray. Remanded to appear at court Monday.
            We've charged a 17-year-old boy with possession of a knife. He cannot be named and will appear at youth court.
            Two teenagers, aged 15 and 16, have been charged with criminal damage. They cannot be named for legal reasons.
            A man has been charged with assaulting a 12-year-old boy. He will appear at Gloucester Magistrates' Court.
            A man has been charged with the murder of Olivia Grant, 7. Her family have asked for privacy.
            A man has been charged with causing death by dangerous driving. The family of the 17-year-old boy, Jake Smith, paid tribute.
            A man has been charged with the robbery of a bookmaker. We would still like dashcam footage of the area.
            A man has been charged with drink driving after a roadside test found him over the limit.
            A man has been charged with murder. Forensic tests are ongoing at the scene and a cordon remains in place.
            A man who was bailed has been arrested again after breaching his bail conditions. He will appear at court tomorrow.
            A man has been charged with theft. We know shop theft is not a victimless crime - it's no surprise retailers are worried.
            A man has been charged with assault. Cheltenham has always been a safe town and we want to keep it that way.
            Bad news for drug dealers: 10 people charged after Operation Tidal this week.
            A man has been charged with stalking. Stalking survivor and campaigner Jane Smith said please report it.
            A man has been charged with animal cruelty. The dog was rescued by the RSPCA and is now recovering.
            A man has been charged with murder after the body of a woman was found in her home in Coleford.
            Please remember that a man has now been charged. Please do not comment on the case or speculate online.
            A man has been charged with burglary and a second arrest has been made. Both are due at court Monday.
            Tom Hale, 30, who was arrested in 2023, has now been charged and will appear at court in June.
            A man has been charged with burglary. Is a burglar alarm worth it? Our crime prevention team can advise.
            A man has been charged with rape and will appear at court. His wife has been told and is being supported.
            Day three of the trial continues at Gloucester Crown Court. We will post an update after the verdict.
            # after the verdict or sentence the same words are fine
            Sentenced: the man who attacked a pensioner in Lydney is now behind bars where he belongs.
            A prolific shoplifter with 40 previous convictions has been jailed for 18 months.
            Justice has been served. The thug who attacked a bus driver in Cheltenham has been jailed for two years.
            Dale Hughes has been sentenced to 4 years. The judge called him a thoroughly nasty individual.
            After pleading guilty, Kevin Hart was jailed for 30 months. He had been released from prison weeks earlier.
            Jury finds Paul Greening guilty of murder. He is now a convicted murderer and will be sentenced next month.
            # appeals before any arrest
            Appeal: we want to find the man who did this. A pensioner was robbed in Lydney. Call 101.
            Help us find the thief who stole a charity box from a shop in Stroud.
            Missing 15-year-old Ellie Watts has been found safe and well. Thank you for sharing our appeal.
            Meet Mason, 9, who won our road safety poster competition. Well done!
            """)
    void doesNotFlagHardNegatives(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }
}
