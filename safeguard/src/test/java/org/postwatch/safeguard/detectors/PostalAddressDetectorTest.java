package org.postwatch.safeguard.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postwatch.safeguard.engine.Finding;

class PostalAddressDetectorTest {

    private final PostalAddressDetector detector = new PostalAddressDetector();

    @ParameterizedTest(name = "flags \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Police were called to 219 Church Lane, Bolton at 9pm   | 219 Church Lane, Bolton
            Warrant at Flat 2, 14 Kingsway this morning              | Flat 2, 14 Kingsway
            Last known address 144b Stratford Road                    | 144b Stratford Road
            A fire at 3 The Paddocks, Bishops Cleeve overnight        | 3 The Paddocks, Bishops Cleeve
            Postcode GL5 3AB area                                     | GL5 3AB
            lives in cf24 8aa                                         | cf24 8aa
            near E17 5ZN                                              | E17 5ZN
            Car abandoned outside no. 7 Heol y Felin overnight        | no. 7 Heol y Felin
            Fire reported at 22 Ffordd Las, Rhyl                      | 22 Ffordd Las, Rhyl
            Someone keeps knocking at 31 maple avenue late at night   | 31 maple avenue
            Warrant executed at Flat 3/2, 41 Leith Walk               | Flat 3/2, 41 Leith Walk
            Disturbance at Flat C, 9 Kingsway                         | Flat C, 9 Kingsway
            Burglary at Ivy Cottage, 4 Mill Lane, Painswick           | Ivy Cottage, 4 Mill Lane, Painswick
            Fire at The Old Forge, 12 High Street                     | The Old Forge, 12 High Street
            the van is parked at number 14 Orchard Close              | number 14 Orchard Close
            Door kicked in at No.6 Linden Avenue last night           | No.6 Linden Avenue
            Search continuing at 4 Helvellyn Mount, Keswick today     | 4 Helvellyn Mount, Keswick
            The van was taken from outside 18 Hollin Brow overnight   | 18 Hollin Brow
            Fire crews were called to 7 Ashby Fold at 2am             | 7 Ashby Fold
            taken home to 14 St. Mary's Terrace                       | 14 St. Mary's Terrace
            The family at 3 Rhodfa'r Môr have asked for privacy       | 3 Rhodfa'r Môr
            collapsed outside 8 St. John's Road                       | 8 St. John's Road
            Parcels should go to BFPO 58 until he is home             | BFPO 58
            post can reach him at bfpo 801                            | bfpo 801
            Disturbance at Flat 12, Marlowe Court last night          | Flat 12, Marlowe Court
            Welfare check at flat 3b Kestrel House, Deptford          | flat 3b Kestrel House, Deptford
            The cat was found outside 47 Tennyson Tower               | 47 Tennyson Tower
            Burglary at 3 Victoria Mansions, Bournemouth overnight    | 3 Victoria Mansions, Bournemouth
            Door forced at apartment 4, 2 Quayside Buildings          | apartment 4, 2 Quayside Buildings
            Windows smashed outside 31 Marine Esplanade, Redcar       | 31 Marine Esplanade, Redcar
            A man was assaulted at 22 Ballyholme Esplanade, Bangor    | 22 Ballyholme Esplanade, Bangor
            Burglary at 7 Victoria Promenade, Northampton             | 7 Victoria Promenade, Northampton
            Tools taken from Ivy Cottage, Sandy Lane, Tarporley       | Ivy Cottage, Sandy Lane, Tarporley
            The owners of Meadow Farm, Long Lane were woken           | Meadow Farm, Long Lane
            A dog was poisoned at The Old Vicarage, Church Street     | The Old Vicarage, Church Street
            Mrs Thornton of Rose Cottage, Church Lane, Little Snoring | Rose Cottage, Church Lane, Little Snoring
            """)
    void flags(String text, String expected) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(f -> f.span().of(text))
                .contains(expected);
    }

    @ParameterizedTest(name = "does not flag \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Burst water main on Rosebery Avenue - traffic diverted via Kingsway.
            Cold callers have been reported in GL5 and SE13.
            Operation results: 11 arrests and 3 knives seized.
            We seized 3 The North Face jackets and 2 phones.
            Slow down on the A38 near Junction 12.
            Congratulations on 30 years' service!
            Please quote 20CV/008480E/21 when contacting us.
            We visited 5 high street shops today to talk about shoplifting.
            Officers closed 2 side roads near the school.
            Tourists queued outside 10 Downing Street for photos.
            Speeds of 1.5 Church Lane residents said were fine.
            Tickets cost £12 Saturday and Sunday.
            Litter pick on Eastgate Street and Brunswick Road on Saturday.
            Ask at St. Mary's Church for a free personal alarm.
            Send Christmas cards to BFPO addresses early this year.
            The BFPO service is run by the Ministry of Defence.
            We visited 12 Council House blocks in Harlow to check the door entry systems.
            Repairs to 2 Clock Tower faces will close the square.
            Kestrel House community rooms are hosting a talk on Monday.
            Marlowe Court residents meet on the first Monday of the month.
            A busy weekend on the Esplanade in Weymouth.
            Extra patrols on Blackpool Promenade for the illuminations.
            The Old Rectory, a listed building, is open this weekend.
            Pick your own at Hollybush Farm shop, Green Lane, from 10am.
            Rose Cottage is the name of the new tea room on the green.
            """)
    void doesNotFlag(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }

