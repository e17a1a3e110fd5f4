package org.postwatch.safeguard.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postwatch.safeguard.engine.Finding;

class PrivateNameDetectorTest {

    private final PrivateNameDetector detector = new PrivateNameDetector();

    @ParameterizedTest(name = "flags \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Victim Sarah Jenkins, 45, was shaken                     | Sarah Jenkins
            Leanne Fraser, 42, from Headingley, was punched           | Leanne Fraser
            Wanted: Jade Green, 22, has links to Croydon              | Jade Green
            Jordan Pike, from Stroud, is wanted for failing to appear | Jordan Pike
            The driver, named locally as Stephen Ogundipe, died       | Stephen Ogundipe
            Shout out to Mrs Patterson who called us                  | Mrs Patterson
            Please share: Lily Evans, 8, has not been seen. Lily may be with friends. | Lily
            Huge thanks to Wojciech Nowicki who chased off the thieves                 | Wojciech Nowicki
            Can you help us trace Bartosz Wisniewski, who is wanted on recall          | Bartosz Wisniewski
            Wanted on warrant: Przemek Zalewski has links to Tredworth                 | Przemek Zalewski
            Well done Chiamaka Nwosu - you kept the driver talking till we arrived     | Chiamaka Nwosu
            Shout out to Tunde Adeleke for the dashcam clip                           | Tunde Adeleke
            Kwabena Asante, 19, of Quedgeley, was assaulted outside a bar               | Kwabena Asante
            Thank you Mr Gurpreet Dhillon for handing in a lost passport                | Mr Gurpreet Dhillon
            The witness, Asif Chaudhry, came forward yesterday                         | Asif Chaudhry
            Zhou Xin from Tewkesbury was scammed out of her savings                     | Zhou Xin
            Please help us find Nguyen Linh, who has not been home since Friday        | Nguyen Linh
            Credit to Siobhan Gallagher who gave first aid at the scene                | Siobhan Gallagher
            Have you seen Caoimhe Ni Dhonnaill? She is missing from Bath               | Caoimhe Ni Dhonnaill
            Well done Aoife Ní Bhriain for keeping the lad calm                         | Aoife Ní Bhriain
            Cheers to Rhodri Pugh who rang it in straight away                          | Rhodri Pugh
            The lorry driver, Gethin Vaughan-Price, helped us close the road            | Gethin Vaughan-Price
            Safeguarding referral for Ruby-Mae Jenkins (4) after she was found alone   | Ruby-Mae Jenkins
            A pupil, Mihai Popescu, 15, has not returned home                          | Mihai Popescu
            Thanks to Stavros Charalambous, who kept the shop owner safe               | Stavros Charalambous
            Lorenzo Moretti from Stonehouse had his van broken into                    | Lorenzo Moretti
            Officers would like to speak to Olga Kravchenko about the collision        | Olga Kravchenko
            Mr K Patel of Barton was the victim of a doorstep scam                      | Mr K Patel
            The victim, Joanne M. Hughes, is recovering at home                         | Joanne M. Hughes
            IP Dariusz KOWALCZYK states his van was entered overnight                   | Dariusz KOWALCZYK
            schoolgirl Amelia was found safe and well in Tuffley                        | Amelia
            Toddler Oscar was returned to his family within the hour                   | Oscar
            MISSING: SOPHIE TURNER, 16, from Matson                                    | SOPHIE TURNER
            Tributes have been paid to dad-of-three Emeka Okafor                        | Emeka Okafor
            Popped into the bakery and ran into Lee Marchbank, who says hello to all   | Lee Marchbank
            Lovely catch-up this morning with Winifred Ostle over a brew              | Winifred Ostle
            Does anybody know where Jordan Quilliam is? He missed his court date       | Jordan Quilliam
            Nasir Qaderi, wanted over the car park stabbing, is still at large          | Nasir Qaderi
            Zabi Qaderi was arrested at Heathrow this morning                          | Zabi Qaderi
            Kenzie Thoburn has been remanded ahead of a hearing next month             | Kenzie Thoburn
            Ezra Dunkerton handed himself in at Stroud on Sunday                      | Ezra Dunkerton
            Mavis Pengelly from the Lizard phoned to thank the response team           | Mavis Pengelly
            A bouquet of thanks for Reginald Tuckwell and his grandson                 | Reginald Tuckwell
            Happy birthday to Edna Scholes, our oldest Speedwatch volunteer            | Edna Scholes
            We are keen to trace witness Tendai Moyo after the crash                  | Tendai Moyo
            Wanted: Aigerim Bekova, thought to be sleeping rough in Hull               | Aigerim Bekova
            The rider was named as Olamide Eze by his family                           | Olamide Eze
            Our elderly neighbour Hilda Bramwell was scammed out of savings            | Hilda Bramwell
            Keiran Mottram, of no fixed abode, appears in court on Monday             | Keiran Mottram
            Anyone who knows Wes Gartside is asked to ring 101                        | Wes Gartside
            My old mate Ozzie Blenkinsop runs the chippy now                          | Ozzie Blenkinsop
            Good samaritan Precious Mbatha stayed with the driver                     | Precious Mbatha
            Watching the Poppy Whitlock hearing with interest                         | Poppy Whitlock
            """)
    void flags(String text, String expected) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(f -> f.span().of(text))
                .contains(expected);
    }

    @ParameterizedTest(name = "does not flag \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            PC Jones said the road would reopen soon.
            DCI Griffiths led the investigation.
            Sergeant Amy Patel received a commendation.
            Chief Constable Sarah Crew thanked staff.
            PD Bella passed her licensing today with PCSO Kowalski.
            A 34-year-old man from Stroud has been charged.
            Burst water main on Victoria Road near Grace Park.
            Our officers visited St Mary's Primary today.
            Inspector Lisa Clarke is the new neighbourhood inspector.
            New officer for Hesters Way: PC Daniel Morgan joins the team.
            Moss Side police station's front office is closed.
            Welcome to Sgt Abi Okonkwo and DC Tomasz Nowak, who join the team today.
            Ch Supt Harpreet Sandhu opened the new custody suite.
            Insp Siobhan Kelly will chair the meeting in Stroud.
            Our PCC, Chris Nelson, visited the control room.
            Out with the Conservative candidate, Aled Luckman, today.
            Speedwatch volunteers in Upton St Leonards and Ashton Keynes caught 90 drivers.
            Great turnout in Milton Keynes and Chipping Sodbury this weekend.
            Lots of people out in Ashton and Kingsley today.
            Florence Nightingale would be proud of our custody nurses.
            Police dog Bruno and PD Kane found the suspect in a shed.
            Our officer Dave and PCSO Kaur visited the school today.
            Thanks to Tesco Express and Morrisons in Quedgeley for their support.
            The Kennedy Centre and Ashton Court were busy for the fun day.
            Stroud Rugby Club and Forest Green Rovers supported the event.
            A 16-year-old boy from Cardiff has been arrested on suspicion of robbery.
            Dick Turpin would not get far with today's ANPR cameras. Turpin would be nicked.
            Sir Robert Peel set out nine principles of policing in 1829.
            Isambard Kingdom Brunel would love the view from our patrol car.
            Edward R. Murrow would be proud of local journalism.
            Come and see baby Jesus at the nativity with our cadets.
            Sarah A Great Day Out at the open day, thanks all.
            Shout out to Chelsea Flower Show volunteers for the help.
            Have you seen Jack Frost yet? Watch out for ice on the roads.
            Thanks to John Lewis in Cheltenham for donating the prizes.
            A van was taken from the forecourt of Arnold Clark in Paisley overnight.
            Staff at a William Hill on Mill Lane were threatened by a man with a bottle.
            Thanks to Charles Tyrwhitt for the shirts for our cadets' passing-out parade.
            Well done Sandy Lane Primary on the poster competition.
            Kudos to Amber Valley council for the new street lights.
            Thanks to Rosie's Cafe, who kept us fed all night.
            Big thanks to Dean Forest Railway for the open day.
            PLEASE SHARE - GRACE ROAD IS CLOSED UNTIL 6PM.
            MERRY CHRISTMAS FROM EVERYONE AT STROUD POLICE STATION.
            PC JOHN SMITH AND PCSO AMY PATEL ARE ON FOOT PATROL TODAY.
            Please ring Victim Support or Missing People if you need help.
            Officers stopped the suspect Range Rover on the M5; the wanted Ford Focus was found later.
            Missing Cat Found
            Severn Trent was fined after the sewage spill, and Thames Water was warned.
            Operation Kingfisher was launched to tackle county lines.
            Don't live where you are not wanted. Deport nobody, welcome everyone.
            Our PD Kaiser (born 3 May 2016) has retired to the sofa.
            Spoke to Grace Road residents about parking this morning.
            Thanks to everyone who came to the Ashley Down open day.
            Join us at the community hall in Jordan Hill on Saturday.
            PCSO Lewis met Mr Whippy at the beach today.
            Say hello to our newest Special, Kelechi Nwosu, who starts on Monday.
            """)
    void doesNotFlag(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }

    @ParameterizedTest(name = "round 7: flags \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Her nephew Harrison was on the back seat when the van hit them           | Harrison
            Please ring his owner Niamh, she is desperate to get him back           | Niamh
            Missing teenager Keeley was last seen by the leisure centre              | Keeley
            A big thank you to 12-year-old Kofi for handing in the phone            | Kofi
            The caller was a lady named Doreen who lives on her own                  | Doreen
            His first name's Tyler and he is in Year 9                               | Tyler
            Her name is Aleksandra and she was on her way to work                    | Aleksandra
            Gladys, 91, from Skelmanthorpe, was tricked by a fake bank caller       | Gladys
            Ellie-Mae (6) was found asleep in the garden shed                       | Ellie-Mae
            Dorothy, aged 88, handed the rogue builder £4,000                       | Dorothy
            Grandad-of-six Clive was knocked off his bike on Sunday                 | Clive
            Our thoughts are with the family of Jayden tonight                      | Jayden
            Jayden's mum has asked us to share this picture                         | Jayden
            Do you know Callum or Jodie Fairbrother? Both are wanted                 | Callum
            Do you know Callum or Jodie Fairbrother? Both are wanted                 | Jodie Fairbrother
            Brothers Alfie and Theo Brandreth were found safe in the woods           | Alfie
            Olivia, Freya & Amelia Stott have not come home from school             | Olivia
            Olivia, Freya & Amelia Stott have not come home from school             | Freya
            Tamsin Quayle and Dominic have been reported missing from Truro          | Dominic
            Tracey Pugsley and Dominic have been reported missing from Truro         | Tracey Pugsley
            anyone know imran qureshi? his van was broken into last night            | imran qureshi
            Floral tributes are piling up outside Kezia Lumb's house                 | Kezia Lumb
            Gareth 'Gaz' Tomlinson, 37, is wanted on recall to prison                | Gareth 'Gaz' Tomlinson
            Danny “Dee” Mulholland was last seen in Ballymena                        | Danny “Dee” Mulholland
            Candlelit walk on Sunday for #JusticeForSophieMarsh, please be respectful | SophieMarsh
            #RIPKieran gone but never forgotten                                      | Kieran
            @northcops yes it was Bev Thornicroft who rang you, top lady             | Bev Thornicroft
            Her son, Harrison, was hit by the car as he crossed                      | Harrison
            The owner, Ciara, has been reunited with her spaniel                     | Ciara
            Little Mason aged 3 wandered out of the nursery gate                     | Mason
            The Nowakowski family have asked for privacy at this time                | Nowakowski
            Please respect the wishes of the Brennan family                          | Brennan
            Holly Lane, 23, was assaulted outside the bar                           | Holly Lane
            """)
    void flagsRound7(String text, String expected) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(f -> f.span().of(text))
                .contains(expected);
    }

    @ParameterizedTest(name = "round 7: does not flag \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Neighbourhood officer Tom Jenkins is at the library on Monday from 10.
            Our handler PC Amy Lowe and police dog Kaiser tracked the man for a mile.
            Police dog Bruno, 4, has retired after a long career on the streets.
            Our police horse Monty (14) is retiring to a field in Devon.
            Meet the new pup, a spaniel called Alfie, who starts training next week.
            Martin Luther King Day event in Brixton: come and meet your local team.
            Kingsley Road is closed between the roundabout and the school.
            Reports of a collision in St Helens town centre, avoid the area.
            Bottles of Jack Daniel's were taken from the off licence on Hope Street.
            Ask for Angela: if you feel unsafe in a bar, ask the staff for Angela.
            Great turnout in Ashton and Kingsley today, thanks all.
            Officers in Stanley, Annfield Plain and Tanfield were busy this weekend.
            we will be at the market with the speed gun team all morning
            Visit #JusticeWeek for our posts on the courts and the CPS.
            Sgt Bhatt and PC Lomax were on foot patrol in Penrith market today.
            Our PCSO called Dave in for a brew on the way past.
            The Royal family visited the county show on Tuesday.
            Our handler, Sergeant Mills, and his dog, Bruno, visited the school.
            Thanks to the family liaison team for their support.
            Is this your cat? It was found on Holly Lane this morning.
            Road closed up Rose Hill while the gas board dig the pavement.
            Vote Kelly Marchbank for PCC on Thursday, says the leaflet.
            Sarah Jenkins-Boyd for Mayor, say the placards at the hustings.
            Back Independent candidate Tendai Moyo at the election.
            Rishi Sunak and Keir Starmer both visited the county this summer.
            """)
    void doesNotFlagRound7(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }

    // Round 9: a name joined to a lower-case "-themed", "-style" or "-inspired" is a theme, not a person. A hyphenated
    // surname, and a name with a telling context, are still names.
    @ParameterizedTest(name = "round 9: does not flag \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Our Harry Potter-themed reading morning at the library was a hit.
            Cadets came in Sherlock Holmes-style capes for the escape room.
            The school's Roald Dahl-inspired poster competition had 300 entries.
            The Herbert Protocol is a simple form that carers can fill in for a person with dementia.
            Entries are open for the Kelly Cup, our five-a-side tournament with the fire service.
            The Casey Review's recommendations are part of our new training.
            """)
    void doesNotFlagRound9(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }

    @ParameterizedTest(name = "round 9: flags \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Victim Harry Potter-Jones, 23, was punched outside the bar.   | Harry Potter-Jones
            Sarah Whitfield-Lowe, 41, of Mill Road, has been arrested.     | Sarah Whitfield-Lowe
            """)
    void flagsRound9(String text, String expected) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(f -> f.span().of(text))
                .contains(expected);
    }

    // An adult's title before the name (round 9) or an adult's age after it (round 10: "Ryan Pritchard, 23,"): a child
    // or family word in the sentence ("son", "daughter") is about someone else, so the name is flagged at its own
    // role, never as a child's. A child's name or a child's age in the same sentence is still a child's.
    @ParameterizedTest(name = "\"{1}\" in \"{0}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Thanks to Mr and Mrs Adeyemi, who run the village shop and looked after a lost child on Sunday. | Mrs Adeyemi | personal-data.name
            Mr Hollis, a retired teacher, found the missing boy asleep in his shed.                         | Mr Hollis   | personal-data.name
            Schoolgirl Amy Fenwick was hurt when a car mounted the pavement.                                 | Amy Fenwick | personal-data.name-child
            Mrs Dunmore's son Callum Dunmore, 12, is missing from home.                                     | Callum Dunmore | personal-data.name-child
            The family of Ryan Pritchard, 23, a much-loved son and uncle, have paid tribute to him.  | Ryan Pritchard | personal-data.name
            Megan Hollis, 31, and her daughter were shaken but unhurt.                               | Megan Hollis   | personal-data.name
            Ellie Marsh, 16, a loving daughter and sister, died in the crash.                        | Ellie Marsh    | personal-data.name-child
            Tributes to Ethan Cole, 9, the son of a local farmer.                                     | Ethan Cole     | personal-data.name-child
            """)
    void adultIsNotAChild(String text, String name, String rule) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .filteredOn(f -> f.span().of(text).equals(name))
                .extracting(Finding::rule)
                .containsExactly(rule);
    }

    // Round 10: two NATO phonetic-alphabet words are a call sign or a service's name ("Oscar Kilo", the national police
    // wellbeing service), not a person. A real surname after the same first name is still a name.
    @ParameterizedTest(name = "round 10: does not flag \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Officers and staff who are struggling can find help from Oscar Kilo any time.
            Call sign Charlie Delta was first on scene and gave first aid.
            Mike Tango reporting in: the cordon has been lifted.
            """)
    void phoneticCallSignIsNotAName(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }

    @ParameterizedTest(name = "round 10: flags \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Oscar Whitfield, 34, was assaulted outside the bar on Saturday.   | Oscar Whitfield
            Witness Charlie Dunmore saw the van leave at speed.               | Charlie Dunmore
            """)
    void flagsRound10(String text, String expected) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(f -> f.span().of(text))
                .contains(expected);
    }

    // Round 12: names from across the UK's communities, in posts with no cue word (no "victim", no age), found because
    // the first name is on the wider list; a first name that is also a word (Daisy, Hazel) with a listed surname.
    @ParameterizedTest(name = "round 12: flags \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Aoibheann Gilmartin handed in a purse she found on the bus.                   | Aoibheann Gilmartin
            Ruaraidh Urquhart spotted the quad bike in a field near Tain.                 | Ruaraidh Urquhart
            Meilyr Prydderch rang us about the sheep on the mountain road above Tregaron. | Meilyr Prydderch
            Satwinder Sanghera has a new shop front after Tuesday's smash.                | Satwinder Sanghera
            Shafiqul Talukdar stopped the thief at the door of his restaurant.            | Shafiqul Talukdar
            Hopeton Nembhard came in to collect his bike this morning.                    | Hopeton Nembhard
            Oluwatosin Adegbite kept the lost toddler safe outside the station.           | Oluwatosin Adegbite
            Kwadwo Agyapong sent us the footage from his doorbell camera.                 | Kwadwo Agyapong
            Abdirizak Warfa walked the confused pensioner home.                           | Abdirizak Warfa
            Semhar Tekeste came to the front counter about the messages she keeps getting. | Semhar Tekeste
            Tafadzwa Chigumba lost her purse on the number 9 bus.                         | Tafadzwa Chigumba
            Bartłomiej Szczepaniak had tools taken from his van overnight.                | Bartłomiej Szczepaniak
            Mădălina Ciobanu found a wallet on the platform at Crewe.                     | Mădălina Ciobanu
            Saulius Kavaliauskas reported his car taken from the drive.                   | Saulius Kavaliauskas
            Xiaoyan Liang had her bag snatched outside the supermarket.                   | Xiaoyan Liang
            Nguyet Huynh runs the nail bar that was broken into.                          | Nguyet Huynh
            Marwan Haddad came in to thank the officers who helped him.                   | Marwan Haddad
            Rojin Barzani was shaken after the car mounted the pavement.                  | Rojin Barzani
            Yiğit Öztürk chased the shoplifter out of the shop.                           | Yiğit Öztürk
            Farshid Rahimi handed the phone in at the front desk.                         | Farshid Rahimi
            Daisy Ackerley left her rucksack on the train to Leeds.                       | Daisy Ackerley
            Hazel Cruickshank's car was keyed on Tuesday night.                           | Hazel Cruickshank
            The Tesla belonging to Zoë de Souza was keyed in the multi-storey.            | Zoë de Souza
            Chloé Dubois was found safe in Dover this afternoon.                          | Chloé Dubois
            Help us find José Gonçalves, who left hospital on Tuesday.                    | José Gonçalves
            Spoke to young Owain ab Iorwerth at the skate park about helmets.             | Owain ab Iorwerth
            Missing from Bangor: Lowri ferch Gwyn, 17, last seen on Friday.               | Lowri ferch Gwyn
            Mr Dafydd ap Gruffudd and his wife were targeted by a rogue trader.           | Mr Dafydd ap Gruffudd
            Máire Ní Bhriain's car was damaged in the storm.                              | Máire Ní Bhriain
            Dyfan Hughes handed the wallet in at Bangor station.                          | Dyfan Hughes
            """)
    void flagsRound12(String text, String expected) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(f -> f.span().of(text))
                .contains(expected);
    }

    // Round 12: a trade after a first name is a firm ("Harvey Electrical"); famous names and things the longer lists
    // could have caught ("Penny Black", "Frank Bruno", "Jack Daniel's", "Hong Kong") are not private individuals.
    @ParameterizedTest(name = "round 12: does not flag \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Harvey Electrical vans were broken into on the industrial estate.
            Ellis Roofing did a great job on the station roof.
            Penny Black stamps worth thousands were stolen from a collector.
            Officers from Hong Kong Police visited our control room.
            Two bottles of Jack Daniel's were taken from the shop.
            Frank Bruno visited the boxing club in Bethnal Green.
            Fraudsters are selling fake tickets for Milan Fashion Week.
            Storm Darragh is expected to bring 80mph winds tonight.
            Our Rural Crime Team returned a stolen John Deere tractor to its owner near Driffield today.
            Shoplifters took six Ralph Lauren shirts and a Hugo Boss jacket from the store.
            Albert Dock is busy this weekend - keep an eye on your bags.
            Officers will be at Mary Arcade handing out purse bells.
            Victoria Embankment is closed for the marathon on Sunday.
            The Albert Hall event went smoothly - thanks for your patience.
            Canada Water and Surrey Quays stations are closed due to an incident.
            """)
    void doesNotFlagRound12(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }

    // Round 13: an adult named as the subject of a conviction or sentence is a court result, public under open justice;
    // a victim in the same sentence, a child, a name after a verb and a person only charged are still flagged.
    @ParameterizedTest(name = "round 13: a convicted adult is not flagged: \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Darren Kellock, 52, of Walton, was sentenced at Liverpool Crown Court today to 14 years.
            Jailed: Kieran Walsh, 38, from Birkenhead, was sentenced to nine years at Liverpool Crown Court today.
            Following a trial at Maidstone Crown Court, Mark Fenwick, 46, was found guilty of causing death by dangerous driving.
            A dealer was jailed for five years. Jordan Hale, 27, of Ashton Road, Oldham, admitted possession with intent to supply.
            Daniel Pryce, 34, of no fixed abode, pleaded guilty to seven counts of burglary.
            Gemma Rowlands has been given a suspended sentence for fraud.
            Liam Fenwick, 41, Jordan Pratt, 35, and Kevin Blake, 29, were sentenced at Teesside Crown Court.
            Ryan Cole, 31, of Hereford, was also given a five-year restraining order.
            Gareth Pugh, 48, has been fined £2,400 for serving alcohol to drunk customers.
            """)
    void aConvictedAdultIsNotFlagged(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }

    // Round 13: a title and surname said to the person a reply answers ("Thank you so much, Mrs Patel.", "Hi Mr
    // Clarke, thanks"), and a scheme or app "called" something, are not a private person named. An appositive after a
    // person word ("the owner, Mrs Smith"), "thanks to", a death reported, and a person "called" something still are.
    // Also (ui13): police staff named in a job of two or more words ("custody nurse", "control room supervisor",
    // "crime scene investigator"), as "PC Jones" is named in a rank; a plural role carries to the names after it.
    @ParameterizedTest(name = "round 13: does not flag \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Thank you so much, Mrs Patel. We'll make sure PC Hughes sees your message.
            Hi Mr Clarke, thanks for your question. Lost property can be collected from the front counter.
            That's lovely to hear, Mrs Jackson. We've shared your message with PC Evans.
            We're sorry to hear that, Mr Green. Please call 101 and quote your crime number.
            Good morning, Mrs Allen. The speed survey on your road finishes next week.
            Thanks for your patience, Miss Evans. The officer dealing will call you back today.
            If you call 999 and can't speak, press 55 when prompted. It's called Silent Solution.
            The scheme is called Safe Places and it means shops with a sticker will help anyone who feels unsafe.
            Our custody nurse Ewa Kowalczyk has been shortlisted for a national award.
            After 30 years, force control room supervisor Dan Hughes hangs up his headset today.
            Crime scene investigator Priya Shah will show how fingerprints are lifted.
            Say hello to neighbourhood support officer Callum Reeves, who joins the team.
            Congratulations to police staff investigator Lucy Grant on her commendation.
            Financial investigator Sam Okafor has recovered £250,000 from criminals this year.
            Digital forensic examiner Rachel Tsang explains why you should never reset a seized phone.
            Front counter clerk Maureen Tully retires after 41 years at Stroud.
            Say hi to our digital forensic investigator, Hannah Reid, who recovered the footage.
            Custody Nurse Ewa Kowalczyk and Custody Sergeant Lee Dunn answer your questions tonight.
            Crime scene investigators Priya Shah and Martin Cole talk through a burglary scene.
            Big welcome to our newest call takers, Aisha Begum and Rhys Morgan.
            PCs Amy Patel and Tom Reeve made the arrest within minutes.
            Officers Amy Patel, Tom Reeve and Jo Bellamy were commended by the judge.
            """)
    void doesNotFlagRound13(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }

    @ParameterizedTest(name = "round 13: still flags \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The man who attacked Jane Tolley was jailed for six years today.                    | Jane Tolley | personal-data.name
            Peter Longden, 52, was jailed for life for the murder of Sarah Greenhalgh, 34, in Hull. | Sarah Greenhalgh | personal-data.name
            Daniel Okafor, 31, of no fixed address, has been charged with theft.                 | Daniel Okafor | personal-data.name
            Ben Carter, 16, was sentenced to a youth rehabilitation order at Leeds Youth Court.  | Ben Carter | personal-data.name-child
            Our neighbour Tom Birch was sentenced for the noise, can you believe it               | Tom Birch | personal-data.name
            Amy Dowd was admitted to hospital after the crash on the A38.                        | Amy Dowd | personal-data.name
            Sarah Greenhalgh, 34, whose attacker, Peter Longden, was jailed today, thanked officers. | Sarah Greenhalgh | personal-data.name
            Jane Tolley, 29, attacked by a man who was later jailed, has thanked officers.       | Jane Tolley | personal-data.name
            Jane Tolley, whose ex-partner was jailed today, thanked officers for believing her.  | Jane Tolley | personal-data.name
            Ryan Colley, 24, was punched by a man who was jailed today at Hull Crown Court.      | Ryan Colley | personal-data.name
            Kate Doyle, 24, was killed by a driver who has been jailed for eight years.           | Kate Doyle | personal-data.name
            Margaret Hill, 82, was given a community award after she was targeted by scammers.   | Margaret Hill | personal-data.name
            Jordan Hale was sentenced at Leeds Youth Court today for robbery.                    | Jordan Hale | personal-data.name
            Jailed: Jordan Hale, who was 15 at the time of the robbery, was sentenced today.     | Jordan Hale | personal-data.name
            Following a trial, Tom Reid, 34, was found guilty, but his conviction was quashed today. | Tom Reid | personal-data.name
            Sam Greaves, charged with dangerous driving, was banned from driving at the time.   | Sam Greaves | personal-data.name
            """)
    void stillFlagsAroundAConviction(String text, String name, String rule) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .filteredOn(f -> f.span().of(text).equals(name))
                .extracting(Finding::rule)
                .containsExactly(rule);
    }

    @Test
    void theConvictedPersonIsNotFlaggedButTheirVictimIs() {
        String text = "Peter Longden, 52, was jailed for life for the murder of Sarah Greenhalgh, 34, in Hull.";
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(f -> f.span().of(text))
                .containsExactly("Sarah Greenhalgh");
    }

    @ParameterizedTest(name = "round 13: flags \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Thanks to the owner, Mrs Smith, for the CCTV.                  | Mrs Smith
            That's the owner, Mrs Smith.                                   | Mrs Smith
            Thanks for your help with the appeal, our neighbour, Mrs Smith. | Mrs Smith
            Sorry to report the death of Mrs Smith.                        | Mrs Smith
            Congratulations to our volunteer, Mrs Smith.                   | Mrs Smith
            Thank you, Mrs Smith lives next door to the victim.            | Mrs Smith
            A man called John Smith, 34, was charged with burglary.        | John Smith
            The victim is called Jane Smith.                               | Jane Smith
            Our neighbour Tom Birch heard the glass go and rang us.                 | Tom Birch
            Victim Jane Smith was pushed to the ground on Northgate Street.          | Jane Smith
            The driver, Sam Cole, was taken to hospital after the collision.         | Sam Cole
            Shop supervisor Dan Hughes was threatened with a knife last night.       | Dan Hughes
            A nurse, Joanne Radley, was punched while on shift at the hospital.      | Joanne Radley
            Staff nurse Fiona Meldrum was assaulted in A&E on Saturday night.        | Fiona Meldrum
            Thanks to the supervisor, Dan Hughes, who rang us about the alarm.       | Dan Hughes
            Night manager Steph Kirby saw two men on the hotel's CCTV.               | Steph Kirby
            Victims Amy Patel and Tom Reeve were treated in hospital.                | Tom Reeve
            PC Amy Patel and Tom Reeve, who rang us, stopped the thief.              | Tom Reeve
            Thanks to officers who helped Amy Patel and Tom Reeve after the crash.    | Tom Reeve
            Princess Anne and Tom Reeve opened the new station.                       | Tom Reeve
            """)
    void flagsRound13(String text, String expected) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(f -> f.span().of(text))
                .contains(expected);
    }

    // Round 13: the suggested fix was written for one person ("instead of her name", "a 34-year-old woman from Stroud")
    // and read as an order to say Stroud, and "her", whoever the post names. It is now an example of describing anyone.
    @ParameterizedTest(name = "round 13: the suggestion for \"{0}\" is an example, for anyone")
    @CsvSource(delimiter = '|', textBlock = """
            Victim Tom Reeve was punched outside the Feathers in Stafford.
            Witness Amy Patel saw the van leave the scene.
            Kenzie Thoburn has been remanded ahead of a hearing next month.
            Toddler Oscar was returned to his family within the hour.
            """)
    void suggestionsGiveAnExampleThatFitsAnyone(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .isNotEmpty()
                .allSatisfy(f -> {
                    assertThat(f.suggestion()).contains("for example").doesNotContain(" her name");
                });
    }

    // Round 14: a lone first name after a partner, an ex or a parent's "lad"; after a member of the public named by
    // what they were doing and "called"/"named"; and owning a personal thing ("Gemma's purse").
    @ParameterizedTest(name = "round 14: flags \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            We've spoken to your lad Mason and he's been given words of advice.     | Mason
            Your ex Nicola has not been arrested; please call 101.                  | Nicola
            His partner Shelley raised the alarm when he didn't come home.          | Shelley
            Her boyfriend Kai was also hurt in the attack.                          | Kai
            Their carer Bronwen noticed the bank cards were missing.                | Bronwen
            Among those who helped was a passer-by called Imran.                    | Imran
            A dog walker called Norman found the injured deer.                      | Norman
            We'd love to find the shopper named Rosalind who handed in the wallet.  | Rosalind
            Gemma's purse was snatched while she was loading her shopping.          | Gemma
            Someone smashed the window of Derek's van in Otley.                     | Derek
            Lily's bike was taken from the rack outside the library.                | Lily
            Lost property: little Poppy left her pink scooter at the front desk.    | Poppy
            Her sister Grace was with her when the car mounted the kerb.            | Grace
            If you found his keys, text Gary on (07700) 900 461.                    | Gary
            Hamish was born on the 2nd of January 1944 and is missing from Forfar.  | Hamish
            A child found in Asda says she's called Maisie and she's 4.             | Maisie
            """)
    void flagsRound14(String text, String expected) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(f -> f.span().of(text))
                .contains(expected);
    }

    // Round 14: a road's name after the Welsh word for road, a first in police history, a first name and a verb in a
    // title, and the same frames without a person in them.
    // Also (clean14): staff named with "one of our" or "our" and a job after the name, the women's ranks of the past,
    // a charity named after a person, and a sentence said as "received five years" or after a home town left open.
    @ParameterizedTest(name = "round 14: does not flag \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Flooding on Ffordd Glyn Coch means the road is impassable near the school.
            Parking on Heol Emrys Evans is causing problems at pick-up time.
            Celebrating 100 years since Edith Smith became the first woman police officer with full powers of arrest.
            In 1966 Sislin Fay Allen became the country's first black female police officer.
            Alison Halford became the first woman to reach the rank of assistant chief constable.
            Remember the 1970s 'Charlie Says' adverts? The message still stands.
            Your lad will be fine - thanks to all the parents.
            Our partner Victim Support can help you.
            A cyclist called for better lighting on the towpath.
            Jack's Café on the high street is our new safe space for young people.
            St George's home for the elderly held an open day.
            Little Chester and Darley Abbey have had extra patrols this week.
            Our new recruits start on Monday - mum May 2024 is our busiest month for cadets.
            Gareth Southgate won't be taking penalties for you - get home safely after the match.
            Alan Turing was persecuted under laws that should never have existed.
            Call Crimestoppers on 0800 555 111, or call us on 101.
            Meet Sarah Okafor, one of our call handlers in the Force Contact Centre.
            Big thanks to Gemma Hart, one of our specials, who gave 600 hours this year.
            This is Priya Mistry, our crime scene co-ordinator for the west of the county.
            Say hello to Tom Brennan, one of our dispatchers in the control room at Bootle.
            Fifty years ago WPC Jean Blakeley joined the traffic division on a Triumph.
            From the archives: WPS Doris Allen inspecting the cadets at Bruche in 1972.
            WDC Irene Sutcliffe, photographed here in 1968, was one of our first female detectives.
            We've been working with Leonard Cheshire in Northampton to make our surgeries accessible.
            Liam Cross, 36, and Dean Shaw, 39, both of Boston, received five years each at Lincoln Crown Court.
            Stephen Ward, 39, received a 12-month community order for stealing from a charity shop.
            Aaron Pike, 30, and Jamie Lowe, 33, received sentences totalling 11 years.
            Ian Fowler, 52, of Kidderminster received a suspended sentence at Worcester Crown Court.
            Jordan Hale, 27, of Oldham was jailed for four years today.
            """)
    void doesNotFlagRound14(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }

    // Round 14: "became the first" clears only a first said in police history; a private person's first is still named.
    @ParameterizedTest(name = "round 14: still flags \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Jake Morrell became the first in his family to be burgled twice in a week.  | Jake Morrell
            Karen Doyle was the first woman to be attacked on the towpath this year.    | Karen Doyle
            """)
    void stillFlagsRound14(String text, String expected) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(f -> f.span().of(text))
                .contains(expected);
    }

    @ParameterizedTest(name = "round 14: still flags \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Mrs Smith, our volunteer, found the dog in the park.                          | Mrs Smith | personal-data.name
            Jane Birch, our Neighbourhood Watch co-ordinator, rang us about the van.      | Jane Birch | personal-data.name
            Tom Reeve, one of our neighbours, rang us about the van.                      | Tom Reeve | personal-data.name
            Jane Tolley, 34, received serious injuries in the crash on the A38.           | Jane Tolley | personal-data.name
            Jane Tolley, 29, of Hull received a letter from the court.                    | Jane Tolley | personal-data.name
            Ben Carter, 16, of Leeds received a referral order at the youth court.        | Ben Carter | personal-data.name-child
            Sam Greaves, 30, of Hull was arrested yesterday.                              | Sam Greaves | personal-data.name
            Amy Dowd, 41, of Leeds was admitted to hospital after the crash.              | Amy Dowd | personal-data.name
            """)
    void stillFlagsRound14WithItsRule(String text, String name, String rule) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .filteredOn(f -> f.span().of(text).equals(name))
                .extracting(Finding::rule)
                .containsExactly(rule);
    }

    // mend14b (review of round 14): a first name that names a police animal ("little Poppy the police horse", "PD
    // Poppy"), and a name to ring on an organisation's 03/08 number, which the phone check lets through.
    @ParameterizedTest(name = "mend14b: no name in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            A reminder to parents: little Poppy the police horse will be at the show
            Come and meet PD Poppy at the Harford school fete on Saturday.
            Text John on 0300 999 1234
            """)
    void noNameMend14(String text) {
        assertThat(detector.detect(text, Situations.corporatePost())).isEmpty();
    }

    @ParameterizedTest(name = "mend14b: still flags \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Please call Gary on 07700 900461 if you saw the crash.             | Gary
            A reminder to parents: little Poppy was found safe in the park.    | Poppy
            """)
    void stillFlagsMend14(String text, String expected) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(f -> f.span().of(text))
                .contains(expected);
    }

    // Round 14 (fix14a): a name the post gives to an animal ("PD Bruno ... Good boy Bruno", "police dog Luna"), and
    // "good boy/girl" before a name in a post about a dog or a horse. Not a child praised in a post with no animal.
    @ParameterizedTest(name = "fix14a: an animal's name, not flagged: \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            PD Bruno had a busy nightshift, tracking a suspect across three fields. Good boy Bruno. Treats all round.
            Police dog Luna found the missing walker in the woods at 3am. Good girl Luna!
            Our mounted section were at the match today. Clever girl Poppy stood calm through the flares, as every horse should.
            Big day for the newest recruit in our dog section. Good boy Archie, licensed first time.
            Meet pony Hector, the star of the farm open day. Good boy Hector.
            """)
    void animalNamedFix14a(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }

    @ParameterizedTest(name = "fix14a: still flags \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Good girl Ruby rang 999 when her nan fell at home in Hexham. She is seven.  | Ruby
            Schoolboy Alfie handed in the purse he found in the park.                    | Alfie
            Little Harvey helped the dog unit find the lost bag. Good boy Harvey.        | Harvey
            """)
    void childStillNamedFix14a(String text, String expected) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(f -> f.span().of(text))
                .contains(expected);
    }

    // Round 15 (clean15): court results in more of the frames forces write them: after a court and its day with no
    // comma, after a description of the person ("Former care worker"), co-defendants "each" sentenced, a driving
    // disqualification, a ban on keeping animals, unpaid work or a term "given" or "ordered"; a place named with a
    // first name and a landscape plural after "and"; a happy retirement wished to the force's own staff.
    @ParameterizedTest(name = "round 15: does not flag \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            At Inverness High Court yesterday Craig Munro, 44, of Nairn, was sentenced to five years for dangerous driving.
            At Lerwick Sheriff Court today, Kyle Halcrow, 25, was fined £600 for drink driving.
            In Dundee Sheriff Court on Tuesday Lewis Grant, 30, of Arbroath, was sentenced to 14 months.
            Liam Doherty, 31, of Strabane, has been disqualified from driving for three years and fined £750.
            Thomas Bell, 66, of Alnwick, has been banned from keeping animals for ten years.
            Former care worker Janet Lomas, 57, of Matlock, was jailed for two years at Derby Crown Court.
            Farmer William Jones, 54, of Llanybydder, has been banned from keeping livestock for 10 years.
            Mark Price, 41, and Lee Watkins, 36, both of Leominster, were each sentenced to 30 months.
            Gary Dunlop, 48, of Dumfries, was given 180 hours of unpaid work after admitting possessing a knife.
            Martin Bradley, 51, of Limavady, was handed 12 months in prison for assaulting his neighbour.
            Stephen Gill, 58, of Haltwhistle, was ordered to do 120 hours of unpaid work for theft.
            Amber warning for snow across the Cairngorms and Angus Glens from 6pm tonight.
            Walkers heading to the Yorkshire Dales and Howgill Fells this weekend should pack waterproofs.
            Happy retirement to Janice Kerr, who has answered the front desk phone at Stirling for 28 years.
            Congratulations to Moira Sinclair on her retirement after 35 years in our finance team.
            Walkers on the North York Moors and the Langdale Fells should check the forecast before setting out.
            PC Dave Rees, who retires today after 32 years with Dyfed-Powys Police, once arrested a burglar on his wedding day.
            Sandra Hughes, who retires this week after 25 years in our control room, has taken thousands of calls from victims.
            """)
    void doesNotFlagRound15(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }

    @ParameterizedTest(name = "round 15: still flags \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The man who attacked Jane Tolley in Nairn was jailed for two years.           | Jane Tolley | personal-data.name
            Victim Jane Tolley, 34, was there when he was sentenced.                      | Jane Tolley | personal-data.name
            Thanks to Jane Tolley, the man was jailed.                                    | Jane Tolley | personal-data.name
            At Inverness Sheriff Court yesterday Ben Carter, 16, was sentenced.           | Ben Carter | personal-data.name-child
            At Leeds Crown Court today Sam Greaves, 30, was charged with theft.           | Sam Greaves | personal-data.name
            John Smith, a retired teacher from Bath, was burgled on Friday.               | John Smith | personal-data.name
            Sophie Hills, 34, of Leeds was arrested yesterday.                            | Sophie Hills | personal-data.name
            We want to thank Harry Thompson, 81, who has run Neighbourhood Watch for 25 years. | Harry Thompson | personal-data.name
            # mend15a: a landscape plural that is a surname too, after a first name and no article
            A man has been charged after Emma Moors, 29, was assaulted in Keighley.        | Emma Moors | personal-data.name
            Please help us find Sophie Dales, 34, who has been missing from Ripon.          | Sophie Dales | personal-data.name
            Have you seen Daniel Fells? He was last seen in Kendal on Monday.               | Daniel Fells | personal-data.name
            Can you help find Jack Heights, 41, who was last seen in Halifax?               | Jack Heights | personal-data.name
            # mend15a: retiring after a career, but a victim in the same sentence, and not one of the force's own
            Farmer Tom Evans, who retires this month after 40 years, was the victim of quad bike theft on Tuesday. | Farmer Tom Evans | personal-data.name
            Shopkeeper Raj Patel, who is retiring after 30 years behind the counter, was threatened by a man with a knife. | Raj Patel | personal-data.name
            Lollipop man Alan Price, who retires this week after 22 years, was hurt when a car clipped his sign.  | Alan Price | personal-data.name
            """)
    void stillFlagsRound15(String text, String name, String rule) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .filteredOn(f -> f.span().of(text).equals(name))
                .extracting(Finding::rule)
                .containsExactly(rule);
    }

    // Round 15 (clean15, second pass): an age in brackets after the name, a headline of the sentence before a colon,
    // the term said with "got", "will serve" or "is serving" and then prison, a court, a conviction, an offence or the
    // end of the sentence, and "sent to prison". Not a term of something else ("five years of abuse", "as chair").
    @ParameterizedTest(name = "round 15: a convicted adult is not flagged: \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Craig Munro (44), from Nairn, was jailed for five years at Inverness High Court.
            Jailed for six years: Craig Munro, 44, of Nairn.
            Craig Munro, 44, of Nairn, got five years at Inverness High Court today.
            Craig Munro, 44, of Nairn, will serve five years after being found guilty of dangerous driving.
            Craig Munro, 44, will serve six years for the robbery.
            Craig Munro, 44, of Nairn, has been sent to prison for five years.
            Jailed for five years: Kyle Barker, 31, of Bolton, who attacked two men outside a bar.
            Liam Walsh, 27, of Leeds, got four years and a driving ban at Leeds Crown Court today.
            Dean Price, 33, of Wakefield, got three years and a five-year driving ban at Leeds Crown Court.
            Gary Rowe, 45, of Otley, got 18 months and an extended driving ban.
            """)
    void aConvictedAdultIsNotFlaggedRound15(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }

    @ParameterizedTest(name = "round 15: still flags \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Ben Carter (15), from Nairn, was sentenced at the sheriff court.   | Ben Carter | personal-data.name-child
            Jailed: the man who attacked Jane Tolley, 34.                      | Jane Tolley | personal-data.name
            Jailed for attacking Jane Tolley: Craig Munro, 44.                 | Jane Tolley | personal-data.name
            Jane Tolley got five years of abuse from her partner.              | Jane Tolley | personal-data.name
            Jane Tolley got two years and a ban from the bowls club for arguing. | Jane Tolley | personal-data.name
            John Smith will serve five years as chair of the club.             | John Smith | personal-data.name
            Sam Greaves (30) of Hull was arrested yesterday.                   | Sam Greaves | personal-data.name
            Jailed for six years: Karen Price, who was attacked by her ex-partner, said she can finally move on. | Karen Price | personal-data.name
            Sentenced today: Mark Lewis, the victim of a robbery in Neath, said justice had been done. | Mark Lewis | personal-data.name
            Jailed for four years: Sarah Jenkins, who was assaulted outside her home, thanked officers. | Sarah Jenkins | personal-data.name
            """)
    void stillFlagsAroundAConvictionRound15(String text, String name, String rule) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .filteredOn(f -> f.span().of(text).equals(name))
                .extracting(Finding::rule)
                .containsExactly(rule);
    }

    // Round 15 (clean15): a retirement happening now after a career, or good wishes in it, is the force's own officer
    // or staff member's; a retirement in someone's life story is not ("retired after 40 years as a miner").
    @ParameterizedTest(name = "round 15: a retiring colleague is not flagged: \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Best wishes to Sandra Hughes, who retires today after 32 years as our front counter clerk in Brecon.
            Today we say goodbye to Sandra Hughes, who is retiring after 32 years with Dyfed-Powys Police.
            Sandra Hughes retires today after thirty-two years in the control room.
            Wishing Sandra Hughes all the best in her retirement.
            """)
    void aRetiringColleagueIsNotFlagged(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }

    @ParameterizedTest(name = "round 15: still flags \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            John Smith, who retired after 40 years as a miner, was conned out of £20,000.   | John Smith
            Jane Tolley, a retired nurse from Brecon, was burgled on Friday.                 | Jane Tolley
            """)
    void stillFlagsARetiredMemberOfThePublic(String text, String name) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(f -> f.span().of(text))
                .contains(name);
    }

    // Round 15 (fix15a): a court result in two more frames: a headline "Found guilty and sentenced:" or "Convicted and
    // jailed -" before the name, "after a jury convicted him"; and the name as the object of the verdict ("A jury at
    // Truro Crown Court found Jory Penrose, 38, of Bodmin guilty of ..."). Not a name that a jury found to be truthful,
    // nor one found guilty only after the name of a victim.
    @ParameterizedTest(name = "fix15a: a convicted adult is not flagged: \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Found guilty and jailed: Jory Penrose, 38, of Bodmin, who set fire to a neighbour's shed.
            Convicted and jailed - Jory Penrose, 38, of Bodmin, will serve three years after a jury convicted him of arson.
            Jory Penrose, 38, of Bodmin, will serve three years after a jury found him guilty of arson.
            A jury at Truro Crown Court found Jory Penrose, 38, of Bodmin guilty of arson on Tuesday.
            Magistrates in Bodmin found Jory Penrose (38) guilty of drink-driving and banned him for two years.
            The judge found Jory Penrose, 38, guilty of contempt and sent him to prison.
            """)
    void aConvictedAdultIsNotFlaggedFix15a(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }

    @ParameterizedTest(name = "fix15a: still flags \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The jury found Megan Trewin, a neighbour, to be an honest witness.            | Megan Trewin | personal-data.name
            A jury at Truro found Ben Kitto (16) guilty of robbery at the youth court.     | Ben Kitto    | personal-data.name-child
            A jury at Truro Crown Court found Jory Penrose, 38, not guilty of arson.       | Jory Penrose | personal-data.name
            Found guilty and sentenced: the man who robbed Megan Trewin, 71, in Bodmin.    | Megan Trewin | personal-data.name
            """)
    void stillFlagsAroundAVerdictFix15a(String text, String name, String rule) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .filteredOn(f -> f.span().of(text).equals(name))
                .extracting(Finding::rule)
                .containsExactly(rule);
    }

    // Round 16 (clean16): court results in more frames: a term "given" or "handed" with its months, a round-up's lines
    // ("Name, age, of Town: 3 years for ...", with or without a bullet, one per line), a co-defendant after the first
    // one's term, the name in apposition after "A 33-year-old woman from Penarth," and a plea to a longer offence.
    @ParameterizedTest(name = "round 16: a convicted adult is not flagged: \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Three men were sentenced. Jordan Ellis, 23, was given four years.
            Aaron Blake, 30, was given three years and four months at Bolton Crown Court.
            Lee Morton, 29, of Keighley, was handed five years for supplying heroin.
            Kieran Williams, 25, of Port Talbot: 3 years for possession with intent to supply heroin.
            - Anthony Clark, 38, from Middlesbrough: 2 years 8 months for robbery of a convenience store
            • Owen Stacey, 58, from Honiton: fined £2,000 for animal cruelty
            Jason Doyle, 37, received four years and Kevin Doyle, 41, received three years and six months.
            A 33-year-old woman from Penarth, Joanne Francis, was jailed for 20 months for fraud.
            Mark Dean, 52, admitted a racially aggravated public order offence and was fined £400.
            Jailing Tyler Marsh, 25, for threatening behaviour, the judge said the threat had terrified the victim.
            Sentencing Mark Reid, 41, to four years for the assault in Crewe, the judge noted he had shouted at the victim.
            """)
    void aConvictedAdultIsNotFlaggedRound16(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }

    // Round 19 (blind19b): a social-media headline of capitals, emoji, hashtags or a bar before the name is a lead-in
    // like a colon; the verb after the name must still say the person was convicted or sentenced. A place of worship's
    // word before its name is not a person's first name.
    @ParameterizedTest(name = "round 19: not flagged: \"{0}\"")
    @CsvSource(delimiter = '~', textBlock = """
            GUILTY ✅ Dean Parfitt, 38, of Wigan, has been jailed for five years after being convicted of robbery. Thanks to the victim for their courage.
            JAILED | Shona McBride, 29, of Paisley, was jailed for 18 months for fraud. We thank the victims for coming forward.
            🚨 SENTENCED 🚨 Carl Whitby, 44, was sentenced to three years at Hull Crown Court.
            #Jailed Aaron Pike, 31, was jailed for two years for burglary at Exeter Crown Court.
            Huge thanks to Masjid Noor for the curry they sent to the custody suite on Eid.
            Officers joined the langar at Gurdwara Guru Nanak in Smethwick this afternoon.
            We recovered a stolen Ifor Williams trailer near Llandeilo thanks to its security marking.
            """)
    void aHeadlineBeforeAConvictedNameRound19(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }

    @ParameterizedTest(name = "round 19: still flagged: \"{0}\"")
    @CsvSource(delimiter = '~', textBlock = """
            GUILTY ✅ Dean Parfitt, 38, of Wigan, was punched in the face outside the pub and the victim is recovering.
            🚨 APPEAL 🚨 Have you seen Carl Whitby, 44? He was attacked on Friday night and we need witnesses.
            JAILED | the man who attacked Shona McBride, 29, in Paisley has been sentenced.
            """)
    void aHeadlineDoesNotClearAnyNameRound19(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isNotEmpty();
    }

    @Test
    void aRoundUpListedOnePerLineIsNotFlaggedRound16() {
        String text = "This week's results from Newcastle Crown Court\n\nPeter Grainger, 52, of Gateshead: 4 years for "
                + "burglary\nDanielle Foster, 27, of Jarrow: 16 months suspended for 2 years for theft\nKyle Simpson, 33, "
                + "of Wallsend: 6 years for robbery";
        assertThat(detector.detect(text, Situations.corporatePost())).isEmpty();
    }

    // Round 16: round-up lines with a dash for the colon, the age and town in brackets, "yrs" and "mths", items ended
    // by
    // a semicolon, a comma or the line.
    @Test
    void aRoundUpWithDashesAndBracketsIsNotFlaggedRound16() {
        String text = "Five men jailed after a fight in Rochdale. Mohammed Iqbal (29, Rochdale) 8 yrs; Jason Turner "
                + "(33, Heywood) 7 yrs; Lee Marsden (36, Littleborough) 6 yrs.\n"
                + "• Jamal Ashby, 24, of Middlesbrough – 7 years 4 months\n"
                + "Rhys Probert, 30, Port Talbot – 6 yrs for burglary\n"
                + "Ceri Lloyd, 28, Neath – 2 yrs 4 mths, handling stolen goods\n"
                + "Gordon Maitland, 58, of Guildford - 6 years";
        assertThat(detector.detect(text, Situations.corporatePost())).isEmpty();
    }

    @ParameterizedTest(name = "round 16: a dash or brackets do not make a court result of \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The victim, Sarah Jones – 24, was hurt in the attack.       | Sarah Jones
            Can you help find Kelly Brown (35, Leeds) – last seen at 3pm? | Kelly Brown
            """)
    void aDashOrBracketsAloneAreNotACourtResult(String text, String name) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(f -> f.span().of(text))
                .contains(name);
    }

    // Round 16 (clean16): a public figure by what is said around the name: a statue, bronze, bust or plaque of the
    // person, or a year before 1930 in the sentence; Welsh words before a name (a school, a festival, a day, a team);
    // Scottish hills, venues and a dog breed that read as names.
    @ParameterizedTest(name = "round 16: does not flag \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Our new training centre is named after Sophia Stanley, one of the first women sworn in as a police officer in 1919.
            Officers will be at the Betty Campbell statue in Central Square on Saturday for our community day.
            The new bronze of Mary Prince was unveiled this morning outside Senate House.
            A blue plaque to Lilian Wyles has been unveiled at her former home.
            Pupils from Ysgol Dewi Sant visited the dog section today.
            Dydd Gŵyl Dewi Hapus from all at Dyfed-Powys Police!
            Tîm Plismona Bro Caernarfon will be on Y Maes today from 11am.
            Search and rescue training on Ben Nevis today with the mountain rescue team.
            Officers from Beverley Racecourse met children from Molescroft Primary today.
            Found in Abington Park: one small, friendly Jack Russell with a red collar.
            Henry Fielding, the novelist, set up the Bow Street Runners.
            """)
    void doesNotFlagRound16(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }

    @ParameterizedTest(name = "round 16: still flags \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Margaret Hill, who was born in 1928, was scammed out of £20,000 by a caller.        | Margaret Hill | personal-data.name
            Jane Tolley, 34, was attacked near the statue unveiled in 1905.                     | Jane Tolley   | personal-data.name
            George Best, 19, was attacked on Castle Street last night.                          | George Best   | personal-data.name
            Ben Hope, 25, from Dingwall has been reported missing. Call 101.                    | Ben Hope      | personal-data.name
            A mural honouring Kayden Smith who was stabbed in Moss Side has been vandalised.    | Kayden Smith  | personal-data.name
            Congratulations to Doris Green, who started at the mill in 1926 and turns 100 today! | Doris Green  | personal-data.name
            The Jane Price memorial bench in Rhyl has been vandalised; her family are devastated. | Jane Price  | personal-data.name
            A man who attacked the victim, Jane Tolley, was jailed today.                       | Jane Tolley   | personal-data.name
            Jane Tolley, 29, of Leeds: 3 years of abuse ended when her partner was jailed.      | Jane Tolley   | personal-data.name
            Ben Carter, 16, was given four years at the youth court.                            | Ben Carter    | personal-data.name-child
            Daniel Okafor, 31, was given bail and will appear at Leeds Crown Court on Monday.   | Daniel Okafor | personal-data.name
            """)
    void stillFlagsRound16(String text, String name, String rule) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .filteredOn(f -> f.span().of(text).equals(name))
                .extracting(Finding::rule)
                .containsExactly(rule);
    }

    // Round 17 (clean17): public figures whose faces scam adverts use; a hill said as a place ("on Ben Macdui", "the
    // summit of Ben Lawers") whatever happened there; an officer's own family ("PC Dawson ... the Dawson family"); a
    // reply that opens with the tag of the person it answers and greets them; a community body's name ending in
    // "Outreach", "Hub" or "Network" before "and her team".
    @ParameterizedTest(name = "clean17: does not flag \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Fake adverts using Martin Lewis's face to push bitcoin schemes are all over social media again.
            Elon Musk is not giving away free Bitcoin on YouTube livestreams. If you send money, you won't see it again.
            The missing walker on Ben Macdui has been found safe and well by the Cairngorm Mountain Rescue Team.
            A climber injured on Ben Lomond this afternoon was airlifted to hospital in Glasgow.
            Mountain rescue volunteers brought down an injured walker from the summit of Ben Lawers last night.
            PC Dawson retires today after 30 years. He'll be spending more time with the Dawson family and his golf clubs.
            Today we said farewell to PD Ralph, who now lives with his handler PC Owens and the Owens family.
            @Mark Jones Hi Mark. We'd love to have a look at the doorbell footage. Could you email it to our team address?
            Lisa Moore Hi Lisa. Yes, the front counter is open on Saturdays now.
            @Jackie Brown We're sorry to hear that Jackie. Please call 101 and we'll arrange for someone to come out.
            @Dean Roberts Evening Dean. It was the fire service, not us. Nothing to worry about.
            We're grateful to Vicky from the Stockport Homeless Outreach and her team for joining our night patrols.
            Thanks to Jas from the Coventry Refugee Hub and his team for helping us run the drop-in.
            Hi Gemma Ward, thank you for your kind words about PC Lee. We've passed them on.
            Thanks Paul Hughes for sharing this, every share helps.
            Thank you Linda Marsh, that's lovely to hear.
            A huge thank you to Gary Neville for visiting our cadets in Salford today.
            """)
    void doesNotFlagClean17(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }

    @ParameterizedTest(name = "clean17: still flags \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Martin Lewis, 34, of Cardiff was scammed out of £2,000 by a caller.                      | Martin Lewis
            Officers visited the Dawson family after the burglary on Elm Road.                        | Dawson
            PC Smith visited the Smith family after the burglary. Mrs Smith was very shaken.          | Mrs Smith
            Thanks to Mark Jones, who found the wallet. Hi to everyone who shared the appeal.         | Mark Jones
            Mark Jones was assaulted outside the Red Lion last night. Hi Mark, we hope you are well.  | Mark Jones
            Thanks to Paul Hughes, who found the wallet on Elm Road.                                  | Paul Hughes
            Hi all. Gemma Ward, 34, was attacked in the park on Friday.                               | Gemma Ward
            Thanks Gemma Ward, 34, of Leeds, for calling us after the attack.                         | Gemma Ward
            """)
    void stillFlagsClean17(String text, String name) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .filteredOn(f -> f.span().of(text).equals(name))
                .isNotEmpty();
    }

    // Round 17 (clean17): a name after a word for an adult relation (husband, wife, mum, dad ...) is an adult's, even
    // with a child word in the sentence; a child's name is still a child's.
    @ParameterizedTest(name = "clean17: \"{1}\" in \"{0}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Congratulations to Detective Sergeant Priya Shah and her husband Raj on the birth of their daughter.   | Raj          | personal-data.name
            Mum Jess Whitlock and her little boy are both doing well after the roadside birth.                    | Jess Whitlock | personal-data.name
            Her son Alfie, 7, was found safe in the park.                                                          | Alfie        | personal-data.name-child
            """)
    void anAdultRelationIsNotAChildClean17(String text, String name, String rule) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .filteredOn(f -> f.span().of(text).equals(name))
                .extracting(Finding::rule)
                .containsExactly(rule);
    }

    // Round 16 (pd16): a relative clause saying what the convicted person did may stand between the name and the
    // sentence ("Kyle Benson, who stabbed a man in Wigan, was jailed"); one saying what was done to them may not.
    @ParameterizedTest(name = "pd16: a convicted adult is not flagged: \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Liam Walsh, who caused the crash while drunk, got four years at Exeter Crown Court today.
            Liam Walsh, 27, of Leeds, who caused the crash while drunk, got four years and a driving ban at Leeds Crown Court.
            Kyle Benson, who stabbed a man in Wigan while high on cocaine, was jailed for nine years today.
            Kelly Grainger, who stole from her elderly neighbours, was jailed for two years.
            Rhys Pugh, who was convicted last month of the assault on a paramedic, was sentenced today to 16 months.
            Dale Orme, 44, of Crewe, was given 16 months at Chester Crown Court.
            """)
    void aConvictedAdultIsNotFlaggedPd16(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }

    @ParameterizedTest(name = "pd16: still flags \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Karen Price, who was attacked by her ex-partner, was jailed for fraud today.          | Karen Price
            Ryan Colley, who was stabbed outside the Swan, has thanked the officers who helped.   | Ryan Colley
            Dean Coles, who burgled the post office in Sedbergh, has been charged and remanded.   | Dean Coles
            """)
    void stillFlagsAWhoClausePd16(String text, String name) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .filteredOn(f -> f.span().of(text).equals(name))
                .isNotEmpty();
    }

    // Round 16 (pd16): two capitalised words that name a thing made for someone ("the Wilfred Owen memorial", "the
    // Ruth Ellis display", "Bradley Stoke leisure centre"), a person commemorated ("the statue of Edith Cavell", "a
    // blue plaque to Grace Darling", "named after Edith Smith"), a street said to be closed ("Catherine Hill in Frome
    // will
    // be closed to traffic") and an area's residents ("Shirley Warren residents") are not private people.
    @ParameterizedTest(name = "pd16: does not flag \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The Wilfred Owen memorial in Shrewsbury was vandalised overnight. Please call 101.
            Thanks to the Rhys Jones memorial football tournament organisers for inviting our team.
            The Ruth Ellis display at the museum tells the story of the last woman hanged in Britain.
            We'll be at Bradley Stoke leisure centre on Saturday with our cycle security stand.
            Today we laid a wreath at the statue of Edith Cavell in St Martin's Place.
            Lovely to see so many at the unveiling of a blue plaque to Grace Darling in Bamburgh.
            Our new training suite is named after Edith Smith, who served in Grantham from 1915.
            Catherine Hill in Frome will be closed to traffic on Saturday for the market.
            Shirley Warren residents: we'll be at the community centre on Friday with free bike locks.
            Jordan Hill is closed after a collision. Please find another route.
            """)
    void doesNotFlagAThingOrPlacePd16(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }

    // Round 16 (pd16): a first name that is also a word or surname (Jordan, Kelly) with a surname not on the list,
    // right
    // after what was done to the person ("hit Jordan Pike"), and Glenn, are names; so is a person with a street-word
    // surname when nothing says a road.
    @ParameterizedTest(name = "pd16: flags \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Officers are looking for the driver who hit Jordan Brambleby on the zebra crossing in Ely.     | Jordan Brambleby
            A man attacked Kelly Thistlewood in the park on Thursday. She suffered bruising to her face.  | Kelly Thistlewood
            Someone stole Glenn Hartley's van from his driveway in Wombourne overnight.                   | Glenn Hartley
            Catherine Hill, 34, from Frome, was assaulted on Saturday night. Please call 101.             | Catherine Hill
            A man has been arrested after Ryan Hill was punched in the street in Frome.                   | Ryan Hill
            The Ruth Ellis case files were shown to the jury, said witness Ruth Ellison, 41.              | Ruth Ellison
            """)
    void flagsAnAmbiguousNamePd16(String text, String name) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .filteredOn(f -> f.span().of(text).equals(name))
                .isNotEmpty();
    }

    // Round 17 (pd17): a court result that tells what the named adult did first and the outcome in a later sentence,
    // with "he", "she", the surname or a court's act as the outcome's subject, or a sentence that is only the outcome.
    // Also the name as the object of its outcome ("the conviction of ...", "after ... was jailed").
    @ParameterizedTest(name = "pd17: a convicted adult is not flagged: \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The court heard Gary Tomlin, 41, pushed a security guard down the stairs at the Arndale. He has now been jailed for 16 months.
            Jurors heard that Lisa Fairclough, 38, took £9,000 from the club's accounts. She was convicted of fraud on Thursday.
            Kieran Moss, 26, rammed a police car in Barrow while disqualified. Officers arrested him at the scene. Moss was jailed for a year.
            Prosecutors said Dale Whitworth, 33, sold fake designer goods from a unit in Bolton. On Monday he was sentenced to 10 months.
            Adam Cole, 44, grew cannabis in the loft of a rented house. Yesterday at Hull Crown Court he was jailed for two years.
            Simon Reeve, 52, sent threatening letters to his former employer. Magistrates in Crewe fined him £600.
            Tony Hirst, 29, stole copper cable from the railway near Goole. A jury found him guilty of theft.
            The court was told Paul Keegan, 35, kept a loaded crossbow under his bed. Guilty on both counts.
            Following the conviction of Martin Hale at Carlisle Crown Court, officers thanked the community.
            Statement on the sentencing of Ryan Booth: we hope this brings the family some peace.
            Speaking after Wayne Tait was jailed for life, the detective praised the witnesses.
            Remember Gavin Lowe, 33, who took a collection tin from a pub in Hindley? He's now been jailed for 12 weeks.
            Carl Brett, 20, sprayed graffiti on a war memorial in Ormskirk. He has pleaded guilty to criminal damage.
            The court heard Neil Platt, 58, kept a stolen quad bike in his barn. He was given a conditional discharge.
            """)
    void aConvictedAdultIsNotFlaggedWhenTheOutcomeComesLaterPd17(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }

    @ParameterizedTest(name = "pd17: still flags \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Jane Tolley, 34, was attacked on her doorstep in Hull. He was jailed for six years.                 | Jane Tolley
            Jane Tolley, 34, opened the door to a man claiming to be from the water board. He was jailed today. | Jane Tolley
            Jane Tolley, 34, let her ex-partner into the flat on Christmas Eve. He was jailed for four years.    | Jane Tolley
            Charged: Shaun Pollard, 35, of Derry. Pollard has been convicted of violent offences 11 times.      | Shaun Pollard
            Dean Hughes, 28, has been charged with robbery. He was jailed in 2019 for a similar offence.        | Dean Hughes
            Ben Carter, 16, stole a moped in Leyland. He was sentenced to a referral order.                     | Ben Carter
            """)
    void stillFlagsAroundALaterOutcomePd17(String text, String name) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .filteredOn(f -> f.span().of(text).equals(name))
                .isNotEmpty();
    }

    // Round 17 (pd17): a title and surname alone, tied to where the person works or volunteers, is staff thanked in
    // their job, not a member of the public named: with the staff there, in a job at a place, at a shop or a public
    // building, their class, or leading volunteers. Harm or a suspicion in the sentence, a first name, or a sexual
    // offence in the post still flags.
    @ParameterizedTest(name = "pd17: does not flag \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Thanks to Mrs Okonjo and the staff at the Spar for looking after the lost little boy until his dad arrived.
            Cheers to Mr Bell and all the team at Halfords for helping with our bike marking day.
            Thank you to Mrs Lowther, the manager at the garden centre, for the loan of the marquee.
            We'd like to thank Mr Dhillon, owner of the Station Road pharmacy, for reporting the forged prescription attempt.
            A big thank you to Ms Kaur, head of Year 11 at Millfield, for inviting us in.
            Shout out to Mr Ferris at the post office, who spotted the scam and called us straight away.
            Thanks to Miss Grey and the Year 3 pupils at Lark Rise for the lovely drawings.
            Lovely to visit Mrs Abbott's nursery class today. They tried on our hats!
            The volunteers at the Scout hut, led by Mr Crane, have made our officers very welcome.
            Thank you to Mr and Mrs Ogden at the village stores for hosting the meeting.
            Sister Agnes and the volunteers at the hospice shop raised £200 for our cadets.
            Prosecutor Sian Matthews told the court the attack lasted two minutes.
            """)
    void staffThankedInTheirJobAreNotFlaggedPd17(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }

    @ParameterizedTest(name = "pd17: still flags \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Mr Ferris at the post office was robbed at knifepoint on Tuesday evening.      | Mr Ferris
            Thanks to Mrs Joan Okonjo and the staff at the Spar for their help.            | Mrs Joan Okonjo
            Mrs Lowther, the manager at the garden centre, was threatened by a shoplifter. | Mrs Lowther
            Mr Bell and his neighbours on Elm Road have been targeted by cold callers.     | Mr Bell
            """)
    void stillFlagsStaffWhoWereHarmedPd17(String text, String name) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .filteredOn(f -> f.span().of(text).equals(name))
                .isNotEmpty();
    }

    // Round 17 (pd17): towns and districts whose names read as a person's ("Harold Hill", "Bradley Stoke", "Leonard
    // Stanley"), from a short list, and any two words followed by a place's own officers, team or centre ("... SNT",
    // "... town centre"). With an age, or after a victim's word, they are still people; and a place in the sentence
    // before does not make the next sentence's first words a place ("in Ilkley. Sarah Whitely, 24, ...").
    @ParameterizedTest(name = "pd17: does not flag \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Harold Hill officers have seized two off-road bikes this afternoon.
            Thanks to everyone from Tunbridge Wells who came to the open day.
            Bradley Stoke: a man has been arrested after a shop window was smashed.
            Our team covering Leonard Stanley and King's Stanley will be at the village hall on Friday.
            Reports of cold callers around Kelly Bray and Callington this week.
            Norris Green SNT are holding a drop-in at the library on Monday.
            Carlton Colville town centre will have extra patrols this weekend.
            """)
    void placesThatReadAsPeopleAreNotFlaggedPd17(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }

    @ParameterizedTest(name = "pd17: still flags \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Harold Hill, 72, was robbed of his wallet outside the bank on Tuesday. | Harold Hill
            Victim Kelly Bray has thanked officers for their support.              | Kelly Bray
            Officers were called to a house in Ilkley. Sarah Whitely, 24, was taken to hospital. | Sarah Whitely
            """)
    void stillFlagsAPersonWithAPlacesNamePd17(String text, String name) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .filteredOn(f -> f.span().of(text).equals(name))
                .isNotEmpty();
    }

    // Round 19 (blind19b): an emoji, a bar or a colon ends a run of capitalised words as a sentence's end does, so a
    // name after a place is read as a name ("thefts in Hinckley | Shaun Petty, 33, ..."); a pupil named by first name
    // with a school year is a child.
    @ParameterizedTest(name = "round 19: flags \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '~', textBlock = """
            Spate of van break-ins in Leighton Buzzard 👀 Kieran Dobbs, 41, is the one we're after but he's not been charged. ~ Kieran Dobbs   ~ personal-data.name
            Catalytic converter thefts in Hinckley | Shaun Petty, 33, hasn't been charged yet but we all know it's him.      ~ Shaun Petty    ~ personal-data.name
            Shout out to Isla in Year 3 at St Anne's for handing in a lost wallet 👏                                          ~ Isla           ~ personal-data.name-child
            Massive thanks to Niamh, P7 at St Patrick's in Newry, who rang 999 when her gran fell.                           ~ Niamh          ~ personal-data.name-child
            """)
    void aNameAfterAMarkAndAPupilByYearRound19(String text, String name, String rule) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .filteredOn(f -> f.span().of(text).equals(name))
                .extracting(Finding::rule)
                .containsExactly(rule);
    }

    @ParameterizedTest(name = "round 19: not flagged: \"{0}\"")
    @CsvSource(delimiter = '~', textBlock = """
            Speed checks done in Chipping Norton ✅ Long Compton next on Tuesday.
            Great turnout in Upton St Leonards and Ashton Keynes for the litter pick.
            Year 5 at St Wilfrid's had a visit from PC Jones and the dogs today.
            """)
    void aPlaceOrAYearGroupIsNotANameRound19(String text) {
        assertThat(detector.detect(text, Situations.corporatePost())).isEmpty();
    }

    // Round 24: a second full name joined by "and" after a name found is a person too, even when its first name is one
    // no
    // list holds ("Thanks to Martin Hughes and Oluchi Nwosu"); an officer in role, a body or a place after "and" is
    // not.
    @ParameterizedTest(name = "round 24: flags \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Thanks to Martin Hughes and Oluchi Nwosu, who chased down the bag snatcher on Bold Street.  | Oluchi Nwosu
            A huge thank you to Carol Jenkins and Ifeoma Okafor, two nurses who gave first aid at the crash. | Ifeoma Okafor
            Well done to Derek Moss and Jaswinder Gill for handing in the purse they found.            | Jaswinder Gill
            """)
    void flagsASecondFullNameJoinedByAndRound24(String text, String name) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(f -> f.span().of(text))
                .contains(name);
    }

    @ParameterizedTest(name = "round 24: does not flag \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Thanks to PC Ellis and Sgt Anil Mistry for their quick work on Friday.
            Thanks to Severn Area Rescue and West Mercia Search and Rescue for their help.
            """)
    void doesNotFlagAnOfficerOrABodyJoinedByAndRound24(String text) {
        assertThat(detector.detect(text, Situations.corporatePost())).isEmpty();
    }

    @ParameterizedTest(name = "round 24: does not flag \"Neighbourhood Watch\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Thanks to Dean Hart and Neighbourhood Watch for the tip-off.
            """)
    void doesNotFlagABodyAfterANameRound24(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(f -> f.span().of(text))
                .containsExactly("Dean Hart");
    }

    // Round 24: a person addressed by name in a reply that also gives their own e-mail address or number ("email you at
    // ...", "ring you back on 07...", "your email address, ..."): the name is joined to the contact in public. A reply
    // that gives the force's address, or a date, still names only the person it answers.
    @ParameterizedTest(name = "round 24: flags \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "Sorry to hear about your bike, Rhiannon Pugh. We'll ring you back on 07700 900456 within the hour." | Rhiannon Pugh
            "Thanks for your message, Mr Okonkwo. Could you confirm your email address, derek.ok@outlook.com?"    | Mr Okonkwo
            "@Neil Garside Hi Neil, we'll email you at neil.garside@hotmail.co.uk with the form."                   | Neil Garside
            """)
    void flagsANameSaidToTheReaderWithTheirContactRound24(String text, String name) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(f -> f.span().of(text))
                .contains(name);
    }

    @ParameterizedTest(name = "round 24: does not flag \"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "Thanks for getting in touch, Maureen Fisher. We've passed your message to the beat team."
            "Thank you, Mrs Okafor. You can email us at enquiries@westmercia.police.uk."
            "That's lovely to hear, Colin Baxter. See you on 14 June at the open day."
            """)
    void doesNotFlagANameSaidToTheReaderWithoutTheirContactRound24(String text) {
        assertThat(detector.detect(text, Situations.corporatePost())).isEmpty();
    }
}
