package org.postwatch.safeguard.detect.operational;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.postwatch.safeguard.engine.CheckContext;
import org.postwatch.safeguard.engine.Finding;

class OperationalSecurityDetectorTest {

    private static final OperationalSecurityDetector DETECTOR = new OperationalSecurityDetector();

    @ParameterizedTest(name = "flags [{1}] in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            We'll be raiding an address on Elm Road at 6am tomorrow.                               | operational.future-raid
            We're going through the door at a flat on Barton Street at 6am tomorrow.              | operational.future-raid
            Warrant to be executed at a flat in Tuffley first thing on Friday morning.             | operational.future-raid
            We're planning to search 12 Park Lane, Stroud on Thursday.                             | operational.future-raid
            Operation Nightjar will hit the Westfield estate next week.                            | operational.planned-operation
            Right now our only response car is sat outside the Co-op on High Street.               | operational.live-location
            Only one unit covering Stroud tonight, so please be patient.                           | operational.patrol-gap
            There are no patrols in Cinderford after 2am this week.                                | operational.patrol-gap
            Keep an eye out for our unmarked silver Audi on the M5.                                | operational.unmarked-vehicle
            Undercover officers are working in Gloucester city centre this weekend.                | operational.covert-tactics
            Our speed trap is always at the Cheltenham Road lay-by on Saturdays.                   | operational.routine-tactic
            Drink drive checks will be on the A40 from 11pm until 3am on Saturday.                 | operational.operation-timing
            The Home Secretary will arrive at Kingsholm at 14:30 and leave via Denmark Road.       | operational.protection-detail
            """)
    void flags(String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    /** One kind per row, in wording written for this test (not taken from any data set). */
    @ParameterizedTest(name = "{0}: flags [{2}] in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            planned_raid      | Early doors tomorrow we're going through a door in Tuffley.                                   | operational.future-raid
            planned_raid      | Couple of addresses in Kingsway getting an early morning knock from us on Thursday.           | operational.future-raid
            planned_raid      | We've got a search warrant lined up for later this week in Hesters Way.                       | operational.future-raid
            planned_raid      | We'll be calling at four addresses in Coleford at dawn on Thursday.                           | operational.future-raid
            planned_raid      | Early start for the team tomorrow: three warrants to execute in Stroud before 7am.            | operational.future-raid
            op_timing         | Operation Falcon starts at 0600 Sunday across Gloucester.                                     | operational.planned-operation
            op_timing         | Big operation planned for Saturday night in the city centre - 25 officers, starting at 10pm.  | operational.planned-operation
            op_timing         | Knife sweep round the Quays this evening from 8 till midnight.                                | operational.future-raid
            op_timing         | Drugs sweep of the bus station tomorrow from 6 until 10pm.                                    | operational.future-raid
            live_location     | Me and Sarge outside the chippy in Coleford right now, here for the next hour.                | operational.live-location
            live_location     | We're at the Tesco car park now.                                                              | operational.live-location
            live_location     | Parked up at the top of Crickley Hill rn with the speed gun.                                  | operational.live-location
            live_location     | Two of our officers are in the McDonald's car park on Eastern Avenue right now.               | operational.live-location
            live_location     | We're on the Oxstalls roundabout now with the speed gun.                                      | operational.live-location
            patrol_gap        | We're down to two officers for the entire north of the county until 6am.                      | operational.patrol-gap
            patrol_gap        | Just the one car for the whole of Tewkesbury tonight, so please be patient.                   | operational.patrol-gap
            patrol_gap        | Nobody on patrol in Lydney between 3 and 4am while the shifts change over.                    | operational.patrol-gap
            patrol_gap        | Nobody will be covering Tewkesbury between 3am and 7am tonight.                               | operational.patrol-gap
            patrol_gap        | Only 2 of us on in Nailsworth tonight, so please bear with us.                                | operational.patrol-gap
            unmarked_vehicles | The dark blue Skoda Octavia you've seen round Matson is one of ours.                          | operational.unmarked-vehicle
            unmarked_vehicles | Plain car for the drugs team this week is a white Vauxhall Astra estate.                      | operational.unmarked-vehicle
            unmarked_vehicles | That black Audi A6 tailgating you on the M5 could be us.                                      | operational.unmarked-vehicle
            unmarked_vehicles | Our covert van is a white Transit with a ladder rack.                                         | operational.unmarked-vehicle
            covert_tactics    | We've left bait bikes fitted with trackers outside Gloucester station. Help yourself.          | operational.covert-tactics
            covert_tactics    | Decoy parcels are on doorsteps in Quedgeley this week to catch the porch pirates.             | operational.covert-tactics
            covert_tactics    | Our officers are posing as buyers on Marketplace to catch the people selling stolen tools.     | operational.covert-tactics
            covert_tactics    | Covert cameras have been installed at the fly-tipping hotspot on Hempsted Lane.               | operational.covert-tactics
            security_detail   | The MP's car will come in through the rear entrance on Station Road tomorrow morning.          | operational.protection-detail
            security_detail   | Police escort for the minister will use the A38 from the motorway at about 2pm.               | operational.protection-detail
            security_detail   | The Princess is staying at the Hilton tonight; her protection team are with her.              | operational.protection-detail
            surveillance      | Our officers have been watching the suspects' house for weeks.                                | operational.surveillance
            surveillance      | We've got eyes on the garages behind Robinswood Hill. See you soon lads.                      | operational.surveillance
            surveillance      | Obs on the address in Matson continue tonight.                                                | operational.surveillance
            surveillance      | Monitoring the WhatsApp group where they sell the stolen bikes.                               | operational.surveillance
            surveillance      | Our drone is up over the industrial estate in Brockworth every night this week.               | operational.surveillance
            checkpoint_timing | Stop checks on every van leaving the Michaelwood services tomorrow between 1 and 4pm.         | operational.operation-timing
            checkpoint_timing | Vehicle checks planned at the Lydney end of the bypass Saturday night after closing time.     | operational.operation-timing
            checkpoint_timing | Roadside checks outside the Cross Hands pub at closing time on Saturday.                      | operational.operation-timing
            checkpoint_timing | Speed trap on Cirencester Road tomorrow morning, between 7 and 9.                             | operational.operation-timing
            secrecy           | Drink drive checkpoint at Over roundabout on Friday night - don't tell anyone.                | operational.secret-operation
            secrecy           | Undercover officer has been in their group chat since January. They have no idea.             | operational.secret-operation
            planned_raid      | Magistrates have granted us a warrant for a flat in Tredworth. Watch this space.              | operational.future-raid
            planned_raid      | Plans are in place to raid a cannabis farm in Cinderford this weekend.                        | operational.future-raid
            planned_raid      | 5am start tmrw lads, 3 doors to go through in Tuffley.                                        | operational.future-raid
            planned_raid      | Big one planned for thurs, warrants for 4 flats in Kingsholm.                                 | operational.future-raid
            op_timing         | Our roads crime team will run a joint operation on the M5 at Strensham services from 6am Tuesday. | operational.planned-operation
            patrol_gap        | Literally nobody on in the Forest after 3am tonight.                                          | operational.patrol-gap
            patrol_gap        | Sickness means no cover in the Forest between midnight and 6am.                               | operational.patrol-gap
            unmarked_vehicles | The unmarked van with the ladders on the roof is ours.                                        | operational.unmarked-vehicle
            unmarked_vehicles | Spot the difference: our undercover Transit is the grey one with the builder's logo.          | operational.unmarked-vehicle
            covert_tactics    | Undercover officers are posing as students at the university to catch drug dealers.           | operational.covert-tactics
            covert_tactics    | We've got officers dressed as builders on the Kingsway estate.                                | operational.covert-tactics
            covert_tactics    | Plain clothes on the 66 bus every morning this week.                                          | operational.covert-tactics
            security_detail   | The Prime Minister will land at Staverton Airport at 9:15am tomorrow.                         | operational.protection-detail
            surveillance      | We know where you keep it and we're watching the lock-up on Saturday nights.                  | operational.surveillance
            surveillance      | Drone over the Matson allotments again tonight.                                               | operational.surveillance
            checkpoint_timing | Random breath tests outside the Royal Oak in Painswick when the pub shuts tonight.            | operational.operation-timing
            checkpoint_timing | Checkpoint at the top of Painswick Hill after the pubs shut sat night.                        | operational.operation-timing
            planned_raid      | We'll be paying a few dealers a visit on Thursday morning.                                    | operational.future-raid
            patrol_gap        | Only a couple of us covering the whole county tonight.                                        | operational.patrol-gap
            patrol_gap        | Half strength on nights this week across Cheltenham.                                          | operational.patrol-gap
            security_detail   | Our firearms officers will be guarding the judge's house in Cheltenham all week.              | operational.protection-detail
            surveillance      | We've had a camera on the drug house on Tredworth Road for a month.                           | operational.surveillance
            secrecy           | Checkpoint on the A40 Friday night, don’t tell the drink drivers.                             | operational.secret-operation
            """)
    void flagsEachKind(String kind, String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .as(kind)
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    /** Near misses of those kinds that ordinary posts make: incidents, engagement, advice, results, events. */
    @ParameterizedTest(name = "does not flag near miss \"{0}\"")
    @ValueSource(
            strings = {
                "Officers are currently at the scene of a collision on the A40 near Northleach. The road is closed in both directions.",
                "Right now we're at the Tesco car park in Quedgeley with our bike marking stall until 2pm. Pop over for a chat!",
                "The helicopter is currently over Stroud searching for a missing 79-year-old man. Have you seen him?",
                "Consider fitting a GPS tracker to your caravan or trailer. It could help us get it back if it's stolen.",
                "Criminals are posing as police officers on the phone. We will never ask for your bank details.",
                "Watch out for fake delivery texts. Couriers will never ask you to pay a fee by link.",
                "Watch out for distraction burglars. One often acts as a decoy while the other searches your home.",
                "An unmarked road near Birdlip was the scene of a collision involving a black Ford Focus this morning.",
                "The red car in our photo is ours - it's our new electric patrol car, and it's already on the roads.",
                "Free tyre safety checks at the Morrisons car park this Saturday from 10am. Bring your car along.",
                "Speed checks on Church Road on Saturday: 12 drivers stopped, one at 52mph in a 30.",
                "Drink drive checks will take place across the county throughout December.",
                "We're working hard to close the gap in response times across the Forest of Dean.",
                "Nobody is available to take your call? Please hold - our call handlers will answer as soon as possible.",
                "There's no one on duty at the front counter on Sundays; please use our online services.",
                "Just a few officers can make a huge difference - thank you to our volunteer specials.",
                "We're knocking on doors in Matson tomorrow to speak to residents after Tuesday's burglary.",
                "Officers will visit addresses on Barton Street tomorrow to speak to residents about the burglary.",
                "John Smith is wanted on warrant for failing to appear at court. He was last seen in Gloucester on Friday.",
                "If you get a knock at the door on Friday from someone claiming to be from the water board, ask for ID.",
                "Friday's drug bust on the Westgate estate netted 10k of cocaine. Great work team.",
                "We'll be posting results from Operation Sceptre at 6pm tonight.",
                "This year 40 officers will graduate at our ceremony on Friday at 11am.",
                "Over 100 officers will be on duty for Saturday's Gloucester v Bath game from 1pm.",
                "The Home Secretary will use new powers to ban the group, it was announced today.",
                "The minister will arrive in Gloucester on Friday to meet flood-hit residents, according to the Government.",
                "Our MP visited the control room last Friday and heard about the pressures on our call handlers.",
                "Abnormal load travelling on the M5 under police escort tonight between 10pm and 2am. Expect delays.",
                "Currently our officers are at the Tesco car park with Neighbourhood Watch giving out free purse bells.",
                "Our officers are currently at the address supporting the family. There is no risk to the wider public.",
                "Plain clothes officers are part of our shoplifting strategy this Christmas, alongside shop staff.",
                "Our unmarked cars are out this month as part of the national mobile phone campaign.",
                "We're monitoring the situation on the river and will update you at 6pm.",
                "The helicopter is up over Stroud right now searching for a missing man.",
                "Our drone is up over the county show today - come and see a demo at our stand!",
                "Thanks to the anonymous caller who helped us find the stolen quad bikes - you know who you are!",
                "Test purchase results: four shops sold knives to under-18s last month and have been warned.",
                "Call Crimestoppers anonymously on 0800 555 111 if you know who is dealing near the skate park.",
                "Government is planning to raid a billion pounds from police pension funds, say critics.",
                "Officers executing a search warrant in Matson this morning recovered a stolen motorbike.",
                "Burglars are forcing entry to sheds across the Forest of Dean overnight. Lock up and mark your tools.",
                "Fraudsters posing as customers are targeting small shops with fake payment screenshots.",
                "Two men posing as council workers stole cash from an elderly woman's home in Tuffley. Call 101.",
                "Officers dressed as Santa visited the children's ward today. Thank you to the nurses for having us!",
                "Covert cameras caught a white van fly-tipping on Hempsted Lane. Do you recognise it?",
                "Plain clothes officers spotted a black BMW being driven dangerously and stopped it. The driver was arrested.",
                "Operation Sceptre: our knife arch will be at Gloucester bus station on Saturday from 10am. Come and say hello.",
                "No cover in the world makes a rubbish password safe. Use three random words.",
                "We're at Gloucester Park now for the Big Lunch - what a turnout!",
                "Currently parked outside Hucclecote library with the mobile police station until 3pm.",
                "Our drone flew over the Severn to help the fire service tackle the blaze last night.",
                "We'll be giving a drone display over the showground on Saturday - come along!",
                "Four houses were burgled in Kingsholm last week. Lock your doors and windows.",
                "A Section 60 order has been authorised in Matson until 6am tomorrow. Officers have additional powers to stop and search.",
                "Knife amnesty: bins are at Gloucester, Cheltenham and Stroud police stations all this week.",
                "Our neighbourhood team will be on the Kingsway estate on Thursday from 3pm to 5pm for a street meeting.",
                "This year 40 officers will graduate at our ceremony on Friday at 11am.",
                "Speed checks at Twigworth on the A38 this morning - 14 drivers caught speeding, 3 over 50mph.",
                "Drug dealers, we're coming for you. Keep the information coming to 101.",
                "We'll be paying schools in Stroud a visit next week to talk about online safety.",
                "Officers will be guarding the scene overnight while investigations continue.",
                "Armed guard of honour for PC Smith's funeral at 11am on Friday at Gloucester Cathedral.",
                "Fit a camera covering the front of your house - it helps us catch burglars.",
                "We've installed cameras in the town centre to help keep everyone safe.",
                "We regularly train our officers in roadside checks so they can spot unroadworthy vehicles.",
                "Social Services and officers will hold a joint drop-in at the library tomorrow from 10am.",
                "Thanks to everyone who came to say hello - a couple of us will be back next month.",
            })
    void doesNotFlagNearMiss(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    @ParameterizedTest(name = "does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "Warrant executed this morning, 3 arrested and cannabis seized.",
                "We'll be putting leaflets through the door in Matson tomorrow about bike security.",
                "You'll see extra officers in the town centre this weekend - come and say hello.",
                "High-visibility patrols will continue in Stroud over the bank holiday.",
                "Our beat surgery is at the library every Tuesday, 10am-12pm.",
                "Officers are currently dealing with a collision on the A38. Please avoid the area.",
                "Results from last night's operation: 6 arrests and 2 vehicles seized.",
                "The Prime Minister visited our control room yesterday and met call handlers.",
                "Undercover officers arrested two men for selling drugs in the park last month.",
                "Thanks to everyone who reported drug dealing - your information led to a warrant last week.",
                "Want to join us? Our recruitment event is on Saturday at 10am at headquarters.",
            })
    void doesNotFlag(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    /** Second round: kinds the held-back half showed were missed, in wording written for this test. */
    @ParameterizedTest(name = "{0}: flags [{2}] in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            planned_raid      | Entry team are briefed and ready, we go through the door on Friday.                                  | operational.future-raid
            planned_raid      | Method of entry team on standby for tomorrow's job in Bream.                                         | operational.future-raid
            planned_raid      | We're going in at dawn on Saturday, lads.                                                            | operational.future-raid
            planned_raid      | Door goes in at first light tomorrow in Cinderford.                                                  | operational.future-raid
            live_location     | Armed officers in the back garden right now, he's still inside the house.                            | operational.live-location
            live_location     | Man holed up in a flat on Kingsway, our firearms team currently at the front and back doors.         | operational.live-location
            live_location     | Suspect barricaded in the garage, negotiators are with him now and officers are round the back.      | operational.live-location
            live_location     | Just arrived at the Kingsway car park, we'll be here for the next couple of hours.                   | operational.live-location
            live_location     | Just pulled into Lydney bus station, we'll be here till 9 keeping an eye out.                        | operational.live-location
            patrol_gap        | There'll be no response officers in the Forest on Sunday night because of the match.                 | operational.patrol-gap
            patrol_gap        | With the team away on training, no one will be doing the evening patrols round Brockworth this week. | operational.patrol-gap
            patrol_gap        | No PCSOs on the Podsmead estate until Tuesday, they're all at the carnival.                          | operational.patrol-gap
            covert_tactics    | Our plain clothes officers are wearing Gloucester Rugby shirts in the crowd today.                   | operational.covert-tactics
            covert_tactics    | Undercover officers are dressed as delivery drivers in Barton this week.                             | operational.covert-tactics
            covert_tactics    | Officers will be pretending to be dog walkers on the canal path this week.                           | operational.covert-tactics
            security_detail   | The trial judge is under police protection and leaves court by the side entrance at 4pm each day.    | operational.protection-detail
            security_detail   | Jurors are being escorted to the car park every evening at 5.                                        | operational.protection-detail
            surveillance      | We've an observation post in the upstairs flat across from the shop.                                 | operational.surveillance
            surveillance      | We've been filming the handovers behind the Co-op for a fortnight.                                   | operational.surveillance
            checkpoint_timing | Our ANPR intercept team will be on the A417 near Birdlip from 7am Friday.                            | operational.operation-timing
            checkpoint_timing | Interceptors will be waiting at the Over roundabout tonight from 10pm.                               | operational.operation-timing
            """)
    void flagsSecondRoundKind(String kind, String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    /** Second round near misses: disguise advice, court business, training, evacuations, engagement stands. */
    @ParameterizedTest(name = "does not flag second-round near miss \"{0}\"")
    @ValueSource(
            strings = {
                "Beware of anyone pretending to be council workers asking to check your water.",
                "Officers warn that fraudsters are posing as bank staff.",
                "Our officers wearing body cameras help keep everyone safe.",
                "Plain clothes officers wearing hi-vis jackets were among those who arrested two men last night.",
                "If you want to raise an issue with your MP, you can contact them via their website.",
                "The judge will hand down sentence on Friday at 10am at Gloucester Crown Court.",
                "A man who barricaded himself in a flat in Matson has been arrested. Thanks for your patience.",
                "Armed officers are at a property on Elm Road where a man is holed up. Please avoid the area.",
                "Our entry team training day with the fire service was a great success.",
                "Officers are still at the scene of the crash on the A38 while the road is cleared.",
                "Our PCSO Dave is on leave next week; for anything urgent call 101.",
                "No officers were injured during the incident.",
                "Nobody will be doing anything silly this New Year's Eve, right? Plan your journey home.",
                "ANPR cameras helped us trace the stolen van, which was recovered yesterday.",
                "Just arrived at the Three Counties Show! Come and say hello at our stand.",
                "Our MP visited the station on Friday and met the response team.",
                "The Mayor will arrive at the parade at 11am - come and join the celebrations.",
                "Children are being escorted across the road by the school crossing patrol every morning at 8.",
                "Please don't let anyone pretending to be from the water board into your home.",
                "Our PCSOs will be out in the town centre this weekend, come and say hi.",
                "Scammers are pretending to be delivery drivers by text. Never click the link.",
                "Our new recruits start their training on Monday, wish them luck!",
                "We'll be here until 4pm at the Tesco car park with our bike marking stall.",
                "Officers remain at the property on Grove Road while enquiries continue.",
                "Jurors who served on the case were thanked by the judge yesterday.",
                "A fire crew were on scene right now dealing with the blaze; residents still inside were helped out.",
                "Just arrived at Cheltenham Racecourse for Gold Cup day, we'll be here all week, come and say hello!",
                "Just arrived at Gloucester Bus Station for our knife crime awareness talk, we'll be here until 2pm.",
                "The judge will be arriving at court by 9am tomorrow for the sentencing.",
                "The judge adjourned the case until Monday at 10am, when the defendant will return to court.",
                "There were no officers in the building at the time.",
                "No police officers on the beat? Not true: we've got 12 PCSOs covering the town centre.",
                "Our officers are wearing poppies this week in memory of the fallen.",
                "Our entry team course starts on Monday for new recruits.",
                "Entry team training exercise at the old hospital site on Tuesday - don't be alarmed by the noise.",
                "The suspect is still inside the prison system awaiting trial, says the judge.",
                "Our officers will be wearing body worn video at the festival this weekend.",
                "Our dog handlers are on leave so there'll be no demonstrations at the open day.",
                "Nobody will be doing the school visits next week as it's half term.",
                "Police escort for the Remembrance parade will leave the cathedral at 10.45 on Sunday.",
                "The Lord Lieutenant will arrive at the war memorial at 10.50 for the service.",
                "Our neighbourhood team will be at Tesco from 10am until midday on Saturday, come and say hi.",
                "Officers are currently at a house on Elm Road where a man is barricaded inside. Please stay away from the area.",
                "We'll be here until 5pm - come and chat about bike security at our stall.",
                "The helicopter was up at dawn on Sunday searching for the missing walker.",
            })
    void doesNotFlagSecondRoundNearMiss(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    /**
     * Fifth round: the general structures (a police subject with a present or "will be" locative verb and a place,
     * every unit committed elsewhere, sectors of a scene, equipment that is off, shift changes, response distances,
     * protected people's routes, operations with a named place), in wording written for this test.
     */
    @ParameterizedTest(name = "{0}: flags [{2}] in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            covert          | We've got people in the crowd in plain clothes at the match tonight.                                                    | operational.covert-tactics
            covert          | We've left a bait bike outside Sainsbury's on Metz Way.                                                                 | operational.covert-tactics
            covert          | Officers in plain clothes are walking around Gloucester Quays this afternoon.                                           | operational.covert-tactics
            covert          | The bait laptop is in the back of the blue Focus parked on Southgate Street.                                            | operational.covert-tactics
            covert          | We've put a tracker in the catalytic converter on a van at a garage in Hucclecote.                                      | operational.covert-tactics
            covert          | We've hidden a tracker bike outside the library in Stroud.                                                              | operational.covert-tactics
            live_location   | Sitting in the unmarked at the top of Barnwood Road, watching the traffic go by.                                        | operational.live-location
            live_location   | The van's parked round the back of the Asda in Tewkesbury for the next hour.                                            | operational.live-location
            live_location   | We're currently on Eastern Avenue with the speed gun.                                                                   | operational.live-location
            live_location   | Officers have the front and back of the building covered.                                                               | operational.live-location
            live_location   | Cops are stood at both ends of the underpass.                                                                           | operational.live-location
            live_location   | Currently parked opposite the Shell garage on Cirencester Road. Lots of you still on your phones!                       | operational.live-location
            live_location   | Team's tucked up behind the bus shelter on Cheltenham Road East.                                                        | operational.live-location
            live_location   | Units are now at the entrance to Robinswood Hill waiting for the off-roaders.                                           | operational.live-location
            live_location   | Reply: don't worry, there's a car sat at the end of your road right now watching for them.                              | operational.live-location
            live_location   | We've got someone watching the back door of the Railway Inn.                                                            | operational.live-location
            live_location   | Lads, we're literally round the corner from the Quays car park, so don't bother.                                        | operational.live-location
            live_location   | The dog handler will be waiting at the bottom of the lane when they come back.                                          | operational.live-location
            live_location   | Officers are lying in wait by the cashpoint on Northgate Street for the card skimmers.                                  | operational.live-location
            live_location   | The negotiator is at the front door while the firearms officers are covering the back garden.                           | operational.live-location
            live_location   | Officers will be posted at the north entrance of the retail park from 8pm.                                              | operational.live-location
            op_timing       | The drug dogs will be at Gloucester station from 5pm on Friday.                                                         | operational.operation-timing
            op_timing       | Knife arch at the bus station from 2pm tomorrow.                                                                        | operational.operation-timing
            op_timing       | Officers from the proactive team will be stopping cars on the Golden Valley bypass tonight between 11 and 3.            | operational.operation-timing
            op_timing       | Op Thunderbolt goes live on Friday at 10pm in the city centre.                                                          | operational.planned-operation
            op_timing       | Immigration and police will be visiting car washes in Gloucester on Thursday.                                           | operational.planned-operation
            op_timing       | Our next day of action is in Podsmead on 14 March from 7am.                                                             | operational.planned-operation
            op_timing       | Roads policing will be doing an uninsured vehicle op in Stonehouse on Thursday from 6pm.                                | operational.planned-operation
            op_timing       | A blitz on drug dealing starts in Kingsholm tomorrow morning at 6.                                                      | operational.planned-operation
            op_timing       | Officers will be out from 10pm targeting boy racers in Waterwells.                                                      | operational.planned-operation
            patrol_gap      | Only a single unit on for the whole of the Cotswolds until 7am.                                                         | operational.patrol-gap
            patrol_gap      | Only PCSO on the Forest patch this week as everyone else is on leave or courses.                                        | operational.patrol-gap
            patrol_gap      | Both dog vans are committed in Swindon until further notice.                                                            | operational.patrol-gap
            patrol_gap      | Our lone PCSO for Painswick is off sick all week.                                                                       | operational.patrol-gap
            patrol_gap      | All the Cheltenham cars are tied up at the crash on the A40, so it's just the one car for the rest of the town.         | operational.patrol-gap
            patrol_gap      | I'm the only copper between Lechlade and Fairford tonight, send help lol.                                               | operational.patrol-gap
            patrol_gap      | Just me and a special on in Dursley this evening.                                                                       | operational.patrol-gap
            patrol_gap      | Not a single response car is free in Gloucester at the minute.                                                          | operational.patrol-gap
            patrol_gap      | There won't be a traffic car on the A417 this weekend because of the festival.                                          | operational.patrol-gap
            patrol_gap      | After 3am there's one car for the whole of South Cotswold.                                                              | operational.patrol-gap
            patrol_gap      | Dog section won't be available tonight - all handlers are at a training day.                                            | operational.patrol-gap
            patrol_gap      | The firearms car is off the road until Tuesday with a flat battery.                                                     | operational.patrol-gap
            patrol_gap      | The helicopter can't fly tonight because of the fog, so they'll get away with it.                                       | operational.patrol-gap
            patrol_gap      | Tonight's shift is short, so the rural beats won't get a patrol.                                                        | operational.patrol-gap
            patrol_gap      | The armed unit is only based in Gloucester, so Forest jobs wait.                                                        | operational.patrol-gap
            patrol_gap      | Right now there are no officers in Berkeley - all units are at a job in Dursley.                                        | operational.patrol-gap
            planned_raid    | Warning to dealers: we're coming to Cinderford this weekend.                                                            | operational.future-raid
            planned_raid    | We'll be executing warrants across Gloucester on Wednesday morning.                                                     | operational.future-raid
            planned_raid    | Search teams will be at the allotments off Grange Road at 7am tomorrow.                                                 | operational.future-raid
            planned_raid    | We're planning to hit the flat on Seymour Road on Saturday morning.                                                     | operational.future-raid
            planned_raid    | We'll be paying the Barton Street shops a surprise visit on Friday.                                                     | operational.future-raid
            security_detail | The King's car will go along Westgate Street at 2pm.                                                                    | operational.protection-detail
            security_detail | The witness is staying at a hotel in Cheltenham under police guard.                                                     | operational.protection-detail
            security_detail | The judge travels to court along the A38 every morning at 8.                                                            | operational.protection-detail
            security_detail | The Duchess will arrive through the staff entrance at the hospital at 11.                                               | operational.protection-detail
            security_detail | The Home Secretary is staying with friends in Painswick this weekend.                                                   | operational.protection-detail
            security_detail | Magistrates in the case are being driven home by officers each night.                                                   | operational.protection-detail
            security_detail | The Foreign Secretary lands at Gloucestershire Airport at 9 on Friday and goes straight to Cheltenham.                  | operational.protection-detail
            security_detail | Security for the royal walkabout: two officers at each barrier and a dog at the church.                                 | operational.protection-detail
            security_detail | The jurors' minibus leaves the court by the back gate at 5pm.                                                           | operational.protection-detail
            security_detail | The Lord Lieutenant and the Duke will be escorted along Northgate Street at 1pm.                                        | operational.protection-detail
            security_detail | The minister's car will be parked round the back of the Guildhall during his visit on Friday.                           | operational.protection-detail
            security_detail | The Chief Rabbi will leave the synagogue by the rear door at 12.30.                                                     | operational.protection-detail
            security_detail | Two inmates will be transported to Gloucester Crown Court on Monday at 9am.                                             | operational.protection-detail
            surveillance    | The helicopter will be over Tuffley from 11pm looking for the car thieves.                                              | operational.surveillance
            surveillance    | We have a camera fitted inside the lamppost opposite the off licence on Bristol Road.                                   | operational.surveillance
            tactics         | The cameras on Eastgate Street haven't been working for weeks.                                                          | operational.routine-tactic
            tactics         | The CCTV at the retail park only covers the front, not the service road.                                                | operational.routine-tactic
            tactics         | Nights come on at 10, so between 9 and 10 is when we're thinnest.                                                       | operational.patrol-gap
            tactics         | Response time to Sharpness is about 45 minutes at night.                                                                | operational.patrol-gap
            tactics         | Our speed gun always comes out on Tuesday mornings on the A419 at Blunsdon.                                             | operational.routine-tactic
            tactics         | The red light camera on Bruton Way hasn't had film in it for years.                                                     | operational.routine-tactic
            tactics         | Night turn starts at 2200 so the streets are quiet for a bit before that.                                               | operational.patrol-gap
            tactics         | From the station to Newent takes us 25 minutes on a good day.                                                           | operational.patrol-gap
            tactics         | The ANPR at the county boundary on the A48 is down for repairs until March.                                             | operational.routine-tactic
            tactics         | At night the nearest armed unit to Lydney is 40 minutes away.                                                           | operational.patrol-gap
            tactics         | Speed enforcement on Tewkesbury Road outside the school every weekday at 8.15.                                          | operational.routine-tactic
            tactics         | There's no camera coverage on the cycle path between Hempsted and the docks.                                            | operational.routine-tactic
            tactics         | CCTV doesn't cover the rear car park of the Kings Walk.                                                                 | operational.routine-tactic
            tactics         | Officers take about an hour to get out to Sharpness on a Saturday night.                                                | operational.patrol-gap
            tactics         | The average speed cameras on the A417 don't actually record anything yet.                                               | operational.routine-tactic
            live_location   | Two of us are parked in the Morrisons car park in Abbeydale keeping an eye on the cashpoint.                            | operational.live-location
            live_location   | The motorway patrol is sat at Strensham services waiting for the convoy of stolen plant.                                | operational.live-location
            live_location   | Roads policing are on the A40 at Andoversford right now with the speed gun.                                             | operational.live-location
            patrol_gap      | Three officers covering the whole of the Cotswolds tonight.                                                             | operational.patrol-gap
            security_detail | The Chancellor will be driven from the station to the Guildhall at 2.15pm on Monday.                                    | operational.protection-detail
            covert          | There are two undercover officers on the late bus from Cheltenham to Tewkesbury.                                        | operational.covert-tactics
            tactics         | The nearest dog handler tonight is in Swindon, about an hour away.                                                      | operational.patrol-gap
            tactics         | The CCTV van outside the Co-op in Matson is empty, it is just for show.                                                 | operational.routine-tactic
            op_timing       | Traffic are going to be at the Air Balloon roundabout from 6am catching speeders.                                       | operational.operation-timing
            live_location   | Watching the lights at the Eastern Avenue junction from the garage forecourt - you know who you are.                    | operational.live-location
            live_location   | PC Ward is stood by the cash machines on Southgate Street till the pubs empty.                                          | operational.live-location
            live_location   | Our car is outside number 40 on Elmbridge Road waiting for him to come home.                                            | operational.live-location
            patrol_gap      | Tonight it is just a sergeant and two PCs for the whole of Stroud district.                                             | operational.patrol-gap
            patrol_gap      | We are short of drivers this weekend so the rural patrols are cancelled.                                                | operational.patrol-gap
            patrol_gap      | We will not have anyone in Cinderford on Christmas Day.                                                                 | operational.patrol-gap
            tactics         | The speed van parks at the top of Cleeve Hill on Sunday afternoons, like clockwork.                                     | operational.routine-tactic
            tactics         | The cameras at the Kingsway roundabout are dummies.                                                                     | operational.routine-tactic
            op_timing       | Op Kestrel launches at midnight across the Forest.                                                                      | operational.planned-operation
            security_detail | The royal train arrives at Kemble station at 10.20 on Thursday.                                                         | operational.protection-detail
            """)
    void flagsFifthRoundKind(String kind, String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    /** Fifth round near misses: engagement, assignments, results, public stats, appeals, incidents, recruitment. */
    @ParameterizedTest(name = "does not flag fifth-round near miss \"{0}\"")
    @ValueSource(
            strings = {
                "We're at the Tesco car park in Quedgeley until 2pm for free bike marking, come and say hello.",
                "We're waiting for the results of the forensic tests and will update you.",
                "The nearest police station is 10 minutes away by bus, at Barton Street.",
                "All our officers are trained in first aid and carry defibrillators.",
                "We're heading to the Three Counties Show on Saturday, come and find us at the police stand.",
                "Officers are still at the scene of the collision on the A40. Please avoid the area.",
                "We can't do this on our own, we need you to report drug dealing in Podsmead.",
                "The Mayor will open the new police station in Lydney at 11am on Friday.",
                "The CCTV in the park was not working at the time, so we need witnesses.",
                "We are currently recruiting PCSOs in Gloucester. Apply now.",
                "Officers are waiting to speak to anyone who was at the bus station on Friday night.",
                "Our officers are currently working on a number of lines of enquiry in Coleford.",
                "Our officers are currently in schools across Tewkesbury delivering talks on knife crime.",
                "We're heading to Cheltenham tonight to talk to students about staying safe.",
                "Prisoners were moved to HMP Berwyn last month after the riot.",
                "It takes us time to investigate every report, please be patient.",
                "The average speed cameras on the A417 will go live on 1 June - slow down.",
                "Sitting in on a council meeting tonight in Cinderford to hear residents' concerns.",
                "Operation Nightjar: 12 arrests after raids in Hucclecote on Monday.",
                "Protection officers from our force received awards at a ceremony in London.",
                "We'll be sitting down with residents in Matson on Tuesday at 7pm to hear your concerns.",
                "Prisoners at HMP Eastwood Park will be moved to a new wing next year, the Ministry of Justice says.",
                "We've got officers waiting to hear from anyone with information about the burglary in Tuffley.",
                "We have officers posted to schools across Gloucester as part of the Safer Schools partnership.",
                "Our lone PCSO Mike retired today after 22 years on the Painswick beat. Happy retirement!",
                "Officers are stationed at Hucclecote police station, which is open Monday to Friday 9-5.",
                "Our helicopter flew over Cheltenham last night searching for a missing teenager, who was found safe.",
                "Licensing officers will be visiting pubs in Cheltenham on Friday to talk about Ask for Angela - pop in and say hi.",
                "Please be patient. Our officers are tied up with a large number of calls this evening.",
                "It takes about 20 minutes to walk from the station to the Quays - leave the car at home.",
                "Response times in Gloucester improved last year to an average of 11 minutes.",
                "Our firearms officers are on the roof of HQ today for a photo shoot for the new recruitment campaign.",
                "We're currently experiencing a high volume of calls. Please use 101 online for non-urgent matters.",
                "Our officers are currently at the scene of a house fire on Finlay Road alongside the fire service.",
                "Officers are parked up at Staverton airport for the air show this weekend - pop over.",
                "All three officers are at Gloucester Crown Court today to give evidence.",
                "Speed cameras on the A40 at Witney are working and will catch you.",
                "The bishop of Tewkesbury will lead the remembrance service at 11am on Sunday.",
                "The new CCTV cameras in Kings Square went live this week, funded by the council.",
                "We're at the Gloucester Quays Christmas market tonight until 9pm. Come and meet the team!",
                "Early morning raids in the Forest of Dean today led to four arrests for supplying drugs.",
                "Our roads policing unit has 40 officers covering more than 2,000 miles of road.",
                "The M5 northbound is closed between J11 and J12 while officers deal with a collision.",
                "Both of our cars attended the collision on Tewkesbury Road, which is now clear.",
                "The helicopter is down for maintenance, but NPAS cover continues from neighbouring bases.",
                "Two of our officers parked up and helped push a broken-down car off the A38 this morning.",
                "The motorway patrol stopped at Strensham services to help a lost child find his mum.",
                "Roads policing are on the A40 at Andoversford right now at a serious collision. Please avoid the area.",
                "There's only me at the front counter this afternoon, so bear with us.",
                "Officers covering the whole of the Cotswolds will be getting new cars next year.",
                "The Chancellor visited Gloucester last week to open the new station.",
                "Plain clothes officers arrested three shoplifters at the Christmas market last night.",
                "Our officers will be at Strensham services on Friday morning for a road safety event with Highways England.",
                "The nearest police station to Sharpness is at Berkeley.",
                "Shift patterns are changing in April to give officers more rest.",
                "Officers are out on foot in Cheltenham town centre tonight to keep you safe - come and say hi.",
                "Speed checks carried out on Cheltenham Road East yesterday caught 15 drivers.",
                "We'll be at Cheltenham Racecourse all week for the Festival - look out for us.",
                "Operation Spindle last weekend led to 8 arrests in Cheltenham town centre.",
                "There are speed cameras on the A40 - the clue is in the bright yellow paint.",
                "There are plain clothes officers in every force in the country.",
                "Roads policing officers are currently on the M5 dealing with a lorry fire at J12.",
                "Our handlers are currently on the A38 at a collision, the road is closed.",
                "The speed van is currently at the Three Counties Show on our stand - come and see it.",
                "Right now our officers are on the A40 helping motorists stuck in the snow.",
                "Two of us are at the Gloucester Quays Christmas market right now, come and say hello.",
                "The motorway patrol is sat at the services recovering a broken-down coach, please be patient.",
                "Sergeant Smith is parked at the school gates on Church Road to talk to parents about parking.",
                "Three officers covering the whole of the Cotswolds have been praised for their response to the floods.",
                "The nearest hospital with an A&E is 40 minutes away, so plan ahead.",
                "Response officers are currently on the Oakley estate at a sudden death. There is no wider risk.",
                "Traffic are going to be at the Three Counties Show from 9am with the new cars.",
                "We'll be at the Air Balloon roundabout on Saturday from 10am talking to drivers about the new road.",
                "There's a speed camera van at the road safety day in Stroud on Saturday - come and have a look inside.",
                "Specials are out in Tewkesbury tonight as part of their training.",
                "Our dog handlers are sat at the Kingsholm ground for the Gloucester Rugby charity match.",
                "The Chancellor will be driven past crowds of supporters in a public parade - see the route on the council website.",
                "Watching the lights switch-on in Gloucester tonight - what a turnout!",
                "We've set up a new Facebook page for the Forest of Dean neighbourhood team.",
                "PC Ward's been stood at the school gates every morning this term helping children cross safely.",
                "Our car is outside the school on Elmbridge Road for the road safety talk at 2pm - come and sit in it!",
                "The night shift have been brilliant this week - thank you for all your hard work.",
                "Our ARV crews are out of county this week at a national training course.",
                "We're short of volunteers for our cadets scheme - can you help?",
                "There's a gap in the fence at the reservoir - please keep children away from the water.",
                "We won't have a stall at the fete this year but we'll be patrolling as usual.",
                "The speed van caught 30 drivers at the top of Cleeve Hill on Sunday.",
                "The cameras at the Kingsway roundabout caught the crash on film - thank you to the council.",
                "Last week's crackdown on phones at the wheel caught 40 drivers.",
                "Op Kestrel was launched in 2019 and has taken 200 knives off the streets.",
                "The dawn raids last Tuesday led to 9 arrests in Matson.",
                "The Bishop of Gloucester will bless the new police dogs at the cathedral on Sunday at 4pm - all welcome.",
                "Undercover officers will give evidence from behind a screen at the trial.",
                "Check your van is locked - tools are being stolen across Quedgeley.",
                "The surveillance camera commissioner has published new guidance.",
                "We'll be following up all lines of enquiry from tomorrow.",
                "Our team will be sitting in on the parish council meeting in Cam on Tuesday at 7pm.",
                "Watching the Smith trial at Gloucester Crown Court today - what a case.",
            })
    void doesNotFlagFifthRoundNearMiss(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    /**
     * Sixth round: wording round 5 did not reach, written for this test: towns in lower case, head counts and shift
     * gaps in casual speech, spoken positions in replies, covert tactics mentioned in passing, keep-it-quiet framing.
     */
    @ParameterizedTest(name = "{0}: flags [{2}] in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            lower_place_raid| going thru doors in nuneaton tmrw morning, early start lads                               | operational.future-raid
            lower_place_raid| we'll be going into two flats in wigan on friday at first light                           | operational.future-raid
            lower_place_raid| big op planned for bewdley next week, can't say any more than that                        | operational.planned-operation
            lower_place_raid| doing a sweep of the lock ups in stourport tonite around 10                               | operational.planned-operation
            casual_gap      | only 2 of us on lates for the whole of west division tonight haha                         | operational.patrol-gap
            casual_gap      | there's one car covering ledbury and the villages till the early turn comes on            | operational.patrol-gap
            casual_gap      | after 1am there's literally nobody in the station at evesham                              | operational.patrol-gap
            casual_gap      | the late shift is two short so the rural patch won't see us till morning                  | operational.patrol-gap
            casual_gap      | half the team is off for the bank holiday so the east side is basically unpoliced         | operational.patrol-gap
            reply_location  | @tina we're just off the big roundabout by asda at the mo                                 | operational.live-location
            reply_location  | @gary yep still here, sat outside the chippy till about 11                                | operational.live-location
            reply_location  | we've got someone stood at the end of the alley right now watching for them               | operational.surveillance
            covert_sideways | the tracker on it is still pinging so we'll have it back shortly                          | operational.covert-tactics
            covert_sideways | the bike chained outside the leisure centre is one of ours                                | operational.covert-tactics
            covert_sideways | officers in normal clothes will be on the trains into town on saturday night              | operational.covert-tactics
            covert_sideways | there's a hidden camera in the garage now, so whoever keeps coming back is in for a shock | operational.covert-tactics
            keep_quiet      | keep this between us but we're hitting the cannabis farm in kidderminster monday          | operational.future-raid
            keep_quiet      | shh don't tell anyone, the dog unit is coming to redditch on sat night                    | operational.secret-operation
            keep_quiet      | not supposed to say but armed officers are on standby at the services now                 | operational.live-location
            keep_quiet      | dealers in dudley, you've got 48 hours left before we knock                               | operational.future-raid
            equipment_gap   | the cctv at the rec has been broken for months and nobody's fixed it                      | operational.routine-tactic
            equipment_gap   | nobody is monitoring the town centre cameras after 2am                                    | operational.patrol-gap
            protection      | the judge gets picked up from home every morning by the same officer                      | operational.protection-detail
            protection      | the minister's car comes in via the back entrance of the civic centre at noon             | operational.protection-detail
            reply_location  | we're literally tucked behind the bins at the retail park waiting for them                | operational.live-location
            covert_sideways | our undercover team are back at the car boot on sunday, sellers of fakes beware            | operational.covert-tactics
            enforcement_time| next wednesday we'll be stopping every lorry coming off the m6 at junction 10             | operational.routine-tactic
            """)
    void flagsSixthRoundKind(String kind, String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    /** Sixth round near misses: the same vocabulary in past results, engagement, advice, incidents and praise. */
    @ParameterizedTest(name = "does not flag sixth-round near miss \"{0}\"")
    @ValueSource(
            strings = {
                "we went through the door of a flat in wigan this morning and seized £3k of cannabis",
                "the op in bewdley last month led to 7 arrests, thanks for your calls",
                "we did a sweep of the lock ups in stourport last night and found nothing",
                "only 2 arrests on the whole of west division over the weekend, a quiet one",
                "one car covered the whole of ledbury last night and still got to every call, well done team",
                "the station at evesham is open 9 till 5 for enquiries",
                "@tina thanks, we've passed your message to the local team",
                "@gary we were outside the chippy earlier after your call, all quiet now",
                "we fitted free trackers to quad bikes at the show today, ask us about the scheme",
                "a man was jailed after putting a tracker on his ex partner's car",
                "the bike marking event outside the leisure centre was a great success",
                "officers in uniform will be at the remembrance parade in kidderminster on sunday",
                "heads up: the m6 is closed at junction 10 after a crash, find another route",
                "keep it safe this christmas and don't leave presents on show in your car",
                "dealers in dudley were sentenced today after last year's raids",
                "the cctv at the rec helped us find the vandals, thanks to the council",
                "the judge thanked the officers at the end of the trial",
                "the minister visited the civic centre last week to meet our neighbourhood team",
                "we'll be at the farm show in redditch on sat with the dog unit, come and say hi",
                "there's no one more deserving of this award than our pcso in evesham",
                "Undercover officers gave evidence at the trial on Monday.",
                "We're still waiting at the hospital with the family on Sunday.",
            })
    void doesNotFlagSixthRoundNearMiss(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    /**
     * Seventh round, in wording written for this test: nobody on patrol or at the desk for a time window, an area
     * left uncovered, a protected family's new area, a VIP's live or unannounced whereabouts, teams staging before
     * an entry, bait with a tracker, reserve positions for an event, and going for an unaware suspect at a set time.
     */
    @ParameterizedTest(name = "{0}: flags [{2}] in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            nobody_window  | From 11pm to 5am on Sunday there will be nobody on patrol in Bromsgrove.                    | operational.patrol-gap
            nobody_window  | Fair warning, no officers on duty in the Wolds villages tomorrow night.                    | operational.patrol-gap
            nobody_window  | Nobody will be staffing the counter at Ross nick between 12 and 2 on Thursday.             | operational.patrol-gap
            nobody_window  | no one patrolling the seafront after midnight this week, they've all gone to the city     | operational.patrol-gap
            uncovered      | With the whole shift at the fire in Malvern, Upton is left uncovered until about 4.       | operational.patrol-gap
            uncovered      | every crew is busy with the crash on the A449 right now so Ledbury has zero cover         | operational.patrol-gap
            safe_house     | The witness's mum has been moved into a safe house outside Worcester this week.           | operational.protection-detail
            safe_house     | We have rehoused the victim in protected accommodation near Hereford.                     | operational.protection-detail
            vip_now        | The Chancellor is at the Co-op depot in Droitwich at this very moment.                    | operational.protection-detail
            vip_now        | The Foreign Secretary is in Tenbury today. Please keep it to yourselves, it's a private visit. | operational.protection-detail
            staging        | Entry team gathering at the garden centre in Kington ahead of the 6am entry.              | operational.future-raid
            staging        | firearms forming up at the depot in Bromyard tomorrow before we go through the door at 5  | operational.future-raid
            bait_tracker   | There's a tracker in that generator at the farm near Pershore. We've left it out on purpose. | operational.covert-tactics
            bait_tracker   | Tonight we're leaving a chainsaw with a gps chip in an unlocked shed in Bewdley, see who takes it. | operational.covert-tactics
            reserve        | For Saturday's carnival: dogs held back in the Tesco car park and two serials on Broad St. | operational.planned-operation
            reserve        | the vans will be held back at the bus depot during the derby on Sunday                    | operational.planned-operation
            unaware_arrest | Heading round to his flat first thing Friday to arrest him. Little does he know.          | operational.future-raid
            unaware_arrest | DCs are knocking on the suspect's door in Leek on Wednesday at 7                          | operational.future-raid
            """)
    void flagsSeventhRoundKind(String kind, String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    /** Seventh round near misses: announced patrols, opening hours, past results, advice and public events. */
    @ParameterizedTest(name = "does not flag seventh-round near miss \"{0}\"")
    @ValueSource(
            strings = {
                "The front counter at Ross will be closed on Thursday between 12 and 2. Call 101 or report online.",
                "Nobody was injured in the collision on the A449 this morning.",
                "Officers will be on high-visibility patrol in Bromsgrove over the weekend; come and say hello.",
                "Last night nobody on patrol spotted the car, but CCTV led us to the driver.",
                "The safe house scheme helps people escaping abuse. Call the helpline for support.",
                "The Chancellor visited the Co-op depot in Droitwich last week and met staff.",
                "Road closures are in place for the royal visit to Tenbury tomorrow; it was announced by the palace.",
                "Officers gathering at the cenotaph for the Remembrance parade on Sunday at 10.45.",
                "Free entry to the open day at Kington station on Saturday from 10am.",
                "We fitted trackers to quad bikes at the agricultural show today, ask your local team about it.",
                "The bait property we used last year led to nine arrests.",
                "Officers will be stationed at the carnival on Saturday to offer safety advice.",
                "We're knocking on doors in Leek on Wednesday to talk about burglary prevention.",
                "We'll pick up the litter from the park on Friday morning, volunteers welcome.",
                "A 29-year-old man was arrested at his flat in Leek on Wednesday morning.",
                "Officers will be on standby at the fireworks display on Saturday in case anyone needs help.",
                "There will be no one on duty at the front desk on Christmas Day; call 101 or 999 in an emergency.",
                "The victim has been relocated and is being supported by specialist officers.",
            })
    void doesNotFlagSeventhRoundNearMiss(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    /**
     * Ninth round: the risky neighbours of the past-tense fixes must still be flagged. A past result next to a plan in
     * the same sentence ("after ... arrests we'll be back at dawn"), a plan in the sentence after a result, a held
     * person's move, and unmarked cars described by make or placed now.
     */
    @ParameterizedTest(name = "{0}: flags [{2}] in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            back_again     | After Tuesday's arrests we'll be back in Pellham at dawn on Friday for the others.          | operational.future-raid
            back_again     | Two addresses were searched this morning and four more are lined up for Greyford on Friday before first light. | operational.future-raid
            back_again     | great result today lads, next stop Quay Lane on Sunday at first light                       | operational.future-raid
            next_sentence  | Three doors went in today. Tomorrow at 5am we're going through two more on Colley Street.   | operational.future-raid
            next_sentence  | Warrant executed in Dunmore this morning. Next we hit another address in Ashby Cross on Thursday at 6. | operational.future-raid
            future_search  | Two flats on Quay Lane are to be searched tomorrow at 6am.                                  | operational.future-raid
            held_move      | The man in custody at Pellham will be moved to Greyford at 10am on Friday.                  | operational.protection-detail
            unmarked_desc  | The silver Focus you saw yesterday is one of our unmarked cars.                             | operational.unmarked-vehicle
            unmarked_desc  | spotted the unmarked grey Volvo pulling people over on the A42 earlier, fair play            | operational.unmarked-vehicle
            unmarked_now   | Is that the unmarked van parked outside the school on Tilbury Road right now?               | operational.unmarked-vehicle
            unmarked_now   | Our unmarked van will be on the ring road near Greyford all day tomorrow.                   | operational.unmarked-vehicle
            if_you_were    | Only two officers on in Dunmore tonight, so if you were planning on kicking off, don't.      | operational.patrol-gap
            if_anyone_was  | One car for all of Pellham tonight, if anyone was thinking of trying their luck.            | operational.patrol-gap
            present_pickup | The judge is picked up from her home at 8am each day and driven to Dunmore along the A42.   | operational.protection-detail
            present_pickup | The witness gets picked up from the hotel in Pellham at 9 tomorrow and brought to court.    | operational.protection-detail
            future_caught  | Unmarked cars will be on the bypass at Pellham tomorrow; if you're on your phone you will be caught. | operational.unmarked-vehicle
            future_firm    | Tomorrow's raid on the flat above the chip shop in Ashby Cross will go ahead; we've found enough to justify it. | operational.future-raid
            future_firm    | The warrant will be executed at 6am on Thursday at the house on Quay Lane where the stolen bikes were stored. | operational.future-raid
            future_firm    | Next week's raids will target the garages in Pellham we identified when we stopped the van.  | operational.future-raid
            future_firm    | The lock-up in Greyford that we caught them using will be searched on Friday morning.         | operational.future-raid
            """)
    void flagsNinthRoundKind(String kind, String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    /**
     * Ninth round near misses: results of entries and searches already done (completed verbs, people in custody),
     * questions and answers about what police vehicles did, blue lights that are not a colour, appeals that give the
     * time and place of the crime, announced patrols and events, recruitment and road closures.
     */
    @ParameterizedTest(name = "does not flag ninth-round near miss \"{0}\"")
    @ValueSource(
            strings = {
                "Doors went in at 6am today on two addresses in Pellham as part of Operation Dunlin. 3 in custody.",
                "The doors went in at a flat in Greyford this morning and two men are now in custody.",
                "An address on Tilbury Road was searched on Friday morning and a man was detained.",
                "We raided a cannabis factory in Greyford at 7am today. One man in custody.",
                "Officers stormed a flat on Colley Street at dawn today; drugs recovered.",
                "Op Marten update: the warrants in Ashby Cross went ahead at 5am this morning.",
                "Early start in Pellham on Thursday: warrant done, one arrest, stolen bike back with its owner.",
                "We entered a property on Quay Lane at 6.15am as part of Operation Dunlin. A man remains in custody.",
                "Following this morning's raids in Ashby Cross, three men have been remanded in custody.",
                "Why was an unmarked police car doing 80 on the ring road with no lights on at lunchtime? Is that legal?",
                "Why was there an unmarked van parked outside my house all Tuesday afternoon?",
                "Hi, the unmarked car you saw on the bypass this morning was on its way to an emergency.",
                "@resident The unmarked car you noticed on Harcourt Road last week was attending a call.",
                "Was that an unmarked police car on the ring road at lunchtime doing 80?",
                "Thanks for asking - the car you spotted outside the school on Monday was one of our plain cars.",
                "Saw an unmarked car with its blue lights going on the bypass earlier, hope everyone's ok",
                "A woman was robbed on Tilbury Road at about 10.30pm on Friday. Did you see anything? Call 101.",
                "Officers will be at Greyford market on Saturday morning for a chat and to hand out purse bells.",
                "Come and meet the team at the open day at Pellham station on Saturday from 10am.",
                "Road closures are in place on Saturday from 9am for the Dunmore carnival along the high street.",
                "We hit three addresses in Pellham at 6am today and two men are in the cells.",
                "A warrant was served at a house on Colley Street at 7am today.",
                "We carried out a warrant on Quay Lane at first light today - cannabis farm dismantled.",
                "Operation Dunlin wrapped up at 9am today after warrants at four addresses in Ashby Cross.",
                "Door in at 5.30 this morning in Tilbury Road and one male nicked for supply.",
                "Hi Mark, on Saturday night our officers were dealing with a serious collision on the bypass.",
                "The Pellham team used an unmarked car on the bypass on Friday and stopped 11 drivers on their phones.",
                "Operation Dunlin: what happened at 6am today in Greyford. Five warrants, four arrests.",
            })
    void doesNotFlagNinthRoundNearMiss(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    /**
     * Round 10, in wording written for this test: fixed and average speed cameras coming into use (signposted and
     * published, so they place no unit), and a school-gate parking patrol with the council's parking officers,
     * announced on purpose as a deterrent.
     */
    @ParameterizedTest(name = "does not flag tenth-round near miss \"{0}\"")
    @ValueSource(
            strings = {
                "Average speed cameras go live on the B4221 through Newent from Monday.",
                "The new average speed check on the A417 near Birdlip is now switched on. The limit is 40.",
                "Red light cameras are now active at the Eastgate junction.",
                "Parents, please stop parking on the zig-zags. We'll be outside Elmfield Primary next week at home time.",
                "Our PCSOs will be at the school gates on Tuesday with the council's civil enforcement officers.",
                // the reader searched on the way into a ground or festival: a condition of entry, not a raid
                "Heading to the derby on Saturday? Leave the smoke bombs at home, you will be searched at the turnstiles.",
                "Bags may be searched on entry to the Christmas lights switch-on in Kelby tomorrow night.",
            })
    void doesNotFlagTenthRoundPublishedOrAnnounced(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    /** Round 10 nearest neighbours: a mobile camera van or officers placed, and a patrol with no parking in it. */
    @ParameterizedTest(name = "flags [{1}] in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The speed camera van is now parked on the B4221 through Newent.                 | operational.live-location
            Mobile speed camera out on the A417 near Birdlip right now, slow down!          | operational.live-location
            Speed checks will be on the A417 at Birdlip from 7am on Monday.                 | operational.operation-timing
            We'll be parked outside Elmfield Primary at 3pm with the drugs dog.             | operational.live-location
            The flat above the bookies on Kelby Road will be searched on Saturday morning.  | operational.future-raid
            Thanks to the parking officers today. Right now a response car is sat outside the Co-op on Kelby Road. | operational.live-location
            """)
    void flagsTenthRoundNeighbour(String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    /**
     * Tenth round kinds, in wording written for this test: a police vehicle or officers stopped at a place for a window
     * that starts now; a desk with nobody behind it; one named officer working alone; a team down to nobody; cameras
     * that are off or will stay off; a knock at a stated hour; a planned search of premises with no street address; a
     * pursuit or armed deployment while it is going on, with the place.
     */
    @ParameterizedTest(name = "{0}: flags [{2}] in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            stay_window     | Response van is parked up by the war memorial in Tarrow for the next 40 minutes.           | operational.live-location
            stay_window     | We're sitting at the Brackley services for the rest of the night shift.                     | operational.live-location
            stay_window     | Traffic car stationary at the Fosse Way lay-by till about half eleven.                     | operational.live-location
            stay_window     | Our van will be stationary outside the Greyford Co-op until about 10pm tonight.            | operational.live-location
            stay_window     | The traffic unit is stopping in the Dunmore services car park till 4.30.                   | operational.live-location
            desk_empty      | The enquiry office at Corwen station will be unstaffed from 5pm today.                     | operational.patrol-gap
            desk_empty      | Reception at Pellham nick has nobody on it after 8pm tonight.                               | operational.patrol-gap
            alone_officer   | PC Hollis is on his own in Greyford overnight while the others are at the festival.         | operational.patrol-gap
            alone_officer   | Sgt Oduya will be single crewed on the Ashby Cross patch until 4am.                        | operational.patrol-gap
            team_to_zero    | The rural team is down to nobody on Sunday night, so calls will come from Dunmore.          | operational.patrol-gap
            kit_down        | The ANPR at the Quay Lane junction won't be working until Thursday.                         | operational.routine-tactic
            kit_down        | Cameras covering the Colley Street underpass have stopped working and won't be repaired soon. | operational.routine-tactic
            kit_down        | The CCTV on Tilbury Road isn't recording at the moment.                                     | operational.routine-tactic
            hour_knock      | 5am knock on Saturday for a familiar face in Greyford.                                      | operational.future-raid
            hour_knock      | First light knock tomorrow at a flat on Harcourt Road.                                     | operational.future-raid
            site_search     | Officers will be going through the allotments behind Quay Lane on Tuesday morning.          | operational.future-raid
            site_search     | We plan to open up the lock-ups off Colley Street at 8pm tonight.                          | operational.future-raid
            site_search     | Team will be combing the woodland at Ashby Cross from 9am tomorrow for the outstanding items. | operational.future-raid
            live_tactical   | Pursuit in progress on the Pellham bypass heading for the Dunmore roundabout.               | operational.live-location
            live_tactical   | Armed officers currently surrounding a flat on Harcourt Road in Greyford.                   | operational.live-location
            live_tactical   | ARVs being deployed to the Tilbury retail park right now.                                   | operational.live-location
            live_tactical   | The helicopter is over the gardens behind Colley Street right now following the two who ran. | operational.live-location
            live_tactical   | Dog handler tracking a man across the playing fields at Quay Lane at the moment.            | operational.live-location
            """)
    void flagsTenthRoundKind(String kind, String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .as(kind)
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    /**
     * Tenth round near misses: a past stay or a car left by the public, an announced stall with an end time, a desk
     * that is closed (opening hours), a camera that was off at the time of a crime, a search for a missing person, a
     * site named next to a search of something else, a pursuit or armed incident that is over or contained.
     */
    @ParameterizedTest(name = "does not flag tenth-round near miss \"{0}\"")
    @ValueSource(
            strings = {
                "The van was parked on Quay Lane for the next hour while officers spoke to witnesses.",
                "Our officers were sat outside the Co-op on Colley Street for an hour last night after the break-in.",
                "Please don't leave cars parked on the verge in Dunmore for the next few days while the works go on.",
                "Our mobile police station will be parked in Greyford market square until 3pm today - come and chat.",
                "The front counter at Corwen will be closed from 6pm tonight; call 101 or report online.",
                "The CCTV on Tilbury Road wasn't working at the time of the burglary, so we need witnesses.",
                "We'll be searching the fields near Ashby Cross tomorrow morning for missing Gary, 67.",
                "Volunteers will be litter picking in the woods on Sunday; search the council page for details.",
                "The pursuit on the bypass this afternoon ended safely near Dunmore and the driver is in custody.",
                "Armed officers attended an address on Harcourt Road yesterday and a man was arrested.",
                "Firearms officers are training at the range near Pellham this morning, so you may hear shots.",
                "The armed incident in Greyford has been resolved and there is no wider risk to the public.",
                "Our 6am knock in Greyford this morning found the man we were after. He's now in custody.",
                "PC Hollis is on his own in the photo because the rest of the team were at the awards.",
                "The helicopter is currently over Pellham searching for a missing 15-year-old girl. Please check sheds.",
                "Officers and volunteers will be searching the fields around Dunmore from 9am tomorrow for missing Jean, 82.",
            })
    void doesNotFlagTenthRoundNearMiss(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    /** Round 10: "we're behind you" is support, not a position; officers behind a place still are. */
    @ParameterizedTest(name = "support, not a position: \"{0}\"")
    @ValueSource(
            strings = {
                "Thanks Cllr Patel for raising the parking issue, we are behind you all the way on this.",
                "Good luck to our cadets at the regional finals, we're all behind you!",
            })
    void supportIsNotAPosition(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    @Test
    void officersBehindAPlaceAreStillAPosition() {
        assertThat(DETECTOR.detect("Right now we are behind the Red Lion on Mill Road.", CheckContext.defaults()))
                .extracting(Finding::rule)
                .contains("operational.live-location");
    }

    /**
     * Round 11: a named national scheme or a publicised week of action is a programme, not a plan ("part of the
     * Operation Encompass scheme"); a named operation with a time and place still is.
     */
    @ParameterizedTest(name = "a scheme, not a plan: \"{0}\"")
    @ValueSource(
            strings = {
                "Every primary school in Pellham has now joined the Operation Encompass scheme, so staff hear by 9am when a pupil was at a domestic incident overnight.",
                "It's the Operation Sceptre week of action from Monday: knife arches at Gloucester station and free bleed kits for the town's pubs.",
                "Operation Snap campaign: send us your dashcam footage of dangerous driving on the A40 tonight or any time.",
            })
    void aSchemeIsNotAPlan(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    @Test
    void aCampaignThatAnnouncesWarrantsIsStillFlagged() {
        assertThat(DETECTOR.detect(
                        "Operation Crackdown campaign: we will execute warrants on the Westfield estate at 6am tomorrow.",
                        CheckContext.defaults()))
                .isNotEmpty();
    }

    @Test
    void aNamedOperationWithATimeAndPlaceStillIs() {
        assertThat(DETECTOR.detect(
                        "Operation Encompass officers will hit the Westfield estate at 6am tomorrow.",
                        CheckContext.defaults()))
                .extracting(Finding::rule)
                .contains("operational.planned-operation");
    }

    /**
     * Round 12: a witness or victim and where they have been moved to or are staying; armed officers at a stated post;
     * patrol hours said with what is left uncovered; how few officers are on tonight; the parts of a live search not yet
     * reached and where the air or dog support is now; officers on their way to raid; an exhibit in a live
     * investigation and what it is being tested for; a source inside a group.
     */
    @ParameterizedTest(name = "{0}: flags [{2}] in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            protected_moved  | The two witnesses from the Quay Lane shooting have been rehoused on the edge of Greyford.           | operational.protection-detail
            protected_moved  | She was threatened after the hearing, so we have placed her at a hostel near Pellham station.      | operational.protection-detail
            victim_staying   | The boy who was stabbed is recovering at his aunt's flat in Ashby Cross with an officer outside.   | operational.protection-detail
            armed_vantage    | For Friday's royal visit there will be armed officers on the rooftops along Colley Street.           | operational.live-location
            armed_vantage    | AFOs will cover both ends of the high street in Dunmore during the switch-on.                        | operational.live-location
            armed_post       | Two firearms teams will be stationed at the bus station in Pellham during the carnival.              | operational.live-location
            patrol_window    | PCSOs patrol the Westfield estate 3pm to 7pm on weekdays only, so report anything else online.      | operational.patrol-gap
            patrol_window    | Patrols in Greyford stop at 11pm and the response car only attends 999 calls after that.           | operational.patrol-gap
            no_patrol        | There is no patrol in Dunmore between midnight and 6am on Sundays.                                  | operational.patrol-gap
            thin_count       | The late shift for the whole of Pellham and Greyford is three officers tonight.                     | operational.patrol-gap
            thin_count       | Cover this evening: one single-crewed car for Dunmore and the villages.                             | operational.patrol-gap
            search_pending   | Dogs have cleared the allotments but the garages behind Colley Street haven't been searched yet.   | operational.live-location
            search_pending   | Cordon is up on three sides; the footpath by the canal isn't covered yet.                          | operational.live-location
            asset_now        | The drone is over the scrapyard in Greyford right now and the dog unit is on the railway line.      | operational.live-location
            en_route         | Heading out now to two flats in Ashby Cross linked to the Colley Street dealers.                    | operational.future-raid
            exhibit_test     | The knife found in a drain on Quay Lane is being tested for fingerprints in the Pellham murder investigation. | operational.live-investigation
            exhibit_test     | Three phones taken from the suspects' car are being downloaded to see who else is in the network.   | operational.live-investigation
            informant        | Our source inside the Westfield crew says the next drop is on Friday.                              | operational.live-location
            thanks_to_cause  | Just two officers covering the whole of Dunmore tonight thanks to sickness. Fingers crossed!        | operational.patrol-gap
            custody_full     | Cells at Greyford are full tonight, so shoplifters are being dealt with by summons only.          | operational.patrol-gap
            """)
    void flagsTwelfthRoundKind(String kind, String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .as(kind)
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    /**
     * Round 12 near misses: a victim taken to hospital or recovering at home, an announced or past armed presence,
     * armed training, announced patrol times with no gap, desk and drop-in hours, new officers, officers at a scene, a
     * missing-person search, a finished search, a drone on display, drugs sent for testing after a warrant, CCTV being
     * reviewed, forensic evidence after a conviction, an informant in a court report.
     */
    @ParameterizedTest(name = "does not flag twelfth-round near miss \"{0}\"")
    @ValueSource(
            strings = {
                "The victim was taken to hospital in Greyford, where she is in a stable condition.",
                "We'd like to hear from witnesses who were staying at the Travelodge in Pellham on Friday night.",
                "The victim had recently moved to Greyford from Leeds to be closer to her family.",
                "The man who was assaulted is recovering at home and has thanked everyone for their messages.",
                "Our neighbourhood team has moved to a new base at the fire station in Dunmore.",
                "You may see armed officers at Saturday's match in Pellham. This is routine for large events.",
                "Armed officers were stationed at the town hall during yesterday's visit, which passed peacefully.",
                "Our firearms officers took part in a training exercise on the roof of the old hospital in Greyford today.",
                "Officers will be patrolling Pellham town centre from 10pm until 4am every Friday and Saturday in December.",
                "Our PCSOs hold a drop-in at Dunmore library every Tuesday from 2pm to 3pm, weekdays only for now.",
                "The front counter at Greyford is open 9am to 5pm, Monday to Friday only.",
                "We have welcomed five new officers to the response team in Pellham this week.",
                "There are two officers at the scene on Quay Lane tonight while the road is cleared.",
                "The helicopter is over Pellham now looking for a missing 15-year-old. Please check your sheds.",
                "The search for the missing walker near Dunmore has been called off - he has been found safe and well.",
                "Our drone is on display at the Greyford show now - come and see the team!",
                "A quantity of suspected cannabis was seized from the house and is being tested.",
                "Enquiries continue and CCTV from around the scene of the assault is being examined.",
                "DNA recovered at the scene was key to his conviction for the Pellham murder.",
                "The court heard the informant inside the gang had been paid. He was jailed for six years.",
                // a standing presence, officers' own charity runs, a low figure put only to be denied
                "Armed officers are stationed at Manchester Airport every day to keep passengers safe.",
                "Just two officers from our team ran the Great North Run today and raised £600 for the hospice.",
                "Only four officers on duty tonight? No - we have 40 officers out across the county tonight.",
                "Our new custody suite in Greyford opened today with 40 cells.",
                "He was charged by summons only and will appear at Pellham Magistrates' Court in May.",
                // review: a witness appeal after forensic work; an armed training exercise
                "Items recovered from the scene have been sent for forensic examination. Anyone with information should call 101.",
                "Armed officers are positioned at both ends of the High Street this afternoon as part of a training exercise.",
            })
    void doesNotFlagTwelfthRoundNearMiss(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    /**
     * Round 13 (opscon13): bait said to be left at a spot and marked or tracked without the word "bait", motorbikes
     * and money bags owned up to, the knock named by its day, a royal title with "the" or "of", armed posts during a
     * fireworks or air display, officers tailing a vehicle or person now, a vehicle described and owned up to in the
     * next sentence, a pub or car park being watched, a road stop with a day and time, officers posing as children
     * online, and a protected person who "visits the" place at a time.
     */
    @ParameterizedTest(name = "{0}: flags [{2}] in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            bait_marked      | The cash bag left on the till at the Greyford corner shop is covered in SmartWater.                | operational.covert-tactics
            bait_marked      | That e-scooter parked by the bus shelter in Pellham? It's tracked. Go on, then.                     | operational.covert-tactics
            bait_left        | We've left a laptop on the back seat of a car in Dunmore again, tracker inside.                     | operational.covert-tactics
            bait_owned       | The motorcycle outside the chip shop on Quay Lane is ours, lads.                                    | operational.covert-tactics
            bait_owned       | The blue mountain bike by the Greyford library is police property.                                  | operational.covert-tactics
            knock_day        | Thursday's knock is at the Quay Lane flat, 0545 start.                                              | operational.future-raid
            knock_day        | Next knock is in Pellham at 6am, same crew as Monday.                                                | operational.future-raid
            royal_title      | The Duke of Greyford arrives at Pellham station at 10.40 on Friday and leaves by the side gate.     | operational.protection-detail
            armed_at_display | Armed officers will be posted by both bridges in Greyford during the fireworks display on Saturday. | operational.live-location
            tailing_now      | We're tailing a silver Audi through Pellham right now, it's just gone past the hospital.            | operational.live-location
            tailing_now      | Our unmarked car is following the stolen van along the Greyford bypass at the moment.               | operational.live-location
            ours_next_line   | You might notice a silver Caddy van parked near the phone box on Quay Lane this week. That's us. | operational.unmarked-vehicle
            watching_place   | Officers have been watching the pub on Quay Lane from a flat across the road since March.           | operational.surveillance
            road_stop        | Road stop on the Greyford bypass on Friday from 10pm, checking for drivers with no MOT.             | operational.operation-timing
            persona_online   | Our team are posing as 13-year-olds in gaming chat rooms this month, so think before you message.  | operational.covert-tactics
            vip_visits       | The Duke of Greyford visits the lifeboat station on Tuesday at 2.15pm, then leaves by the quay.     | operational.protection-detail
            light_cover      | With most officers at the match on Saturday, Eastfield will have very light cover from 2pm to 6pm.  | operational.patrol-gap
            on_obs           | On obs tonight in a van outside a certain flat in Pellham, 6 hrs to go.                             | operational.surveillance
            """)
    void flagsThirteenthRoundKind(String kind, String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .as(kind)
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    /**
     * Round 13: a covert tactic said with a count of what it produced is a results post; a refuge is given away by
     * where it is, not by when it was visited; a named operation the sentence defines by what it always does is a
     * standing scheme. Their risky neighbours still fire.
     */
    @ParameterizedTest(name = "{0}: flags [{2}] in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            covert_live_with_tally | Our unmarked cars are on the A303 tonight. Last week we caught 40 drivers.                  | operational.covert-tactics
            covert_future_tally    | Next weekend we'll be in an unmarked lorry cab on the M6; last time we reported 83 drivers.  | operational.covert-tactics
            covert_no_tally        | We're out in an unmarked HGV cab on the M1 looking down into cars.                         | operational.covert-tactics
            refuge_located         | Met the staff at the women's refuge on Elm Street in Greyford this morning.                 | operational.protection-detail
            protection_timed       | Close protection officers will be with the minister in Pellham at 2pm tomorrow.             | operational.protection-detail
            operation_timed        | Operation Encompass officers will hit the Westfield estate at 6am tomorrow.                 | operational.planned-operation
            operation_runs_timed   | Operation Nightjar starts at 10pm tonight on the Westfield estate.                          | operational.planned-operation
            """)
    void flagsThirteenthRoundNeighbour(String kind, String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .as(kind)
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    /**
     * Round 13 near misses: police horses and dogs named Duke or Prince, advice to mark or track property, a bait
     * scheme after it ended, a knock in the past or a door-knocking visit, a police display at a show, a follow that
     * has ended, guidance being followed now, a marked car or a past call owned up to, watching told in a result, a
     * past road stop.
     */
    @ParameterizedTest(name = "does not flag thirteenth-round near miss \"{0}\"")
    @ValueSource(
            strings = {
                "Our police horses Duke and Captain will be at the Greyford show on Saturday - come and say hello.",
                "Meet PD Prince, who joins the dog section next week after passing his licence.",
                "Mark your motorbike with SmartWater and fit a tracker - it makes it much harder to sell on.",
                "Don't leave your bike unlocked outside the station, even for a minute. A tracker helps us return it.",
                "The bait bike we left in Pellham last month led to three arrests. Thanks for keeping quiet!",
                "Friday's 5am knock in Quay Lane found 40 cannabis plants and one man was arrested.",
                "Knock knock - it's your local PCSO! We're doing crime prevention visits in Dunmore this week.",
                "Our police dog display at the Greyford show is at 2pm on Saturday - see you there!",
                "Officers followed the stolen van along the bypass last night until it stopped; two men were arrested.",
                "We are currently following the national guidance on protests at the Greyford site.",
                "Saw our new marked BMW at the Pellham show? That's us - come and have a look next time.",
                "Spotted a white van with blue lights on the bypass this morning? That was us, helping a broken-down lorry.",
                "A man was jailed after officers watched the car park in Dunmore and saw him break into three cars.",
                "Last night's road stop on the Greyford bypass found four drivers with no insurance.",
                "Paedophile hunter groups posing as children online can put cases at risk. Please come to us instead.",
                "He messaged what he thought was a 13-year-old girl online; it was an officer posing as a child. He was jailed.",
                "The Duke of Greyford visited the lifeboat station on Tuesday. Thank you to everyone who came out.",
                "Right now we're following the stolen van's route on CCTV from last Tuesday. Anyone with dashcam, call 101.",
                "Parents: some online groups have adults posing as children. Talk to your kids about the gaming sites they use.",
                // a giveaway at a police stall, advice about bikes left unlocked, lost property
                "Help yourself to a free bike lock at our stall at Greyford station on Saturday.",
                "Bikes left unlocked outside Greyford station are being stolen every day. Please lock them up.",
                "A phone was left on the bus in Pellham today and handed in. If it's yours, it's at the front desk.",
                // watching for fun: a club's youngsters, shop windows, a pub quiz
                "Great afternoon watching the club's under-9s play in Greyford - thanks for inviting our PCSOs!",
                "PCSO Ann spent her lunch watching the shop window displays on Quay Lane - Christmas is here!",
                "Watching the pub quiz at the Bull tonight - our team came third!",
                // patrols announced to be seen; light cover as a cover letter (blind13, read after scoring)
                "Expect to see our Operation Holly patrols around Greyford shopping centres from this weekend until New Year.",
                "Applying to join? Keep your cover letter light and to the point, and send it by Friday.",
                "A light cover of snow on the A66 this morning - drive with care.",
                "Minimal cover on the Severn Bridge footpath while repairs continue - cyclists please dismount.",
                "Prince William visits the city tomorrow. Expect road closures around the cathedral from 9am.",
                "Our officers were on obs at the Remembrance parade, helping veterans across the road.",
                // a results count in the post
                "Operation Tramline: we've been out in an unmarked HGV cab on the M1 looking down into cars. In one day we caught 60 drivers using phones.",
                "Our unmarked cars patrolled the A303 over the bank holiday weekend and reported 112 drivers for speeding.",
                "Unmarked bikes were out on the Cat and Fiddle road on Sunday. 14 riders were stopped for speeding.",
                // a refuge visited, not located
                "Met the fantastic staff at the women's refuge in our area this morning. I can't say where it is, of course.",
                "Donations collected at our Warrington station this week will go to women's refuges across Cheshire.",
                // a standing scheme defined by what it does
                "Operation Encompass means schools are told before 9am when a child has been affected by a domestic abuse incident.",
                "Operation Snap lets you send us dashcam footage at 3am or any time you like.",
            })
    void doesNotFlagThirteenthRoundNearMiss(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    /**
     * Round 14: the Co-op is a shop, not an "op"; offenders' vehicles taken "off the road" are a result, not a police
     * vehicle out of service. Their risky neighbours still fire.
     */
    @ParameterizedTest(name = "does not flag fourteenth-round near miss \"{0}\"")
    @ValueSource(
            strings = {
                "Hi Sandra, we'll be at the Co-op on Tuesday at 2pm.",
                "Meeting residents at the Co-op car park in Hawes on Friday at 10am about the sheep worrying.",
                "Our new ANPR intercept team is killing it this month: 43 uninsured vehicles off the road in three weeks.",
                "Another cracking week: 17 untaxed and uninsured cars off the road across Swindon.",
            })
    void doesNotFlagFourteenthRoundNearMiss(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    @ParameterizedTest(name = "{0}: flags [{2}] in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            op_timed             | The op starts at the Co-op on Tuesday at 2pm.                                 | operational.planned-operation
            police_car_off_road  | Our only ANPR car is off the road this week, so the bypass has no cover.      | operational.patrol-gap
            dog_van_off_road     | The dog van is off the road until Monday.                                     | operational.patrol-gap
            """)
    void flagsFourteenthRoundNeighbour(String kind, String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .as(kind)
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    /**
     * Round 14 (conops14): items called tracked or GPS-tagged, or with trackers inside; a police car or camera van
     * owned up to as a prop where it stands; a tracker the force has put on a vehicle; checks at a port or on freight
     * at an hour said in words.
     */
    @ParameterizedTest(name = "{0}: flags [{2}] in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            tracked_items   | Tracked tablets are sitting on car seats in the Greyford retail park all week.                   | operational.covert-tactics
            gps_tagged      | GPS-tagged tool boxes are in vans parked around Pellham this month.                                | operational.covert-tactics
            trackers_inside | We've hidden trackers inside handbags left in cafes on Quay Lane this week.                        | operational.covert-tactics
            dummy_car       | The patrol car on the verge by Dunmore school isn't a real one, so don't tell anyone.              | operational.routine-tactic
            dummy_van       | That camera van in the lay-by on the Greyford bypass is an empty shell, has been for months.       | operational.routine-tactic
            tracker_vehicle | We've put a tracker on the white Sprinter the lads stealing quad bikes around Pellham are using.   | operational.surveillance
            port_dawn       | Officers will be checking lorries at Greyford docks from first light on Tuesday.                   | operational.operation-timing
            staffing_be     | There will only be two traffic officers on for the whole county from 3am tonight.                 | operational.patrol-gap
            no_cover_at_all | No neighbourhood cover at all in Dunmore from Monday to Thursday next week.                       | operational.patrol-gap
            van_now_placed  | Camera van is on the B4060 at Dunmore right now, slow down folks.                                 | operational.live-location
            """)
    void flagsFourteenthRoundKind(String kind, String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .as(kind)
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    /**
     * Round 14: a tracked parcel is a postal service; trackers as advice or a result; a camera van announced; cardboard
     * officers as publicity; checks at a port after they happened.
     */
    @ParameterizedTest(name = "does not flag fourteenth-round context near miss \"{0}\"")
    @ValueSource(
            strings = {
                "Send valuables by tracked parcel and keep the receipt if you're selling online.",
                "Fit a tracker to your caravan or horsebox: it helped us recover three stolen this year.",
                "Thanks to the tracker on a stolen quad bike, officers recovered it in Pellham within an hour.",
                "Our camera vans will be out across Greyford this week, with sites on our website.",
                "Say hello to PC Flat, our cardboard cut-out officer, at the Co-op in Dunmore.",
                "Officers checking lorries at Greyford docks on Tuesday found a stolen digger in a container.",
                "Is the police car outside your house a real one? If in doubt, call 101 and ask.",
                "We'll only be two minutes - our officers will be at the Greyford fun run this Sunday.",
                "No cover charge at all for the police charity gig in Pellham on Friday!",
                "This week's mobile camera sites are now on the partnership website, including the B4060 at Dunmore.",
            })
    void doesNotFlagFourteenthRoundContextNearMiss(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    /**
     * Round 14 (fix14b): an entry said as where officers will be ("we'll be through the door"); a hidden vantage point
     * with a time or place anywhere in the post; a mountain pass as the place of a timed stop; a cash van's hour or
     * route.
     */
    @ParameterizedTest(name = "{0}: flags [{2}] in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            be_through_door | Early start tomorrow for the Nelson team - we'll be through the door of a flat on Leeds Road at 6am.        | operational.future-raid
            be_through_a    | Friday morning we will be through a door in Brierfield before most of you are up.                      | operational.future-raid
            hgv_cab         | Officers sit high up in an HGV cab and film from above. We'll be doing exactly that on the A14 next week. | operational.covert-tactics
            top_floor       | We watch the car park from the top floor of the multi-storey on Queen Street most Friday nights.       | operational.covert-tactics
            pass_stop       | Officers will be stopping vehicles on the Glenshane Pass from 4pm this afternoon.                         | operational.operation-timing
            bank_van        | From next week the bank van will run at 7.30am via Hope Street instead of Church Road.                  | operational.cash-in-transit
            cash_collection | The cash collection for the post office on Bridge Street now happens every Tuesday at 2pm.             | operational.cash-in-transit
            security_van    | The security van parks at the rear of the Co-op on Mill Lane every Thursday morning.                   | operational.cash-in-transit
            """)
    void flagsFix14bKind(String kind, String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .as(kind)
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    /**
     * mend14a (review of round 14): an empty vehicle that is not a police one, a painted sign, trackers an owner fits
     * to their own kit, caterpillar-tracked machines, no cover in a season or at a spot, and officers at each
     * surgery are ordinary posts.
     */
    @ParameterizedTest(name = "does not flag mend14 near miss \"{0}\"")
    @ValueSource(
            strings = {
                "The abandoned car on the A40 near Andoversford had no one in it when officers arrived. It has been recovered.",
                "The camera van outside the school on Tuffley Lane isn't a real one: it's a sign the pupils painted",
                "Tip: GPS-tagged tool boxes and trackers hidden in your van make it easier for us to get your tools back.",
                "Rural crime team: tracked quads have been fitted to our patrol kit",
                "We have fitted tracked tractors for the Young Farmers' demonstration",
                "There's no PCSO cover at all in the summer holidays at the school gate, so parents please park considerately.",
                "There'll only be two officers at each of the community surgeries this week, so please book a slot on our website.",
                "The stolen van found in a lay-by at Brockworth had nobody in it, and the keys were still in the ignition.",
            })
    void doesNotFlagMend14NearMiss(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    /** mend14a: the kinds the round-14 rules were written for still flag once narrowed. */
    @ParameterizedTest(name = "{0}: flags [{2}] in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            empty_police_car | The police car parked on the verge at Dunmore has had no one in it for weeks, so don't slow down.  | operational.routine-tactic
            empty_camera_van | That camera van in the lay-by on the Greyford bypass has nobody in it most nights.                | operational.routine-tactic
            gps_quad         | GPS-tagged quads are parked up at farms around Pellham this month.                                | operational.covert-tactics
            cover_place      | There's no PCSO cover at all in Hessle over the bank holiday weekend.                              | operational.patrol-gap
            """)
    void flagsMend14Kind(String kind, String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .as(kind)
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    /**
     * Round 14 (fix14b) near misses: the entry after it happened; a fun run; an HGV-cab result; a pass closed after a
     * crash; a bus timetable; a security van robbed; a bus pass.
     */
    @ParameterizedTest(name = "does not flag fix14b near miss \"{0}\"")
    @ValueSource(
            strings = {
                "Early start this morning for the Burnley team - we went through the door of a flat on Colne Road at 6am and found cannabis.",
                "Early start tomorrow for the Burnley team: we're helping out at the Colne Road school fun run at 9am.",
                "Last week officers in an unmarked HGV cab caught 43 drivers on their phones on the A14.",
                "The Glenshane Pass is closed in both directions after a collision at around 4pm.",
                "From next week the number 7 bus will run at 7.30am via Hope Street while roadworks continue.",
                "A security van was robbed on Hope Street this morning. Did you see anything? Call 101.",
                "Bus passes for pensioners can be collected from the town hall on Monday from 9am.",
                "Lovely views over the Snake Pass from the top of the hill on today's patrol.",
            })
    void doesNotFlagFix14bNearMiss(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    /**
     * Round 15 (mend15b): ANPR cameras announced for a town or an area as a deterrent, and test purchasing across an
     * area with no shop and no day, are general notices; an ANPR camera on a road or junction, a hidden camera at a
     * named place, and test purchasing across an area on a day still flag.
     */
    @ParameterizedTest(name = "does not flag mend15b general notice \"{0}\"")
    @ValueSource(
            strings = {
                "New ANPR cameras have been installed in Bakewell and Hathersage to tackle rural crime, funded by the parish councils.",
                "ANPR cameras have gone up at the entrances to Boston in a joint project with the council.",
                "Trading Standards will be carrying out test purchases in the coming months across Rutland. Retailers: always ask for ID.",
                "Underage volunteers will be carrying out test purchases throughout the county over the summer. Retailers, Challenge 25 applies.",
            })
    void doesNotFlagMend15bGeneralNotice(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    @ParameterizedTest(name = "{0}: flags [{2}] in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            anpr_road      | A new ANPR camera has gone up on the A361 near Frome.                                              | operational.surveillance
            anpr_junction  | ANPR cameras have been installed at the junction of Mill Lane and Station Road this week.           | operational.surveillance
            hidden_place   | Covert cameras have been installed at the recycling point in Ledbury to catch the fly-tippers.      | operational.surveillance
            across_day     | Trading Standards and our licensing team will be doing test purchases across Rutland on Saturday night. | operational.operation-timing
            """)
    void flagsMend15bSite(String kind, String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .as(kind)
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    /**
     * Round 15 (ops15) near misses: an unmarked car in a result from last month or a throwback, a bait campaign
     * remembered, tracker advice to owners ("consider a hidden tracker"), speed checks over the coming months with
     * Community Speedwatch, nobody hurt, staff on strike.
     */
    @ParameterizedTest(name = "does not flag ops15 near miss \"{0}\"")
    @ValueSource(
            strings = {
                "Our unmarked Audi caught 31 drivers on their phones on the A1 last month. Put it in the glovebox.",
                "Throwback to the unmarked Volvo we used on the Fosse Way last summer - 40 drivers reported in a month.",
                "Remember the bait car campaign in 2023? It cut car thefts in Yate by half. Lock your vehicles.",
                "Cyclists - register your frame number and consider a hidden tracker in the seat post.",
                "We'll be doing speed checks on Well Lane over the coming months with the Community Speedwatch volunteers.",
                "No officers were injured during the disorder in Frome on Saturday night.",
                "Station staff at Chester will be on strike on Friday, so expect rail disruption.",
            })
    void doesNotFlagOps15NearMiss(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    /** ops15: an unmarked car described in a result this week is still in use, so it still flags. */
    @ParameterizedTest(name = "{0}: flags [{2}] in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            unmarked_busy | Our unmarked grey Volvo has been busy on the M5 this week, 12 drivers caught on their phones.   | operational.unmarked-vehicle
            """)
    void flagsOps15Neighbour(String kind, String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .as(kind)
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    /**
     * Round 15 (ops15): operational detail as other people write it. An unmarked car said as one without markings or
     * livery; a police building said to be empty or unstaffed at a time; nobody (or one named officer) on duty in a
     * place for a time; an ANPR site or hidden camera put up at a spot; going out at a time to intercept something
     * officers were told about; test purchases at named shops on a coming day; an entry said as "entering" or
     * "forcing our way into"; watching from a building opposite or a hide; one officer posing as a child in an app;
     * a covert tactic in a named place; bait left at a named spot with a tracker; a car with no badges; officers
     * dressed as ordinary passengers on a coming day.
     */
    @ParameterizedTest(name = "{0}: flags [{2}] in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            no_markings      | Roads team out on the A38 today in a blue Skoda Superb with no police markings. Belt up!          | operational.unmarked-vehicle
            no_livery        | The rural crime team's new red Isuzu pick-up has no livery and will be about the lanes near Ledbury this week. | operational.unmarked-vehicle
            not_staffed      | Bromyard police office is not staffed on Sundays and nobody works from it overnight.               | operational.patrol-gap
            be_empty         | Tenbury station will be completely empty on Friday afternoon while the team are at a course.      | operational.patrol-gap
            nobody_based     | Nobody will be based at Kington police station from next month.                                    | operational.patrol-gap
            alone_at_station | I'm working alone at Leominster station tonight, so knock loudly.                                  | operational.patrol-gap
            no_pcsos_on      | No PCSOs will be on duty in Malvern for the next week because of training.                         | operational.patrol-gap
            no_launch        | There won't be a police boat on Rutland Water until Tuesday while ours is serviced.                | operational.patrol-gap
            only_named       | Only PC Haines will be on duty in Tenbury and Clee Hill between 11pm and 6am this week.            | operational.patrol-gap
            anpr_up          | We have put a new ANPR camera up on the A456 at the turning for Clows Top.                        | operational.surveillance
            hidden_cam       | There's a hidden camera fitted on the gate behind the Spar on Bridge Street, so smile.             | operational.surveillance
            intercept        | Boat crew launching at 2am tomorrow to intercept a dinghy we've been tipped off about near Dungeness. | operational.planned-operation
            test_buy         | Underage volunteers will be trying to buy vapes at newsagents in Kidderminster on Saturday.       | operational.operation-timing
            volunteer_buy    | A volunteer will be going in to buy cider at off-licences in Redditch this Friday evening.        | operational.operation-timing
            entering         | On Wednesday at 6am officers will be entering the flat above the bakery on Foregate Street.        | operational.future-raid
            forcing_way      | We'll be forcing our way into the garages on Mill Road early on Saturday.                          | operational.future-raid
            knock_dawn       | We know he's staying at the caravan park in Aberdaron and officers will be knocking on the door at dawn. | operational.future-raid
            flat_opposite    | Officers are watching the bookies on Dudley Road from a flat opposite every night this week.      | operational.covert-tactics
            hide             | The wildlife team are dug in at a hide above the river at Ludlow tonight.                         | operational.covert-tactics
            posing_app       | One of our officers is posing as a 12 year old boy on that gaming app right now.                  | operational.covert-tactics
            posing_named     | We've got a DC pretending to be a buyer for the stolen tools being advertised in the Wrexham selling group. | operational.covert-tactics
            bait_spot        | GPS trackers are fitted to some of the quads parked at Glebe Farm, Much Wenlock, so help yourself. | operational.covert-tactics
            no_badges        | The proactive team have a matt black Seat Leon with no badges, and it'll be on the A5 all weekend. | operational.unmarked-vehicle
            no_boat          | Our launch is in for repairs, so there'll be no police boat on Lake Bala until the 12th.          | operational.patrol-gap
            blend_in         | Two of our officers will be on the late bus from Shrewsbury to Telford on Friday dressed as ordinary passengers. | operational.covert-tactics
            """)
    void flagsOps15Kind(String kind, String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .as(kind)
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    /**
     * ops15 near misses for the new rules: opening hours, a lifeboat or train station, a suspect's car without
     * markings in an appeal, ANPR as a result or in general, an interception that is over, cadet volunteers at a fun
     * run, house-to-house enquiries, a past test purchase, an office opening for an event, fancy dress, a past
     * plain-clothes result and thieves posing as the public.
     */
    @ParameterizedTest(name = "does not flag ops15 new-rule near miss \"{0}\"")
    @ValueSource(
            strings = {
                "The front counter at Bromyard police station is closed on Sundays. You can still report online or call 101.",
                "The lifeboat station at Padstow will be empty on Sunday while the crew join our open day.",
                "There was nobody at the bus station when the fire started at 3am, thankfully.",
                "Our Kington office will be open on Saturday from 10am for the property marking event.",
                "A silver car with no markings was seen near the school in Thornbury this morning. If you see it, call 999.",
                "ANPR cameras across the county helped us catch 300 uninsured drivers last year.",
                "A new ANPR camera in Basildon helped officers find a stolen car within an hour on Friday. The driver was arrested.",
                "Our officers intercepted a stolen car on the M5 near Gordano at 3am and arrested the driver.",
                "Young volunteers from the cadets will be helping at the Stevenage fun run on Saturday.",
                "Officers will be knocking on doors on Elm Road on Tuesday to ask if anyone saw the collision.",
                "Trading standards test purchase results for Redditch: 3 of 10 shops sold knives to volunteers in March.",
                "No patrols were needed at the carnival in Penzance this year, which shows how well behaved everyone was.",
                "Our officers will be dressed as superheroes for the charity fun run in Ripon on Saturday.",
                "Sadly there will be no police boat at the Cowes regatta this year, but the marine team will be at the open day.",
                "Last month officers dressed as commuters arrested four pickpockets on trains into Leeds.",
                "Thieves posing as members of the public are distracting shop staff in Harrogate. Please be alert.",
            })
    void doesNotFlagOps15NewRuleNearMiss(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    /**
     * ops15: a taunt at offenders or a plea for quiet is not advice to the public, so it no longer stands a rule down
     * ("poachers beware", "you've been warned", "please don't warn anyone"); a warning to residents still does.
     */
    @ParameterizedTest(name = "{0}: flags [{2}] in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            taunt_beware   | Rural team will be in a Ford Ranger with no livery on the lanes around Tetbury from dusk tonight - poachers beware. | operational.unmarked-vehicle
            dont_warn      | We have an officer posing as a 14 year old in that group chat right now, so please don't warn anyone.              | operational.covert-tactics
            been_warned    | Our decoy bike is locked up outside the library in Nailsworth all week. Thieves, you've been warned.               | operational.covert-tactics
            """)
    void flagsOps15Taunt(String kind, String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .as(kind)
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    /** ops15: a warning to the public is still advice. */
    @ParameterizedTest(name = "does not flag ops15 advice \"{0}\"")
    @ValueSource(
            strings = {
                "Residents in Tetbury are being warned about thieves posing as council workers. Always ask for ID.",
                "Beware of fake parking tickets on cars in Nailsworth this week; genuine ones never ask for payment by link.",
            })
    void doesNotFlagOps15Advice(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    /**
     * Round 15 (fix15a): a helpline or support line signposted with its hours and number, run by a charity named
     * Refuge or by any partner, is not a protected place.
     */
    @ParameterizedTest(name = "does not flag fix15a signpost \"{0}\"")
    @ValueSource(
            strings = {
                "Refuge's freephone helpline is open day and night on 0808 2000 247 if you are living with abuse.",
                "Need someone to talk to? Our partners at Refuge answer the helpline 24/7, and calls are free.",
                "The safe house charity in our county runs a support line: 0800 123 4567, open every evening.",
                "Close protection isn't just for royals - the Protection Against Stalking helpline is open weekdays on 0808 802 0300.",
            })
    void doesNotFlagFix15aSignpost(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    /** fix15a: a refuge or a protected person placed by a street or a time still flags. */
    @ParameterizedTest(name = "{0}: flags [{2}] in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            refuge_street | The women's refuge on Tanner Street will have an officer outside tonight.              | operational.protection-detail
            safe_house    | The witness is being kept at a safe house in Corby until the trial starts next week.     | operational.protection-detail
            """)
    void flagsFix15aProtection(String kind, String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .as(kind)
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    /**
     * Round 15 (fix15b): a planned entry at a kind of property read with the crime it is about ("over the recent car
     * thefts" is not advice about criminals' methods), a door to be broken down, a dog team working a named place from
     * an hour today, a patrol said with when it will not be there, and stops of a kind of vehicle at a time and place.
     */
    @ParameterizedTest(name = "{0}: flags [{2}] in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            raid_reason   | Before the bank holiday we're hitting two properties on the Meadows estate on Friday at 6am over the recent car thefts. | operational.future-raid
            raid_door     | Sorry in advance to the neighbours on Clay Lane: we'll be breaking down a couple of doors there on Tuesday morning.      | operational.future-raid
            dog_today     | Sniffer dog Bella and PC Okafor will be covering the bus station in Stockport from 3pm today, looking for drugs.       | operational.live-location
            dog_pd        | PD Storm is working the platforms at York station with her handler from 6pm tonight checking for knives.              | operational.live-location
            absent_reply  | We'll be on the rec at about 10pm on Friday for the quad bikes, but we won't be there Saturday.                        | operational.patrol-gap
            absent_nobody | Officers are at the underpass on Mill Road on Monday evenings from 7pm; nobody will be there on Tuesdays.              | operational.patrol-gap
            vans_checked  | Next Wednesday we'll be checking vans at the Markham Moor roundabout on the A1 from 8am for stolen tools.              | operational.operation-timing
            """)
    void flagsFix15bKind(String kind, String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .as(kind)
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    /**
     * fix15b near misses: the same entry, door, dog team and van checks after they happened; a dog at an open day; an
     * apology for missing a coffee morning or a fun day.
     */
    @ParameterizedTest(name = "does not flag fix15b near miss \"{0}\"")
    @ValueSource(
            strings = {
                "We hit two properties on the Meadows estate on Friday at 6am over the recent car thefts and made three arrests.",
                "Sorry to the neighbours on Clay Lane for the noise on Tuesday morning when officers broke down a door to help a man who had fallen.",
                "Sniffer dog Bella and PC Okafor visited Stockport bus station yesterday and found cannabis on two passengers.",
                "PD Storm will be at the York station open day on Saturday from 11am - come and say hello to her and her handler.",
                "Sorry we won't be there for the coffee morning on Friday - we'll see you all at the next one.",
                "Thanks for the invite to the Mill Road fun day on Saturday. Unfortunately we can't be there, but have a great day!",
                "Last week officers checked vans at the Markham Moor roundabout and recovered £8,000 of stolen tools.",
            })
    void doesNotFlagFix15bNearMiss(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    /**
     * Round 16 (clean16): forensic work told as what may happen after anyone reports a crime ("a crime scene
     * investigator may visit to look for fingerprints"), a place named after a bishop, and a stopped vehicle kept off
     * the road until a defect is fixed.
     */
    @ParameterizedTest(name = "does not flag round 16 near miss \"{0}\"")
    @ValueSource(
            strings = {
                "What happens after you report a burglary? A crime scene investigator may visit to look for fingerprints and DNA.",
                "Had your car broken into? A scenes of crime officer might come round to check for fingerprints.",
                "Officers from Beverley will be at the Bishop Burton Showground on Sunday for the agricultural show.",
                "We'll be at the market in Bishop's Stortford on Saturday from 10am with free purse bells.",
                "Taxi stopped in Aberdeen with three bald tyres. Driver off the road until it's fixed.",
            })
    void doesNotFlagRound16NearMiss(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    @ParameterizedTest(name = "{0}: still flags [{2}] in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            exhibit_live | The knife found at the scene of the stabbing has been sent off for fingerprints and DNA.  | operational.live-investigation
            bishop_visit | The Bishop will be at the cathedral at 10am on Sunday, arriving by the north gate.        | operational.protection-detail
            """)
    void stillFlagsRound16(String kind, String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .as(kind)
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    /**
     * Round 16 (opspol16): a hint that one of the force's own is under cover among the people a post is about, someone
     * described among offenders then owned up to, officers hidden in the crowd the post speaks to, custody shut for a
     * time, a small count of units for a whole area on a shift, and a patrol vehicle off the road for a time.
     */
    @ParameterizedTest(name = "{0}: flags [{2}] in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            insider_tell   | Not saying who, but one of our lot has been drinking at the Plough most Saturdays and it isn't for the bitter.   | operational.covert-tactics
            insider_living | One of our officers has been living as a lodger on the Hollins estate since spring.                               | operational.covert-tactics
            insider_unaware| Plenty of you on the ticket-touting forums have been talking to one of our team for months without realising.    | operational.covert-tactics
            insider_recruit| Our new recruit at the tyre place on Mill Road isn't really there to change tyres. Keep it to yourselves.         | operational.covert-tactics
            reveal_bloke   | The fella in the grey hoodie buying off the dealers by the precinct all summer? Worked for us.                    | operational.covert-tactics
            crowd_some     | Off to the cup final on Saturday? Some of the supporters stood near you will be plain clothes officers.           | operational.covert-tactics
            crowd_among    | At the rave in the quarry tonight there will be detectives among you, so think on.                                | operational.covert-tactics
            custody_shut   | Custody at Ashford is shut tonight due to staffing, so arrests will go to Maidstone.                              | operational.patrol-gap
            count_whole    | Just realised we have two cars covering the entire borough tonight, so please bear with us.                       | operational.patrol-gap
            unit_down      | The rural patrol car for the Wolds is off the road until Thursday, so no dedicated cover up there this week.       | operational.patrol-gap
            """)
    void flagsOpspol16Kind(String kind, String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .as(kind)
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    /**
     * opspol16 near misses: one of the team introduced or thanked, undercover work in general or after a conviction,
     * uniformed officers at an event, custody hours or recruitment, the whole area covered with no count, a patrol car
     * off the road in the past.
     */
    @ParameterizedTest(name = "does not flag opspol16 near miss \"{0}\"")
    @ValueSource(
            strings = {
                "One of our team has been running the youth boxing club on Canal Street since the summer. Proud of you, Jess!",
                "One of our officers has been working as a custody sergeant in Wakefield for twenty years and retires today.",
                "Last year one of our officers spent eight months undercover inside a drugs gang. All eleven members have now been jailed.",
                "Undercover officers play a vital role in tackling serious organised crime, and their work is strictly overseen.",
                "Officers in uniform will be at the Great Yorkshire Show all week, come and find our stand by the main ring.",
                "If you're going to the fireworks tonight, keep your phone and purse out of sight in the crowd.",
                "We're recruiting detention officers for the custody suite at Ashford. Full training given.",
                "Our response officers cover the whole of Cumbria, from the coast to the Pennines, 24 hours a day.",
                "Our patrol car was off the road last month after a collision; thanks for your patience while it was repaired.",
                "The lad who's been hanging about with the crew at the skatepark? He's our new PCSO, come and say hello.",
            })
    void doesNotFlagOpspol16NearMiss(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    /**
     * Round 16 (opspol16): one of a set of things said to carry a tracker now, and a described car said not to be the
     * taxi it looks like; a named operation across a whole area still flags with a finer place and an hour.
     */
    @ParameterizedTest(name = "{0}: flags [{2}] in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            tracked_one    | Scooter thieves of Bristol: one of the e-scooters parked by Temple Meads tonight has a GPS tracker inside.   | operational.covert-tactics
            tracked_them   | Allotment holders on Beech Road: one of those sheds now has a tracked hedge trimmer in it. Which one?      | operational.covert-tactics
            not_a_cab      | The grey Skoda Superb that sits at the end of Carr Lane most evenings isn't a minicab. Just so you know.  | operational.unmarked-vehicle
            op_area_finer  | Operation Spanner comes to North Yorkshire on Monday, with a stop check outside the Tesco on Ripon Road at 7am. | operational.planned-operation
            """)
    void flagsOpspol16TrackerCarOperation(String kind, String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .as(kind)
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    /**
     * opspol16 near misses: a named operation announced across a whole county or region; a tracker fitted by an owner
     * or on something already stolen; an unbooked car that is not a taxi, in advice or a past stop.
     */
    @ParameterizedTest(name = "does not flag opspol16 operation or tracker \"{0}\"")
    @ValueSource(
            strings = {
                "Operation Spanner starts on Monday across North Yorkshire. Our message to tradespeople: take your tools out of the van at night.",
                "Throughout March officers across North Yorkshire will be taking part in Operation Spanner, tackling tool theft from vans.",
                "We're launching Operation Nightsafe this Friday across Leeds city centre, with extra officers and street angels out each weekend.",
                "Operation Hawk will be out across West Mercia this week, disrupting drug supply. Tell us what you know.",
                "One of the bikes we recovered last week had a tracker fitted by its owner, which is how we found the rest.",
                "One of the vans stolen in Tuesday's burglary has a tracker, so please call 999 if you see it.",
                "If it isn't booked, it isn't a taxi. Don't get into a car you haven't booked.",
                "The white car in our video isn't a taxi, it's a private vehicle stopped for no insurance.",
            })
    void doesNotFlagOpspol16OperationOrTracker(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    /**
     * Round 17 (clean17): a named operation announced as patrols for people to see and use: foot patrols, officers
     * talking to young people, residents or shoppers, night-time partners (Street Pastors, Street Angels, a safe space),
     * visits to older residents, and the purpose said ("we want families to feel safe").
     */
    @ParameterizedTest(name = "clean17: does not flag announced operation \"{0}\"")
    @ValueSource(
            strings = {
                "Operation Bluebell starts Monday with foot patrols in Torquay harbour and the town centre.",
                "Op Nightsafe is running in Swansea city centre every Friday and Saturday night until Christmas, with extra officers, Street Pastors and a safe space on Wind Street.",
                "Operation Spotlight starts tonight in Oldham. Our officers will be visiting known hotspots for anti-social behaviour and talking to young people.",
                "Op Autumn Nights will run in Gloucester city centre every weekend in October, with officers chatting to shoppers and licensees.",
                "Operation Sentinel starts tonight in Rochdale town centre, with our officers working alongside the Street Angels.",
                "Operation Guardian returns to Llandudno promenade from Monday. We want families to feel safe this half term.",
                "Op Winter Warm begins in Wakefield on Monday: officers and council staff will visit older residents to check they are safe and warm.",
                "Operation Yellowhammer is back. From Monday, our officers and Trading Standards will be visiting farms across Powys to check machinery security.",
                "Operation Gallant begins tonight in Luton, targeting anti-social driving on Dunstable Road. Expect to see us.",
            })
    void doesNotFlagClean17AnnouncedOperation(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    /** clean17 near misses: a covert patrol, an hour for a check, a "should feel safer" that is no purpose. */
    @ParameterizedTest(name = "{0}: still flags [{2}] in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            plain_foot | Operation Anvil begins on Friday in Whitby with plain clothes foot patrols around the harbour.        | operational.covert-tactics
            check_hour | Operation Kestrel starts on Saturday night in Rhyl town centre, targeting drink drivers on Vale Road from 11pm. Residents should feel safer. | operational.planned-operation
            no_foot    | Just one response car covering the whole of Stroud tonight, with no foot patrols at all.                | operational.patrol-gap
            """)
    void stillFlagsClean17(String kind, String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .extracting(Finding::rule)
                .contains(rule);
    }

    /** Round 16 (opspol16): a shift short by sickness said as a count or a share, or a couple of officers for a whole area. */
    @ParameterizedTest(name = "{0}: flags [{2}] in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            instead_of   | Only 4 PCs instead of the usual 11 on lates in Bridgwater tonight, the bug is doing the rounds.       | operational.patrol-gap
            half_off     | Half the late shift are off sick today, so if you're planning mischief in Selby, please don't.        | operational.patrol-gap
            emergencies  | Heads up Rotherham: we only have enough officers for emergencies tonight, the rest will wait.         | operational.patrol-gap
            available    | Two officers available for the whole of the Black Isle tonight, so be patient with us.                | operational.patrol-gap
            just_us      | Just us three on the whole of Mull this weekend. Be good.                                             | operational.patrol-gap
            """)
    void flagsOpspol16ShortShift(String kind, String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .as(kind)
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    /** opspol16 near misses: more officers than before, a bad flu winter in the past, two officers covering an area as engagement. */
    @ParameterizedTest(name = "does not flag opspol16 short shift \"{0}\"")
    @ValueSource(
            strings = {
                "We now have 14 officers instead of 9 on the Scunthorpe neighbourhood team after this year's recruitment. Welcome all!",
                "Last winter half the shift was off with flu at once. This year, get your jab if you're eligible.",
                "Our two rural officers cover the whole of the Wolds between them, and they'd love to hear from you.",
            })
    void doesNotFlagOpspol16ShortShift(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    /** Round 16 (opspol16): a weak point in a police building said while it lasts. */
    @ParameterizedTest(name = "{0}: flags [{2}] in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            yard_gate  | The side gate into the yard at Kendal police station won't lock at the moment, so the van park's open. | operational.protection-detail
            cell       | Cell 5 at Crawley custody still doesn't shut properly. Estates have been told twice.                    | operational.protection-detail
            store      | Alarm on the property store at Bangor station is broken again. Fingers crossed till Thursday.           | operational.protection-detail
            """)
    void flagsOpspol16PremisesWeakness(String kind, String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .as(kind)
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    /** opspol16 near misses: a public notice about a station's lift or alarm test, a shop's door, a train station's alarm. */
    @ParameterizedTest(name = "does not flag opspol16 premises \"{0}\"")
    @ValueSource(
            strings = {
                "The lift at Crawley police station is not working today. Please use the ramp at the side entrance or call us on 101.",
                "Fire alarm test at Bangor police station at 11am on Wednesday. No need to call us!",
                "A burglar tried the back door of a shop on Station Road and found it locked. Please check your doors at night.",
                "Train station car park alarm is broken again, so please don't leave valuables on display.",
            })
    void doesNotFlagOpspol16Premises(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    /**
     * Mend 16a: the Round 16 operational rules still hold the covert hint, the gap and the weak point once narrowed
     * (an offender context for an owned-up insider, a pub or estate for a generic tell, a covert word in a crowd, an
     * illness after "half ... off with", a county or force area for area_wide, "a single" counted again).
     */
    @ParameterizedTest(name = "{0}: still flags [{2}] in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            pub_tell      | One of our lot has been drinking in the Red Lion every night this week and it isn't for the ale.  | operational.covert-tactics
            only_car_lunch| Response this week: briefing at Llanishen, cover of Rhiwbina until lunch, then he is the only car on until 4. | operational.patrol-gap
            bar_recruit   | Our newest recruit has been working behind the bar at the Crown for a month. The regulars have no idea. | operational.covert-tactics
            crew          | One of our officers has been living among the crew on the Broadwater estate since March. Keep it to yourselves. | operational.covert-tactics
            buyer         | The bloke buying from the lads at the skate park all summer worked for us.                         | operational.covert-tactics
            dealers       | To the dealers on the Broadwater estate: that new customer you've been selling to? One of ours.    | operational.covert-tactics
            generic_pub   | One of our team has been a regular at the Plough Inn for weeks and the locals are none the wiser.   | operational.covert-tactics
            fans          | Some of the fans next to you on Saturday will be our officers. Behave.                             | operational.covert-tactics
            plain         | There will be plain clothes officers among you at the Christmas market tonight.                    | operational.covert-tactics
            tracker       | One of the bikes locked up outside the station has a tracker in the frame.                         | operational.covert-tactics
            minicab       | The silver Insignia parked on Elm Road all week isn't a minicab.                                   | operational.unmarked-vehicle
            custody       | Custody at Canterbury is shut tonight due to staffing.                                             | operational.patrol-gap
            single        | Tonight a single response car on shift for the whole of Barrow.                                    | operational.patrol-gap
            single_crew   | A single crew for the whole of Barrow tonight, so be patient.                                      | operational.patrol-gap
            two_of_us     | Just two of us for the whole of Barrow tonight.                                                    | operational.patrol-gap
            noro          | Half the response team off with norovirus tonight.                                                 | operational.patrol-gap
            flu           | Half the night shift are off with flu tonight so bear with us.                                     | operational.patrol-gap
            team_sick     | Half the team are off sick tonight, so bear with us in Selby.                                      | operational.patrol-gap
            yard_gate     | Rear yard gate at Hereford station still isn't shutting properly.                                  | operational.protection-detail
            keypad        | Keypad code on the back door at Swindon station hasn't been changed in two years.                  | operational.protection-detail
            town_op       | Operation Hawk: officers will be targeting drug dealers across Beechwood on Friday night.          | operational.planned-operation
            """)
    void stillFlagsMend16a(String kind, String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .as(kind)
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    /**
     * Mend 16a near misses (a reviewer's benign set): the force's public face owned up to (a PCSO at the market, street
     * pastors, a police dog), recruitment and parades in a crowd, a raffle tracker, the mobile police station, charity and
     * events after a count, half a team out with the Scouts or off to a memorial, custody closed for good or to visitors,
     * a building fault told with where to go instead.
     */
    @ParameterizedTest(name = "does not flag mend16a near miss \"{0}\"")
    @ValueSource(
            strings = {
                "That friendly face chatting with shoppers at the Christmas market on Saturday? One of ours! PCSO Amy handed out 200 purse bells.",
                "Spotted someone hanging around the bus station with hot drinks and foil blankets last night? It was us, with the street pastors.",
                "Ever wondered who that was chatting to parents at the school gate in Mold? It's us - your Safer Schools officer PC Khan says hello.",
                "Our police dog Rex is a regular at the Red Lion's charity quiz. He works for us, after all, so he always gets the dog round.",
                "Were you chatting to a PCSO at the Eisteddfod today? It was us! Diolch for all your questions.",
                "One of ours, PC Sarah Lee, ran the London Marathon on Sunday for Mind - without realising she'd knocked 20 minutes off her best time!",
                "Our newest recruit, PCSO Aled, has been living as a student in Aberystwyth for the last three years, and now he's joined the Aberystwyth neighbourhood team!",
                "A big hello from one of our newest recruits, PD Nell, who has no idea it's her first day on the job!",
                "Are there future detectives among you? Applications for our Detective Entry programme open today - no policing experience needed.",
                "Some of the supporters cheering at Saturday's Pride parade will be our officers marching with the LGBT+ network. Happy Pride, Brighton!",
                "One of the prizes in Saturday's raffle contains a GPS tracker for your bike - all money goes to Crimestoppers. Tickets at the front desk.",
                "The white van parked outside Greggs in Pontypridd isn't a delivery van - it's our new mobile police station! Come and say hello until 3pm.",
                "If the silver car that stops for you isn't a taxi you booked, don't get in. Always book a licensed cab.",
                "Half our neighbourhood team are out with the Rotary Club litter-pick in Wrexham today - come and grab a bag!",
                "Half our section are out with the Scouts for the litter pick this Saturday morning.",
                "Half the team are off to the memorial service for PC Yvonne Fletcher today.",
                "Half our team are out with flu this week but Christmas cover is fully in place. Stay safe.",
                "Four officers on for the whole night shift rowed 100 miles on a machine in the station gym to raise money for the air ambulance.",
                "Two officers for the whole of the Year 7 assembly at Ysgol Bro Dinefwr this morning - talking online safety with 180 pupils.",
                "Four officers for the whole of Ysgol Bryn Elian's careers day - a brilliant morning talking about policing as a career.",
                "Just two of us for the whole of the Christmas Day lunch - the rest of the team are covering the shift and we'll swap at 2pm!",
                "One officer covering the whole of the island in 1950 - our history post about PC Evans on Anglesey, who patrolled on a bicycle.",
                "Custody at Llandudno is closed for good from today - detainees now go to the new St Asaph custody suite.",
                "Sorry - custody is closed to visitors at Saturday's open day at Wrexham police station for safety reasons, but the dogs and horses are out!",
                "The side gate at Hereford police station is broken and is being repaired; please use the main entrance on Bath Street until Friday.",
                "The intercom at the front counter of Bath police station isn't working today. Please use the phone by the door and we'll come to you.",
                "The lift at Cannock police station is not working - if you need step-free access to the front counter please ring the bell at the back door.",
                "Station open day on Saturday: the back gate will be propped open for visitors from 10am. Come and meet the dogs!",
                "Operation Snap runs across North Wales from Monday: send us your dashcam footage of dangerous driving.",
            })
    void doesNotFlagMend16aNearMiss(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    /**
     * Round 17 (blind17, blind17b): "you may see police activity" does not make a planned warrant a visible patrol; an
     * officer on obs "waiting for our man to show up"; officers posing as children with two ages; CCTV "out of service";
     * bait at a named spot in a message to thieves; a specialist unit stood down or missing, patrols cut to one crew. A
     * notice of patrols to be seen, a unit missing from an open day and a unit stood down after an incident still pass.
     */
    @ParameterizedTest(name = "round 17: flags \"{0}\"")
    @ValueSource(
            strings = {
                "Residents of the Gurnos: you may see a lot of police activity on Thursday from 6am as we'll be executing warrants at several addresses.",
                "On obs in the back of a van outside the bookies on Castle Street all day waiting for our man to show up. Send snacks.",
                "Good news: our online team now has officers posing as 12 and 13-year-olds on Snapchat and Discord. Predators, we're watching.",
                "Passengers at Pontypridd station: the CCTV on platforms 2 and 3 is out of service until next Wednesday.",
                "To the bike thieves of Cambridge: our bait bikes are the ones we leave outside Sainsbury's on Sidney Street. Go on, nick one.",
                "Heads up: armed response at Terminal 2 will be stood down between 2 and 4am on Wednesday for training.",
                "Our patrol boat is in dry dock till Friday, so no marine patrols on the Tay estuary this week.",
                "No street triage nurse in Newport this weekend, so from Friday 6pm there's no joint car for mental health calls.",
                "Neighbourhood patrols in Larne and Carrickfergus will be reduced to one crew overnight on the 12th.",
                "Thanks to the staff at the Celtic Manor who are looking after the Home Secretary while she's staying with us tonight.",
            })
    void flagsRound17Kinds(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .anySatisfy(f -> assertThat(f.rule())
                        .isIn(
                                "operational.future-raid",
                                "operational.surveillance",
                                "operational.covert-tactics",
                                "operational.routine-tactic",
                                "operational.patrol-gap",
                                "operational.protection-detail"));
    }

    // Round 19 (blind19): a raid that is the crime, a scheme's results so far, an operation dated by a past weekday,
    // and a
    // referral centre's forensic examinations are not operational detail; the same words planned still are.
    @ParameterizedTest(name = "round 19: does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "Ram raid at a newsagent in Lurgan overnight. Two men arrested nearby with help from the helicopter.",
                "Op Encompass: we've shared 96 notifications with schools this term so staff can support children.",
                "Speed op on the A49 last Friday: plain-clothes officer with a camera and a chase car. 14 drivers dealt with.",
                "The Sexual Assault Referral Centre offers medical care, counselling and forensic examination, whether or"
                        + " not you report to us.",
            })
    void doesNotFlagRound19(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    @ParameterizedTest(name = "round 19: still flags \"{0}\"")
    @ValueSource(
            strings = {
                "Raid on a flat in Lurgan at 6am tomorrow, so keep it quiet.",
                "Speed op on the A49 on the last Friday of the month: plain-clothes officer with a camera and a chase car.",
                "The knife from the stabbing in Roath is being tested for DNA at the lab and we expect results by Friday.",
            })
    void stillFlagsRound19(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isNotEmpty();
    }

    @ParameterizedTest(name = "round 17: does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "You may see more officers in Bangor town centre on Friday night as part of our Safer Streets patrols.",
                "You might see our officers at the Gurnos community centre on Thursday from 10am: come and say hello.",
                "On obs at the county show all day: come and see the dogs at our stand by the main ring.",
                "The ticket machine on platform 2 at Pontypridd is out of service until Wednesday; buy on the train.",
                "The CCTV on platform 3 was out of service at the time, so we are asking for dashcam and phone footage.",
                "To the bike thieves of Cambridge: we have bait bikes all over the city. You won't know which until we knock.",
                "There will be no dog unit at the open day this year, sorry! The horses will be there from 10am.",
                "Whitby Road is closed to vehicles for the carnival - access on foot only until 5pm.",
                "One officer on duty was injured when a car rammed a police van in Oldham last night.",
                "Meet PC Laura Finch, the only rural officer for the whole of the Dales.",
                "No PCSO cover was available at the event, so our volunteers stepped in.",
                "Turn the radio down and keep your eyes on the A38 this bank holiday weekend.",
                "Local radio is down in West Cumbria today due to a transmitter fault.",
                "Thanks to the staff at the Celtic Manor who looked after the Home Secretary's visit last week.",
                "Armed officers were stood down after the man was detained. There is no wider risk to the public.",
                "No firearms officers were needed at the incident on Elm Road yesterday.",
                "Our marine unit will be stood down for the winter from 1 November, as every year; the RNLI covers the estuary.",
            })
    void doesNotFlagRound17NearMiss(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    /**
     * Round 17 (ops17): a secretary of state by department or an unnamed VIP with a route and hour, a prisoner transfer's
     * departure, cover stated plainly (a count on a shift, "down to one", a kind of cover missing, foot patrol only),
     * cameras unwatched, radios down, someone's beat with its hours, and arrests planned with a day.
     */
    @ParameterizedTest(name = "{0}: flags [{2}] in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            dept_secretary | We're driving the Justice Secretary from the station up Castle Hill at about 10 tomorrow.             | operational.protection-detail
            unnamed_vip    | Somebody really important lands at Doncaster airport at 3 and we're taking them along the A638.       | operational.protection-detail
            transfer_leave | The prisoners for Thursday's trial at Preston leave at 8am in a convoy from HMP Garth.                | operational.protection-detail
            count_on_shift | Selby has just one car on nights until Sunday, so please be patient.                                  | operational.patrol-gap
            down_to        | The beat team in Whitby will be down to one officer from Monday to Wednesday.                          | operational.patrol-gap
            kind_missing   | There'll be no firearms cover in the north of the county tonight.                                     | operational.patrol-gap
            only_whole     | The only crew covering the entire valley tonight is us two.                                           | operational.patrol-gap
            foot_only      | Both cars are in the garage so it's on foot only around Bude this afternoon.                          | operational.patrol-gap
            nobody_get_out | Nobody can get out to the villages tonight, both crews are at the hospital in Truro.                  | operational.patrol-gap
            handler_none   | No handlers on duty after midnight this week, so no dog for any burglary calls.                       | operational.patrol-gap
            cams_unwatched | The station CCTV will not be monitored between 2am and 6am on Sunday during the upgrade.              | operational.routine-tactic
            radios_down    | Radios are down across the south of the division right now, crews on mobiles.                          | operational.patrol-gap
            radios_playing | Radios playing up across the whole district tonight, so response will be slower than usual.           | operational.patrol-gap
            own_beat       | My husband's first shift: he'll be on patrol around Albert Dock from 7 till 3 on Saturday.             | operational.live-location
            arrest_plan    | Detectives will arrest the two remaining suspects at addresses in Luton on Thursday morning.          | operational.future-raid
            later_today    | The warrant on Coronation Street is being executed later this morning once the dog arrives.           | operational.future-raid
            signed_warrant | The magistrate has signed the warrant, so next stop is a flat above the bookies on Lord Street.      | operational.future-raid
            bait_taunt     | The bait quad we parked behind the barn on Moor Lane has gone walkabout again. Keep going lads, we are watching. | operational.covert-tactics
            spotters       | Football spotters will be in the Railway Tavern from noon on Sunday before the derby.                 | operational.covert-tactics
            venue_sweep    | The police dogs will be sweeping the conference centre at 6am tomorrow before the delegates arrive.  | operational.future-raid
            """)
    void flagsOps17Kinds(String kind, String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .as(kind)
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    /**
     * Round 17 (ops17) near misses: a named operation's patrol in a whole town centre or across a named town; trackers
     * among an owner's steps to protect their things; a visit reported after; cover that is good news; a past arrest.
     */
    @ParameterizedTest(name = "does not flag ops17 near miss \"{0}\"")
    @ValueSource(
            strings = {
                "Officers will be out in Accrington town centre tonight as part of Operation Nightsafe.",
                "Our team will be patrolling Lancaster city centre every Saturday this month as part of Operation Winter.",
                "We'll be out across Darlington this weekend as part of Operation Bonfire. Enjoy the fireworks!",
                "Trackers on trailers, locks on gates and a photo of your tools: easy ways to protect your property.",
                "The Justice Secretary visited our custody suite in Leeds yesterday and met the detention officers.",
                "Good news: the neighbourhood team in Settle is back up to full strength this month.",
                "We now have two response cars on nights in Selby after feedback from residents.",
                "Two men were arrested at addresses in Luton on Thursday morning.",
                "Remember to protect your bike with a good lock and a tracker.",
                "Bags will be searched at the stadium gates from 1pm on Saturday, so arrive early.",
                "Volunteers will be sweeping the stadium after the match on Saturday.",
                "The dogs will be at the arena from 5pm tonight doing demonstrations before the concert - come and say hello!",
                "Our intelligence officers spent last week at the national conference in Harrogate.",
                "Speeders on the A59, we're watching you.",
                "Warrant executed on Holly Street this afternoon, with two arrests and cannabis seized.",
            })
    void doesNotFlagOps17NearMiss(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    /**
     * Round 19 (blind19b): a tracker followed live ("see where it goes"), radios down said with the verb shortened onto
     * the noun ("Airwave's been down"), and custody at a named suite full or shut to new arrivals.
     */
    @ParameterizedTest(name = "{0}: flags [{2}] in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            tracker_follow | GPS tracker is tucked under the van's bumper now, so we'll sit back and see where it goes this evening. | operational.covert-tactics
            tracker_follow | The tracker went into the holdall an hour ago, let's see where they take it tonight.                   | operational.covert-tactics
            radios_short   | Our radios've been playing up across the north of the county since teatime, so we're phoning each other. | operational.patrol-gap
            radios_short   | Airwave's down in the valleys right now, crews are texting each other.                                  | operational.patrol-gap
            custody_full   | Custody in Middlesbrough is full tonight and not taking any new prisoners till 4am, so it's Hartlepool. | operational.patrol-gap
            custody_full   | Heads up: custody at Southwark is closed to new arrests until the morning, everyone's going to Croydon.  | operational.patrol-gap
            custody_full   | Every custody suite across the county is full right now, so anyone we lift goes to Kendal.             | operational.patrol-gap
            tracker_follow | Tracker's been slipped into the tool bag, so now we follow the dot on the map tonight.                 | operational.covert-tactics
            radio_signal   | Radio signal is down across the whole of the Wolds right now so bear with us.                          | operational.patrol-gap
            """)
    void flagsBlind19bKinds(String kind, String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .as(kind)
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    /**
     * Round 19 (blind19b) near misses: a tracker that helped after a theft, advice to fit one, a fault mended, a public
     * phone line down with another number, custody closed for good or for a refurbishment, or to visitors.
     */
    @ParameterizedTest(name = "does not flag blind19b near miss \"{0}\"")
    @ValueSource(
            strings = {
                "The owner's own tracker led us straight to the stolen Transit in a yard in Bootle yesterday.",
                "Thinking of a tracker for your motorbike? Fit one somewhere hidden and keep the app logged in.",
                "Our radios were restored at half two after this morning's fault. Thanks for your patience.",
                "Our 101 line is down at the moment. Please report online or call 0300 123 4567; in an emergency dial 999.",
                "Custody in Rhyl is closed for good; from Monday detainees go to the new suite in St Asaph.",
                "The custody suite at Bridewell closes for refurbishment in May and reopens in the autumn.",
                "Custody at Bridewell is closed to visitors during the inspection.",
                "We've launched a rural crime WhatsApp group, let's see where it goes! Trackers for quads are worth every penny.",
            })
    void doesNotFlagBlind19bNearMiss(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    /**
     * Round 23 (blind23): a pursuit tactic about to be used, a live search's direction or its help's distance, a
     * containment on named roads while someone is on the run, a vehicle's crew parked and watching, every officer of a
     * place taken elsewhere, and custody closed at a place of three words.
     */
    @ParameterizedTest(name = "round 23: flags {0} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            operational.live-location | Stolen BMW heading south on the A1 near Newark, stop sticks being set up at the next roundabout.
            operational.live-location | Pursuit ongoing through Luton: tyre deflation devices will be deployed at the Airport Way junction.
            operational.live-location | Manhunt in Boston for the man who made off on foot from the crash. Perimeter on Tower Road and Spilsby Road, helicopter five minutes out.
            operational.live-location | Officers are searching Thetford Forest for the escaped prisoner. The dog unit is working north along the river now.
            operational.live-location | Marked car parked up outside the Spar on Church Street watching for the blue Corsa. He'll come past eventually.
            operational.patrol-gap    | All our Lincoln city centre officers have been sent to the disorder at the station, so please behave tonight.
            operational.patrol-gap    | Custody at Bury St Edmunds is closed tonight.
            """)
    void flagsRound23(String rule, String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .extracting(Finding::rule)
                .contains(rule);
    }

    @ParameterizedTest(name = "round 23: does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "Stingers were deployed on the A38 and the driver was arrested after a short pursuit last night.",
                "Cordons are in place on Station Road while the fire service makes the building safe. Please avoid the area.",
                "Our stinger training day went well - 12 new traffic officers trained.",
                "Yesterday all our officers were sent to support the Notting Hill Carnival.",
                "The dog unit searched the woods and found the missing 80-year-old safe and well.",
                "Our response car parked up outside Ashford school for the open day - come and say hello!",
            })
    void doesNotFlagRound23(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    // Round 24: custody shut at a place of three words or with an apostrophe, and arrests sent elsewhere in the same
    // sentence (the word "arrests" there is not a past result).
    @ParameterizedTest(name = "round 24: flags \"{0}\"")
    @ValueSource(
            strings = {
                "Custody at Bury St Edmunds is closed all weekend so arrests are going to Martlesham – expect slower response times across west Suffolk.",
                "The custody suite at King's Lynn is shut until Monday, so prisoners are going to Norwich.",
                "Custody at Stoke on Trent is closed tonight so arrests go to Hanley.",
            })
    void flagsCustodyShutRound24(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .extracting(Finding::rule)
                .contains("operational.patrol-gap");
    }

    @ParameterizedTest(name = "round 24: does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "The custody suite at King's Lynn is closed for good from today - detainees now go to Norwich.",
                "Custody at Bury St Edmunds was closed last weekend for a deep clean and is open again.",
                "The custody suite at Bury St Edmunds is closed to visitors, but the open day at the station is on Saturday.",
                "Helicopter over Bromsgrove tonight? That was NPAS searching for a missing 80-year-old. He has been found safe.",
                "Police helicopter over Penarth this evening? That was us: a missing teenager, now found safe and well.",
            })
    void doesNotFlagCustodyRound24(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }
}