    // The detector only runs its venue search when the post holds one of the venue words: each must still count, in
    // any letter case, and a post without one is someone's home.
    @ParameterizedTest(name = "\"{0}\" at an address is a venue: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Drop in to the library near 12 Church Lane on Saturday               | LOW
            Surgery at the Community Centre: 4 Mill Lane, Painswick              | LOW
            Meet us at the community center - 4 Mill Lane                        | LOW
            Coffee morning in the COMMUNITY HALL near 4 Mill Lane                | LOW
            Village hall - 4 Mill Lane: beat surgery 2pm                         | LOW
            Church Hall by 4 Mill Lane from 10am                                 | LOW
            The police station next to 4 Mill Lane is open                       | LOW
            Cycle marking drop-in at 4 Mill Lane                                 | LOW
            Pop-Up stand at 4 Mill Lane today                                    | LOW
            Our event at 4 Mill Lane starts at noon                              | LOW
            Find our stall at 4 Mill Lane                                        | LOW
            Cuppa with a copper at the cafe near 4 Mill Lane                     | LOW
            Cuppa with a copper in the café by 4 Mill Lane                       | LOW
            Leisure Centre (4 Mill Lane): water safety talk                      | LOW
            Town Hall - 4 Mill Lane, Stroud this evening                         | LOW
            Farmers market at 4 Mill Lane                                        | LOW
            Open day at 4 Mill Lane                                              | LOW
            Fun Day at 4 Mill Lane                                               | LOW
            School hall; 4 Mill Lane from 6pm                                    | LOW
            Front counter by 4 Mill Lane closes at 5                             | LOW
            Front desk by 4 Mill Lane closes at 5                                | LOW
            Enquiry office by 4 Mill Lane closes at 5                            | LOW
            Officers were called to 4 Mill Lane last night                       | HIGH
            Officers were called to 4 Mill Lane after the events                 | HIGH
            """)
    void venueWords(String text, String severity) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .filteredOn(f -> f.rule().equals("personal-data.street-address"))
                .extracting(f -> f.severity().name())
                .containsExactly(severity);
    }

    // Round 9: an address said in the same breath as the public building or the force itself that is there, and
    // business premises, are nobody's home: no finding at all. The nearest homes must still be flagged.
    @ParameterizedTest(name = "venue's or business address, no finding: \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Beat surgery at Kelsall Library, 9 Tanner Row, this Thursday from 2pm.
            Lost keys can be picked up from Wrenbury police station, 40-42 Quay Street.
            Fraud talk at Mossley Community Hall, 3 Pike Lane, KT9 2QW, on the 4th.
            Our enquiry office has a new home: you'll find us at 17 Chapel Walk from 1 May.
            We've moved to 88 Foundry Road while the old station is rebuilt.
            The careers evening takes place at 6 Cloister Way, with parking at the rear.
            Tools were stolen from Unit 12, Ravensbrook Business Park overnight.
            The police station at 19 Nether Street reopens on Monday.
            Coffee with your PCSO at Ranby Library at 8 Well Lane, 10am Saturday.
            Our new office is at 21 Saddler Street - pop in and say hello.
            A window was smashed at 5 Kestrel Retail Park, next to the tyre centre.
            Break-in at Unit 3B, Holloway Industrial Estate: CCTV wanted.
            The new Ashdon police hub is now open at 12 Cooper Street, Monday to Friday.
            Kelby library has moved to 4 Market Walk while the roof is repaired.
            Join PCSO Ellis at the Corner Café, 9 Mill Lane, Ashby, on Friday 2pm-3pm.
            Quiz night with the neighbourhood team at the Red Lion pub, 3 Market Place, from 7pm.
            """)
    void venueOrPremisesAddress(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }

