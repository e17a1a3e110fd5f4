package org.postwatch.safeguard.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
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
            # round 17: the person who made the report in a sexual-offence case
            A man, 31, has been charged with rape following a report by Chloe Edwards, 19, of an incident in Stroud.  | contempt.complainant-identified
            Charged with sexual assault after a complaint from Amy Hall. He appears before magistrates on Monday.    | contempt.complainant-identified
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
            # round 2: guilt as a settled fact, calls for a lifelong ban or for hell
            Charged at last. Now Liam Foster can answer for what he did to those pensioners in Tredworth.           | contempt.guilt-presumed
            Remanded in custody 🙌 He'll finally pay for what he did to that little lad.                             | contempt.guilt-presumed
            Remanded after the Hucclecote break-ins. He knows what he did and so do we.                             | contempt.guilt-presumed
            Kieran Lowe, 31, charged with drink driving again. Should never be allowed near a car.                 | contempt.guilt-presumed
            Charged over the hit and run in Abbeydale. Someone like that should never hold a licence again.        | contempt.guilt-presumed
            Charged with child neglect. There's a special place in hell for people like her.                      | contempt.guilt-presumed
            Charged with cruelty to a dog. Hope he burns in hell.                                                  | contempt.guilt-presumed
            # character witnesses, kinds of liar, a label used as the accused's title
            Sophie Hart, charged with fraud, is a compulsive liar according to everyone who knows her.            | contempt.character
            Jade Morris, 26, charged with theft from her employer. Colleagues say she has always been light-fingered. | contempt.character
            Coward Lee Pike charged with attacking a pensioner. Remanded to appear at court Monday.               | contempt.character
            Beast Darren Holt appears at Gloucester Crown Court today charged with rape.                          | contempt.character
            # the crime used as the accused's title
            Burglar Connor Price, 22, has been charged and will appear at court on Tuesday.                       | contempt.guilt-presumed
            Fraudster Helen Price charged with conning pensioners out of £40,000.                                 | contempt.guilt-presumed
            # reminding the public of the accused's past
            Charged: Wayne Tyler, who many of you will remember from the Asda car park brawl in 2019.            | contempt.previous-convictions
            Due before magistrates Monday: Carl Webb, who readers may remember was fined for assault in 2018.    | contempt.previous-convictions
            Charged with burglary - you may remember him from our wanted appeal when he robbed a post office.   | contempt.previous-convictions
            # taunts about the evidence, where the goods were, a confession
            Charged with burglary after we found the missing laptops in his loft. Explain that one to the jury!  | contempt.evidence
            Stolen bikes stashed in her shed. Charged with handling - good luck wriggling out of that one.        | contempt.evidence
            Charged with possession with intent to supply. Good luck explaining the £20k under the floorboards.  | contempt.evidence
            Charged with assault and due in court. He's already admitted the whole lot to officers.             | contempt.evidence
            # a guess at the plea is about a case in court even with no charge word
            We fully expect a guilty plea when Ben Moss appears at Gloucester Crown Court next week.            | contempt.plea-speculation
            Hoping for a guilty plea from Tara Wells at the Crown Court on Friday.                              | contempt.plea-speculation
            No chance he pleads not guilty at Bristol Crown Court.                                              | contempt.plea-speculation
            The man charged with arson is expected to admit the offence when he appears in court on Monday.    | contempt.plea-speculation
            A woman has been charged with fraud. Honestly, she's been ripping people off for years.              | contempt.character
            Charged with assault: Mick Doyle. Nobody in Podsmead will be shedding a tear when he's sent down.    | contempt.guilt-presumed
            The man charged with the post office robbery was only released from HMP Bristol last month.        | contempt.previous-convictions
            Charged with robbery. I'm sure he'll hold his hands up when he gets to court.                       | contempt.plea-speculation
            Charged with burglary: Darren Lee. His mum must be so proud 🙄                                       | contempt.character
            Finally charged. Let's see him try to explain his way out of this one at Gloucester Crown Court.    | contempt.guilt-presumed
            # a workplace, school or year group that identifies a complainant or a child
            Man charged with rape in Stroud. The woman is a nurse at Gloucestershire Royal and we are proud of her. | contempt.complainant-identified
            A man has been charged with sexual assault. The victim, a cleaner at the Kingsholm office block, was brave. | contempt.complainant-identified
            Charged with voyeurism after filming a woman in Cheltenham. She works at the Co-op on London Road.   | contempt.complainant-identified
            Charged with grooming. His victim is a Year 9 pupil at a school in Tewkesbury.                      | contempt.complainant-identified
            Man charged with assaulting his son, who is in Year 5 at Hillview Primary.                           | contempt.child-identified
            Woman charged with cruelty to her daughter, a pupil at St Mary's in Coleford.                        | contempt.child-identified
            A man has been charged with neglect. The little girl goes to Tredworth Juniors.                      | contempt.child-identified
            # Round 10: a living child named by first name beside a charge: "little", "baby", an age in words, "named locally as"
            Thinking of little Oscar tonight. His mum's partner, 33, is charged with wounding and remanded.       | contempt.child-identified
            A woman is charged with cruelty after baby Freya was taken to Gloucester Royal with a fractured arm.   | contempt.child-identified
            A man is charged with the abduction of nine-year-old Isla from a park in Tuffley.                    | contempt.child-identified
            A man is charged with assaulting a six-year-old girl, named locally as Maisie, in Matson.            | contempt.child-identified
            Little Harvey is home from hospital. His mum's boyfriend, 22, is charged with wounding and due in court Monday. | contempt.child-identified
            Charged with burglary in Stroud. He'll surely plead guilty when he sees the footage.                  | contempt.plea-speculation
            # Round 10: a trial still running, and what its court heard, was shown or was told
            On day two of the trial the judge said the defendant's story was 'full of holes'.                    | contempt.evidence
            As his trial enters its third week, the judge remarked that the accused 'had every chance to explain'. | contempt.evidence
            A witness told jurors she saw the accused throw the first punch. The trial continues on Monday.      | contempt.evidence
            The jury heard the defendant deleted his messages an hour after the fire. The case continues.         | contempt.evidence
            Jurors were shown footage of the accused at the cash machine, Gloucester Crown Court heard today. The trial resumes tomorrow. | contempt.evidence
            Our detective told the jury the stolen jewellery was under the accused's bed. The trial is expected to last a week. | contempt.evidence
            # Round 10: a confession reported as said to us or in interview; the accused mocked from the public gallery
            A man charged with the Stroud arson admitted in interview that he started the fire. He appears in court Monday. | contempt.evidence
            Watching the Hale trial today at Gloucester Crown Court - he isn't fooling anyone with that act.     | contempt.guilt-presumed
            # Round 12: the accused's state when found, told as fact once someone is charged
            Charged with child cruelty in Cinderford: she was passed out on the floor when we forced the door.        | contempt.evidence
            The driver charged over the Lydney crash could hardly stand and reeked of alcohol at the roadside.         | contempt.evidence
            Charged with wounding, he was still covered in blood when the first patrol got there.                    | contempt.evidence
            # Round 12: an admission in other words
            A 45-year-old charged with the Stonehouse thefts made full admissions and is due at court on Friday.     | contempt.evidence
            # Round 12: a motive told as fact
            A man has been charged over the Gloucester mosque fire. It was a hate attack by someone well known to us.  | contempt.guilt-presumed
            Charged with criminal damage: he smashed the windows out of jealousy after the split.                     | contempt.guilt-presumed
            Two men have been charged with the Tuffley stabbing, a revenge attack over a drug debt.                    | contempt.guilt-presumed
            # Round 12: release from custody or an earlier sentence, and other offences suspected, in a charge post
            Charged with robbery and remanded: he was released from a young offender institution in the summer.       | contempt.previous-convictions
            The man charged with the Matson burglary was only let out on licence a fortnight ago.                     | contempt.previous-convictions
            Charged with one shed break-in, she is also suspected of several more across the Forest of Dean.          | contempt.previous-convictions
            Charged with a single theft, but officers believe he is behind a string of raids on village shops.        | contempt.previous-convictions
            # Round 12: what witnesses or locals say of the accused once someone is charged
            A man has been charged with dangerous driving. Witnesses said he was doing at least 90 in a 30.       | contempt.evidence
            Remanded: the man accused of the Bury stabbing. Locals tell us he's been carrying blades for months.   | contempt.character
            # Round 12: an acquittal ruled out, the accused on film, the defence written off
            Charged with assaulting an officer in Stroud. He won't be getting off this time.                           | contempt.guilt-presumed
            The woman charged with the Quedgeley arson was filmed on a neighbour's camera pouring the petrol.          | contempt.evidence
            # Round 13: guilt in an idiom of certainty, or the accused called the one responsible once caught
            Liam Foster, 30, charged with theft from a van in Stroud. Guilty as they come.                             | contempt.guilt-presumed
            Charged tonight with the Matson robbery. Good to have nabbed the lad responsible.                           | contempt.guilt-presumed
            # Round 13: what a witness will say in court, told before the trial
            Charged with wounding. A doorman at the Lamb will tell the court he saw the first blow.                    | contempt.evidence
            The trial starts at Gloucester Crown Court on Monday, where two neighbours are expected to tell the jury that they heard the row. | contempt.evidence
            # Round 13: an identification procedure, and the accused on someone else's camera
            Charged with robbery, he was picked out at an identification parade by the shopkeeper.                     | contempt.evidence
            The man charged with the Tuffley break-in was caught on the homeowner's doorbell camera at 3am.             | contempt.evidence
            # Round 13: gang membership as character
            Charged with possession of a firearm: a well-known member of the Podsmead crew.                             | contempt.character
            # Round 13: the accused's demeanour reviewed while the trial runs
            Day two of the Hale trial at Gloucester Crown Court and the defendant looked rattled all afternoon.         | contempt.guilt-presumed
            # Round 13: a complainant's workplace given as "from the" a named business, the age without hyphens, and a
            # trial under way standing for a charge
            A man has been charged with rape. She is the 24 year old barmaid from the Fleece on Westgate Street.        | contempt.complainant-identified
            The complainant in the Stroud rape trial works at the Boots on Kendrick Street.                              | contempt.complainant-identified
            # Round 13: a child placed through the family, with a named place after it
            A 15-year-old from Matson has been charged with wounding. The accused boy is the son of the landlord at the Fleece. | contempt.child-identified
            Both parents are charged with cruelty. The girl is the youngest of the Hale family on Tredworth Road.          | contempt.child-identified
            # Round 13: a witness account given as the source
            Charged with affray: a 33-year-old from Stroud. According to regulars at the Lamb he'd been after a fight all night. | contempt.evidence
            # Round 14: a sexual-offence victim placed without a name, with no one charged (lifelong anonymity), or
            # after a result
            We are investigating the sexual abuse of an 11-year-old girl who attends Hillview Primary on Tuffley Lane.   | contempt.complainant-identified
            The 12-year-old boy who plays for Longlevens Colts was indecently assaulted after training. A man has been arrested. | contempt.complainant-identified
            Officers are investigating a rape reported by a woman who works behind the bar at the Lamb on Stroud Road.   | contempt.complainant-identified
            The woman who was raped on Friday lives above the bakery on Westgate Street.                                | contempt.complainant-identified
            A man from Stroud was jailed for rape today. The victim, a pupil at Marling School, was so brave.            | contempt.complainant-identified
            # Round 14: a relative of someone there is only one of; a child touched inappropriately
            The girl, 9, who was sexually assaulted is the granddaughter of the headteacher at the village school.     | contempt.complainant-identified
            The boy who was inappropriately touched at a holiday club is the son of the vicar at St Paul's.              | contempt.complainant-identified
            # Round 14: who reported it, where they work or live beside the accused; a relation with the accused placed
            # by their town
            A man has been charged with sexual assault. The woman who reported him works in the accounts team at Kingsholm Motors. | contempt.complainant-identified
            Charged with indecent assault: a 60-year-old from Matson. The girl lives two doors down from him on Painswick Road. | contempt.complainant-identified
            A man from Cinderford has been charged with sexual assault. The complainant is his former sister-in-law.   | contempt.complainant-identified
            # Round 14: placed at the business the offence was named at
            A man is charged with sexually assaulting a woman at the Swan in Lydney. The victim works there part-time.   | contempt.complainant-identified
            # Round 15 (mend15a): the complainant of a sexual offence read as widely as the personal-data check reads
            # anyone else: a role of several words, a role "for" a named business, the only one of a role in a town
            A woman was sexually assaulted in Wigan on Friday night. The victim, a teaching assistant at Moorside Primary, was walking home. | contempt.complainant-identified
            A woman was sexually assaulted in Wigan. The victim, a delivery driver for the Chinese takeaway on Wigan Lane, had finished her shift. | contempt.complainant-identified
            A woman reported being raped on Sunday. The victim is the only night porter at the Grand Hotel.              | contempt.complainant-identified
            A woman was sexually assaulted by a passenger. The victim, the only female taxi driver in Tywyn, is being supported. | contempt.complainant-identified
            Detectives are investigating a rape. The woman, a care worker at Oakfield House on Moss Lane, was walking home. | contempt.complainant-identified
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
            # Round 14: sexual-offence appeals, results and advice that place no victim; a woman as the offender
            A woman in her 30s was sexually assaulted on the Westgate Street underpass on Sunday night. Please call us if you saw anything.
            A Gloucester man has been jailed for 12 years for sexually abusing a girl. She cannot be named for legal reasons.
            A man from Cinderford has been charged with sexual assault and will appear at Gloucester Magistrates' Court.
            A woman who works at a care home in Stroud has been jailed for sexual offences against residents.
            A woman has been jailed for sexual offences against a boy. She is a teaching assistant at Hillview Primary.
            A Stroud man has been jailed for nine years for rape. The victim's mother, who lives in Gloucester, said justice had been done.
            The girl who was sexually assaulted is being supported by specialist officers at the Hope House centre in Gloucester.
            Sexual offences against children: if a child tells you, believe them. A woman who works at the NSPCC explains more.
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
            # round 2 hard negatives: the same words in ordinary posts
            Car dealer Tom Briggs, 45, has been charged with fraud and will appear at court in June.
            Monster Energy drinks worth £300 were stolen; a man has been charged with theft and will appear at court.
            Animal Rescue Gloucester helped officers after a man was charged with neglecting 12 dogs. He will appear at court in May.
            Coward Lee Pike was jailed for two years today for attacking a pensioner.
            Burglar Craig Neale, 38, was jailed for three years yesterday for a spree of break-ins.
            Wanted: the coward who punched a pensioner in Abbeydale. Do you know him? Call 101.
            A man has been charged with theft. Keep your tools locked away in your shed or garage.
            You may remember our appeal from last month after a burglary in Stroud. A man has now been charged.
            A man has been charged with the murder of Tom Green. Many will remember him as a keen footballer with Rovers.
            A man has been charged with the murder of Tom Green, who many of you will remember from the Rovers team.
            The case has been all over the news; a man is now charged, so please don't speculate.
            If you're going to plead guilty to a speeding offence you can do so online. Visit our website.
            He is expected to enter a plea at Gloucester Crown Court next month. Please don't comment on the case.
            A 15-year-old has been charged with possessing a knife at school. Knives should never be allowed in classrooms.
            Thanks to the witnesses, a man will now face justice for the attack. He appears at court on Monday.
            A man has been charged with sexual assault after a woman was attacked in Painswick. She is being supported by specially trained officers at the SARC.
            A man has been charged with rape. The woman is being supported by a specialist officer at Gloucester.
            A man has been charged after a girl was approached near St Peter's Primary School in Chepstow. He will appear at court today.
            A teacher at St Mary's has been charged with sexual assault and will appear at court on Friday.
            A woman has been charged with sexual assault. She is a teacher at St Mary's and will appear at court on Friday.
            A man has been charged with sexual assault on a train. The woman, who works in Bristol, reported it to staff at the station.
            A man has been charged with assault. The girl was treated at Gloucestershire Royal Hospital and has since been discharged.
            Our schools officer spoke to pupils in Year 6 at Hillview Primary today about online safety.
            A 40-year-old man was found guilty of rape at Gloucester Crown Court. The woman, a nurse at the hospital, showed great courage.
            Jailed again: Darren Lee, who was released from HMP Bristol in May, has been sentenced to four years.
            Retiring PC Jones made us all shed a tear at her leaving do. Her family must be so proud.
            A man has been charged with assaulting a woman who works at the Co-op in Stroud. He will appear in court on Friday.
            A man has been charged in connection with a burglary at the Red Lion pub in Stroud. He will appear in court on Friday.
            A woman has been charged with sexual assault. The victim is being supported by our specially trained officers.
            A man has been charged with sexual assault. The victim was on a bus at the time; the driver at the Stagecoach depot called us.
            A man has been charged with indecent exposure. The girl told a teacher at the school, who called us straight away.
            A man has been charged with child neglect after the boy was found alone. A neighbour at the Willows estate raised the alarm.
            Charged with rape: the woman is being helped by the team at the Sexual Assault Referral Centre in Bristol.
            # Round 10: a child who died, a place called Little, a judge's words at sentencing, the court after a verdict
            Tributes have been paid to little Amelia, 4, who died in hospital. A man has been charged with her murder.
            A 40-year-old man from Little Chalfont has been charged with fraud and will appear at Aylesbury Crown Court.
            Sentencing him to life at Gloucester Crown Court, the judge said he had shown no remorse.
            The court heard at today's sentencing hearing that he was doing 90mph in a 30. He was jailed for six years.
            After a week-long trial the jury heard all the evidence and found him guilty of murder.
            Our officers spent today at Gloucester Crown Court giving evidence. Court days are a big part of policing.
            The judge told jurors to disregard the comments made in the public gallery. The trial continues tomorrow.
            The trial of a man accused of burglary continues at Gloucester Crown Court. It is expected to last a week.
            # Round 12: neutral charges whose offence names a state or an order, a hate crime as the charge, results
            A 52-year-old has been charged with being drunk and disorderly in Cheltenham and will appear at court on Monday.
            A man has been charged with breaching a criminal behaviour order and will appear at Gloucester Magistrates' Court.
            A man has been charged with racially aggravated assault after an incident in Gloucester. He will appear in court on Monday.
            A man has been charged with four burglaries and will appear at Cheltenham Magistrates' Court on Tuesday.
            Jailed for three years today: the court heard he had been released from prison only weeks before the robbery.
            After the guilty verdict, the court heard he had been drunk and was slurring his words when arrested.
            A man has been charged with three other burglaries in Tewkesbury and a string of similar offences in Cheltenham.
            He has also been charged with a number of other offences and will appear at Gloucester Crown Court on Friday.
            # Round 12: the neighbours' own feelings, and witnesses in an appeal before any charge
            A man has been charged with robbery. Neighbours say they are relieved that officers acted so quickly.
            Witnesses said they saw a dark car leave the scene at speed. If you were there, please call 101.
            # Round 12: a charge or an arrest that is denied is no case in court
            She is one of two women we spoke to yesterday about the shoplifting in Crewe. Neither has been charged.
            He is one of three men we interviewed about the fight; none of them have been charged and enquiries go on.
            She was questioned about the theft, a known shoplifter, but she has not been charged.
            # Round 13: an appeal for the one responsible, a result, witnesses supported, an explainer, a home town
            We are determined to find the man responsible for the attack in Stroud. Please call 101.
            Jailed for four years: the man responsible for a string of shed break-ins across Cinderford.
            A man has been charged with affray. Witnesses will be supported by our Witness Care Unit when the trial starts.
            How does an identification parade work today? Our video explains the VIPER system.
            A man has been charged with rape and will appear at Gloucester Magistrates' Court. The woman, from Tuffley, is being supported by specialist officers.
            Our gangs team works with young people in Podsmead to help them leave gangs behind.
            A man has been charged with the murder of Amy, 6. Amy was the daughter of a teacher at Tuffley Primary.
            According to witnesses, a dark car drove off from the scene at speed. Anyone with dashcam footage, please call 101.
            A man has been charged with the assault in Stroud. The victim, a well-known member of the community, is recovering at home.
            A man has been charged with murder. His family say the victim was not a gang member and loved his football.
            A man has been charged with rape. She has thanked her family on Facebook for their support.
            # Round 15 (mend15a): the wide reading still gives no more than an age range and the town
            A woman was sexually assaulted in Wigan on Friday night. She is being supported by specialist officers.
            We're investigating a sexual assault near the canal in Burnley. The victim, a woman in her 20s, is being supported by specialist officers.
            """)
    void doesNotFlagHardNegatives(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }

    /**
     * A denial on the line above does not deny the charge on this one: "Released: none" then "Charged: 2" still
     * charges two people (a review found the look-back crossed line breaks).
     */
    @Test
    void aDenialOnTheLineAboveDoesNotUndoACharge() {
        String list = "Arrests: 3\nReleased: none\nCharged: 2\nBoth men made full admissions in interview.";
        String answered = "Was anyone else hurt? Thankfully not\nCharged: Jamie Cole, 31, who made full admissions in"
                + " interview.";
        assertThat(detector.detect(list, Situations.corporatePost())).isNotEmpty();
        assertThat(detector.detect(answered, Situations.corporatePost())).isNotEmpty();
    }

    /** The highlight covers the school or workplace that identifies the child, not only the words before it. */
    @Test
    void theIdentifyingSchoolIsHighlighted() {
        String text =
                "Charged: a man with sexual activity with a child. The victim, a 13-year-old pupil at St Aidan's in"
                        + " Carlisle, is being supported by specialist officers.";
        assertThat(detector.detect(text, Situations.corporatePost()))
                .filteredOn(f -> f.rule().equals("contempt.complainant-identified"))
                .singleElement()
                .satisfies(f -> assertThat(
                                text.substring(f.span().start(), f.span().end()))
                        .endsWith("pupil at St Aidan's"));
    }

    /**
     * Round 14 (fix14b): guilt presumed in an aside after a charge (another offender "off the streets", answers or
     * justice told as the charge's result); an acquittal foretold; the complainant of a
     * sexual offence placed through her family's business in a sentence of its own.
     */
    @ParameterizedTest(name = "{0}: flags [{2}] in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            another_off      | Charged: a 31-year-old from Pemberton with four counts of burglary, due at court Monday. Good to get another burglar off the streets. | contempt.guilt-presumed
            one_fewer        | A man has been charged with robbery at a bookmaker in Leigh and remanded to appear on Tuesday. One fewer robber in town.          | contempt.guilt-presumed
            answers          | Charged today: a 24-year-old man, who will appear at Carlisle magistrates tomorrow. Relieved the family can finally have answers.   | contempt.guilt-presumed
            justice_done     | A woman from Prestatyn has been charged with fraud and will appear in court next month. Good to finally see justice done for residents. | contempt.guilt-presumed
            she_cleared      | A councillor has been charged with misconduct and is due at Leeds Crown Court. Everyone here expects she will be cleared.             | contempt.character
            cleared_up       | A man has been charged with dangerous driving and will appear at Mold on the 14th. We're sure it'll all be cleared up.              | contempt.character
            will_be_cleared  | Our colleague has been charged with assault and is due at court on Friday. We know he'll be cleared.                                | contempt.character
            dad_runs         | A man has been charged with sexual offences against a teenage girl and will appear on Friday. Her dad runs the newsagent on George Street. | contempt.complainant-identified
            parents_run      | A man has been charged with sexual assault of a woman in Hexham. Her parents run the cafe on Priestpopple Street.                  | contempt.complainant-identified
            """)
    void flagsFix14bKind(String kind, String text, String rule) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .as(kind)
                .extracting(Finding::rule)
                .contains(rule);
    }

    /**
     * Round 14 (fix14b) near misses: the same asides after a sentence; thoughts with a family; a tribute that was; a
     * business named without the family; the accused's own family when a woman is charged; a victim praised; a run on a
     * street.
     */
    @ParameterizedTest(name = "does not flag fix14b near miss \"{0}\"")
    @ValueSource(
            strings = {
                "Jailed: Kieran Webb was sentenced to four years at Preston Crown Court for burglary. Good to get another thief off the streets.",
                "A man has been charged with the murder of Callum Reay and will appear tomorrow. Our thoughts remain with Callum's family.",
                "A man has been charged with the murder of Gary Holt, 61, and will appear at court on Monday. Gary was a pillar of the community.",
                "A man has been charged with sexual offences and will appear at Bolton Magistrates' Court on Friday. The newsagent on George Street has reopened.",
                "A man has been charged with sexual assault. She has thanked her dad and her friends for their support.",
                "A woman has been charged with sexual activity with a child. Her dad runs the garage on Mill Lane.",
                "A man has been charged with theft and will appear at court on Monday. The security van was recovered on Hope Street.",
                "A man has been charged with robbing a shopkeeper in Bolton and will appear on Monday. Mr Shah is a pillar of the community.",
                "A man has been charged with sexually assaulting a woman in Hexham. She was out for a run on Beech Road when she was attacked.",
            })
    void doesNotFlagFix14bNearMiss(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }

    /**
     * mend14a (review of round 14): with no one charged, a "she" after "said" or after an officer or a judge is not the
     * victim, a home town alone does not identify her, "if you work there" speaks to readers, and a victim who waived
     * her anonymity chose to speak; once charged, a gang membership denied, a family's tribute, a senior member of a
     * police team and fraud advice are not character.
     */
    @ParameterizedTest(name = "does not flag mend14 near miss \"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            A teenage girl was sexually assaulted near the Co-op on Tuesday. She was walking home; if you work there or live nearby, please call 101.
            A woman was sexually assaulted in Pittville Park. She is in her 20s and lives in Cheltenham.
            Appeal after a rape in Swindon. The victim is a woman in her 30s who lives in Swindon. She is being supported.
            A man was jailed for sexually assaulting a woman. The woman who reported him lives in Swindon.
            "A man has been jailed for rape. DC Hall, the officer in the case, said she works in the Rape and Serious Sexual Offences team at Gloucester."
            Sexual assault advice from our specialist officer: she works in the Safeguarding team at Cheltenham police station.
            A man has been jailed for sexual assault. The judge said she lives in Gloucester.
            "The victim, a student at university in Bristol at the time, has waived her anonymity to speak out."
            "The woman raped in Stroud in 2019 has waived her anonymity: she works at the Lamb and wants others to come forward."
            "A 19-year-old man has been charged with the murder of Jordan, 17, in Gloucester. Detectives stress Jordan was not a member of a gang. His family said he wouldn't hurt a fly."
            Two men have been charged with fraud. A senior member of the economic crime team said victims had lost thousands.
            A man has been charged with fraud. If you have sent money to the wrong person, contact your bank straight away.
            """)
    void doesNotFlagMend14NearMiss(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }

    /** mend14a: the kinds the no-charge check was for still flag: a school, a workplace, a flat above a business. */
    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            A teenager was sexually assaulted on Friday. She is a pupil at Pate's Grammar and is being supported.      | contempt.complainant-identified
            A woman was sexually assaulted at the Swan in Lydney. The victim works there part-time.                    | contempt.complainant-identified
            The woman who reported the rape lives in the flat above the Co-op on Westgate Street.                      | contempt.complainant-identified
            Charged with possession of a firearm: a senior member of the organised crime group in Matson.            | contempt.character
            """)
    void flagsMend14Kind(String text, String rule) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .contains(rule);
    }

    /**
     * Round 15 (fix15a): links, ties or connections to a group said of the accused ("officers believe"); a reply that
     * speaks of the trial ahead ("the court will", "the jury will") and gives the accused's character ("trouble since
     * he was a kid", "bad news since"); a child complainant of a sexual offence named by a lone first name anywhere in
     * the post, not only beside "victim" or an age.
     */
    @ParameterizedTest(name = "{0}: flags [{2}] in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            links_gang      | A 22-year-old charged with wounding in Moss Side has links to a local gang, detectives believe. He appears at Manchester tomorrow. | contempt.character
            ties_ocg        | The woman charged with money laundering is understood to have ties to an organised crime group. She is due at Bolton Crown Court. | contempt.character
            connections     | A man charged after the shooting in Toxteth had connections to a feud between two families, we understand. He is remanded.       | contempt.character
            paramilitary    | Two men charged with the attack in Larne are linked to a paramilitary faction. They will appear at Ballymena court on Friday.    | contempt.character
            reply_trouble   | @GaryW We know. Off the record, everyone round here knows Nathan Bell has been trouble since he was a kid. The jury will see that.  | contempt.character
            reply_bad_news  | @JoJo1 Honestly, Craig Mills has been bad news since school and the court will find out soon enough.                          | contempt.character
            child_later     | A 40-year-old man has been charged with sexually assaulting an 11-year-old girl in Wigan. Her teachers have been a great support to Sophie. | contempt.complainant-identified
            child_thanks    | A man is charged with grooming a teenage boy online and is due at Preston Crown Court. Jacob and his family thank everyone for their kindness. | contempt.complainant-identified
            """)
    void flagsFix15aKind(String kind, String text, String rule) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .as(kind)
                .extracting(Finding::rule)
                .contains(rule);
    }

    /**
     * fix15a near misses: a charge with no comment on the accused; an officer's, a school's or a place's links; the
     * court looked ahead to in a general reply; a child case where the only first names are an officer's, an
     * operation's, a street's or a town's.
     */
    @ParameterizedTest(name = "does not flag fix15a near miss \"{0}\"")
    @ValueSource(
            strings = {
                "A 22-year-old man has been charged with wounding in Moss Side and will appear at Manchester Magistrates' Court tomorrow.",
                "@GaryW Thanks for your message. We can't comment on the case; the court will decide and we'll share the result.",
                "Our schools officer has links to every primary in Wigan and runs a weekly assembly.",
                "A man has been charged with sexually assaulting an 11-year-old girl in Wigan. He will appear at Wigan Magistrates' Court on Monday. Operation Sophie continues.",
                "A man has been charged with grooming a teenage girl and is due at Preston Crown Court. DC Amelia Ward thanks the school for its help.",
                "A man has been charged with sexual activity with a 14-year-old girl. He lives on Florence Street and will appear at court in Chester next week.",
                "A man has been charged with sexual activity with a 13-year-old girl in Shirley. Shirley residents are thanked for their patience.",
            })
    void doesNotFlagFix15aNearMiss(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }

    /**
     * Round 16 (clean16): a court named beside a term "given", "handed", "received" or "got" is a result, not a live
     * case, whatever the convicted person is called ("Drug dealer Lee Morton ... was handed five years").
     */
    @ParameterizedTest(name = "does not flag round 16 near miss \"{0}\"")
    @ValueSource(
            strings = {
                "Drug dealer Lee Morton, 29, of Keighley, was handed five years at Bradford Crown Court for supplying heroin.",
                "Burglar Craig Lomax got four years at Leeds Crown Court today.",
            })
    void doesNotFlagRound16NearMiss(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }

    @ParameterizedTest(name = "still flags round 16 \"{0}\"")
    @ValueSource(strings = {"Drug dealer Lee Morton, 29, of Keighley, will appear at Bradford Crown Court on Monday."})
    void stillFlagsRound16(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .contains("contempt.guilt-presumed");
    }

    /**
     * Round 16 (pd16): a term given without "sentenced" or "jailed" ("got four years", "will serve six years") is a
     * result, so a comment on the crime in its clause is about a sentenced case; the same comment with only a charge is
     * still held.
     */
    @ParameterizedTest(name = "does not flag pd16 sentenced case \"{0}\"")
    @ValueSource(
            strings = {
                "Liam Walsh, who caused the crash while drunk, got four years at Exeter Crown Court today. A mother lost her son because of his choices.",
                "Dean Coles, 31, who burgled the post office in Sedbergh, will serve 30 months after hearing at Carlisle Crown Court.",
                "The thug who glassed a barman in Kidderminster got 18 months at Worcester Crown Court today.",
            })
    void doesNotFlagPd16SentencedCase(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }

    @ParameterizedTest(name = "pd16: still flags a charged case \"{0}\"")
    @ValueSource(
            strings = {
                "Liam Walsh, who caused the crash while drunk, has been charged and will appear at Exeter Crown Court today.",
                "We've charged the thug who glassed a barman in Kidderminster. He got four stitches in his hand and appears at court tomorrow.",
            })
    void stillFlagsPd16ChargedCase(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::category)
                .contains(org.postwatch.safeguard.engine.Category.CONTEMPT);
    }

    /** Round 17 (blind17b): a force explaining that a charge is not a finding of guilt denies guilt; it does not say it. */
    @ParameterizedTest(name = "does not flag round 17 near miss \"{0}\"")
    @ValueSource(
            strings = {
                "Thanks Kelly. Being charged doesn't mean someone is guilty, it means a court will decide. We can't say more.",
                "We're not saying he is guilty: he has been charged and the court will hear the evidence.",
                "Being charged doesn't mean someone is guilty. He'll be presumed innocent unless proven otherwise, so we can't say more.",
            })
    void doesNotFlagRound17NearMiss(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }

    /**
     * Round 17 (pd17): in a court result for a sexual offence the named adult whose outcome comes in a later sentence
     * ("... He was jailed for three years.") is the convicted person, not the complainant; a name with no outcome for
     * it is still read as the complainant.
     */
    @ParameterizedTest(name = "pd17: does not flag a convicted adult as the complainant \"{0}\"")
    @ValueSource(
            strings = {
                "The court heard Neil Garside, 47, downloaded indecent images of children over six years. He was jailed for three years.",
                "Jurors were told Carl Pennington, 39, exposed himself to women on a cycle path. On Friday he was found guilty.",
            })
    void doesNotFlagAConvictedAdultAsTheComplainantPd17(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .doesNotContain("contempt.complainant-identified");
    }

    @ParameterizedTest(name = "pd17: still flags the complainant \"{0}\"")
    @ValueSource(
            strings = {
                "A man has been charged with raping a woman in Ilkley. Sarah Whitely, 24, has thanked officers for their support.",
            })
    void stillFlagsTheComplainantPd17(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .contains("contempt.complainant-identified");
    }

    /**
     * Round 17 (pd17): once someone is charged, a PCC's, councillor's or reply's word for the accused ("charging this
     * animal", "the predator who ..."), the evidence called overwhelming when the accused pleads not guilty, "open and
     * shut", and a past prison term in a charge post ("previously served six years"). The same words after a verdict,
     * and "charging" a car or a phone, are not read as a live case.
     */
    @ParameterizedTest(name = "pd17: flags {1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Well done to the team on charging this predator. Our streets are safer tonight.                     | CONTEMPT
            As your councillor I welcome the charges against the man from Thornaby. This beast must never be let near children again. | CONTEMPT
            Grateful to officers for charging the predator that has been following girls home from the bus station. | CONTEMPT
            Why is he pleading not guilty? The evidence is overwhelming and everyone knows it.                     | CONTEMPT
            A man has been charged over the fire. It's open and shut, the whole street saw him.                    | CONTEMPT
            Dale Pearce, 31, of Wrexham, has been charged with burglary. He has served time for break-ins before.   | CONTEMPT
            """)
    void flagsPd17Kind(String text, String category) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(f -> f.category().name())
                .contains(category);
    }

    @ParameterizedTest(name = "pd17: does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "Statement from the PCC after today's verdict: this predator has finally been convicted and will be sentenced in May.",
                "Charging this car overnight? Don't leave the cable across the pavement where people can trip.",
                "Our new e-bikes are charging this morning and will be out on patrol in the park later.",
                "The evidence of the harm done by speeding is overwhelming: please slow down near schools.",
            })
    void doesNotFlagPd17NearMiss(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }

    @ParameterizedTest(name = "still flags round 17 \"{0}\"")
    @ValueSource(
            strings = {"Charged at last. It doesn't matter what his lawyer says, he is guilty and everyone knows it."})
    void stillFlagsRound17(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .contains("contempt.guilt-presumed");
    }

    /**
     * Round 17 (pd17): a year group or the sixth form tied to a named school in a post about a sexual offence identifies
     * the complainant, charged or not; a talk to the year group, or a year group that is the accused's, does not.
     */
    @ParameterizedTest(name = "pd17: flags a year group at a named school \"{0}\"")
    @ValueSource(
            strings = {
                "We are investigating after a Year 10 girl at Oakwood Academy was sexually assaulted on the towpath on Friday.",
                "The boy who reported the indecent assault at the swimming baths is a Year 8 pupil at St Wilfrid's.",
                "A man has been arrested on suspicion of rape. The young woman is in the sixth form at Rydal College.",
            })
    void flagsAYearGroupAtANamedSchoolPd17(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .contains("contempt.complainant-identified");
    }

    @ParameterizedTest(name = "pd17: does not flag a year group \"{0}\"")
    @ValueSource(
            strings = {
                "Our schools officer spoke to Year 9 at Ryedale School about consent and sexual harassment online.",
                "Great assembly with Year 11 at St Bede's on how to report sexual abuse and where to get help.",
                "A Year 10 boy at Oakwood Academy has been arrested on suspicion of sharing indecent images.",
                "Year 6 from Moorside Primary visited the station today and met our dogs.",
            })
    void doesNotFlagAYearGroupPd17(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .doesNotContain("contempt.complainant-identified");
    }

    // Round 19 (blind19b): once someone is charged, a test result told as fact, the presumption of innocence quoted to
    // be
    // waved away, and the accused said to be the one from an earlier job; a charge in the test's own words, a test
    // awaited, the presumption as a reminder and a result after conviction stay clear.
    @ParameterizedTest(name = "round 19: flags {1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Charged the driver after the fatal on the M6 at Sandbach. Off the record, blood tests showed he was 4x over the limit. | contempt.evidence
            A 31-year-old man has been charged with drug-driving. Tox came back positive for cocaine and cannabis 🙄                | contempt.evidence
            QT "innocent until proven guilty" yeah right, he's been charged with the post office raid                            | contempt.guilt-presumed
            The lad charged over the Spalding garage break-in is the same lad from the chip shop job in March.                    | contempt.previous-convictions
            """)
    void flagsRound19(String text, String rule) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .contains(rule);
    }

    @ParameterizedTest(name = "round 19: does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "A man has been charged with drink-driving after failing a roadside breath test in Carlisle. He will appear at Carlisle Magistrates' Court on 3 May.",
                "A man has been charged with driving while over the limit and will appear in court on Monday.",
                "Toxicology results are awaited and a man has been charged with causing death by dangerous driving.",
                "Everyone is innocent until proven guilty: a man has been charged, please don't name him online.",
                "Dean Hart, 40, was jailed for 2 years after blood tests showed he was three times the limit.",
            })
    void doesNotFlagRound19(String text) {
        assertThat(detector.detect(text, Situations.corporatePost())).isEmpty();
    }

    // Round 23 (blind23): once someone is charged, prison foretold, a sentence wished for, a confession or forensic
    // match told, a local reputation or a family history; "no doubt we've got the right person" before any charge; a
    // child named between commas after the words for them, or right before ", the 14-year-old".
    @ParameterizedTest(name = "round 23: flags {1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            A man charged over the Wrexham robbery won't be walking free for a long time, trust us.                              | contempt.guilt-presumed
            Charged last night with the Shrewsbury burglaries. Can't wait to see him sentenced 😂                                  | contempt.guilt-presumed
            Both men charged with the Yeovil cash machine raid have confessed, officers say.                                    | contempt.evidence
            The man charged with the Kendal break-ins was caught because his DNA was found on the window.                       | contempt.evidence
            Charged: a woman from Louth, known locally as a troublemaker.                                                       | contempt.character
            The man charged with neglect in Rhyl had his children taken into care in 2015.                                      | contempt.previous-convictions
            The evidence against the woman charged over the Barry arson is watertight.                                          | contempt.evidence
            We have no doubt we've got the right person for the Ryde robbery.                                                   | contempt.guilt-presumed
            A 9-year-old boy at the heart of the Rotherham abuse case, Alfie, is now living with his gran while his uncle awaits trial. | contempt.child-identified
            Ellie Ward, the 14-year-old who reported being assaulted at the fair, has been so brave. A man was charged yesterday. | contempt.child-identified
            """)
    void flagsRound23(String text, String rule) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .contains(rule);
    }

    @ParameterizedTest(name = "round 23: does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "A man has been charged with burglary and will appear at Telford Magistrates' Court on Monday. He was remanded in custody.",
                "Dean Price, 41, was jailed today. He had confessed to the Hereford raids.",
                "Sentenced today: Kyle Ross was jailed for six years. Officers said the evidence against him was overwhelming.",
                "Mia, the 15-year-old who organised the school's knife-crime assembly, spoke brilliantly today.",
                "We've got the right people in the right places this weekend: neighbourhood officers will be at the market all day.",
                "Two men have been charged with the Hull shooting and remanded. Their trial is expected in the spring.",
            })
    void doesNotFlagRound23(String text) {
        assertThat(detector.detect(text, Situations.corporatePost())).isEmpty();
    }

    // Round 24 (blind24): a not-guilty plea or a denial waved away beside the evidence, read with no charge word; a
    // plea
    // reported, a general "deny it all you like" and a plea told after the verdict stay clear.
    @ParameterizedTest(name = "round 24: flags a plea waved away in \"{0}\"")
    @ValueSource(
            strings = {
                "The stolen phones were in her car, so she can plead not guilty all she wants.",
                "Charged with the Frome burglary. His prints were on the window; he can deny it till he's blue in the face.",
                "The two men caught on our CCTV can plead innocent all they like, it won't change a thing.",
                "She was seen on three cameras at the shop - she can protest her innocence all she likes.",
            })
    void flagsAPleaWavedAwayRound24(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .contains("contempt.guilt-presumed");
    }

    @ParameterizedTest(name = "round 24: does not flag a plea in \"{0}\"")
    @ValueSource(
            strings = {
                "He pleaded not guilty and will stand trial at Truro Crown Court in March.",
                "You can deny it all you like, but speeding kills. Slow down.",
                "Everyone is entitled to plead not guilty: the jury will decide. Please don't comment on the case.",
            })
    void doesNotFlagAPleaRound24(String text) {
        assertThat(detector.detect(text, Situations.corporatePost())).isEmpty();
    }

    // Round 24 (blind24): the accused mocked with the case still ahead (a custody photo laughed at, the court thrown at
    // them, "not so tough now"); a custody photo after a sentence, a court open day, a neutral charge with a custody
    // image and a task made easier stay clear.
    @ParameterizedTest(name = "round 24: flags the accused mocked in \"{0}\"")
    @ValueSource(
            strings = {
                "Here's her mugshot 🤣 Doesn't look so tough now. Enjoy your day in court, sunshine.",
                "Charged with the Yate robbery. Not so brave now, is he? See you in the dock, champ 😂",
                "Remanded and due at court Monday. Look at the state of him in that custody picture 🤣",
                "Who's laughing now? Charged and remanded, see you in front of the magistrates, hard man.",
            })
    void flagsTheAccusedMockedRound24(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .contains("contempt.character");
    }

    @ParameterizedTest(name = "round 24: does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "Custody image released after she was jailed for five years at Exeter Crown Court.",
                "Come and see us at the court open day this Saturday: mock trials for all ages.",
                "Custody image released: a man has been charged with robbery and will appear at court on Monday.",
                "Not so hard now, is it? The new fitness test app arrived at the station today 😂",
            })
    void doesNotFlagMockeryRound24(String text) {
        assertThat(detector.detect(text, Situations.corporatePost())).isEmpty();
    }

    // Round 24 (blind24): a child in a case named by its offence, named after "wee" or placed by who looks after them,
    // with no charge word; a dog called "wee Jack", a lost child looked after until officers came and a charge with
    // the child "cared for by relatives" stay clear.
    @ParameterizedTest(name = "round 24: flags a child named or placed in \"{0}\"")
    @ValueSource(
            strings = {
                "Wee Rory, the 5-year-old in the Kilmarnock neglect case, is now staying with his nan.",
                "The boy in the Dundee abuse trial is being cared for by his nan in Lochee.",
                "A man has been charged with child neglect. The 4-year-old girl is now living with her gran in Irvine.",
                "Little Sophie from the Leith abuse case is doing well with her foster family.",
            })
    void flagsAChildNamedOrPlacedRound24(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .contains("contempt.child-identified");
    }

    @ParameterizedTest(name = "round 24: does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "Wee Jack the police dog pup starts training next week.",
                "Thanks to the aunt who looked after the lost boy until officers arrived.",
                "A man has been charged with child cruelty and will appear at Hamilton Sheriff Court on Monday. The child is being cared for by relatives.",
            })
    void doesNotFlagAChildRound24(String text) {
        assertThat(detector.detect(text, Situations.corporatePost())).isEmpty();
    }

    // Round 24 (blind24): the complainant placed by who reported or alleged the offence and a relative who holds a
    // local
    // office, a child one even with no charge and no sexual-offence word; the reporter thanked, or a child who reported
    // a lost purse, stay clear of contempt.
    @ParameterizedTest(name = "round 24: flags a complainant placed in \"{0}\"")
    @ValueSource(
            strings = {
                "The schoolgirl who alleged the attack at the disco is the granddaughter of the local vicar.",
                "The teenage boy who reported being assaulted in the park is the son of a well-known local dentist.",
                "The woman who reported the sexual assault is the niece of a well-known local dentist.",
            })
    void flagsAComplainantPlacedRound24(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .contains("contempt.complainant-identified");
    }

    @ParameterizedTest(name = "round 24: does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "The teenage girl who reported the assault has been thanked by officers for her courage.",
                "The girl who reported the lost purse is the daughter of the headteacher.",
                "Officers thank the dog walker who reported the assault and called 999.",
            })
    void doesNotFlagAReporterRound24(String text) {
        assertThat(detector.detect(text, Situations.corporatePost())).isEmpty();
    }

    // Round 24 (blind24, blind24b): "we've got our man" about a lost dog found is the dog's joke, with no case.
    @ParameterizedTest(name = "round 24: a found animal is not a suspect: \"{0}\"")
    @ValueSource(
            strings = {
                "We've got our man! 🐕 Rolo the cockapoo, missing since Sunday, has been found safe in Keswick.",
                "Got our man 😁 Percy the tortoise went walkabout from his garden in Hove and is back home.",
            })
    void aFoundAnimalRound24(String text) {
        assertThat(detector.detect(text, Situations.corporatePost())).isEmpty();
    }

    @ParameterizedTest(name = "round 24: still guilt presumed: \"{0}\"")
    @ValueSource(strings = {"We've got our man. Charged with the Keswick burglaries, in court tomorrow."})
    void stillGuiltPresumedRound24(String text) {
        assertThat(detector.detect(text, Situations.corporatePost())).isNotEmpty();
    }

    // Round 24 (blind24b tune half): the accused mocked as dim for the evidence, a charge thanked for as the case's
    // start; a community "rightly outraged by what this man did"; a complainant placed through the accused's family,
    // friends or work.
    @ParameterizedTest(name = "round 24b: flags \"{0}\"")
    @ValueSource(
            strings = {
                "Well done DC Price for the charge on the Rhyl shoplifter. Not the sharpest, wore his work fleece with his name on it. Court next week.",
                "Charged with the Bala break-in. Criminal mastermind he is not. Appears in court on Friday.",
                "People in Antrim are rightly outraged by what this woman did. Karen Boyd, 44, charged with neglect, appears at Ballymena Mags on Tuesday.",
                "Rape charge, Ipswich. The complainant is the 14-year-old niece of the accused's neighbour. Mark Dunn, 52, appears at Ipswich Crown Court.",
            })
    void flagsRound24b(String text) {
        assertThat(detector.detect(text, Situations.corporatePost())).isNotEmpty();
    }

    @ParameterizedTest(name = "round 24b: does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "Not the brightest idea to leave your car unlocked on the drive overnight. Lock it.",
                "Jailed: the community was rightly outraged by what this man did, and today he was given nine years.",
                "Thanks to DC Price for the charge update: a 30-year-old man will appear at Mold Crown Court on Monday.",
                "Our criminal mastermind quiz night raised £300 for the air ambulance!",
            })
    void doesNotFlagRound24b(String text) {
        assertThat(detector.detect(text, Situations.corporatePost())).isEmpty();
    }
}
