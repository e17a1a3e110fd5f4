package org.postwatch.safeguard.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.postwatch.safeguard.engine.CheckContext;
import org.postwatch.safeguard.engine.Finding;
import org.postwatch.safeguard.engine.Severity;

/** Round 15: a member of the public placed by context without a full name (jigsaw identification). */
class IdentifyingDetailDetectorTest {

    private final IdentifyingDetailDetector detector = new IdentifyingDetailDetector();

    private List<Finding> check(String text) {
        return detector.detect(text, CheckContext.defaults());
    }

    @ParameterizedTest(name = "{1}: flags \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The woman who was punched outside the chippy works on the tills at the big Morrisons on Hessle Road.    | victim by workplace
            The victim, who runs the nail bar on Albion Street, was threatened with a hammer as she closed up.      | victim running a business
            The man who was robbed is the landlord of the Plough in Great Ayton and was cashing up at the time.     | victim as landlord of a named pub
            The teenager who was attacked is in Year 11 at Cardinal Newman and had got off the school bus.         | victim by school year
            A man has been arrested on suspicion of theft. He works as a porter at Leicester Royal Infirmary.       | suspect not charged by employer
            We'd like to thank Shaun, who lives at number 12 on Poplar Grove, for calling us when he saw smoke.     | caller by first name and house number
            The injured pedestrian, whose family run the Golden Dragon takeaway on Mill Street, is in hospital.     | victim by family business
            The missing woman has been found safe. She works at the Sainsbury's in Kidlington.                       | missing person found, by workplace
            We need to speak to Carl, who was working at the garage on Fore Street when the car was driven off.     | witness by first name and workplace
            The caller, who manages the Premier store on Lodge Lane, saw the men run off towards the park.          | caller by the shop they manage
            The witness is a lollipop man who works outside Springfield Primary every morning.                      | witness by a post only one person holds
            The victim, a barmaid at the Ship Inn, was hit with a glass just before closing.                        | victim by role at a named premises
            Mandy from Skegness, who cleans at the Butlins site, was hurt when the van mounted the kerb.            | victim by first name, town and job
            The pensioner who was mugged is the grandmother of the Rovers goalkeeper and lives on Dale Road.        | victim by family link and street
            A school cook at Hollybank Primary has been arrested on suspicion of theft and released.                | suspect: a role of two words opening the sentence
            The man we arrested yesterday is a delivery driver for the Polish bakery on Tudor Road.                 | suspect: a role for a named business
            The victim of Monday's attack is the only night manager at the Premier Inn in Bedford.                  | victim: the only holder of a post
            The lady who stood up to the thieves is Brenda, who has run the post office on Green Street. She was shoved to the floor. | victim: the harm said in the next sentence
            The teenager whose phone was snatched is the nephew of the manager at the Bull's Head in Tarporley.    | victim: a relative of an office holder
            The man we arrested is a 38-year-old kitchen porter at the Old Bell in Tetbury. He has been bailed.    | suspect: an age inside a role of two words
            We've arrested a man over the sheep thefts. He is a shepherd on the Glenfield estate.                   | suspect: a role on a named estate
            The victim, whose bakery is on Bridge Street in Ludlow, was threatened by two men demanding cash.       | victim: their own business
            The 12-year-old has been found safe and well. She's in Year 7 at Priory School.                        | missing child found: school year in the next sentence
            The young lad who was jumped is the captain of the Bolsover Colts under-15s.                           | victim: captain of a named club
            The man questioned about the fires is the only farrier in Church Stretton. He has not been arrested.   | suspect: the only one of a trade in a town
            A man working at the Crown on Bridge Street was assaulted as he collected glasses.                      | mend15a: working at is still a workplace
            A delivery driver for Royal Mail on Deiniol Road was bitten by a dog and then threatened by its owner.  | mend15a: one office of a national employer
            Thank you to Maria, owner of the Bluebell Café on Market Street, who was assaulted as she locked up.    | mend15a: thanked, but a victim
            An update on the victim who works behind the bar at the Crown on Bridge Street: she was assaulted on Friday. | clean17: a notice opener, the victim still placed
            A teaching assistant at Moorside Primary has been assaulted in the playground.                          | clean17: a role, not a notice, opening the sentence
            """)
    void flagsAPrivatePersonPlacedByContext(String text, String kind) {
        List<Finding> findings = check(text);
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).rule()).isEqualTo("personal-data.identifying-detail");
        assertThat(findings.get(0).severity()).isEqualTo(Severity.MEDIUM);
        assertThat(findings.get(0).suggestion()).contains("a woman in her 30s");
    }

    @ParameterizedTest(name = "{1}: does not flag \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Thanks to the staff at the big Morrisons on Hessle Road for helping us find a lost little boy.          | business thanked
            The nail bar on Albion Street was broken into overnight. If you saw anything, call 101.                 | business burgled
            A man in his 30s was taken to hospital after an assault in Great Ayton. He has since been discharged.   | a local man by age and town
            Meet Shaun, our newest PCSO on the Poplar Grove beat. He's looking forward to meeting you all.         | staff by first name
            A woman reported missing from Kidlington has been found safe and well. Thanks for sharing.             | missing person by town only
            Carl and the team at the garage on Fore Street have kindly donated a car for our driver training day.   | business owner thanked
            Thanks to the landlady of the Ship Inn for hosting our Pubwatch meeting last night.                    | office holder thanked, no police matter
            Our officer Kelly works at the front counter at Rhyl station on Mondays if you need to report something. | officer by first name
            The victim has been supported by officers from our specialist team at Bridge Street station.           | who helps the victim
            The shop owner said: 'I'm just glad my staff are safe. Thank you to the police for coming so quickly.'  | owner's quoted statement
            My wife works nights at the hospital so I know how hard the NHS works. #PersonalAccount                 | officer's own family
            If you work at a pub in the town centre, come along to our Ask for Angela training at the Crown.       | workplace in a safety post
            Mark Dyson, 52, who ran the garage on Mill Lane, was jailed today for defrauding elderly customers.    | convicted adult after sentence
            A woman was assaulted in Cheltenham on Friday. She lives in Cheltenham and is in her 20s.               | home town alone
            The victim, a student at university in Bristol at the time, has waived her anonymity to speak out.      | anonymity waived
            A warrant was executed at an address in Tredworth this morning. Two men were arrested.                 | a verb is not a role
            Brenda has run the post office on Green Street for 30 years and retires this week. Thank you!           | a retirement, no police matter
            We collected £300 for the Royal British Legion at the open day. Thank you to everyone who donated.      | a collection for a charity
            A man was arrested after a fight outside a pub in Bedford. The pub's manager said staff acted quickly.  | the arrested man placed by town only
            A day in the control room: 612 calls, a missing child found within an hour, a road crash on the A56.  | a list, not a person at a place
            The only police station in Church Stretton is open on Tuesdays from 10am. Come and see us.             | the only station, no person
            Year 7 pupils at Priory School had a visit from our dog unit today. Safe and well after cuddles with PD Max! | a school visit
            A security guard at a supermarket in Fareham was punched on Saturday. Call 101 quoting 123.             | mend15a: a business by its town alone
            A cashier at a shop in Leeds was threatened by a man with a bottle last night.                          | mend15a: a business by its town alone
            A man arrested yesterday at the Crown on Bridge Street has been released on bail.                       | mend15a: where he was arrested, not a role
            A pensioner shopping at Tesco in Bangor was pushed over by a man who took her purse.                    | mend15a: what she was doing there
            A boy playing at the park on Elm Road was bitten by a dog on Sunday afternoon.                          | mend15a: what he was doing there
            A witness at the bus station on Market Street told officers the car drove off towards the ring road.    | mend15a: where the witness stood
            A member of staff at the Ship on Quay Street was assaulted in the early hours. Call 101.                | mend15a: staff, not a club's membership
            A delivery driver for Amazon was assaulted in Worksop on Tuesday. We'd like to hear from you.           | mend15a: a national employer
            A man who works for Stagecoach in Hull was threatened on a bus last night. Enquiries are ongoing.      | mend15a: a national employer
            A paramedic from the East Midlands Ambulance Service was assaulted while treating a patient in Lincoln. | mend15a: an emergency service
            A firefighter at Hexham fire station was hurt when stones were thrown at a crew.                        | mend15a: a fire station
            Thank you to Maria, owner of the Bluebell Café on Market Street, whose CCTV helped us find the man who was arrested. | mend15a: a helper thanked
            An update on the missing walker on Cadair Idris. The man was found by the mountain rescue team shortly after 7pm. | clean17: a notice opening the sentence, not a person
            An update on the missing walker on Snowdon: he has been found safe by Llanberis Mountain Rescue.            | clean17: a notice, then a hill
            A quick update on the injured cyclist on the A59: she remains in hospital with injuries that are not life-threatening. | clean17: a notice after an adjective, then a road
            A reminder for the missing-person appeal in Whitby: the woman has now been found safe.                      | clean17: a reminder
            """)
    void doesNotFlagOrdinaryPosts(String text, String kind) {
        assertThat(check(text)).isEmpty();
    }