    @ParameterizedTest(name = "a home next to a venue word is still flagged: \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Officers attended 9 Tanner Row after a woman was assaulted in her home.       | 9 Tanner Row      | HIGH
            The man who lives at 40 Quay Street was arrested on Friday.                  | 40 Quay Street    | HIGH
            The victim's house, 3 Pike Lane, was targeted twice.                         | 3 Pike Lane       | HIGH
            A car was set alight outside 17 Chapel Walk, KT9 2QW, overnight.             | 17 Chapel Walk    | HIGH
            He has moved to 88 Foundry Road and we want to trace him.                    | 88 Foundry Road   | HIGH
            A man was seen at 19 Nether Street trying car door handles.                  | 19 Nether Street  | HIGH
            The woman found at 8 Well Lane had been assaulted by her partner.           | 8 Well Lane       | HIGH
            Drop-in at the library today. Separately, a burglary at 6 Cloister Way.      | 6 Cloister Way    | LOW
            He followed her from the school to 14 Mill Lane, where she lives.            | 14 Mill Lane      | HIGH
            The victim lives in the flat above the Red Lion pub, 3 Tanner Row.           | 3 Tanner Row      | HIGH
            His home is behind the Corner Café, 9 Mill Lane, in Ashby.                   | 9 Mill Lane       | LOW
            The suspect is now based at 31 Tenter Street, we believe.                    | 31 Tenter Street  | HIGH
            """)
    void homeStillFlagged(String text, String expected, String severity) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .filteredOn(f -> f.rule().equals("personal-data.street-address"))
                .extracting(f -> f.span().of(text) + "|" + f.severity().name())
                .containsExactly(expected + "|" + severity);
    }

    @ParameterizedTest(name = "postcode after a home address is still flagged: \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            A car was set alight outside 17 Chapel Walk, KT9 2QW, overnight.
            The victim lives at 3 Pike Lane, KT9 2QW.
            Mossley Community Hall is next door to the victim's home, KT9 2QW.
            The victim lives near Kingswood Academy, Wawne Road, HU7 4WR.
            The man was seen near the school, then went to KT9 2QW.
            Police were called to 219 Church Lane, Bolton, BL1 5FF after neighbours heard screaming.
            Birthday drinks at mine Saturday - 52b Church Lane, B13 1WJ.
            Officers went to Church Road, Bolton, BL1 5FF after neighbours heard screaming.
            """)
    void postcodeAfterHomeStillFlagged(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .contains("personal-data.postcode");
    }

