package org.postwatch.safeguard.detect.political;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.postwatch.safeguard.engine.CheckContext;

class PoliticalDetectorTest {

    private static final PoliticalDetector DETECTOR = new PoliticalDetector();

    @ParameterizedTest(name = "flags [{1}] in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Vote Jane Smith for PCC on Thursday!                                        | political.voting-intention
            Remember who cut police numbers when you vote next week.                    | political.voting-intention
            The Tories have done nothing for this town.                                 | political.party-partisan
            Labour's plans for policing are a disgrace.                                 | political.party-partisan
            Great to see Keir Starmer delivering for working people.                    | political.partisan-comment
            This government has failed victims and should be ashamed.                   | political.partisan-comment
            Great to meet the Green candidate for the council at our station today.     | political.election-period
            Fantastic news: record government investment in our town.                   | political.partisan-comment
            Proud to stand with our local MP, who always delivers for this town.        | political.partisan-comment
            Boris Johnson was in town this morning.                                     | political.politician-mention
            A Conservative councillor has written to residents.                         | political.party-mention
            The Home Secretary is clueless about what our officers face every night.    | political.partisan-comment
            This Home Secretary is the worst in living memory and should be sacked.     | political.partisan-comment
            Finally a Home Secretary who actually gets policing.                        | political.partisan-comment
            Thank goodness we now have a Home Sec who backs the police.                 | political.partisan-comment
            The Home Office has been a total disaster from top to bottom.               | political.partisan-comment
            The Ministry of Justice is a shambles and victims are paying the price.     | political.partisan-comment
            Knife crime has doubled under this government.                              | political.partisan-comment
            Another broken promise from Downing Street on police numbers.               | political.partisan-comment
            Cannot wait to see the back of this government on Thursday.                 | political.partisan-comment
            The Home Secretary would not know a frontline shift if it hit her.          | political.partisan-comment
            The new immigration rules will not make anyone safer.                       | political.partisan-comment
            Leave voters were right all along.                                          | political.partisan-comment
            Nurses are striking for a reason.                                           | political.union-strike
            Polls close at 10pm, so back the candidate who backs your police!           | political.voting-intention
            A 2% pay rise from this government is an insult to every officer.           | political.partisan-comment
            EU membership was the best deal we ever had.                                | political.partisan-comment
            Brexit means we can finally control our borders.                            | political.slogan
            Honk if you support the nurses strike!                                      | political.union-strike
            Proud to stand shoulder to shoulder with striking junior doctors.           | political.union-strike
            Early release is a shambles and the public will pay for it.                 | political.partisan-comment
            Leaving the EU was the best thing this country ever did.                    | political.partisan-comment
            Austerity gutted our neighbourhood teams and that was a political choice.   | political.slogan
            Get Brexit done and take back control of our borders.                       | political.slogan
            We should rejoin the EU tomorrow.                                           | political.slogan
            #ToriesOut #GeneralElectionNow                                              | political.slogan
            Join a union, folks. Together we are stronger.                              | political.slogan
            Solidarity with the striking rail workers today.                            | political.union-strike
            Pop down and support the picket at the hospital gates this morning!         | political.union-strike
            Use your vote wisely on Thursday.                                           | political.voting-intention
            Vote Reform on Thursday, the only party serious about crime.                | political.voting-intention
            With polls opening tomorrow, never forget who shut your local station.      | political.voting-intention
            labour have wrecked policing in this county                                 | political.party-mention
            Brilliant to see #VoteLibDem posters going up all over town.                | political.voting-intention
            Brilliant to see the Lib Dems delivering for our town at last.              | political.party-partisan
            Priya Lakhani-Shaw for PCC! A real friend to rural policing 🗳️             | political.voting-intention
            Tom Fairweather for Mayor. Finally someone who gets it.                     | political.voting-intention
            Out delivering leaflets this weekend #WhitlockForMP                         | political.voting-intention
            Polls open at 7 tomorrow. Think carefully about who closed our front counter. | political.voting-intention
            Off to vote later. We all know which lot shut the custody suite.            | political.voting-intention
            Your vote matters on Thursday, and you know who left us short of officers.  | political.voting-intention
            The Policing Minister should spend a weekend in our custody suite before lecturing us about response times. | political.partisan-comment
            Would love the Prime Minister to come and try a night shift in Gloucester 🙄 | political.partisan-comment
            Another Chancellor, more soundbites, and still no money for our front counters. | political.partisan-comment
            Bringing in voter ID was a stroke of genius.                                | political.partisan-comment
            Scrapping the benefit cap is the only sensible thing ministers have done this year. | political.partisan-comment
            Axing the Rwanda plan was madness.                                          | political.partisan-comment
            Funny how the same party that closed our station now wants more bobbies.    | political.slogan
            The rail unions are holding the country to ransom again.                    | political.union-strike
            Junior doctors strikes again? Not in my name.                               | political.union-strike
            If we had the right to strike, we would walk out tomorrow.                  | political.union-strike
            Police pay is a joke. #PayJustice                                           | political.slogan
            Councillor Okafor has my backing for mayor, simple as that.                 | political.voting-intention
            Maybe the Home Secretary could try a week on response before preaching about standards. | political.partisan-comment
            Let officers have the right to strike and we'd be out by Friday.            | political.union-strike
            Polling day tomorrow: remember which party axed your neighbourhood team.    | political.voting-intention
            Lend Sarah Quinn your vote on Thursday, she will put officers back in our villages. | political.voting-intention
            Six years of this commissioner is enough. Vote her out in May!              | political.voting-intention
            Spent my day off leafleting for Ali Hassan in Lancaster. Top bloke.         | political.voting-intention
            Back Green candidate Ruth Ellis for PCC, the only one talking sense on rural crime. | political.voting-intention
            We'd love to see Owen Price re-elected next month.                          | political.voting-intention
            Polls open at 7. Only one party has ever properly funded our front counters. | political.voting-intention
            The elections are on Thursday: time to kick this lot out.                   | political.voting-intention
            Anyone but the sitting mayor, please. Your vote matters.                    | political.voting-intention
            The Home Secretary has completely let down every neighbourhood officer in the country. | political.partisan-comment
            The Prime Minister couldn't care less about crime in the countryside.       | political.partisan-comment
            This county council is a shambles and residents deserve better.             | political.partisan-comment
            Shame on the city council for shutting the youth club in Hulme.             | political.partisan-comment
            Scrapping short sentences has made our job harder and our streets less safe. | political.partisan-comment
            The smoking ban for teenagers is nanny state nonsense.                      | political.partisan-comment
            Voter ID is a solution looking for a problem.                               | political.partisan-comment
            The two-child limit has pushed thousands of families into poverty.          | political.partisan-comment
            Best of luck to the villagers marching against the quarry on Saturday, we're behind you. | political.protest-side
            Those protesters outside the depot are absolutely right and the council should listen. | political.protest-side
            Massive respect to the residents protesting over the hospital closure.      | political.protest-side
            Hundreds joined the rally for the bus route today and we fully support their cause. | political.protest-side
            Proud of the teachers on the picket line, they deserve every penny.         | political.union-strike
            The Justice Secretary's sentencing plan is a shambles from start to finish. | political.partisan-comment
            Ministers talk tough on crime and then slash our budget. Hypocrites, the lot of them. | political.policy-advocacy
            She would make a brilliant commissioner. Get out and support her on Thursday! | political.voting-intention
            Time the sitting PCC was shown the door. Polls open at 7.                   | political.voting-intention
            Scrapping the youth service was the worst decision this government ever made. | political.partisan-comment
            Legalising cannabis would be a massive mistake.                             | political.partisan-comment
            The congestion charge is nothing more than a cash grab by the mayor.        | political.partisan-comment
            About time the government finally listened to the farmers.                  | political.partisan-comment
            The Cornish fishermen blockading the port are heroes, whatever anyone says. | political.protest-side
            Our thoughts are with the striking porters, who have been treated appallingly by the trust. | political.union-strike
            Not one minister has bothered to visit our custody suite. Typical.          | political.partisan-comment
            Our commissioner has done nothing for four years.                           | political.partisan-comment
            Raising the age of criminal responsibility would be reckless.               | political.partisan-comment
            The plan to close half our magistrates courts is a disgrace.                | political.partisan-comment
            Good on the parents protesting outside the town hall about the bus cuts.    | political.protest-side
            # Round 6, new wording: sarcasm, replies, questions, lower case, opinions slipping in, offers in passing.
            Another Home Office consultation nobody asked for. Slow clap, everyone.      | political.partisan-comment
            So the Prime Minister has u-turned on police pay again. Who could have guessed. | political.partisan-comment
            The Policing Minister has clearly never done a night shift on a Friday in town. | political.partisan-comment
            Downing Street has forgotten about rural forces like ours.                   | political.partisan-comment
            gotta love how ministers find money for everything except the front line     | political.partisan-comment
            Colour us unimpressed by the Chancellor's latest announcement.               | political.partisan-comment
            The proposed curfew rules are draconian and will never work.                 | political.partisan-comment
            honestly the new sentencing bill is a disaster waiting to happen             | political.partisan-comment
            These planned protest laws are cruel, pure and simple.                       | political.partisan-comment
            Who on earth decided axing our PCSOs was a good idea?                        | political.partisan-comment
            Cutting 300 officers from the county was a terrible decision.                | political.partisan-comment
            Mayor Pritchard's transport plan has been a total disaster.                  | political.partisan-comment
            The Home Secretary promised us 200 more officers. Still waiting.             | political.partisan-comment
            The council pledged new street lights by summer and they never materialised. | political.partisan-comment
            Think hard about who you put your cross next to on 2 May.                    | political.voting-intention
            Cllr Dana Hollis deserves to be re-elected, she has been brilliant for this ward. | political.voting-intention
            Towns that vote red always lose out on funding, funny that.                  | political.voting-intention
            Polls open at 7. Time to finally get rid of this mayor.                      | political.voting-intention
            Personally I think the Justice Secretary has no idea what prisons are like.  | political.partisan-comment
            IMO scottish independence would be a total disaster for cross-border policing. | political.partisan-comment
            the reform party candidate hasn't got a clue about rural crime               | political.party-partisan
            """)
    void flags(String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    @ParameterizedTest(name = "does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "Our PCC Jane Smith joined the neighbourhood team on patrol today.",
                "Online safety for parents: our free session at the library starts at 6pm tonight.",
                "The Police and Crime Commissioner has funded four new PCSOs for the Forest of Dean.",
                "Vote for your favourite police puppy name in our poll!",
                "Graffiti should be reported to Stroud District Council: cleansing@stroud.gov.uk.",
                "Report potholes to the county council at https://www.gloucestershire.gov.uk/highways",
                "Election count tonight at the leisure centre. Expect road closures nearby.",
                "We're aware of a planned demonstration on Saturday. Our role is to remain impartial and keep people safe.",
                "Modern slavery and forced labour happen here: know the signs.",
                "The Home Secretary visited our control room and met call handlers.",
                "Officers will be at polling stations across the county on Thursday.",
                "The Home Office has published new guidance on e-scooters.",
                "Conservative estimates put the crowd at 20,000; please plan your journey.",
                "Great to see so many of you at the Safer Streets event, funded by the Home Office.",
                "The government's new law on knife crime comes into force today: here is what it means.",
                // Party names inside longer tags and handles.
                "Join our #HistoryOfPolicing walk through Gloucester on Sunday.",
                "Thanks to @LocalHistoriesGlos for the photos of our old station.",
                // The force before Parliament is a neutral fact.
                "Our Deputy Chief Constable will give evidence to MPs on the Justice Committee on Tuesday; it is shown live on Parliament TV.",
                "MPs have approved new powers for officers to seize off-road bikes. They come into force in June.",
                "Thanks to our MP for visiting the control room on Friday and meeting our call handlers.",
                "The Home Affairs Committee has published its report on police recruitment. You can read it on the Parliament website.",
                "The Home Secretary has announced a review of police pay. We'll update officers as soon as we know more.",
                "Due to the teachers strike, more children may be out in town on Wednesday. Officers will be on patrol.",
                "Police staff union representatives met senior leaders today to discuss the new shift pattern.",
                // Strikes and unions reported or policed, not backed.
                "Rail strike tomorrow: expect busier roads and plan your journey in advance.",
                "Officers will be at the picket line on Monday to keep everyone safe and support the right to peaceful protest.",
                "A lightning strike set fire to a barn near Ross last night. Please support the fire service by keeping the lane clear.",
                "Due to industrial action on the railways, expect more traffic on the A38 this week.",
                "Union Street will be closed from 7pm for resurfacing.",
                "Staff from the Unison branch at the hospital joined our knife crime awareness day.",
                // Government, departments and policy named neutrally.
                "Home Office figures show thefts in the county fell by 12% last year.",
                "Our Disaster Victim Identification team, funded by the Home Office, trained with partners this week.",
                "The government's new law on reckless driving comes into force today, the biggest change in years.",
                "The Prime Minister visited today and thanked our officers for their great job during the summit.",
                "Government flood funding is available for the worst hit areas. Details on the council website.",
                "Police numbers in the county are at a record high, with 120 new officers joining this year.",
                "Brexit changed the rules for driving in Europe: check you have the right documents before you travel.",
                "Rejoin the A417 at the next junction: the diversion is signed.",
                "Turnout in last week's PCC election was 24%. The new Commissioner takes office on Monday.",
                "Congratulations to our new Police and Crime Commissioner, who takes office on Monday.",
                "Cost of living pressures? Help is available from your local council and Citizens Advice.",
                "An officer has been sacked after a misconduct hearing found he lied about his overtime.",
                "The government wants to get rid of rogue landlords with its new renters law.",
                // Public-information campaigns run by government are not election campaigns.
                "We're supporting the government's Enough campaign to tackle violence against women and girls.",
                "Our MP backed our campaign to tackle rural crime.",
                // Hints, candidates and strikes that only look partisan.
                "If you know who is responsible for the damage on polling day, call 101.",
                "We all know how busy the roads get on election day, so plan your journey.",
                "Remember that next time you leave your car unlocked on the drive.",
                "Well done to Amy Clarke for PCC Youth Ambassador of the year.",
                "The Home Secretary gave a lecture at the police college this morning.",
                "It's about time you checked your tyres before the winter.",
                "Use common sense during the power cuts: check on elderly neighbours.",
                "The rail strikes are off: trains run as normal from Monday.",
                "Police officers do not have the right to strike. Our control room stays open as normal.",
                "A scandal in 1985 led to the rules on evidence that officers follow today.",
                "Our new sergeant has the backing of the whole team.",
                "Officers cannot strike by law. If the rail strikes affect your journey, check before you travel.",
                // Round 5 hard negatives: neutral votes, protests policed or not political, councils and policies named
                // neutrally.
                "Please remember to bring photo ID when you go to vote on Thursday.",
                "Good luck to our officers working at the rally in the city centre today.",
                "The protesters are right outside the station, so please use the rear entrance.",
                "Our dog unit gave a demonstration at the school today. Good luck with your exams!",
                "We're proud to march with colleagues at Pride this weekend.",
                "Organisers of Saturday's march worked closely with us; thank you for a peaceful day.",
                "The new law has made it easier for victims to report stalking.",
                "The council has closed Bridge Road for resurfacing until Friday.",
                "Anyone but the driver would have been seriously hurt. Please slow down.",
                "Kick the habit of leaving your keys in the ignition.",
                "Shame on whoever dumped this sofa in the brook.",
                "Proud of the nurses and paramedics we work alongside every day.",
                "Respect to the lad who handed in a wallet at the front counter.",
                "The rally cars will pass through the village this afternoon, please take care.",
                "Early release means some offenders leave prison this week. Worried? Contact Victim Support.",
                "Picket lines are expected at the depot tomorrow. Officers will be there to keep everyone safe.",
                "We won't be commenting on candidates or parties during the pre-election period.",
                // Warnings about fake election material, candidates' debates, ministers and commissioners named
                // neutrally, a road closure as the right call.
                "We have been told of fake leaflets saying vote for Reform on police notepaper. They are not from us.",
                "The PCC candidates debate is at the Corn Exchange on Tuesday. Officers will be there.",
                "Our commissioner has announced funding for two new rural officers.",
                "The Policing Minister visited our control room today and thanked our call handlers.",
                "Protesters blocked the harbour road today. The road has reopened.",
                "Closing the road was the right call while the fire crews worked.",
                "Good on the young lad who called us when he saw the fire. Quick thinking!",
                "The Justice Secretary visited the court today to see the new video link suite.",
                // Round 6 hard negatives: party names as venues or holidays, ordinary uses of the new cues.
                "Officers were called to a fight at the Labour Club on Mill Street. One man was arrested.",
                "Happy Labour Day to our colleagues in the international policing team.",
                "A man was arrested after damage to windows at the Conservative Club last night.",
                "Our new probationers have never done a night shift, so give them a wave tonight.",
                "The council promised an update on the CCTV and we're still waiting for a date; we'll let you know.",
                "Polling day: if you need to get rid of your old poll cards, shred them.",
                "The new drink-drive rules are a reminder that one drink can be too many.",
                "Who thought the police dog would find the keys in the hedge? Good boy!",
                "Councillor Ahmed deserves a big thank you for organising the litter pick.",
                "Our Chief Constable has written to the Policing Minister asking for clarity on funding.",
                "The minister said forces would get a fair settlement. We'll share details when we have them.",
                "Mayor Tracy Jenkins opened the new community hub with our PCSOs today.",
                "In my opinion every parent should talk to their children about knives.",
                "The council's plan to close the High Street for the parade means diversions from 9am.",
                "Snap up a free personal alarm at our drop-in session on Friday.",
            })
    void doesNotFlag(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    /**
     * Seventh round, in wording written for this test: "like if you agree" on a policy, a policy called cruel, a
     * loss blamed on an office holder, petitions against the government, standing with one party's councillors,
     * backing the sitting commissioner before an election, and sarcasm at the government.
     */
    @ParameterizedTest(name = "flags [{1}] in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Retweet if you think the bedroom tax should go.                                   | political.policy-advocacy
            Should 16-year-olds get the vote? Like if it's a yes!                             | political.policy-advocacy
            Honestly the new asylum rules are downright inhumane.                             | political.partisan-comment
            Closing the youth clubs was simply heartless.                                     | political.partisan-comment
            Thanks to the Home Secretary we've lost half our PCSOs in five years.             | political.partisan-comment
            Because of the Mayor, the night bus patrols are gone.                             | political.partisan-comment
            Please sign the petition against the Home Office merger plans.                    | political.campaign
            Add your name to stop the government closing our courts!                          | political.campaign
            Proud to be standing with our Reform councillors on the bypass.                   | political.party-partisan
            Our PCC has done a fantastic job, vote to keep it that way on Thursday!           | political.election-period
            Four more years for the best commissioner we've ever had 👏                      | political.election-period
            Oh wonderful, Downing Street has another plan. What a surprise.                   | political.partisan-comment
            Nice one, Westminster: fewer officers and more forms.                             | political.partisan-comment
            """)
    void flagsSeventhRoundKind(String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    /** Seventh round near misses: sentencing remarks, thanks, neutral election facts, engagement without policy. */
    @ParameterizedTest(name = "does not flag seventh-round near miss \"{0}\"")
    @ValueSource(
            strings = {
                "The judge called the attack cruel and heartless as she jailed him for eight years.",
                "Like if you've registered your bike this year!",
                "Share if you think everyone deserves to walk home safely.",
                "Thanks to the council's funding, two new CCTV cameras are now live in the park.",
                "Our PCC will hold a public meeting in Ledbury on Monday at 7pm. All welcome.",
                "Polls open at 7am on Thursday. Road closures near polling stations are on our website.",
                "A petition about speeding on Church Road was handed to our neighbourhood sergeant.",
                "Councillors joined officers for a walkabout in the town centre.",
                "Oh great, the rain is back for the fun run! Bring a coat.",
                "Well done to the team who ran the Whitehall 10k for charity.",
                "Please sign the petition from the Kington Road residents to the council for a crossing.",
                "Like if you agree our PCSOs do a fantastic job!",
            })
    void doesNotFlagSeventhRoundNearMiss(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    /**
     * Round 9, in wording written for this test: "Labour" as work ("Labour exploitation", "Forced Labour"),
     * "Reform" inside a title ("the Police Reform Act"), and a constituency named in neutral count arrangements.
     */
    @ParameterizedTest(name = "does not flag round-9 near miss \"{0}\"")
    @ValueSource(
            strings = {
                "Labour exploitation often hides in plain sight: hand car washes, farms and nail bars.",
                "Forced Labour is modern slavery. Call the helpline if something feels wrong.",
                "Labour ward visitors: please use the main hospital car park while the road is shut.",
                "Powers under the Police Reform Act let officers seize cars driven antisocially.",
                "The Prison Reform Trust has published its annual figures.",
                "Officers will be at the count centre as ballot boxes arrive from across the Brackley constituency.",
                "Postal votes for the Northmoor constituency will be verified from 9pm; the count follows.",
                "The window of a Conservative Party office in Brackley was smashed and the office was damaged overnight.",
                "Green Party placards were reported stolen from gardens on Lyme Road; we're investigating.",
                "New laws on e-scooters come in next month. Riders should read the guidance on the government's website.",
                "Parliament has changed the rules on selling fireworks; shops must check their licence before Bonfire Night.",
            })
    void doesNotFlagRoundNineNearMiss(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    /** Round 9 nearest neighbours: the parties themselves and a member's constituency work are still flagged. */
    @ParameterizedTest(name = "flags [{1}] in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Labour exploited this town for years and should be ashamed.             | political.party-partisan
            A Labour councillor opened the new community garden today.              | political.party-mention
            Reform candidates were out in force on the high street.                 | political.party-mention
            Reform councillors have written to residents about parking.             | political.party-mention
            Great surgery with constituents today in the Brackley constituency.     | political.parliamentary
            Labour have damaged policing in this county beyond repair.              | political.party-mention
            The Tories smashed our budget and now wonder why crime is up.           | political.party-partisan
            The government should scrap this knife law and ministers must listen.   | political.policy-advocacy
            """)
    void flagsRoundNineNeighbour(String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    /**
     * Round 10, in wording written for this test: a gov.uk (gov.scot, gov.wales) address is where neutral election
     * information lives, not the government; the election timetable told as fact is not campaigning; a legislature or
     * an office named as the election's own name ("the Senedd election") is the poll, not the government.
     * Also (benign10): party conferences in the plural or joined ("the Labour and Green
     * party conferences"), and elected members at a civic ceremony.
     */
    @ParameterizedTest(name = "does not flag round-10 near miss \"{0}\"")
    @ValueSource(
            strings = {
                "How to vote by post in the general election: all the details are on gov.uk.",
                "Want a say in May's elections? Registration closes on 14 April: www.gov.uk/register-to-vote",
                "Voting in the Holyrood election? Check what ID you need before polling day at gov.scot.",
                "Parliament has been dissolved ahead of the general election, so our posts will be routine news and appeals.",
                "Following the dissolution of Parliament for the election, our accounts will carry appeals and safety advice only.",
                "Polls are open until 10pm tonight for the Senedd election.",
                "Officers will patrol near count venues on the night of the Scottish Parliament election.",
                "The Mayor of London election is on 2 May. Register to vote by 16 April.",
                "Westminster by-election day in Selby: expect busy roads near polling places this evening.",
                "The Liberal Democrat and Conservative party conferences both come to the city this autumn.",
                "Expect a big police presence while the Labour and Green conferences are on at the arena.",
                "MPs, councillors and cadets will lay wreaths at the war memorial on Remembrance Sunday.",
                "The Mayor and both of the town's MPs attended the memorial service for PC Hale on Friday.",
                "Abuse of candidates is a crime. If you're a candidate in the May elections and feel unsafe, call us.",
                "Operation Bridger gives MPs and their staff security advice; your local team can put you in touch.",
            })
    void doesNotFlagRoundTenNearMiss(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    /** Round 10 neighbours: the government named beside a gov.uk link, and a partisan line after a dissolution. */
    @ParameterizedTest(name = "flags [{1}] in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            This gov has wrecked policing, so vote them out. Register at gov.uk/register-to-vote          | political.voting-intention
            Parliament is dissolved at last. Vote Labour and get this shambles of a government out.     | political.voting-intention
            Give Plaid your vote in the Senedd election, they are the only ones who care about rural policing. | political.voting-intention
            The Senedd has failed rural Wales on policing for a decade.                                 | political.partisan-comment
            Great to see the Green Party back in the city, a party that really gets policing.  | political.party-mention
            MPs are voting on the policing bill tonight, so write to yours today.              | political.parliamentary
            Candidates, get out there canvassing - the Greens need your vote on Thursday!      | political.campaign
            """)
    void flagsRoundTenNeighbour(String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    /**
     * Round 10, in wording written for this test: hints with "which side" or "the only candidate", a vote promised
     * ("you've got my vote"), a bid for another term backed, a councillor who "deserves re-election", a sitting office
     * holder's kept promises with "another four years", leaflets handed out for a named friend, mockery of the
     * government's defenders, "all soundbite", and a harsh verdict on "the policy" after the policy is named.
     */
    @ParameterizedTest(name = "flags [{1}] in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            When you vote next week, remember which side shut the custody suite in Brackley.            | political.voting-intention
            The only candidate for Mayor who has walked a beat is Jo Platt. Worth remembering on Thursday. | political.voting-intention
            Best of luck on Thursday Priya, you have got my vote!                                        | political.voting-intention
            We are right behind the Commissioner's bid for a second term.                                | political.voting-intention
            Councillor Ruth Green has been a real friend to our team all year long and honestly she deserves re-election. | political.election-period
            Our Commissioner kept her promises on burglary. Give her another four years!                 | political.election-period
            Out delivering leaflets for my mate Tom Hale, who is standing for the council.               | political.voting-intention
            Imagine still defending this government after the pensions fiasco.                          | political.partisan-comment
            The Home Secretary's speech was all soundbite, as usual.                                     | political.partisan-comment
            Anyone who backs the bedroom tax has never met a family in arrears. Cruel policy.            | political.partisan-comment
            """)
    void flagsRoundTenKind(String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    /** Round 10 near misses: a candidates' debate notice, a policy on bail explained, a kept promise to a school. */
    @ParameterizedTest(name = "does not flag round-10 neutral notice \"{0}\"")
    @ValueSource(
            strings = {
                "The candidates for Police and Crime Commissioner will take part in a public debate at the town hall on Monday.",
                "All candidates standing for Mayor are invited to the hustings at the library; residents can send questions in advance.",
                "PC Hale kept her promise to the pupils and brought PD Rocky back for another visit.",
                "The lease on the old station runs for another four years, so the front counter stays open.",
                "Our new stop and search policy is published today, with the data on every search.",
            })
    void doesNotFlagRoundTenNeutralNotice(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    /**
     * Round 13, in wording written for this test: Parliament's business told as a timetable ("the statement will be
     * delivered in Parliament"), the security around its ceremonies, a mock or youth parliament for cadets and pupils,
     * the force called to an MP's surgery, and government money reported as fact.
     */
    @ParameterizedTest(name = "does not flag round-13 near miss \"{0}\"")
    @ValueSource(
            strings = {
                "The Chancellor's spending review will be delivered in Parliament at 12.30pm. Expect more officers around Whitehall.",
                "Safeguarding training delivered by our public protection unit to ministers' private office staff this week.",
                "Thanks to every officer who worked on the security operation for the State Opening of Parliament.",
                "Extra security around the Senedd today as Members return from recess.",
                "Pupils at Ysgol Bryn held a mock election and our PCSO was the returning officer. Brilliant turnout!",
                "Our cadets were fantastic in the Youth Parliament debate at County Hall on Saturday.",
                "Officers attended an MP's constituency office in Leigh this morning after a suspicious package was found. The cordon has gone.",
                "A woman was arrested outside a constituency surgery in Hove last night. She remains in custody.",
                "The government's Budget confirmed funding for 200 more PCSOs across the region.",
                "The government's budget statement will be delivered at 12.30pm; expect more officers in Westminster.",
            })
    void doesNotFlagRoundThirteenNearMiss(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    /** Round 13 neighbours: a government that "has delivered" is still praised, and an MP's own surgery is still politics. */
    @ParameterizedTest(name = "flags [{1}] in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            This government has delivered on every promise it made to the police.       | political.partisan-comment
            Ministers delivered for our town when nobody else would. Proud of them.     | political.partisan-comment
            Busy advice surgery with my constituents in Leigh this morning.            | political.parliamentary
            The government should put the Budget into neighbourhood policing, not tax cuts. | political.policy-advocacy
            """)
    void flagsRoundThirteenNeighbour(String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    /**
     * Round 13, in wording written for this test: voices the rules had not read. An MP's own vote on a law, a side in a
     * referendum, voting advice by description, parties judged as a class, culture-war and constitutional slogans, a
     * call to march for independence, a named campaign group backed, the voters of one side judged, the law on protest
     * attacked, "under this government", a hint beside a ballot word, and politicians in general blamed on a topic.
     */
    @ParameterizedTest(name = "flags [{1}] in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            I'll be voting against the Policing Bill on Tuesday, and proudly so.                | political.policy-advocacy
            The Public Order Act must go: we will vote to repeal it in the first week.          | political.policy-advocacy
            I'm voting No again, just like in 2014.                                             | political.voting-intention
            When the border poll comes, vote yes in the border poll and end partition.          | political.voting-intention
            Vote for councillors who will keep our libraries open.                              | political.voting-intention
            Any party that backs fracking in Lancashire will not get my vote.                   | political.party-mention
            Big thanks to all who voted Green in Kelvin ward.                                   | political.party-mention
            Not my king, not my country's head of state.                                        | political.slogan
            Stop the boats, simple as that.                                                     | political.slogan
            Tax the rich and fund the frontline.                                                | political.slogan
            Rally for independence at the Senedd this Saturday!                                 | political.slogan
            Give 16 and 17 year olds the vote in every UK election.                             | political.slogan
            Insulate Britain have a point and the politicians know it.                          | political.protest-side
            Anyone who voted Tory last time should be ashamed of themselves.                    | political.partisan-comment
            The protest law is unworkable and the Tories know it.                               | political.party-partisan
            The government's war on drivers goes on with another camera van.                    | political.partisan-comment
            Two more custody suites shut under this government.                                 | political.partisan-comment
            The Public Order Act is authoritarian and ministers know it.                        | political.partisan-comment
            Forty PCSOs gone in five years. Let that sink in before polling day.                | political.voting-intention
            Austerity cuts dreamt up by politicians who never did a night shift.                | political.partisan-comment
            Easily the best Prime Minister of my lifetime.                                       | political.partisan-comment
            Ministers have presided over the managed decline of our courts.                     | political.partisan-comment
            The last government let the woke brigade write police training.                     | political.partisan-comment
            The council's parking scheme is daylight robbery and the council knows it.          | political.partisan-comment
            Crime has gone up under both main parties and neither will admit it.                | political.party-mention
            Green councillors voted down the new skate park again.                              | political.party-mention
            Knocking on doors in Rhyl with our candidate this morning, out on the campaign trail. | political.campaign
            Proportional representation now!                                                    | political.slogan
            Please back the Renters' Reform Bill before it is watered down.                     | political.slogan
            Another ten years of political vandalism in our public services.                    | political.slogan
            The bedroom tax has cost us millions in arrears.                                    | political.partisan-comment
            Most of my team would vote to leave the UK tomorrow.                                | political.policy-advocacy
            Junior doctors are right to strike, and they know we'd be out with them.            | political.union-strike
            Vote how you like, just not for the lot who closed our front counter.               | political.slogan
            Total madness from Whitehall again.                                                 | political.partisan-comment
            Holyrood should hold an independence referendum next year.                         | political.policy-advocacy
            The Prime Minister's visit was a useless photo opportunity.                       | political.partisan-comment
            """)
    void flagsRoundThirteenKind(String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    /**
     * Round 13 near misses: a house party, a parish vote, a march or a protest law reported, a campaign group policed,
     * a proscribed group explained, people smuggled on small boats, the government's new guidance, a road-safety "let
     * that sink in", and independence meaning older people living on their own.
     */
    @ParameterizedTest(name = "does not flag round-13 neutral post \"{0}\"")
    @ValueSource(
            strings = {
                "Any party that gets out of hand tonight will be closed down and the host may be fined.",
                "Every party that we visited on Saturday turned the music down when asked.",
                "The parish council voted no to the car park plans, so the gates stay locked.",
                "Members voted yes to the new shift pattern, which starts in April.",
                "The march for independence will pass George Square at 1pm; expect delays in the city centre.",
                "Our officers will police the march for Scottish independence on Saturday, as we police every lawful march.",
                "New protest powers under the Public Order Act come into force today. Here is what they mean for organisers.",
                "Just Stop Oil protesters have been removed from the gantry and five people were arrested.",
                "Extinction Rebellion have told us about a march on Saturday; we'll facilitate it and keep the roads safe.",
                "Palestine Action is a proscribed group: showing support for it is an offence.",
                "Border Force brought 40 people ashore after a small boat got into difficulty off Dover.",
                "Under this government's new guidance, more mental health calls will go to NHS teams.",
                "Doing 40 in a 20 doubles your stopping distance. Let that sink in.",
                "Helping older people keep their independence: free talks on doorstep scams this week.",
                "Refugee Week: officers joined a welcome event at the community centre to explain how to report hate crime.",
                "The government has announced tougher sentences for attacks on shop workers.",
                "The Minister for Policing joined our early shift at the custody suite in Bury.",
                "MPs will debate the Assisted Dying Bill today; expect a protest and some disruption near Parliament.",
                "Our cadets took turns as chair in a debate on school uniform rules in the council chamber.",
                "Officers have been door knocking on Hill Street after last night's burglary; thank you for your help.",
                "Wildflowers are back on the green spaces by the station, thanks to volunteers from the Green Gym.",
                "Residents deserve better than drivers racing through Elm Road at night; the speed van is back this week.",
                "Daylight robbery at a jeweller's on King Street: two men threatened staff at 2pm. Call 101 with information.",
                "Whitehall will be closed from 10am for the Remembrance parade.",
                "The best way to keep your bike safe is a D-lock and a registered frame number.",
                "A rally for Welsh independence is planned outside the Senedd on Saturday. Officers will facilitate it and manage traffic.",
                "Proud to have worked on the policing plan for the Prime Minister's visit to Hull today.",
            })
    void doesNotFlagRoundThirteenNeutralPost(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    /**
     * Round 14 (polcom14), in wording written for this test: a vote for a titled candidate, money or help for
     * someone's bid for an office, a minister mocked as thinking one thing is "the answer to everything", a tax or a
     * poll demanded as "time for", a call to turn out against the other side of a protest, the political put-down of
     * lawyers who challenge the government.
     */
    @ParameterizedTest(name = "flags [{1}] in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Polls are open till ten, so vote for Councillor Maggie Thorne and keep Brayford safe.         | political.voting-intention
            I've put a tenner towards Tom Ridley's campaign for PCC. Hope you'll do the same!             | political.campaign
            Proud to be helping my neighbour's bid to become mayor of Teesford.                           | political.campaign
            The Chancellor seems to think a pay freeze is the answer to everything.                        | political.partisan-comment
            About time for a general election, frankly. The country's had enough.                         | political.slogan
            It's time for a land tax on empty second homes.                                               | political.slogan
            Counter-protest at the war memorial on Sunday, bring your placards and let's outnumber them.  | political.protest-side
            Once again activist lawyers have blocked the removal of foreign criminals.                    | political.slogan
            Scotland had its say, so Northern Ireland should too. Border poll now!                       | political.slogan
            """)
    void flagsRoundFourteenKind(String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    /**
     * Round 14 near misses: the minister shown round or welcomed, "demand" as workload, a crime the force has cut,
     * recruiters "on the campaign trail", a contest reported, a puppy or an award vote, the count's timetable, an
     * offender told to be ashamed, a cuppa as the answer to everything, a counter-protest announced for its policing.
     */
    @ParameterizedTest(name = "does not flag round-14 neutral post \"{0}\"")
    @ValueSource(
            strings = {
                "We were glad to show the Minister the new drone unit at Hatfield.",
                "Our control room welcomed the Minister this morning to see how 999 calls are triaged.",
                "Call handlers coped with record demand over the bank holiday weekend.",
                "Since the Shadow Home Secretary's visit in spring, the team has cut car crime by a quarter.",
                "Our recruitment team is on the campaign trail at the county show all weekend.",
                "Six candidates are standing in the campaign for PCC. Counting is on Friday at the Guildhall.",
                "Vote for Bramble, Pepper or Juno to name our newest police puppy!",
                "It's time for the general election count: officers are at the leisure centre overnight.",
                "The men who stole from the food bank should be ashamed of themselves.",
                "A cup of tea really is the answer to everything after a night shift.",
                "A counter-protest is planned at the war memorial on Sunday. Officers will keep both groups apart.",
                "The Chief Constable has written to the county's MPs about rural response times.",
                "PCSO Khan will be at the MP's constituency surgery on Friday to answer questions about parking.",
            })
    void doesNotFlagRoundFourteenNeutralPost(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    /**
     * Round 14 (fix14c): a policy topic judged by what it has been for someone; a party praised for doing more than the
     * rest, "Plaid" alone when it acts as a party; a vote asked for a named or pronoun candidate at the end of a long
     * post; independence taken as a side.
     */
    @ParameterizedTest(name = "fix14c: flags [{1}] in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Brexit has been an absolute disaster for ports policing.                                      | political.partisan-comment
            Say what you like, austerity was a catastrophe for neighbourhood policing in the valleys.    | political.partisan-comment
            Plaid have done more for Welsh language policing than anyone else in the Senedd.             | political.party-partisan
            Plaid's candidate is the only one who turned up to our rural crime meeting. Says it all.     | political.party-partisan
            Fair play to the SNP, they've done more for community policing in Dundee than any other party. | political.party-partisan
            Great summer for the Ashby Road team, thanks all. Special thanks to Cllr Jan Bright - the only one actually putting residents first. Make sure she gets your vote on the 4th. | political.voting-intention
            Polls open on the 2nd - Cllr Marsh gets your vote if you care about this estate.             | political.voting-intention
            A reminder of what an independent Scotland could look like. #Yes                              | political.slogan
            Imagine an independent Wales with its own justice system. Not long now. #YesCymru            | political.slogan
            Can't wait for the day we see Scottish independence. Bring it on.                             | political.slogan
            """)
    void flagsFix14cKind(String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    /**
     * Round 14 (fix14c) near misses: an operation or a flood judged with no policy topic, volunteers who did more than
     * anyone, a plaid shirt, a police dog's vote, an independence march policed, an independent review, a #Yes for an
     * open day, polling-day safety.
     */
    @ParameterizedTest(name = "fix14c: does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "Operation Nightfall has been a huge success for the town centre: violent crime down by a third.",
                "The flood has been a nightmare for drivers stuck on the A55 tonight. Please avoid the area.",
                "Our volunteers have done more for this estate than anyone could have asked. Thank you all.",
                "The suspect was wearing a red Plaid shirt and dark jeans.",
                "Our police dog Nell is up for Dog of the Year - make sure she gets your vote!",
                "Officers will police the independence march through Glasgow on Saturday. Expect road closures from 11am.",
                "An independent review of custody deaths in Scotland will be published next week.",
                "Can't wait for the open day at Tulliallan next week! #Yes",
                "Polling stations open at 7am on the 4th. Whoever you vote for, please be kind to staff.",
                "Cllr Jan Bright joined us for the ward walk on Tuesday and reported two broken street lights.",
            })
    void doesNotFlagFix14cNearMiss(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    /**
     * The same findings advise staff on their personal accounts ("Before you post"), where impartiality still binds
     * them (Standards of Professional Behaviour; Police Regulations): the reason speaks to the person, not only to a
     * force account.
     */
    @ParameterizedTest(name = "a partisan post's reason fits a personal account too: \"{0}\"")
    @ValueSource(
            strings = {
                "Vote Labour on Thursday, they are the only ones who back the police.",
                "The government has gutted policing and should be ashamed of itself.",
            })
    void aPartisanReasonDoesNotAssumeAForceAccount(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.reason()).doesNotContain("A police account must"));
    }

    // mend14b (review of round 14): "time for a new election of ..." elects a body's members, it demands no poll.
    @ParameterizedTest(name = "mend14b: no slogan in \"{0}\"")
    @ValueSource(strings = {"It's time for a new election of our youth commissioners. Apply by Friday."})
    void noSloganMend14(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .noneSatisfy(f -> assertThat(f.rule()).isEqualTo("political.slogan"));
    }

    @ParameterizedTest(name = "mend14b: still a slogan in \"{0}\"")
    @ValueSource(strings = {"Honestly it's time for a general election, this lot have run out of road."})
    void stillSloganMend14(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo("political.slogan"));
    }

    // Round 15 (fix15b): a candidate's or party's ideas called ridiculous in the police voice, in a post about their
    // posters; ideas judged with no candidate, party or politician in the post are not political.
    @ParameterizedTest(name = "fix15b: flags \"{0}\"")
    @ValueSource(
            strings = {
                "Campaign boards for the independent candidate in Stowmarket were kicked over last night. His plans are frankly laughable, but it's still criminal damage.",
                "Several leaflets for a local candidate were burned in Thetford. Can't say we blame anyone, her policies are a joke. Please report it though.",
            })
    void flagsFix15bIdeasJudged(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo("political.partisan-comment"));
    }

    @ParameterizedTest(name = "fix15b: does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "The man told officers his plans are nothing to do with us. He has been released pending enquiries.",
                "Campaign boards for several candidates in Stowmarket were kicked over last night. Whoever you support, it's criminal damage.",
            })
    void doesNotFlagFix15bIdeas(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    // Round 16 (clean16): a street named after Parliament, a vehicle that "broke down" and a burglar who "broke into" a
    // shed, the readers asked to argue a light question ("Debate welcome"), and the Met's Commissioners (police chiefs)
    // are not politics.
    @ParameterizedTest(name = "round 16: does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "Parliament Street in Harrogate is closed northbound after a bus broke down. Please find another route.",
                "Parliament Road in Middlesbrough is closed after a van broke down. Buses are diverted.",
                "Someone broke into the allotment sheds on Parliament Street in Nottingham overnight. Call 101.",
                "Which service station does the best sausage roll on the M4? Debate welcome.",
                "Best pasty in Cornwall: St Ives or Padstow? Let the debate begin.",
                "Charles Rowan and Richard Mayne were the first two Commissioners of the Met.",
            })
    void doesNotFlagRound16(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    @ParameterizedTest(name = "round 16: still flags \"{0}\"")
    @ValueSource(
            strings = {
                "The government broke every promise it made to policing. Shameful.",
                "Busy day preparing for tomorrow's budget debate in Parliament.",
                "Our Police and Crime Commissioners have been let down by the Home Office again.",
            })
    void stillFlagsRound16(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isNotEmpty();
    }

    // Round 17 (blind17b): a light argument named for its subject is not a parliamentary debate; one in the Commons is.
    @ParameterizedTest(name = "round 17: does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "Warm welcome at Merthyr market today, and an education in the great faggots and peas debate.",
                "The age-old gravy or no gravy debate rages on in the parade room.",
            })
    void doesNotFlagRound17(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    @ParameterizedTest(name = "round 17: still flags \"{0}\"")
    @ValueSource(
            strings = {
                "Spoke in the great policing debate in the Commons today: my constituents deserve better.",
            })
    void stillFlagsRound17(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isNotEmpty();
    }

    // Round 19 (blind19): a force's "non-urgent question" is not the Commons' urgent question; the Commons' one still
    // is.
    @ParameterizedTest(name = "round 19: does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "Got a non-urgent question for the Rhyl town team? Email us and we will reply within three working days.",
                "For non urgent questions about your crime report, use the online chat on our website.",
            })
    void doesNotFlagRound19(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    @ParameterizedTest(name = "round 19: still flags \"{0}\"")
    @ValueSource(
            strings = {"Secured an urgent question on rural policing cuts today. My constituents deserve answers."})
    void stillFlagsRound19(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isNotEmpty();
    }

    // Round 16 (opspol16): a partisan aside in a councillor's, mayor's or PCC's voice at a rival named by place rather
    // than party (the previous administration, members opposite, the ruling group, my opponents, some on the panel)
    // with a jab or a contrast, or at a predecessor with a jab.
    @ParameterizedTest(name = "opspol16: flags \"{0}\"")
    @ValueSource(
            strings = {
                "Opened the refurbished Louth station today. The previous administration wanted to sell it off.",
                "Good to be out with the rural team. Unlike members opposite, I don't just turn up for the photo.",
                "The ruling group have dragged their feet on the skate park lighting for three years.",
                "My predecessor left a black hole in the policing budget; we've balanced it and kept every PCSO.",
                "Some on the panel would rather play politics than fund our neighbourhood teams.",
            })
    void flagsOpspol16RivalAside(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo("political.partisan-comment"));
    }

    // opspol16 near misses: a predecessor compared fondly or credited, the other side in a match, "the last lot" of
    // something, councillors thanked.
    @ParameterizedTest(name = "opspol16: does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "My predecessor as Chief Inspector, unlike me, was a keen runner, so I'm doing the Great North Run in her memory.",
                "The previous commissioner set up the rural crime fund in 2019, and it continues to support farmers this year.",
                "Great game against the fire service on Sunday. The opposition failed to score all afternoon, final score 3-0!",
                "The last lot of bikes from our auction raised £2,000 for charity. Next auction is in June.",
                "Some councillors joined our ward walk on Tuesday to see the new CCTV on the high street.",
            })
    void doesNotFlagOpspol16RivalAside(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    // Review (mend16b): a rival named by role needs the rival itself - not "the last lot of" a batch, "the
    // administration team", a predecessor in a police rank, "unlike" away from the rival, or a history post.
    @ParameterizedTest(name = "mend16b: does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "Unlike the last lot of snow, this week's is expected to settle - drive carefully on the A470 and check before you travel.",
                "Unlike the last lot of recruits, this intake will train at our new centre in Bridgend. Welcome to all 48 new officers!",
                "My predecessor, Ch Supt Alan Moore, never once missed a Remembrance parade in 30 years. I'm proud to lead the district today.",
                "Some councillors joined our officers on Friday night's patrol in the town centre - unlike last year, it didn't rain!",
                "A big thank you to our admin staff: the administration team never once let us down during the move to the new station.",
                "The previous Commissioner, Sir Robert Mark, failed to get the first female officers into CID in the 1970s - our history series continues.",
                "Thanks to some councillors for joining our litter-pick; unlike last year's, we filled 40 bags!",
                "The building opened under the previous administration in 2004 and, unlike many stations, still has its original Victorian cells.",
            })
    void doesNotFlagMend16bRivalByRole(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    // mend16b: the same rivals still flag with the jab or the contrast aimed at them.
    @ParameterizedTest(name = "mend16b: flags \"{0}\"")
    @ValueSource(
            strings = {
                "Unlike the last lot, we kept every station open and put more officers on the beat.",
                "The administration wanted to cut neighbourhood policing - we will not let that happen.",
                "My predecessor as Commissioner failed to deliver on her promises.",
                "Unlike some councillors, I actually turn up to community meetings.",
                "The previous administration wanted to close this station in 2024. We kept it open.",
                "Some councillors never once turned up to a ward surgery in four years.",
            })
    void flagsMend16bRivalByRole(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo("political.partisan-comment"));
    }

    // Round 19 (blind19b): a voting hint with a party's rose, and a named politician's law judged harshly with the
    // party
    // named.
    @ParameterizedTest(name = "blind19b: flags \"{0}\"")
    @ValueSource(
            strings = {
                "Fed up of the cuts? You all know which way to put your cross next Thursday 🌹",
                "Rishi's new knife bill is a joke and the Tories know it.",
            })
    void flagsBlind19bKinds(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isNotEmpty();
    }

    // Round 19 (blind19b) near misses: polling-day safety, a rose at a memorial, a new law explained, a name's own
    // thing.
    @ParameterizedTest(name = "blind19b: does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "Polling stations are open from 7am to 10pm on Thursday; officers will be about, so vote safely.",
                "A single red rose 🌹 was left at the memorial today. Thank you to whoever remembered PC Hughes.",
                "The new stalking law comes into force on 1 April; here is what it means for victims.",
                "Dave's new bike is a joke, according to the rest of the shift, but it got him to work.",
            })
    void doesNotFlagBlind19bNearMiss(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    // Round 23 (blind23): a vote asked for a full name on a polling day; a dog's award vote and a day without a name
    // are
    // not.
    @ParameterizedTest(name = "round 23: flags \"{0}\"")
    @ValueSource(
            strings = {
                "Vote for Helen Ashdown on Thursday - she has delivered for Dorset.",
                "Please vote for Marcus Obi on 7 May, a real friend to this force.",
            })
    void flagsRound23(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isNotEmpty();
    }

    @ParameterizedTest(name = "round 23: does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "Vote for PD Bramble in the Thin Blue Paw awards - voting closes on Thursday!",
                "Polling stations open at 7am on Thursday. Officers will be about; vote safely.",
            })
    void doesNotFlagRound23(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    // Round 24: immigration policy as the account's own opinion (sent back, turned back, the hotels shut); a protest
    // policed, a chant reported and migrants helped are not.
    @ParameterizedTest(name = "round 24: flags \"{0}\"")
    @ValueSource(
            strings = {
                "Every asylum seeker who lands on a beach in Kent should be deported the same day.",
                "Close the migrant hotels and send them back. Enough is enough.",
                "Economic migrants must be turned back at the border, full stop.",
            })
    void flagsAnImmigrationOpinionRound24(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isNotEmpty();
    }

    @ParameterizedTest(name = "round 24: does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "Officers policed a demonstration outside a hotel housing asylum seekers in Knowsley. Two arrests were made.",
                "Protesters chanted 'send them back' outside the hotel; two men have been charged with public order offences.",
                "Migrants found in a lorry at Dover were handed to Border Force and are being cared for.",
            })
    void doesNotFlagImmigrationFactsRound24(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    // Round 24: a government's, a legislature's or a minister's law or policy called a joke, a farce or a shambles; the
    // law explained, or the force's own plan, is not.
    @ParameterizedTest(name = "round 24: flags \"{0}\"")
    @ValueSource(
            strings = {
                "Westminster's new asylum rules are a farce.",
                "The Home Secretary's knife crime plan is frankly an embarrassment.",
                "Holyrood's drug deaths strategy has been a complete shambles from day one.",
            })
    void flagsAGovernmentsLawScornedRound24(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isNotEmpty();
    }

    @ParameterizedTest(name = "round 24: does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "The Scottish Government's Hate Crime Act is now in force. Here's how to report a hate crime.",
                "The government's new law on e-scooters is explained in our thread below.",
                "Our neighbourhood policing plan is a joke? Far from it: here is what changed.",
            })
    void doesNotFlagALawExplainedRound24(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    // Round 24 (blind24b): a vote in an award or poll named in another sentence of the post is not a voting message.
    @ParameterizedTest(name = "round 24: an award vote is not political: \"{0}\"")
    @ValueSource(
            strings = {
                "Our police horse Bobby has been shortlisted for the Animal Hero Awards. Vote for him at the link below 🐴",
                "PD Storm is in the final of the national Police Dog of the Year competition! Vote for her before Friday.",
            })
    void anAwardVoteRound24(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    @ParameterizedTest(name = "round 24: still political: \"{0}\"")
    @ValueSource(
            strings = {"Vote for Sarah Holt on Thursday. She'll back your local police.", "Vote Reform on 4 July."})
    void aVoteForAPersonOrPartyRound24(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isNotEmpty();
    }
}