    /**
     * Round 16 (pd16): a role at a named place opening its sentence with "the" ("The caretaker at ..."), a trade said
     * with man or lady ("the lollipop man outside ..."), a role inside a sentence that is the subject of what happened
     * ("after the receptionist at ... was threatened"), a pitch kept at a landmark ("who sells the Big Issue outside
     * Boots", "who sits on the bench outside the library in Malton"), a partner of an office holder.
     */
    @ParameterizedTest(name = "{1}: flags \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The verger at St Aldhelm's in Sherborne was threatened by two men he found in the vestry.              | the-role opening the sentence
            The lollipop lady outside Thornbury Infants was pushed by a driver who refused to stop this morning.    | a trade with lady, outside a school
            The school crossing patrol outside Meadowbank Primary was hit by a car that did not stop.              | three-word role outside a school
            We've arrested a man after the barber at Blades on Castle Street was punched during an argument.       | role inside the sentence, passive harm
            Our enquiries have led us to the cleaner at the Bell in Ramsbury, who was spoken to this afternoon.    | role inside the sentence, who was
            The woman who sells the Big Issue outside Superdrug on Fore Street was pushed over on Saturday.         | a pitch outside a named shop
            The old man who sits on the bench outside the church in Settle every morning was mugged yesterday.     | a pitch at a landmark in a town
            The busker who plays the fiddle under the arch on the Shambles was punched by a passer-by.              | a pitch: who plays, on a named street
            The woman found injured is the wife of the vicar at St Cuthbert's in Wells.                            | partner of an office holder
            The cashier at the Esso garage in Bodmin was held at knifepoint overnight. She was not hurt.            | held at knifepoint
            """)
    void flagsPd16Kind(String text, String kind) {
        List<Finding> findings = check(text);
        assertThat(findings).as(kind).hasSize(1);
        assertThat(findings.get(0).rule()).isEqualTo("personal-data.identifying-detail");
    }

    @ParameterizedTest(name = "{1}: does not flag \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            A man sleeping rough at the bus station on Corporation Street was helped into a hostel by our officers. | rough sleeper helped
            The search for the missing walker on Dartmoor has been called off. He has been found safe and well.    | an event, not a role
            A loose dog on the platform at Cardiff Central has been caught and is back with its owner.             | a thing at a place
            The fire at the retained fire station in Bexhill was dealt with quickly and nobody was hurt.            | a fire, not a person
            The MP for Crawley visited our team at Gatwick who work on border crime and missing people.            | a public office for a place
            The dinner ladies at St Mary's Primary raised £500 for the air ambulance with their bake sale.         | staff praised, no police matter
            Big shout out to Dave, the lollipop man at St Joseph's, who kept a lost dog safe until we arrived.     | lollipop man thanked
            Meet Trevor, the crossing patrol outside St Luke's. He's asking drivers to slow down on Church Road.   | crossing patrol introduced
            Our officers gave personal attack alarms to the Big Issue sellers in Cardiff city centre today.        | a group of vendors
            A nurse at Royal Derby Hospital was verbally abused by a patient. Attacks on NHS staff are not tolerated. | a large hospital: one of many
            """)
    void doesNotFlagPd16NearMiss(String text, String kind) {
        assertThat(check(text)).as(kind).isEmpty();
    }