    // Round 10: a postcode that closes a venue's address with no house number ("Ashcombe Library, Cranleigh Way,
    // GU6 8AT") is the venue's. A home said before it, words between that are not a street or town, a house number,
    // or a venue word that is part of a street's name ("Church Lane", "Station Road") still flag.
    @ParameterizedTest(name = "round 10: venue's postcode, no finding: \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Meet the team at Ashcombe Library, Cranleigh Way, GU6 8AT, on Friday from 10.
            The front counter at Brackley police station, Banbury Road, NN13 6AP, is open 9 till 5.
            Bike marking outside Holme Students' Union, Park Walk, Leeds, LS2 9JT, on Thursday.
            Fraud talk at the Grange Community Centre, Ferry Lane, KT9 2QW.
            Cadets information evening at Kingswood Academy, Wawne Road, HU7 4WR, on Tuesday.
            Our open day at Force HQ, Brambleside, Stafford ST18 0YY, is on Sunday from 11am.
            Knife amnesty bin now at Greystones Leisure Centre, Mill Road, GL5 2AB.
            Vaccination clinic for police dogs at the Showground, Newark NG24 2NY.
            """)
    void venuePostcode(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }

    @ParameterizedTest(name = "round 10: postcode still flagged: \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            She lives near the library, Ferry Lane, KT9 2QW.
            The victim's home on Ferry Lane, KT9 2QW, was targeted twice.
            A man was seen in the garden of a house in Cranleigh Way, GU6 8AT.
            Officers were called to a house on Church Lane, Ashby, KT9 2QW, after a fight.
            Last known address 41 Station Road, Ashby, KT9 2QW.
            Party at mine on Saturday: 7a School Lane, KT9 2QW.
            """)
    void postcodeNearVenueStillFlagged(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .contains("personal-data.postcode");
    }

    // Round 10: a public meeting notice ("Ward panel meeting - 7pm, upstairs at The Swan, 14 High Street") names a
    // venue, so its address is LOW advice, as for an event or a drop-in, not a HIGH home address.
    @ParameterizedTest(name = "round 10: meeting venue is LOW: \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Ward panel meeting, Thursday 7pm, in the back room of The Plough, 22 Mill Lane, Kelby. All welcome.
            Public meeting about the level crossing: 6.30pm Monday at The Old Bakery, 3 Bridge Street.
            """)
    void meetingVenueIsLow(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(f -> f.severity().name())
                .containsOnly("LOW");
    }

    // Round 11: a post that invites people to an event on a day or at a time names its venue "at / outside" a place
    // no list of building words holds (a shop, a café, a landmark): its address and postcode are the venue's.
    @ParameterizedTest(name = "round 11: an event's named venue, no finding: \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Come along to our crime prevention stall this Saturday at Tesco, Hucclecote Road, Gloucester GL3 3RP, 10am to 2pm.
            Meet your neighbourhood team on Tuesday 7pm at the Corn Exchange, Market Place, Wantage OX12 8AH. All welcome!
            Free cycle marking event outside Halfords, 3 Retford Road, Worksop S80 2PU on 14 June.
            Pop in for a cuppa with PCSO Hart at Greggs, 12 Commercial Street, Newport NP20 1LP, Friday 10am.
            Join us for the Blue Light service at the Minster, Deansway, Worcester WR1 2JG this Sunday at 3pm.
            Make a difference where you live. Open evening at Stroud Police Station, Beeches Green, GL5 4AL on Monday 6pm.
            Cycle safety day at Kenilworth Abbey Fields Play Area, CV8 1ED, this Sunday 11am to 3pm. Free bike checks.
            Our toy appeal is back: drop off unwrapped gifts at Asda, Longwater Lane, Norwich NR8 6HP until 19 December.
            """)
    void eventAtNamedVenue(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }

    // ...but not without an invitation and a day or time (as whole words: "possession" is no "session", "installed"
    // no "stall", "14 Market Street" no date), nor when the "place" is a person, a household or someone's home.
    @ParameterizedTest(name = "round 11: still flagged: \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Burglary at Costa, 14 Fore Street, Exeter EX4 3AN overnight. Any witnesses please call 101.
            Come along on Friday at 6pm to the street party at Jack Turner's, 4 Mill Lane, Painswick GL6 6QA.
            Join us on Friday at 2pm at Mrs Patel's, 8 Park Road, Leeds LS6 2AB.
            Pop in on Friday 10am outside Smith's, 14 Mill Lane, Stroud GL5 3AB.
            Join us on Friday at the Joneses, 14 Mill Lane, Stroud GL5 3AB.
            Join us on Saturday at 2pm for Doris's 100th. She lives at Fernlea, 22 Mill Lane, Stroud GL5 3AB.
            Join us on Friday. We know you live at Fernlea, 8 Park Road, Leeds LS6 2AB.
            A man was arrested today at Oakdene, 14 Mill Lane, Exeter EX4 3AN for possession of cannabis.
            Police have installed CCTV after a burglary on Monday at Fernlea, 8 Park Road, Leeds LS6 2AB.
            Emergency services were called on Sunday to a fire at Meadowside, 12 Church Road, Stroud GL5 3AB.
            A man was arrested for possession of cannabis at Oakdene, 14 Market Street, Exeter EX4 3AN.
            Our stall is at the market on Saturday. Separately, a car was stolen from 19 Cotswold Avenue, Stroud GL5 4QX.
            Please drop off the found purse at Mrs Ann Patel's, 14 Mill Lane, Stroud GL5 3AB, by Friday.
            """)
    void notAnEventVenue(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isNotEmpty();
    }

    // Round 13: the force's own building with its town or a preposition between it and the street ("Our police station
    // in Ross-on-Wye is at 3 Gloucester Road", "Wellingborough police station at Midland Road, NN8 1HF"), a police
    // post,
    // "you'll find it at" after the station, and a venue's postcode after a town of several words ("Newport, Isle of
    // Wight"). A home or an incident at the same address is still flagged.
    @ParameterizedTest(name = "round 13: the force's own building, no finding: \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The new police station in Bicester is now open. You'll find it at 1 Launton Road, with a front counter open weekdays.
            Wellingborough police station at Midland Road, NN8 1HF, will be closed to the public on Monday.
            Our new Community Police Office at 14 High Street, Newport, Isle of Wight, PO30 1SS, is now open on Tuesdays.
            The police post at 2 Harbour Road, Seaton, EX12 2LX, will be staffed by PCSOs on Saturday mornings.
            Our police station in Ross-on-Wye is at 3 Gloucester Road and the front counter is open on weekday mornings.
            """)
    void forceBuildingRound13(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }

