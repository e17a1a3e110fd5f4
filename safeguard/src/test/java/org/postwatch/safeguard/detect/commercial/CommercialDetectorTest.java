package org.postwatch.safeguard.detect.commercial;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.postwatch.safeguard.engine.AnalysedText;
import org.postwatch.safeguard.engine.CheckContext;

class CommercialDetectorTest {

    private static final CommercialDetector DETECTOR = new CommercialDetector();

    @ParameterizedTest(name = "flags [{1}] in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Use code BLUE20 for 20% off at our favourite gym!                     | commercial.discount-code
            Can't recommend Smith's Garage enough - best service in town.        | commercial.endorsement
            Buy from Halfords and get the best bike locks.                       | commercial.endorsement
            Sponsored: our shifts are powered by Red Bull. Order now.            | commercial.paid-promotion
            Giveaway! Win a Greggs hamper - just RT and follow to enter.         | commercial.giveaway
            Thanks to Dough Bros for feeding the night shift, you are missing out if you have not been! | commercial.endorsement
            Cheers to Greggs for the free coffees. Hands down the best bacon rolls going!             | commercial.endorsement
            Shout out to Crumbs Bakery on Market Street, officer approved doughnuts.                   | commercial.endorsement
            Our team swear by the Lidl meal deals, cheaper than Tesco and just as good.                | commercial.endorsement
            The Daily Grind cafe serves the best brownies in the Cotswolds.                            | commercial.endorsement
            Best chippy in Gloucestershire? It has to be Fins on London Road.                          | commercial.endorsement
            Officer tip: Screwfix do a cracking deal on dusk-to-dawn lights.                           | commercial.endorsement
            Want 10% off a new bike lock? Quote BIKESAFE10 at checkout.                                | commercial.discount-code
            DM us for the discount link.                                                               | commercial.discount-code
            Free doughnuts for the night shift, best doughnuts in the city, no contest.                | commercial.endorsement
            Thanks to Brew Crew cafe, officers love the coffee at their George Street shop.            | commercial.endorsement
            Get your free doorbell trial with our exclusive link.                                      | commercial.paid-promotion
            Guess the weight of PD Rex to win a hamper from Jollys Farm Shop!                          | commercial.giveaway
            Enter COPS10 at Lockstock for a free gift.                                                 | commercial.discount-code
            Show your blue light card at Bella's Diner for a free brew all week.                       | commercial.discount-code
            Exclusive to our followers: free fitting on all smart doorbells this week.                 | commercial.discount-code
            Best dashcam we have tried, grab yours here: amzn.to/4abCdEf                               | commercial.paid-promotion
            We may earn a small commission if you buy through our links to these window alarms.        | commercial.paid-promotion
            Our favourite personal alarm: shop.example.com/alarm?id=7-aff                              | commercial.paid-promotion
            Teamed up with Costa this month for our cuppa campaign.                                    | commercial.paid-promotion
            Thanks to our sponsors at Hilltop Motors for the prizes in our cadets quiz!                | commercial.paid-promotion
            Night shift fuelled by pasties again #PoweredByPasty                                       | commercial.paid-promotion
            WIN a £100 Argos voucher! Follow us, like & share this post. T&Cs apply.                   | commercial.giveaway
            Competition time! Tag your mates and follow @BrightSmileDental to win a free whitening.    | commercial.giveaway
            Best garage in the Forest of Dean, hands down. They sorted our van in an hour.            | commercial.endorsement
            Mo's Tyres in Cinderford are superb, they do all our fleet.                               | commercial.endorsement
            Thanks to Asda Bridgend for the free brews, top notch as always!                          | commercial.endorsement
            Cheers Papa Johns for the pizzas on lates, order yours tonight!                           | commercial.endorsement
            Lidl in Yate is the best supermarket around, no question.                                 | commercial.endorsement
            Our pick of the dashcams is here: https://shop.example.com/cams?ref=nhoodteam              | commercial.paid-promotion
            The bike lock we use on patrol: https://deals.example.co.uk/lock?aff=4411                  | commercial.paid-promotion
            Cheapest tyres in town at Northgate Garage, the whole team uses them.                     | commercial.endorsement
            Highly rated by our response team: the breakfast baps at Ruby's Cafe.                     | commercial.endorsement
            [AD] Huge thanks to @TrailFuelUK for the energy gels that got our charity cyclists round. | commercial.paid-promotion
            (Gifted) Thank you @BrewCrewUK for the hamper of goodies.                   | commercial.paid-promotion
            Ad: Loving my new running shoes from @StrideUK on those long night shifts.  | commercial.paid-promotion
            Name our new police horse and you could win a spa day, courtesy of Lavender Spa! | commercial.giveaway
            Fancy winning a new bike? Like and share to be in with a chance.            | commercial.giveaway
            Enter our quiz for a chance to bag a £100 Halfords voucher.                 | commercial.giveaway
            The only mechanic I'd trust with my car is at Dale's Garage in Ripon.       | commercial.endorsement
            If you need a locksmith, tell them the night shift sent you. Quality Locks in Leek, top lads. | commercial.endorsement
            Need a plumber in Swansea? We'd recommend Jones & Sons, they're fantastic.  | commercial.endorsement
            Apple's Find My app is brilliant. Every officer should have an iPhone.      | commercial.endorsement
            Nobody does a fry-up like the cafe on Mill Lane.                            | commercial.endorsement
            Dyson make the best hand dryers, no question.                               | commercial.endorsement
            Best custard slices you'll ever eat are at Bloomfield Bakery.               | commercial.endorsement
            Loads of the team swear by the pasties at Penhale Bakery. Worth the drive!  | commercial.endorsement
            We'd pick Samsung every time for a work phone.                              | commercial.endorsement
            Friendliest barbers in Halifax are at Clippers on King Street.              | commercial.endorsement
            Followers get a free coffee at the Grind House this week, just show them this post. | commercial.discount-code
            Paid post: Pedal Safe bike locks are the ones we use on our own bikes.      | commercial.paid-promotion
            Thanks @GlowKit for sponsoring this post! Their jackets keep our cyclists seen. | commercial.paid-promotion
            We're giving away a smart doorbell from DoorSafe! To enter, follow both accounts. | commercial.giveaway
            Comment with your best road safety tip to win a family ticket to Drayton Manor! | commercial.giveaway
            The bacon rolls at Pete's Butty Van are the real deal. Officer tested, officer approved. | commercial.endorsement
            Star Kebabs is the only place to go after a late shift.                     | commercial.endorsement
            Looking for a reliable MOT? Look no further than Fixit Autos in Frome.      | commercial.endorsement
            Honestly the best cuppa on the M5 is at the Wild Bean coffee stand.         | commercial.endorsement
            Our top pick for winter tyres? Brand new from Tread Tyres, every time.      | commercial.endorsement
            The lads at Spokes Cycles are absolute legends. Tell them we sent you.      | commercial.endorsement
            # Round 6, new wording: multi-buy deals, referral and sign-up offers, seasonal sales, conditional and loyalty praise.
            2-for-1 on burgers at Big Bob's all weekend for blue light card holders!     | commercial.discount-code
            My code gets you £10 off your first shop with FreshBox.                      | commercial.discount-code
            Get 20% off your first order, just give our code at the till.                | commercial.discount-code
            Join with my referral link and you'll get £20 too.                           | commercial.paid-promotion
            Refer a friend to VoltBank and you both get £50.                             | commercial.paid-promotion
            Two months free at PowerGym for anyone who mentions the response team.       | commercial.paid-promotion
            Their January sale is on now, grab a bargain at Dave's Discount Tyres.       | commercial.paid-promotion
            Massive savings at Hart's Furniture this weekend, treat yourselves!          | commercial.paid-promotion
            We get a small cut if you buy through this link, but honestly it's a great dashcam. | commercial.paid-promotion
            If you need a good mechanic, Kev at Northside Motors is the one.             | commercial.endorsement
            We only ever use Sparkle Valeting for the area car, five star service every time. | commercial.endorsement
            Honestly the tastiest pasties we've ever eaten, cheers Trelawny Bakery!      | commercial.endorsement
            Our partner site has the best deals on home insurance this month.            | commercial.paid-promotion
            Save up to £200 on alarms at Secure Shop this week.                          | commercial.endorsement
            Offering followers a free coffee with any breakfast at Mo's Cafe this week!  | commercial.discount-code
            """)
    void flags(String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    @ParameterizedTest(name = "does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "Beware fake Tesco delivery texts asking for a redelivery fee.",
                "Fancy a career in our control room? Applications close on Friday - link in bio.",
                "Our cadets raised £600 for the hospice with a sponsored walk.",
                "Shoplifting at the Co-op on High Street: do you recognise this man? Call 101.",
                "A window was smashed at Greggs in the town centre overnight. Witnesses please call 101.",
                "Thanks to staff at Boots who helped a vulnerable woman get home safely.",
                "Register your bike for free on BikeRegister and use a D-lock.",
                "Our officers ran 10k for a local hospice - thank you for your support.",
                // Thanking a venue or a business for help, without praise or a call to buy.
                "Thanks to the Guildhall for hosting our community safety meeting on Tuesday.",
                "Thank you to the Swan in Hay-on-Wye for the lovely food at last night's rural crime meeting.",
                "Thanks to Costa on the High Street for letting us hold our Cuppa with a Copper session there.",
                "Thanks to Tesco for donating food to our Christmas hamper appeal for the food bank.",
                "Our community cafe is back at the library on Friday - pop in and say hello to the team!",
                // Partnerships with councils and charities.
                "We've teamed up with the city council to put new CCTV in the town centre.",
                "In partnership with Crimestoppers, we're asking anyone with information to come forward anonymously.",
                "Sponsored by the Rotary Club, our youth football tournament returns on Saturday.",
                // Superlatives and sharing that are not about a business.
                "Our sniffer dog Bruno is the best boy going!",
                "The best way around the roadworks is the A40. Allow extra time.",
                "Our drones are worth every penny: last night one found a missing walker in 20 minutes.",
                "Like and share this appeal to help us find missing Sam.",
                "Please share this post to help us reach as many people as possible.",
                "Congratulations to Coleford Primary, winners of the council's poster competition. Prizes presented by the Mayor.",
                "Use A417 northbound while the A40 is closed.",
                "Staff at Asda put a great deal of effort into helping us find the missing boy.",
                "Our officers love the food at the community iftar every year.",
                "Thank you to the Royal Oak for lending us their car park for our bike marking event.",
                "We've joined forces with Stroud District Council and the fire service to run free home safety checks.",
                "A van was stolen from outside Screwfix in Tewkesbury overnight. Call 101 quoting incident 45.",
                "Work at the Amazon depot? Our officers will be at the gate on Friday handing out bike locks.",
                "Greggs on the High Street is now a safe space for anyone who feels threatened. Look for the sticker.",
                "Thanks to Costa Coffee for donating hot drinks to officers at last night's flood response.",
                "Worried about energy bills? Beware of cold callers offering grants: check with your supplier first.",
                "Officers will always show their warrant card. If in doubt, call 101.",
                "Black Friday warning: only shop on websites you trust and never click links in unexpected texts.",
                // Named businesses and links without praise or a referral.
                "Thanks to the staff at Kev's Motors, who spotted the stolen car and called us.",
                "Our volunteers are brilliant, thanks to everyone who came to the farm shop watch meeting.",
                "Apply to be a special constable: https://www.glos.police.uk/apply?ref=glospolice",
                "Read the new guidance here: https://www.gov.uk/guidance/bike-theft?ref=homepage",
                "Best way to keep your shop safe? Ask for a free crime prevention visit.",
                "The quickest way to report a crime is online, or call 101.",
                "Our finest moment this year: 40 stolen bikes back with their owners.",
                // Round 5 hard negatives: public services recommended, public prizes, superlatives about police things.
                "We'd recommend Get Safe Online for advice on protecting your accounts.",
                "We'd recommend Neighbourhood Alert for crime updates in your area.",
                "We'd always recommend using a steering lock on older cars.",
                "Prizes for the best-dressed pumpkin were donated by the parish council.",
                "The raffle at our open day raised \u00a3600, with prizes donated by local businesses for the hospice.",
                "Photo courtesy of our Air Support Unit.",
                "AD 1066 was a bad year for Harold, but this year has been good for our cold case team.",
                "Claim a free bike marking at our stall on Saturday.",
                "The only way we'll catch them is with your help. Call 101.",
                "The friendliest dog in Devon? Meet PD Max, our newest recruit.",
                "Best turnout we've ever had at a beat surgery! Thanks to everyone who came.",
                "Get yourself a steering lock: it's the cheapest way to stop your car being stolen.",
                "Drink driving is never worth it. Nothing beats getting home safely.",
                "Samsung's new phones are being targeted by thieves in the city centre. Keep yours out of sight.",
                "Thanks to Morrisons in Wrexham for hosting our cuppa with a copper.",
                // A business thanked for help, free police kit, advice with 'top pick' or 'best', a cold-caller
                // warning.
                "Thanks to Fixit Autos for their help in tracing the stolen van.",
                "We're giving away free steering locks at our stall in the market on Saturday.",
                "The best cuppa on the M5 is the one you have when you take a break. Tiredness kills.",
                "Our officers were welcomed by the staff at Lakeside Gym for a self-defence class.",
                "Our top pick for staying safe online? Use a different password for every account.",
                "Tell them we sent you? No! Never give your details to cold callers.",
                // Round 6 hard negatives: party names as venues or holidays, ordinary uses of the new cues.
                "Nominations for our community awards, sponsored by the Rural Crime Foundation, close on Friday.",
                "No, we don't have a discount code for parking fines! Pay on time and avoid the extra charge.",
                "Our cadets raised £900 for the hospice with a sponsored bag pack at the supermarket.",
                "Snap up a free personal alarm at our drop-in session on Friday.",
                "Save £££ on repairs: fit a steering lock and park in a well-lit spot.",
                "Five stars to our cadets for their display at the county show!",
                "Our referral scheme for young people at risk is now open to every school.",
                "Our Code of Ethics sets out the standards we expect from every officer.",
                "We only ever use marked cars for routine speed checks.",
                "If you need a good reason to lock your shed, 40 were broken into last month.",
                "Fake shops are offering designer coats at a discount. If the price looks too good to be true, it is.",
            })
    void doesNotFlag(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    /**
     * Seventh round, in wording written for this test: a product on offer at a named retailer with a price, links that
     * pay the force a share of sales, and an alcohol brand or drinks maker praised.
     */
    @ParameterizedTest(name = "flags [{1}] in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Wheel clamps are reduced to £29 at Halfords until Monday, pop in!                  | commercial.endorsement
            Currys have the video doorbells on sale at £39.99 this week, grab one.             | commercial.endorsement
            Order your alarm through our link and the station fund gets 8% of every sale.      | commercial.paid-promotion
            Anything you buy via the link below earns us a small commission.                   | commercial.paid-promotion
            Buy a doorbell through this link and our commission goes to the cadets' trip.      | commercial.paid-promotion
            Nothing beats a Kopparberg in the sun after shift 🍹                               | commercial.endorsement
            The new ale from the Malvern Hills Brewery is a belter, trust us.                  | commercial.endorsement
            """)
    void flagsSeventhRoundKind(String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    /** Seventh round near misses: warnings, thefts, advice without a brand or a price, thanks for a donation. */
    @ParameterizedTest(name = "does not flag seventh-round near miss \"{0}\"")
    @ValueSource(
            strings = {
                "A fake Currys page is selling doorbells for £5. It's a scam, don't click.",
                "Two men stole £600 of tools from Halfords on Monday; can you help?",
                "A steering lock and a doorbell camera are simple ways to keep your car and home safe.",
                "Thank you to Tesco in Ledbury for donating food for our Christmas hampers.",
                "If you're drinking Kopparberg at the festival, drink responsibly and never drink drive.",
                "Officers seized a van full of counterfeit Heineken in Leek last night.",
                "Well done to the brewery staff who helped us find the missing man.",
                // Eighth round: a public body called a commission is not a share of sales.
                "Standing for the parish council? The Electoral Commission explains the rules, link below.",
                "Worried about gambling harm? The Gambling Commission's advice is through the link below.",
            })
    void doesNotFlagSeventhRoundNearMiss(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    /**
     * Round 9, in wording written for this test: the force giving something out itself ("free at the front counter
     * while stocks last") or doing the sponsoring ("our neighbourhood team sponsored their kit") is not an advert.
     */
    @ParameterizedTest(name = "does not flag round-9 near miss \"{0}\"")
    @ValueSource(
            strings = {
                "Free steering locks for Moorside residents at the front counter while stocks last.",
                "UV marker pens are available to residents free of charge, while stocks last.",
                // Round 19 (blind19): a marking day the force runs at a partner's building
                "Catalytic converter marking day at Leighton fire station on Saturday 10-2. Free while stocks last.",
                "Purse bells at your local police station while stocks last - just ask.",
                "Officers in Inverness will be running a cycle safety event at Eastgate Shopping Centre on Saturday. Free lights while stocks last.",
                "Proud to say our rural team sponsored the young farmers' ploughing trophy this year.",
                "We've sponsored the Brackley junior parkrun again, paid for from the proceeds of crime.",
                "Our PCSOs sponsored the shirts for the girls' under-14s this season.",
                "In partnership with Neighbourhood Watch, we are giving away 300 free door chains.",
                "Agree code words with your children so they know who is really collecting them.",
                "Use code names for your accounts' security questions, not your real pet's name.",
                "The new speed signs on Harrow Lane were paid for by the county council's road safety budget.",
                "Kit for the youth boxing club was paid for by the Police Property Act Fund.",
                "Our e-bikes were paid for by the Home Office Safer Streets grant.",
            })
    void doesNotFlagRoundNineNearMiss(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    /** Round 9 nearest neighbours: a shop's stock offer and a business sponsoring the force are still flagged. */
    @ParameterizedTest(name = "flags [{1}] in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Garden furniture half price at Fernley's this weekend, while stocks last!        | commercial.paid-promotion
            Halfords is running a cycle safety event on Saturday. Free lights, while stocks last. | commercial.paid-promotion
            Our rural team's new quad bikes were sponsored by Hexby Tractors.                | commercial.paid-promotion
            The under-14s team sponsored by Mayfield Motors won the cup.                     | commercial.paid-promotion
            This reel is sponsored - thanks to our friends at Brightway Energy.              | commercial.paid-promotion
            Massive thanks to Dobson's Bakery, who sponsored our cadets' camp this year.      | commercial.paid-promotion
            We've teamed up with Pizza Palace to give away free pizzas to our followers!     | commercial.paid-promotion
            Use code WORDS10 for a tenner off your first order.                              | commercial.discount-code
            use code bluelight15 at Kelby Fitness this month                                 | commercial.discount-code
            Our new drone was paid for by Apex Security Systems - check out their range!     | commercial.paid-promotion
            Tonight's safety stream is paid for by Kelby Kitchens.                           | commercial.paid-promotion
            """)
    void flagsRoundNineNeighbour(String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    /**
     * Round 10, in wording written for this test: an officer's (or a relative's) trade offered for sale with terms
     * and a first-person contact; an offer to followers with a partner; a trade discount for the job; "mentions this
     * post"; "swear by" a capitalised brand; a trade name with a company suffix praised; a call to buy through a link.
     */
    @ParameterizedTest(name = "flags [{1}] in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            I do ironing on my days off, reasonable rates and quick turnaround - DM me.                 | commercial.paid-promotion
            My sister's cake business is taking orders for Christmas, message me for the menu.          | commercial.paid-promotion
            Free quotes on all fencing jobs, give him a ring on the number below.                       | commercial.paid-promotion
            Mates rates for anyone in the job who needs a van man. Drop me a line.                     | commercial.paid-promotion
            My novel is out - please buy a copy, every sale helps!                                      | commercial.paid-promotion
            Early bird price on my boxing classes ends Friday, book in with me now.                     | commercial.paid-promotion
            Pop into the bakery and mention this post for a free brownie.                                | commercial.discount-code
            Anyone mentioning our page gets a free wash at the car wash on Friday.                      | commercial.discount-code
            We've partnered with a local energy firm to offer our followers a cheaper tariff.           | commercial.discount-code
            They do a police discount on all servicing too.                                            | commercial.discount-code
            Drive away today on 0% finance, proud partners of the force.                               | commercial.discount-code
            Our search team swear by Fjallraven boots on the fells.                                     | commercial.endorsement
            For a new alarm, Corbel Security Ltd is the one to get, top notch every time.              | commercial.endorsement
            Our dogs love it and you can grab yours through the link below.                             | commercial.paid-promotion
            Love the new gloves from Velo Direct, go and get yours before the sale ends!                | commercial.paid-promotion
            """)
    void flagsRoundTenKind(String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    /**
     * Round 10 near misses: an officer asking for information or a force taking bookings for a free event, an oath
     * sworn by Almighty God, generic kit advice, a trade name in a crime report, sponsorship by a public partnership or
     * for the poster's own charity run, a cold-caller warning about free quotes.
     * Also (benign10): a free crime-prevention service the force delivers with a retailer
     * ("teamed up with ... to offer free bike marking") gives the public a police service, not the partner's product.
     */
    @ParameterizedTest(name = "does not flag round-10 near miss \"{0}\"")
    @ValueSource(
            strings = {
                "If you saw the crash on Mill Road, please message me or call 101 quoting log 88.",
                "Bookings are now open for our free scam awareness talk. Message us to reserve a seat.",
                "Our new recruits swore their oath today: I swear by Almighty God that I will well and truly serve the King.",
                "A D-lock is the one to get for your bike: cable locks can be cut in seconds.",
                "Crime rates in the town centre are down by a fifth this year.",
                "Tools were stolen from a van belonging to Corbel Security Ltd overnight. Call 101.",
                "Sponsored by the Safer Roads Partnership, free motorbike skills days return in June.",
                "Finished the half marathon for the Police Dependants' Trust. Thank you to everyone who sponsored me!",
                "Cold callers offering free quotes on roofs are often rogue traders. Get quotes from people you know.",
                "DM me if you want to know what life as a special constable is like.",
                "Please buy a poppy this weekend and wear it with pride.",
                "Order your free UV marker pen through the link below and mark your valuables.",
                "We've partnered with Kelby Cycles for free bike marking at their Market Street shop on Saturday.",
                "Teaming up with Fernley's Garage for free catalytic converter marking this weekend. No booking needed.",
            })
    void doesNotFlagRoundTenNearMiss(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    /**
     * Round 10, second pass, in wording written for this test: terms of sale in general form ("fair prices", "for a
     * price", "£8 each", "first class free", "offers welcome") with "drop me a text" or "ask me about"; "we'd
     * recommend them to anyone" with a trade name; "nobody better" beside a trade name; "& Co" and "Alarms" as company
     * suffixes; "get your first box free"; "brought to you in association with"; tyre and restaurant chains.
     */
    @ParameterizedTest(name = "flags [{1}] in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Gutters cleared across Ripon, sensible prices, drop me a text.                              | commercial.paid-promotion
            Hand-knitted jumpers for sale, £25 each, drop me a message.                                 | commercial.paid-promotion
            Yoga for stiff coppers! First class free, email me for the timetable.                       | commercial.paid-promotion
            Selling my old road bike, offers welcome, whatsapp me.                                      | commercial.paid-promotion
            Any dog owners want the starter kit? Ask me about it.                                       | commercial.paid-promotion
            Big thanks to Ashby Motors for the loan of the minibus, we'd recommend them to anyone.       | commercial.endorsement
            Need a will writing? Patel & Co in Leek, nobody better.                                     | commercial.endorsement
            Sign up and get your first box free with our friends at Pawfect Treats.                     | commercial.discount-code
            This video is brought to you in association with Keyline Alarms.                            | commercial.paid-promotion
            Best tyres we have ever bought - Michelin, worth the extra every time.                      | commercial.endorsement
            """)
    void flagsRoundTenSecondPassKind(String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    /**
     * Round 10 second-pass near misses: a lost wallet ("message me"), an officer's fundraiser ("sponsored my Three
     * Peaks challenge"), a brand thanked for donating prizes to the force's event, a campaign run with the council,
     * a job advert's "competitive salary", a sergeant who is "nobody better" at the job.
     */
    @ParameterizedTest(name = "does not flag round-10 second-pass near miss \"{0}\"")
    @ValueSource(
            strings = {
                "Lost a brown wallet on Market Street? Message me with a description and we'll get it back to you.",
                "Thank you to everyone who sponsored my Three Peaks challenge - we smashed the target!",
                "Big thanks to Asda in Hartlepool for donating prizes for our youth quiz night.",
                "This campaign is brought to you in partnership with the county council's road safety team.",
                "We're recruiting call handlers: competitive salary, shift allowance and full training.",
                "There's nobody better to lead the new team than Sgt Price. Congratulations!",
                "Two tyres were slashed on a car outside Patel & Co in Leek overnight. Call 101.",
            })
    void doesNotFlagRoundTenSecondPassNearMiss(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    /** Round 10 nearest neighbours: the partner's own products or offers are still flagged. */
    @ParameterizedTest(name = "flags [{1}] in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            We've partnered with Kelby Cycles: 20% off all locks this week!                       | commercial.paid-promotion
            Teamed up with Fernley's Garage for bike marking - use code SAFE10 for money off servicing. | commercial.discount-code
            """)
    void flagsRoundTenPartnersOwnOffer(String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    /**
     * Round 12, in wording written for this test: exclusive trust in a brand ("we won't fit anything else", "accept no
     * substitutes", "we only trust X", "the only leads our handlers trust", "one brand our cycle team swears by"); a
     * sponsor with a call to buy, bet or sign up; a product with a place to buy it; a venue asked for as the best in a
     * town, off-duty regulars, a pub by its name; "nobody grooms ... like"; more trade suffixes; "which" in a relative
     * clause no longer reads as the consumer body Which?.
     */
    @ParameterizedTest(name = "flags [{1}] in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Fleet managers' verdict on Bosch wipers: we won't fit anything else.                         | commercial.endorsement
            Bought these gloves three winters ago and I'd never wear anything else now.                   | commercial.endorsement
            For tactical boots, accept no substitutes.                                                    | commercial.endorsement
            We only trust Lumos lights on our bike patrols.                                               | commercial.endorsement
            The only kit bag this response crew rates is made by Packhorse.                               | commercial.endorsement
            Sturdy as anything: the only leads our handlers trust are made by Ruffcord.                   | commercial.endorsement
            There's one brand our cycle team swears by for puncture repairs: Tubetough.                   | commercial.endorsement
            Cadet summer camp is sponsored by Northway Bank - open an account today for a bonus.          | commercial.paid-promotion
            Our derby-day charity match is sponsored by a bookmaker, so place your bets on the blues!     | commercial.paid-promotion
            Presentation evening brought to you by Hollin Cards. Apply for a Hollin card online now.      | commercial.paid-promotion
            Book a test drive at Riverside Kia and see why our traffic team loves the EV6.               | commercial.paid-promotion
            Order your copy through our Amazon storefront.                                                | commercial.paid-promotion
            These reflective collars are stocked at Waggle Pets - pick one up before the dark nights.     | commercial.endorsement
            The Pawline harness, which lasts for years, is available at Barkers - grab one.              | commercial.endorsement
            Best bacon roll in Kirkby? Maggie's van by the market, every time.                            | commercial.endorsement
            The Fox does a cracking Sunday lunch and half the late shift drinks there after work.         | commercial.endorsement
            Our section are proper regulars at the Rose Tavern - tell Dot the night shift sent you.       | commercial.endorsement
            Nobody grooms a spaniel like Pawfection Salon on Bank Street.                                 | commercial.endorsement
            Lane Bros are the best around for gutters, we always use them.                                | commercial.endorsement
            """)
    void flagsRoundTwelveKind(String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    /**
     * Round 12 near misses: advice never to share a card with anyone else, "only trust official sources", a career
     * the force puts its name to, the best thing about a town, a sponsored abseil, a shelter paid for by a parish
     * council, raffle prizes donated by a cafe, a sponsor's branch as a drop-off point, the force's own free kit and the fire
     * service's smoke alarms, regulars who helped staff.
     */
    @ParameterizedTest(name = "does not flag round-12 near miss \"{0}\"")
    @ValueSource(
            strings = {
                "Never give your card or PIN to anyone else, even someone claiming to be from your bank.",
                "Only trust information from official sources such as our website during the incident.",
                "There's only one career we'd put our name to: policing. Applications open on Monday.",
                "Best thing about nights in Ripon? The sunrise over the cathedral.",
                "Best team in the county? We might be biased!",
                "Nobody deserves to be treated like that at work. Report abuse of shop staff to us.",
                "Well done to our officers who did a sponsored abseil down the town hall for the hospice.",
                "The new shelter was sponsored by the parish council and a local housing association.",
                "Raffle prizes were generously donated by the Moon Cafe and Harper's Bakery - thank you!",
                "Our toy collection runs in partnership with Hartley Homes - pop into a branch and drop off a new toy.",
                "Free UV marking pens are available at the front counter - grab one next time you're passing.",
                "Smoke alarms are available from the fire service for free - get one fitted.",
                "Regulars at the Red Lion helped staff detain a man who took a charity box.",
                "Our team is hosting a free crime prevention stall at the Arndale on Friday. Free purse bells while stocks last.",
                // review: recruitment and schemes to sign up to, free kit to pick up
                "Photo courtesy of PC Dean Hollis. Sign up today for Community Speed Watch in your village.",
                "Thanks to Greyford FC for sponsoring our youth football tournament. Teams can sign up today at the link.",
                "Purple ribbons for our awareness week are available from the Town Hall reception. Grab one and wear it.",
                "Warm Spaces leaflets are available at all libraries. Pick one up and pass it to a neighbour.",
            })
    void doesNotFlagRoundTwelveNearMiss(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    /**
     * Round 13, in wording written for this test: an offer with a call to take it and no code or sponsor cue (a cash
     * incentive, "new customers", a low price sold as such, a multi-buy, a free gift with a purchase, an interest rate);
     * gambling promotion (a bookmaker or lottery with betting talk or bait, the bait alone); a sponsor's pitch in a
     * campaign about fraud; a shop behind "link in bio"; an officer raving about a product with a link or code.
     */
    @ParameterizedTest(name = "flags [{1}] in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Move your current account to Brightbank this week and get £150 on us.                         | commercial.paid-promotion
            Harbour Mobile have unlimited data for only £12 a month - order your SIM today.              | commercial.paid-promotion
            New customers at Fernleigh Energy get their first month free. Sign up online.                | commercial.paid-promotion
            Grab a bargain: Kettle Coffee are doing 2 lattes for £4 all week, pop in.                    | commercial.paid-promotion
            Tidy Tyres will give you £20 back on every set of four. Book online now.                     | commercial.paid-promotion
            A free phone case with every handset at Link Mobile this weekend, get yours in store.         | commercial.paid-promotion
            Stake £10 with Ladbrokes on the Boxing Day racing and they'll match it. Get on it, team!     | commercial.paid-promotion
            The lottery jackpot is £20 million tonight, so get your tickets before the cut-off!          | commercial.paid-promotion
            Enhanced odds on England to score first. Go on, you know you want to.                        | commercial.paid-promotion
            Who fancies a flutter? Bet365 have the best prices on the darts tonight.                     | commercial.paid-promotion
            Fraud week is supported by Brightbank. Beat the scammers: open an account with their safe-pay app. | commercial.paid-promotion
            Hoodies with our dog section's paw logo are back in stock - link in bio, £30 each.           | commercial.paid-promotion
            Obsessed with these thermal socks on winter nights, grab yours with my code PCKAY.            | commercial.endorsement
            Cyber week is brought to you with Kestrel Bank. Stay safe online and open a Kestrel Plus account. | commercial.paid-promotion
            Proud that Tarn Building Society sponsor our fraud talks. Open a Tarn Saver account in branch. | commercial.paid-promotion
            """)
    void flagsRoundThirteenKind(String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    /**
     * Round 13 near misses: scam warnings quoting the offer or the impostor's call, a bookmaker robbed, gambling help,
     * the force's own raffle, race night and auction, prices of entry, recruitment pay, a business thanked for a loan without a
     * pitch or a sale, free kit at a station, appeals and job posts behind "link in bio", "obsessed" with a new police horse.
     * Round 13: free kit collected at the force's own station or office "while stocks last" is the force giving, not
     * a shop's offer; a shop's "while stocks last" is still an advert.
     */
    @ParameterizedTest(name = "does not flag round-13 near miss \"{0}\"")
    @ValueSource(
            strings = {
                "'Get £175 when you switch today' - if a text says this and asks you to click, it is a scam.",
                "Fraudsters posing as Brightbank are telling customers to open an account and move their savings.",
                "Adverts offering new customers £500 in free crypto are fake. Report them to Action Fraud.",
                "A man was jailed for running a fake 'free bets for new players' website.",
                "Two men robbed a Ladbrokes on Eastgate on Friday night. Call 101 if you saw them.",
                "The bookies wouldn't take a bet on our five-a-side team, but we won the cup!",
                "If gambling is a problem, GamCare's helpline is free and open 24/7.",
                "Race night in aid of the Police Dependants' Trust - place your bets on the big screen!",
                "Tickets for our charity ball are only £30 each. Book now through the welfare office.",
                "Detention officers start on a salary of £26,000. Apply now on our careers page.",
                "Thanks to Hillside Motors for lending us a minibus for the cadets' trip. Much appreciated!",
                "Free steering wheel locks at Morley station on Saturday while stocks last.",
                "Missing since Tuesday: full details and photos are at the link in our bio. Please share.",
                "Obsessed with our new police horse, Maple! She starts on patrol next week.",
                "Switch your lights on and get yourself seen: cycling home in the dark is risky.",
                "Criminals will ask you to open a Revolut account and send the money on. Your bank will never ask this.",
                "Thanks to Tarn Building Society, who sponsor our fraud talks for older residents every spring.",
                // a scam warning quoting the code or discount it offers
                "Had a WhatsApp saying 'enter code PRIZE500 at checkout to claim'? It isn't real, so ignore it.",
                "Posts offering '40% off for emergency services families' are circulating. They are not from us.",
                "Thanks to Westgate Hardware who donated 50 shed alarms for allotment holders. Collect yours from the station while stocks last.",
                "Free CESAR marking kits for farm machinery are available from our Brigg office. First come, first served while stocks last.",
                "Free door chains are available at any of our police stations this week, while stocks last.",
            })
    void doesNotFlagRoundThirteenNearMiss(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    @ParameterizedTest(name = "flags [{1}] in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Half-price bike locks at Halfords on Station Road this weekend, while stocks last!          | commercial.paid-promotion
            Pop into Bargain Locks next to the police station for 20% off window alarms while stocks last. | commercial.paid-promotion
            """)
    void flagsRoundThirteenShopOffer(String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    /**
     * Round 14 (polcom14), in wording written for this test: a named person at a named firm to ask for; the writer's
     * own or a relative's venture with a call to buy or book; a product a team uses, picks or suggests by name, also
     * as the last line of a crime-prevention post; a discount with a call to take it in a crime-prevention post; a
     * named business, then a call to buy "from them".
     */
    @ParameterizedTest(name = "flags [{1}] in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Roof leaking? Ring Dave at Skyline Roofing, he sorted ours in a day.                           | commercial.endorsement
            Phones on offer at the market stall this week, great deals. Go and see Priya.                  | commercial.endorsement
            My husband's bakery in Denby is now taking Christmas orders - get your orders in early!       | commercial.paid-promotion
            My dad has just launched his first novel about life on the beat. Out now in paperback.        | commercial.paid-promotion
            Keyless car? Our top pick for a steering lock is the Disklok - pick one up at Halfords.        | commercial.endorsement
            Lock your shed, mark your tools. We'd suggest Stanley padlocks - they're what our rural team uses. | commercial.endorsement
            Had a break-in? Fitting an alarm now gets you 15% off with Brightguard. Call them today.        | commercial.discount-code
            Hollins Butchers did the hog roast for our open day. Order your Christmas turkey from them now! | commercial.endorsement
            Two-factor codes keep accounts safe, and we recommend Authy - our cyber unit relies on it.    | commercial.endorsement
            Cheers to Neil at Brightspark Electrical. If you ever need an electrician, give him a call.   | commercial.endorsement
            My autobiography is published today - available now from my website, signed on request.      | commercial.paid-promotion
            """)
    void flagsRoundFourteenKind(String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    /**
     * Round 14 near misses: the force's business crime advisers, a relative's news with no sale, a fundraising bake,
     * Santa at a garden centre, a public service's named contact, generic advice "we'd suggest", a scam offer, a
     * business thanked and the force's own charity shop.
     */
    @ParameterizedTest(name = "does not flag round-14 near miss \"{0}\"")
    @ValueSource(
            strings = {
                "Small business owners: our business crime advisers offer free surveys. Book yours online.",
                "My sister has just started her nursing degree. So proud of her!",
                "My daughter bakes for our Macmillan coffee morning every year. We raised £410 this time.",
                "Come along to the Christmas fair and go and see Santa at the grotto.",
                "Worried about a scam? Speak to Jo at Citizens Advice, who can help you report it.",
                "We'd suggest you use a password manager and turn on two-step verification.",
                "Beware texts offering 50% off doorbells. Order now, they say - it's a scam.",
                "Thanks to Hollins Butchers, whose staff called us when they saw a man being followed.",
                "Our charity shop in Market Square takes donations Tuesday to Saturday. Drop in and see us.",
                "The hospice shop on Bridge Street has a half-price sale this weekend, all for end-of-life care.",
                "If you need a locksmith after a burglary, call them through your insurer.",
                "Our dog section all use them: the new cooling vests arrived today thanks to the Police Dogs Trust.",
                "Love it when a shift starts with the car's fuel light on and the coffee machine broken. Top-tier Monday.",
                "Rain, a flat tyre and a printer jam before the coffee. Top notch start to the week.",
            })
    void doesNotFlagRoundFourteenNearMiss(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    @ParameterizedTest(name = "round 14: flags [{1}] in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The coffee at Bean There on Mill Street is top tier, honestly.          | commercial.endorsement
            Top notch coffee shop next to the station, go and try it.                | commercial.endorsement
            """)
    void flagsRoundFourteenPraise(String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    /**
     * Round 14 (fix14c): a product sworn by or judged the best money spent, recommended by a verb ("we recommend
     * downloading ..."), told to use with praise over the rest, named over a rival, or to buy while on offer.
     */
    @ParameterizedTest(name = "fix14c: flags [{1}] in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Night shift on the bike again. I swear by my Exposure Strada.                                 | commercial.endorsement
            Been wearing the same boots on shift for six years. Best money I've ever spent.               | commercial.endorsement
            Got a new head torch for nights - best £40 we've spent all year.                             | commercial.endorsement
            We recommend downloading Life360. It's a great app and we use it ourselves.                   | commercial.endorsement
            Meeting a date? Tell a friend where you're going. And use Hinge - it's the most trustworthy app out there. | commercial.endorsement
            Ring beats Nest every time in our experience.                                                  | commercial.endorsement
            We'd suggest Yale smart locks. Don't waste your money on the others.                          | commercial.endorsement
            Our dog unit lives on Pedigree Dentastix. Grab a multipack while they're on offer.             | commercial.paid-promotion
            The roads team love their dashcams. Pick one up while they're half price this weekend!        | commercial.paid-promotion
            """)
    void flagsFix14cKind(String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    /**
     * Round 14 (fix14c) near misses: an oath or a habit sworn by, advice about the best money you'll spend, a product
     * app in a safety warning or a crime appeal, a public scheme to use, a waste-of-money scam warning, an offer
     * quoted in a scam warning.
     */
    @ParameterizedTest(name = "fix14c: does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "We swear by the buddy system on nights out: arrive together, leave together.",
                "If you use Life360 or similar apps, check who can see your location. Stalkers can misuse shared locations.",
                "A man was assaulted after meeting a woman through Hinge. We're appealing for witnesses in Splott.",
                "Use Bikeregister to mark your bike for free at the station this Saturday.",
                "Please don't waste your money on fake police auction sites - they're a scam.",
                "Tesco are warning customers about scam texts. Don't grab a bargain while it's on offer from a stranger's link.",
                "A Ring doorbell in Elm Close captured the suspect. Thanks to the owner for sharing the footage.",
                "Chelsea beats Arsenal? Not on our five-a-side pitch. Well played, custody team.",
            })
    void doesNotFlagFix14cNearMiss(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    // Session 14 review: a general call to shop locally names no business, so "order from them" after it is advice; a
    // named business before "order ... from them" is still an advert.
    @ParameterizedTest(name = "shop local: does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "Shop local this Christmas and keep receipts; order from them directly rather than through social media ads",
                "Support local businesses this winter: buy from them in person and keep your receipts.",
            })
    void doesNotFlagAGeneralCallToShopLocally(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    @Test
    void stillFlagsANamedBusinessThenOrderFromThem() {
        String text = "Hollins Butchers did the hog roast for our open day. Order your Christmas turkey from them now!";
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo("commercial.endorsement"));
    }

    // Round 15 (mend15b): the force's own people giving kit away, or handing or giving it without "out"; a prize the
    // force gives away is still a giveaway.
    @ParameterizedTest(name = "mend15b: does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "FREE bike locks! Our PCSOs will be at Tesco, Morrison Way, on Saturday from 10am giving away free D-locks while stocks last.",
                "Our neighbourhood officers will be at the Co-op on Bridge Street tomorrow handing residents free timer switches. Pop along!",
                "PCSOs will be giving away free purse bells at Longton market on Thursday while stocks last.",
            })
    void doesNotFlagTheForceGivingAwayKit(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    @ParameterizedTest(name = "mend15b: flags [{1}] in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Our officers are giving away a £50 Greggs voucher to one lucky follower this Friday.            | commercial.giveaway
            To celebrate 10k followers we're giving away a £50 voucher from Greggs, just like and share to enter! | commercial.giveaway
            """)
    void stillFlagsAPrizeGivenAway(String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    // Round 15: the force's own people handing free kit out "while stocks last", wherever they stand (a library
    // drop-in, a supermarket car park, a show); a shop's or a brand's team handing out samples is still an advert.
    @ParameterizedTest(name = "round 15: does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "Drop-in session at Louth Library from 10am. Your PCSOs will be there to listen and to hand out SelectaDNA kits while stocks last.",
                "Our PCSOs are at Tesco Brecon car park from 10am on Saturday handing out free steering wheel locks to the first 50 drivers, while stocks last.",
                "The beat team will be giving out free bike locks at the Wickham Library coffee morning on Thursday while stocks last.",
                "Special constables from Dingwall will be giving out free torch keyrings at the Black Isle Show, while stocks last.",
            })
    void doesNotFlagTheForceHandingOutKit(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    @ParameterizedTest(name = "round 15: flags [{1}] in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Our team will be handing out free samples of our new gin at the Keswick shop while stocks last. | commercial.paid-promotion
            The Halfords crew are giving out free bike lights this Saturday while stocks last!            | commercial.paid-promotion
            """)
    void stillFlagsAShopHandingOutSamples(String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    // Round 15 (fix15b): a business pushed after a thank-you: the best food of its kind in a town or region said as a
    // claim ("best tacos in Ulster"), the business named as the one to call ("they're the people to phone", "you won't
    // find anyone better"), and a free meal from a business as what makes the praise commercial.
    @ParameterizedTest(name = "fix15b: flags [{1}] in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Thanks to Lola's Cantina for feeding the late shift in Newry. Best tacos in Ulster, no question!            | commercial.endorsement
            Big thanks to Harlow Foods for the buffet at our awards night. For any party, they're the people to phone.  | commercial.endorsement
            Kerr Roofing patched the station roof in Omagh overnight. You won't find anyone better, honestly.           | commercial.endorsement
            The response team were treated to a free dinner at Zest in Lurgan tonight - go and show them some love!     | commercial.endorsement
            """)
    void flagsFix15bPush(String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    @ParameterizedTest(name = "fix15b: does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "Lola's Cantina in Newry was broken into overnight. If you saw anyone near the back door, call 101.",
                "Best tacos in Ulster? Answers below, but please don't drink and drive to get them.",
                "If you are worried about a scam call, these are the people to call: Action Fraud on 0300 123 2040.",
                "Our volunteers enjoyed a packed lunch at the Omagh station after the litter pick.",
            })
    void doesNotFlagFix15bNearMiss(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    // Round 16 (opspol16): commercial posts written informally: the reader sent in the writer's name ("tell Jas the
    // Response team sent you"), a business called the force's partner or friend with a call to buy from it ("switch to
    // them today", "do your big shop there", "subscribe now"), a card shown at a business for a perk, a bare code with
    // digits ("Code SGT15"), the bare order "mention our page", and "best <thing> in <Place>" with a business or a call
    // to go there.
    @ParameterizedTest(name = "opspol16: flags [{1}] in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Had my windows done by Brightside in Selby, spotless. Tell Dean the neighbourhood team sent you!           | commercial.endorsement
            Need a locksmith in Ripon? Give Al a ring and say PCSO Moore sent you.                                    | commercial.endorsement
            Thanks to our partners at EDF for the support. Switch your energy to them today and save!                 | commercial.paid-promotion
            Our friends at Lidl Consett look after us, so go and do your big shop there this weekend.                 | commercial.paid-promotion
            Our partners at the Northern Echo have a subscription offer for readers this month. Subscribe now!        | commercial.paid-promotion
            Show your NHS card at Costa on High Street for a free muffin all week.                                    | commercial.discount-code
            Loving my new trainers from Sole Mates, honestly. Code PCBEN10 for a bit off.                             | commercial.discount-code
            Mention our page when you order from Crusty's and they'll throw in a free drink.                          | commercial.discount-code
            Pop into Moorland Deli in Leek, best pork pies in Staffordshire and lovely people.                        | commercial.endorsement
            """)
    void flagsOpspol16Informal(String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    @ParameterizedTest(name = "opspol16: does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "If anyone asks, say your local neighbourhood team sent you to the community meeting. All welcome.",
                "If a caller says the bank sent them, hang up and ring the number on your card.",
                "Our partners at the fire service are offering free home safety visits. Book now on their website.",
                "Our partners at Trading Standards advise: never switch energy supplier on the doorstep.",
                "A huge thank you to our partners at Morrisons for hosting our crime prevention stall on Saturday.",
                "Show your ID at the front counter when you collect your property.",
                "Please quote crime reference code CR2291 when you call about the burglary on Tower Street.",
                "Voted best kept village in Rutland for the third year! Well done to everyone in Exton.",
                "Best pasty shop in Cornwall? Tell us below, and please don't park on the zigzags to get one.",
            })
    void doesNotFlagOpspol16NearMiss(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    // Review (mend16b): a referral or "our friends at" call to a charity, advice, rescue or public service (or Santa's
    // grotto) is not an advert; "book now" beside "free" is not a sale; an access or meeting code is not an offer code.
    @ParameterizedTest(name = "mend16b: does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "Struggling this winter? Pop into the food bank on Market Street - tell them PC Dave sent you and they'll look after you.",
                "Call Shelter Cymru for free housing advice - say PCSO Mia sent you.",
                "Tell Santa the police sent you! Our officers are helping at the Mold grotto this Saturday, all money to the children's ward.",
                "Our partners at Age UK can help do your shopping if you're stuck at home this winter - call their helpline.",
                "Our friends at St John Ambulance are running free first aid courses for community groups - book now, places are limited.",
                "Our partners at Dogs Trust are microchipping for free at Saturday's event - book now for your slot.",
                "Our friends at the RNLI are running a free lifejacket clinic on Saturday - book now at their website.",
                "Use the access code YORK24 to join our online community meeting on Thursday at 7pm.",
                "Use the code SAFE24 to access the free online training for Neighbourhood Watch coordinators.",
            })
    void doesNotFlagMend16bServices(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    // mend16b: the same shapes still flag for a business.
    @ParameterizedTest(name = "mend16b: flags [{1}] in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Best coffee in town at Bean There - tell them PC Dave sent you!                  | commercial.endorsement
            Get your haircut at Kutz on Bridge Street - say PCSO Mia sent you.               | commercial.endorsement
            Our partners at Vodafone have a great deal - book now before it ends.            | commercial.paid-promotion
            Our partners at Sky have free installation this week - switch today!             | commercial.paid-promotion
            Use code YORK24 for 20% off at Fitness First.                                    | commercial.discount-code
            Enter code COPS10 at checkout for a discount.                                    | commercial.discount-code
            """)
    void flagsMend16bBusinesses(String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    // Round 17 (ops17): an officer's own channel, book, shop or a relative's business, with its call.
    @ParameterizedTest(name = "ops17: flags [{1}] in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            New video on my YouTube channel about custody life - like and subscribe!                  | commercial.paid-promotion
            My new book about the Brixton riots is available now, grab a copy from my website.        | commercial.paid-promotion
            My daughter's bakery in Otley is taking Easter orders - support a local small business!   | commercial.paid-promotion
            My brother's new cafe opens on Monday on King Street - tell him you saw it on the police page! | commercial.paid-promotion
            Knitted police bears in my Etsy shop, £8 each - perfect gifts for little ones!            | commercial.paid-promotion
            My second thriller is only £1.99 on Kindle this week only!                                | commercial.paid-promotion
            I've just launched a small dog-walking business in Hexham - message me for rates.         | commercial.paid-promotion
            Official partners of our summer safety campaign: Coastline Coaches. Book with them for your day trip. | commercial.endorsement
            """)
    void flagsOps17OwnVenture(String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    // Round 17 (ops17): a business thanked for help or for the brews, or safety kit handed out, keeps the meaning head
    // away; a call to buy or a code does not.
    @ParameterizedTest(name = "ops17: model veto {1} for \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Cheers to Subway in Crewe for the free sandwiches on a long night shift.                  | true
            Thanks to the staff at Lidl in Ayr for their help finding a lost little girl's mum.       | true
            Big thanks to Costa in Leeds for looking after an elderly man until we arrived.           | true
            Cheers to Subway in Crewe for the free sandwiches - use code COPS10 for 10% off yours!    | false
            Free drink covers are available from the bar staff at many pubs in York - just ask.      | true
            Personal alarms are 20% off at Boots this week with code SAFE20.                         | false
            Share our post about personal alarms for a chance to win a new bike donated by Cycle Hub! | false
            """)
    void helpThanksVetoesModel(String text, boolean vetoed) {
        assertThat(DETECTOR.vetoesModel(AnalysedText.of(text))).isEqualTo(vetoed);
    }

    // Round 17 (ops17): the new calls need the writer's own venture.
    @ParameterizedTest(name = "ops17: does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "Subscribe to Neighbourhood Alert for updates about crime in your area.",
                "Our podcast about the history of policing in Kent is out today - listen on our website.",
                "My brother's cafe on Station Road was broken into last night - if you saw anything call 101.",
                "Finished a great book on leadership on my day off. Any recommendations?",
                "The new front counter at Skipton police station opens on Monday.",
                "I've started a new job at the Met!",
                "We're working with local taxi firms this Christmas so everyone can get home safely. Always book a licensed cab.",
                "Our free guide to staying safe online is now available to read on our website - link below.",
            })
    void doesNotFlagOps17Calls(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    // Round 17 (blind17, blind17b): a code or cashback in a crime-prevention post is a promotion (a theft or a stolen
    // car
    // is the topic, not a warning); a post warning about fake codes, or an appeal that mentions one, is not.
    @ParameterizedTest(name = "round 17: flags \"{0}\"")
    @ValueSource(
            strings = {
                "Phone thefts in Camden are up. Protect yours with a GripTight strap case - 15% off this weekend with code CAMDEN15.",
                "Had your car stolen? Compare quotes through MoneySuperMarket this week and get £30 cashback with our exclusive link.",
            })
    void flagsRound17CodeInPrevention(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo("commercial.discount-code"));
    }

    // Round 17 (blind17): a force's "official matchday partner" with the perk it gives.
    @ParameterizedTest(name = "round 17: flags a partner's perk \"{0}\"")
    @ValueSource(
            strings = {
                "After the match head to O'Reilly's on Donegall Street, our official matchday partner, where you'll get a free pint with your ticket.",
            })
    void flagsRound17PartnerPerk(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isNotEmpty();
    }

    @ParameterizedTest(name = "round 17: does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "Beware fake '50% off' codes for phone cases doing the rounds on WhatsApp - they steal your card details.",
                "Appeal: a man used a stolen card and a 20% off code at the shop on Friday. Witnesses, call 101.",
                "Thanks to our official partners at the council for the new CCTV. You can get a free bike marking at the station on Saturday.",
            })
    void doesNotFlagRound17CodeWarnings(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .noneSatisfy(f -> assertThat(f.rule()).isEqualTo("commercial.discount-code"));
    }

    // Round 19 (blind19b): a product on offer through a link; a relative's or mate's firm with a contact or a nod to
    // the
    // force; a business thanked, then a call to shop there; a trade asked about and a named firm recommended.
    @ParameterizedTest(name = "blind19b: flags \"{0}\"")
    @ValueSource(
            strings = {
                "Get SmartSafe dash cams for the car, they're on offer through the link in our bio this week.",
                "My sister-in-law's cleaning business in Carluke is spotless every time, mention the page when you ring.",
                "My cousin's barber shop on Hitchin Road does the cheapest fades in town, message me for his number.",
                "Thank you to Morrisons Gateshead for donating the prizes for our fun day, so do your weekly shop there!",
                "Looking for a lawyer in Bolton? We'd recommend Patel Law, they know motoring cases inside out.",
                "Cheers to Pooles Pies in Wigan for the pies on nights, so nip in and treat yourself to a meat and potato!",
            })
    void flagsBlind19bKinds(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isNotEmpty();
    }

    // Round 19 (blind19b) near misses: a fake-goods warning with a link, a free scheme, a relative's firm as a crime
    // scene, thanks alone or "if you shop there", and free legal advice.
    @ParameterizedTest(name = "blind19b: does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "Beware fake designer bags on offer through the link in these Facebook ads: they're counterfeit.",
                "Free bike marking is on offer at Saturday's event, register through the link below.",
                "My mate's driving school van was broken into overnight on Stevenage Road. Dashcam footage to 101 please.",
                "Thank you to Asda Pudsey for donating the hampers for our older residents' lunch.",
                "Thanks to the staff at Asda Pudsey for their help finding Edna. If you shop there, say thank you to them!",
                "Thanks to Halfords Leigh for their support with our bike marking day. Pop down and get your bike marked on Saturday.",
                "Need a solicitor? Everyone held in custody can speak to the duty solicitor for free, day or night.",
            })
    void doesNotFlagBlind19bNearMiss(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    // Round 24 (blind24): the force's own staff competition, its prize a day with one of its units, promotes nobody; a
    // business's prize still does.
    @ParameterizedTest(name = "round 24: does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "Calling all snappers! Our staff photography competition closes Friday. Best picture of your beat wins a morning with the Dog Unit.",
                "Bake-off competition open to all staff and officers at Headquarters next week. Judges' decision is final!",
                "Colouring competition for the cadets: the winner gets a ride with the Roads Policing team.",
            })
    void doesNotFlagStaffCompetitionRound24(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }

    @ParameterizedTest(name = "round 24: still flags \"{0}\"")
    @ValueSource(
            strings = {
                "Competition time! Share this post to win a family photo shoot with Lens & Light Photography.",
                "Win a spa day at the Oakwood Hotel: like, share and tag a friend to enter our competition.",
            })
    void stillFlagsABusinessPrizeRound24(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isNotEmpty();
    }
}