    /** Round 16 (pd16): the finding covers the whole detail, to the end of the named place, not only its start. */
    @ParameterizedTest(name = "highlights \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The victim works behind the bar at the Crown on Bridge Street and was attacked on her way home.     | The victim works behind the bar at the Crown on Bridge Street
            The man who was robbed lives above the bakery on Chapel Lane in Settle, officers said.             | The man who was robbed lives above the bakery on Chapel Lane in Settle
            The caller, who manages the Premier store on Lodge Lane, saw the men run off towards the park.     | The caller, who manages the Premier store on Lodge Lane
            """)
    void highlightsTheWholeDetail(String text, String highlighted) {
        List<Finding> findings = check(text);
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).span().of(text)).isEqualTo(highlighted);
    }

    /**
     * Round 17 (blind17): a member of the public named by first name with a diagnosis, treatment or detention is health
     * data; a missing-person appeal (where the risk is the point), an officer's own health and a condition with nobody
     * named are not.
     */
    @ParameterizedTest(name = "round 17: flags health detail in \"{0}\"")
    @ValueSource(
            strings = {
                "Our street triage team checked in with Darren again this week. He's back on his medication for schizophrenia.",
                "Lovely to see Sharon at the hub today; she was sectioned last month and is doing much better.",
            })
    void flagsRound17HealthDetail(String text) {
        assertThat(check(text)).extracting(Finding::rule).containsExactly("personal-data.identifying-detail");
    }

    @ParameterizedTest(name = "round 17: does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "Have you seen Darren? He is 45 and needs his medication for epilepsy. Call 101 quoting log 331.",
                "PC Darren Hughes is running the marathon for the Alzheimer's Society this weekend.",
                "Our street triage nurses support people in crisis with psychosis or suicidal thoughts. Call 111 option 2.",
                "Thanks Darren for sharing our post about dementia-friendly policing.",
            })
    void doesNotFlagRound17HealthNearMiss(String text) {
        assertThat(check(text)).isEmpty();
    }

    // Round 19 (blind19b): the person referred to with an age between "the" and the noun ("the 30yo woman", "the
    // 22-year-old man"), placed by a workplace; not when the person is the accused or nothing happened to them.
    @ParameterizedTest(name = "round 19: flags \"{0}\"")
    @ValueSource(
            strings = {
                "The 22-year-old man punched outside the Crown last night is the one who works at the key cutters on Bridge Street.",
                "The 30yo woman robbed on Tuesday works behind the counter at the Spar on Mill Road.",
            })
    void flagsAnAgedReferenceRound19(String text) {
        assertThat(check(text)).extracting(Finding::rule).containsExactly("personal-data.identifying-detail");
    }

    @ParameterizedTest(name = "round 19: does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "The 22-year-old man arrested has been charged and will appear at Leeds Magistrates' Court.",
                "The 19-year-old who works at the barber's on Claremont Road has been thanked for his help.",
            })
    void doesNotFlagAnAgedReferenceNearMissRound19(String text) {
        assertThat(check(text)).isEmpty();
    }
}