    @ParameterizedTest(name = "round 13: still flagged: \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The victim lives at 14 High Street, Newport, Isle of Wight, PO30 1SS.
            A man was found at 3 Gloucester Road, Ross-on-Wye.
            Police were called to 2 Harbour Road, Seaton, EX12 2LX.
            The police station in Ross-on-Wye was called about a fight at 3 Gloucester Road.
            """)
    void notForceBuildingRound13(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isNotEmpty();
    }

    // Round 15 (fix15a): a home given without a street address: a flat's number near a named block in a post that
    // gives an age, and a bare house number ("at number 9", "from no. 4") near a person's first name.
    @ParameterizedTest(name = "fix15a: flags \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "Nelson Heights: an 84-year-old man in Flat 31 was conned out of £2,000 by a fake builder."         | Flat 31
            "A woman, 62, living in apartment 7 at Quayside Wharf was followed home from the bus stop."          | apartment 7
            "Shout out to Brenda at number 9, who keeps an eye on the whole close while folk are at work."       | at number 9
            "We've had a few calls about Jason from no. 4 revving his bike late at night; he's been spoken to." | from no. 4
            "The couple at number 16 have asked us to thank everyone. Pauline says the flowers were lovely."    | at number 16
            """)
    void flagsPlacedHomeFix15a(String text, String expected) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(f -> f.span().of(text))
                .contains(expected);
    }

    @ParameterizedTest(name = "fix15a: does not flag \"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "Nelson Heights residents: the lifts in the north block are fixed, and the concierge is back on nights."
            "Flats 1 to 30 at Quayside Wharf will get new fobs this week; the meeting is in Flat 2, the show flat."
            "A 30-year-old man from Nelson Heights has been charged and will appear at Bristol Crown Court today."
            "Brenda from our front counter is at number 9 in the volunteer awards vote - please vote for her!"
            "Number 4 on our list of tips: lock your shed. Thanks, Jason, for the idea."
            "Bus number 16 no longer stops on Mill Road; Pauline at the council has the new timetable."
            """)
    void doesNotFlagPlacedHomeFix15a(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }

    // Round 16 (clean16): an event's venue named before its postcode when the invitation says "security marking", a
    // pop-up stand or things given out, with a 24-hour time range, and a national shop named after a family.
    @ParameterizedTest(name = "round 16: does not flag \"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "Free cycle security marking at Asda, Pilsworth Road, Bury BL9 8RE, this Saturday 10:00 to 14:00."
            "Bike marking and free D-locks at Morrisons, Fenton, Stoke-on-Trent ST4 2RS, Saturday 10:00-13:00."
            "Come and find us at the pop-up stand at Tesco, Western Avenue, Cardiff CF14 3AT, 11:00 to 14:00 on Wednesday."
            """)
    void doesNotFlagRound16(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }

    @ParameterizedTest(name = "round 16: flags \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "Bike marking at Mary Jones, 14 Fore Street, Exeter EX4 3AN, Saturday 10:00 to 14:00."  | EX4 3AN
            "The man who lives at Sainsbury's, 3 Mill Lane, Bury BL9 8RE was arrested on Saturday." | BL9 8RE
            """)
    void flagsRound16(String text, String expected) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(f -> f.span().of(text))
                .contains(expected);
    }

    // Round 19 (blind19b): the house number said with "no." or "number" after the street or before it with "on" or
    // "in" between; not a bus, a rank or a place in a list.
    @ParameterizedTest(name = "round 19: flags \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "Had a brew with Norman on Kestrel Close, number 9, who had his shed broken into."  | Kestrel Close, number 9
            "Called at no. 15 on Orchard Way to check on the owner after the break-in."        | no. 15 on Orchard Way
            "Bert on Priory Lane (no.3) got his stolen parcel back today."                      | Priory Lane (no.3
            """)
    void flagsANumberWordWithTheStreetRound19(String text, String expected) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(f -> f.span().of(text))
                .contains(expected);
    }

    @ParameterizedTest(name = "round 19: does not flag \"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "The number 7 bus on Orchard Way is back to its normal route."
            "Bridge Street was number 3 on our list of speeding hotspots this month."
            "Station Road, no. 1 for potholes again."
            """)
    void doesNotFlagANumberThatIsNotAHomeRound19(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }

    // Round 24: a Welsh street name with no word for road after the house number, two capitalised words joined by "y"
    // or "yr", with the town after a comma; or any one to three capitalised words closed by the town and a full
    // postcode.
    // Not a mountain counted ("2 Pen y Fan rescues") or a score.
    @ParameterizedTest(name = "round 24: flags \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "Officers were called to 8 Bron y De, Machynlleth after the break-in."  | 8 Bron y De, Machynlleth
            "She was last seen leaving 31 Pant-yr-Odyn, Llanelli on Monday."       | 31 Pant-yr-Odyn, Llanelli
            "Burglary at 5 Cae Mawr, Dolgellau LL40 1AA overnight."                 | 5 Cae Mawr, Dolgellau
            """)
    void flagsAWelshStreetWithNoSuffixRound24(String text, String expected) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(f -> f.span().of(text))
                .anyMatch(span -> span.startsWith(expected));
    }

    @ParameterizedTest(name = "round 24: does not flag \"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "2 Pen y Fan rescues this weekend, both walkers unhurt."
            "Llanelli 3 Pen-y-Groes 1, a great result for the youth league."
            "We rescued 2 walkers on Pen y Fan last night."
            """)
    void doesNotFlagAWelshPlaceThatIsNoHomeRound24(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }
}
