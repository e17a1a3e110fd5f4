package org.postwatch.safeguard.detectors;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postwatch.safeguard.engine.AnalysedText;
import org.postwatch.safeguard.engine.Category;
import org.postwatch.safeguard.engine.CheckContext;
import org.postwatch.safeguard.engine.Detector;
import org.postwatch.safeguard.engine.Finding;
import org.postwatch.safeguard.engine.Severity;
import org.postwatch.safeguard.engine.Span;
import org.postwatch.safeguard.text.WordList;

/**
 * Full postcodes ("GL5 3AB") and street addresses with a house number ("12 Church Lane", "Flat 2, 14 Kingsway").
 * A street without a number and an outward code alone ("GL5") describe an area, not a home, and are fine.
 */
public final class PostalAddressDetector implements Detector {

    // Inward code letters never use C, I, K, M, O or V.
    private static final Pattern POSTCODE = Pattern.compile(
            "(?<![A-Za-z0-9])(?:[A-PR-UWYZa-pr-uwyz][A-HK-Ya-hk-y]?\\d[A-Za-z\\d]?) ?\\d[ABD-HJLNP-UW-Zabd-hjlnp-uw-z]{2}(?![A-Za-z0-9])");
    static final Windows.Anchored POSTCODE_WINDOWS = Windows.anchored(POSTCODE);

    private static final String SUFFIXES =
            String.join("|", WordList.load("org/postwatch/safeguard/detectors/street-suffixes.txt"));

    private static final Pattern STREET_ADDRESS = Pattern.compile(
            "(?:(?<![\\w/£$.,:-])|(?<=\\b[Nn]o\\.))\\d{1,4}[A-Za-z]?(?:-\\d{1,4}|/\\d{1,3})?,?\\s{1,3}"
                    + "(?:(?:(?:St\\.|[A-Z][a-z'’]{1,20}(?:-[A-Za-z][a-z]{1,20}){0,2})\\s{1,3}){1,3}(?:" + SUFFIXES
                    + ")"
                    // Welsh street names put the word for "road" first: "48 Heol Llanishen Fach", "7 Ffordd Las".
                    + "|(?:Heol|Ffordd|Stryd|Lôn|Rhodfa|Cilgant|Clos|Llys|Maes|Parc|Tŷ)(?:['’]r)?"
                    + "(?:\\s{1,3}(?:[A-Z][a-z'’ŵŷâêôû]{1,20}|y|yr|an)){1,3}(?![\\w'’])"
                    + "|[A-Z][a-z]{2,20}(?:way|gate|side)"
                    // Round 24 (a Welsh street name with no word for road): "11 Tan y Bryn, Aberystwyth", "4
                    // Pen-y-Bont,
                    // Llandeilo", "9 Bryn yr Eglwys, Bala": two capitalised words joined by "y" or "yr", only with the
                    // town after a comma ("2 Pen y Fan rescues" is a count of rescues on a mountain).
                    + "|[A-Z][a-zŵŷâêôû]{1,20}(?:\\s{1,3}|-)(?:y|yr)(?:\\s{1,3}|-)[A-Z][a-zŵŷâêôû]{1,20}(?=,\\s{0,2}[A-Z])"
                    // Round 24: any one to three capitalised words as the street, when the town and a full postcode
                    // close the address ("27 Bryn Glas, Bangor LL57 2TH", "6 Maesgwyn, Rhyl LL18 3EE").
                    + "|(?:[A-Z][a-zŵŷâêôû'’]{1,20}\\s{1,3}){0,2}[A-Z][a-zŵŷâêôû'’]{1,20}(?=,\\s{0,2}[A-Z][a-z]{2,20}"
                    + "(?:[\\s-]{1,3}[A-Z][a-z]{1,20}){0,2},?\\s{1,2}[A-PR-UWYZ][A-HK-Y]?\\d[A-Z\\d]?\\s?\\d[ABD-HJLNP-UW-Z]{2}"
                    + "(?![A-Za-z0-9]))"
                    // "3 The Paddocks, Bishops Cleeve": a named close with no suffix, only with the town after it.
                    + "|The\\s[A-Z][a-z]{2,20}(?=,\\s{0,2}[A-Z]))\\b"
                    // The town after a comma, when there is one, belongs to the address.
                    + "(?:,\\s{0,2}[A-Z][a-z]{2,20}(?:[\\s-]{1,3}(?:[A-Z][a-z]{1,20}|upon|on|super|under|le)){0,3}(?![\\w'’]))?");
    // Every street name STREET_ADDRESS knows starts with a capital A-Z, at most 14 characters after the number's
    // first digit: \d{1,4}[A-Za-z]?(?:-\d{1,4}|/\d{1,3})?,?\s{1,3} is 4 + 1 + 5 + 1 + 3 characters. A number with
    // no capital that near ("1 1 1 ...", "£5 off") needs no regular expression.
    static final Windows.Anchored STREET_WINDOWS =
            Windows.anchored(STREET_ADDRESS, PostalAddressDetector::capitalSoonAfter);

    private static boolean capitalSoonAfter(String text, int start) {
        int end = Math.min(text.length(), start + 15);
        for (int k = start + 1; k < end; k++) {
            char c = text.charAt(k);
            if (c >= 'A' && c <= 'Z') {
                return true;
            }
        }
        return false;
    }

    private static final Pattern FLAT = Pattern.compile(
            "(?:Flat|Apartment|Apt|Unit|Room)\\s{1,3}(?:\\d{1,4}[A-Za-z]?(?:/\\d{1,3})?|[A-H]),?\\s{1,3}$",
            Pattern.CASE_INSENSITIVE);
    // Round 14: the word for a flat right before the address's own number, when the number is the flat's and the
    // block's name is the street ("Flat 12, Marlowe Court", "flat 3b Kestrel House").
    private static final Pattern FLAT_WORD =
            Pattern.compile("\\b(?:Flat|Apartment|Apt)\\.?\\s{1,3}$", Pattern.CASE_INSENSITIVE);
    // "no. 48 Heol ...", "number 12 Church Lane": the word for the number belongs to the address.
    private static final Pattern NUMBER_WORD =
            Pattern.compile("(?:\\bno\\.?|\\bnumber|\\bnum\\.?|#)\\s{0,2}$", Pattern.CASE_INSENSITIVE);
    // "Rose Cottage, 4 Mill Lane", "The Old Forge, 12 High Street": a named house before the number.
    private static final Pattern HOUSE_NAME = Pattern.compile(
            "(?:The\\s{1,2})?(?:[A-Z][a-z]{2,15}\\s{1,2}){1,2}(?:Cottage|House|Farm|Farmhouse|Lodge|Barn|Villa|"
                    + "Bungalow|Rectory|Vicarage|Forge|Mill|Cottages|Barns)\\s{0,2},?\\s{1,3}$");
    // Round 14: a named house, cottage or farm, a comma, then its street with no house number: "Rose Cottage, Church
    // Lane, Little Snoring", "Meadow Farm, Long Lane", "The Old Vicarage, Church Street, Ledbury". The house's name
    // takes the number's place. Tried only where one of HOUSE_WORDS stands capitalised with a comma right after it,
    // over at most 40 characters before it and 100 after (found by one scan of the post's commas).
    private static final Set<String> HOUSE_WORDS =
            Set.of("cottage", "farm", "farmhouse", "barn", "bungalow", "rectory", "vicarage");
    private static final Pattern NAMED_HOUSE_STREET =
            Pattern.compile("(?<![\\w'’])(?:The\\s{1,2})?(?:[A-Z][a-z]{2,15}\\s{1,2}){1,2}"
                    + "(?:Cottage|Farm|Farmhouse|Barn|Bungalow|Rectory|Vicarage),\\s{1,3}"
                    + "(?:(?:St\\.|[A-Z][a-z'’]{1,20}(?:-[A-Za-z][a-z]{1,20}){0,2})\\s{1,3}){1,3}(?:" + SUFFIXES
                    + ")\\b"
                    + "(?:,\\s{0,2}[A-Z][a-z]{2,20}(?:[\\s-]{1,3}(?:[A-Z][a-z]{1,20}|upon|on|super|under|le)){0,3}"
                    + "(?![\\w'’]))?");
    // An address typed in lower case, after a word that places something there: "outside 27 ermin street".
    private static final Pattern LOWER_CASE_ADDRESS =
            Pattern.compile("(?<![\\w/£$.,:-])(\\d{1,4}[a-z]?)\\s{1,3}(?:[a-z][a-z'’]{2,20}\\s{1,3}){1,2}"
                    + "(?:road|rd|street|st|lane|avenue|ave|close|drive|crescent|grove|terrace|gardens|place|court|way)"
                    + "\\b(?!\\s{1,2}(?:shops|stores|banks|businesses|premises|properties|traders|pubs|venues|"
                    + "retailers|schools|sites|addresses|locations|junctions))");
    // Round 14: a count before a kind of building, not a block's name ("12 Council House blocks", "3 Safe House
    // referrals", "2 Clock Tower repairs"): one everyday word before House, Tower or Buildings.
    private static final Pattern COUNTED_BUILDINGS = Pattern.compile("\\d{1,4},?\\s{1,3}(?:Council|Police|Safe|Town|"
            + "Country|Public|Open|Guest|Care|Halfway|Tree|Light|Bath|Opera|Court|Farm|Club|Boat|Summer|Alms|Clock|"
            + "Water|Bell|Radio|Control|Station|Custody)\\s{1,3}(?:House|Tower|Buildings)\\b");
    // Addresses everyone knows; not anyone's private home.
    private static final List<String> FAMOUS = List.of("10 Downing Street", "221b Baker Street", "221B Baker Street");

    // Round 9: an address bound to a public building or to the force itself, in the same breath: "Calverton police
    // station, 31-33 Bridge Street", "Harrowfield Community Hub, 2 Orchard Way", "you'll find us at 14 Station
    // Road", "the police hub is now open at 5 Tanyard Walk", "the library has moved to 3 Kings Road". Tried only in
    // the 60 characters before an address's number, anchored at the number: linear.
    // Public buildings and the force's own counters, named before an address or a postcode.
    private static final String PUBLIC_BUILDINGS =
            "library|community (?:centre|center|hall|hub)|village hall|church hall|"
                    + "police station|police post|police base|fire station|leisure centre|sports centre|town hall|civic centre|school|academy|college|"
                    + "university|hub|hall|church|mosque|gurdwara|temple|synagogue|museum|headquarters|hq|pavilion|"
                    + "health centre|surgery|front counter|front desk|enquiry office|office|offices|cafe|café|coffee shop|pub|"
                    + "inn|hotel|restaurant|cinema|theatre|stadium|arena|garden centre|shopping centre";

    private static final Pattern VENUE_BEFORE =
            Pattern.compile("(?:\\b(?i:" + PUBLIC_BUILDINGS + "|station|students['’] union)(?:\\s[A-Z][a-z]{1,20}){0,2}"
                    // Round 13: its town said between ("Our police station in Ross-on-Wye is at 3 Gloucester Road")
                    + "(?:\\s{1,2}in\\s{1,2}[A-Z][A-Za-z'’-]{1,24})?"
                    + "(?:,\\s{1,2}|\\s{1,2}(?:is\\s{1,2}|are\\s{1,2}|will\\s{1,2}be\\s{1,2}|has\\s{1,2}|have\\s{1,2})?"
                    + "(?:now\\s{1,2})?(?:(?:(?:open|opening|reopening|reopened|based|located)\\s{1,2})?at"
                    + "|(?:moved|moving|relocating|relocated)\\s{1,2}to)\\s{1,2})"
                    + "|\\b(?i:find us at|you can find us at|we're at|we are at|we're based at|we are based at|"
                    + "we've moved to|we have moved to|we're moving to|we are moving to|our new home at|"
                    + "our new home is at|our new base is at|you['’]ll find it at|you will find it at|you can find it at|"
                    + "taking place at|takes place at|will take place at|venue:)\\s{1,2})$");
    // Round 10: a postcode given for a public building named just before it, with the street or place between and no
    // house number: "at Kingswood Academy, Wawne Road, HU7 4WR", "Force HQ, Brambleside, Stafford ST18 0YY". Tried only
    // in the 80 characters before a postcode, anchored at it: linear.
    private static final Pattern VENUE_PLACE_BEFORE =
            Pattern.compile("\\b(?i:" + PUBLIC_BUILDINGS + "|hospital|ground|showground|park|market hall|union)"
                    + "(?!\\s{1,2}(?:Road|Rd|Street|St|Lane|Avenue|Ave|Close|Drive|Way|Grove|Crescent|Place|Court|"
                    + "Terrace|Gardens|Walk|Hill|Row|Square|Mews|Parade|Rise|View|Green|Yard|Gate|Croft)\\b)"
                    + "(?:\\s{1,2}[A-Z][A-Za-z'’-]{1,20}){0,2}"
                    // Round 13: "Wellingborough police station at Midland Road, NN8 1HF"
                    + "(?:\\s{1,2}(?:at|on|in|off))?"
                    + "(?:,?\\s{1,2}[A-Z][A-Za-z'’-]{1,20}(?:\\s{1,2}[A-Z][A-Za-z'’-]{1,20}){0,2}){0,3},?\\s{1,2}$");

    // Someone's home said just before the venue ("lives in the flat above the Red Lion pub, 3 Market Place"): the
    // address is still a home's.
    // Round 11: not "where you live" or "where we live": an appeal or a recruiting line says that of its readers.
    private static final Pattern HOME_BEFORE =
            Pattern.compile("(?i)\\b(?:(?<!\\bwhere\\syou\\s)(?<!\\bwhere\\swe\\s)lives?|living|lived|resides?|resident"
                    + "|(?:his|her|their|whose)\\s(?:home|house|flat)|flat\\sabove)\\b");

    // Round 11: a post that invites the public to an event names its venue, often a shop, a café or a landmark no
    // list of building words holds: "Coffee with a Cop this Friday at Costa, 14 Fore Street, Exeter EX4 3AN, 11am to
    // 1pm", "a bag pack at Asda, Brunswick Way, Liverpool L3 4BN on Saturday", "at the Grand Pier, Marine Parade,
    // Weston-super-Mare BS23 1AL". The named place is "at / outside / inside / opposite" one to five capitalised words
    // and a comma, with only the street and town between it and the number or postcode (tried in the 90 characters
    // before them, anchored there). It counts only in a post that invites people (EVENT_INVITES, whole words) and
    // gives a day, a date or a time, and never when the place starts with a first name, a surname or a title ("at Mary
    // Jones, 14 Fore Street", "outside Smith's, 14 Mill Lane", "at Mrs Patel's"). Words and separators share no
    // character and the street's words are taken possessively, so a hostile run of hyphens or letters cannot be split
    // many ways (WorstCase "event-hyphens").
    private static final String PLACE_WORD = "[A-Za-z][A-Za-z'’]{0,20}+(?:-[A-Za-z][A-Za-z'’]{0,20}+){0,3}+";
    private static final Pattern NAMED_PLACE_BEFORE =
            Pattern.compile("\\b(?:at|outside|inside|opposite)\\s{1,2}(?:the\\s{1,2})?"
                    + "([A-Z][A-Za-z'’&]{0,20}+(?:-[A-Za-z][A-Za-z'’&]{0,20}+){0,3}+(?:\\s{1,2}+[A-Z][A-Za-z'’&]{0,20}+){0,4}+),"
                    + "\\s{1,2}+(?:(?:\\d{1,4}+[A-Za-z]?\\s{1,2}+)?(?=[A-Z])" + PLACE_WORD + "(?:\\s{1,2}+" + PLACE_WORD
                    + "){0,3}+,?\\s{1,2}+){0,3}+$");
    // Words of an invitation to an event, as whole words ("event" is not "prevent", "stall" is not "installed").
    private static final Pattern EVENT_INVITES = Pattern.compile("(?i)\\b(?:join us|come along|come and|come down|"
            + "pop along|pop in|pop down|drop-in|all welcome|everyone welcome|welcome to all|say hello|event|fair|"
            + "workshop|open day|fun day|coffee with|cuppa|bag pack|"
            // Round 16 (clean16): marking with a word between ("free cycle security marking at Asda, ..."), a beat
            // or street surgery, a pop-up stand, and things given out.
            + "(?:bike|cycle|property|tool|quad|trailer)\\s{1,2}marking|security\\s{1,2}marking|"
            + "beat\\s{1,2}surgery|street\\s{1,2}surgery|pop-up|giving\\s{1,2}out|handing\\s{1,2}out|"
            + "info evening|information evening|stall|we'll be at|we will be at|we're at|we are at|"
            + "drop-off|drop off|collection point|donation point|toy appeal|safety day)\\b");
    // A day, a date or a time in the post: "this Friday", "on 12 October", "11am", "10am to 2pm".
    private static final Pattern DAY_OR_TIME = Pattern.compile("(?i)\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b"
            + "|\\b\\d{1,2}(?:st|nd|rd|th)?\\s{1,2}(?:january|february|march|april|may|june|july|august|september"
            + "|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\b"
            + "|\\b\\d{1,2}(?:[.:]\\d{2})?\\s?(?:am|pm)\\b|\\b(?:today|tomorrow|tonight|this weekend)\\b"
            // Round 16 (clean16): a 24-hour time range ("10:00 to 14:00", "12:00-14:00").
            + "|\\b[0-2]\\d:[0-5]\\d\\s{0,2}(?:-|to|until|till|\\u2013)\\s{0,2}[0-2]\\d:[0-5]\\d\\b");
    // Business premises are not anyone's home: "Unit 4, Harrowfield Business Park", "12 Riverside Retail Park".
    private static final Pattern PREMISES = Pattern.compile(
            "(?:Business|Industrial|Trading|Retail|Enterprise|Science|Technology|Office)\\s(?:Park|Estate|Centre|Village)"
                    + "|Shopping\\s(?:Centre|Park)");

    private static final Pattern VENUE = Pattern.compile(
            "(?i)\\b(?:(?:library|community (?:centre|center|hall)|village hall|church hall|police station|surgery|drop-in|"
                    + "pop-up|event|stall|cafe|leisure centre|town hall|market|open day|fun day|school hall|front counter|front desk|"
                    + "enquiry office|ward panel|panel meeting|public meeting|community meeting|residents' meeting|"
                    + "pact meeting|beat meeting"
                    // Round 16: the force's own buildings and a stand at a show ("Our station at Brecon (Lon Cerrig,
                    // LD3 9DA) is closed", "Police HQ", "a stand at the Royal Highland Show")
                    + "|our station|police hq|force hq|headquarters|showground|a stand at|our stand)\\b|café(?!\\p{L}))");

    @Override
    public String name() {
        return "personal-data.address";
    }

    @Override
    public Category category() {
        return Category.PERSONAL_DATA;
    }

    // Every word VENUE can match, in lower case: a post holding none of them needs no VENUE search, the costliest
    // regular expression here (it is tried at every position of the post).
    private static final List<String> VENUE_WORDS = List.of(
            "library",
            "community centre",
            "community center",
            "community hall",
            "village hall",
            "church hall",
            "police station",
            "surgery",
            "drop-in",
            "pop-up",
            "event",
            "stall",
            "caf",
            "leisure centre",
            "town hall",
            "market",
            "open day",
            "fun day",
            "school hall",
            "front counter",
            "front desk",
            "enquiry office",
            // Round 10: a public meeting notice names its venue ("Ward panel meeting - 7pm, upstairs at The Swan, 14
            // High Street"): the address is LOW, as for an event or a drop-in.
            "ward panel",
            "panel meeting",
            "public meeting",
            "community meeting",
            "residents' meeting",
            "pact meeting",
            "beat meeting",
            "our station",
            "police hq",
            "force hq",
            "headquarters",
            "showground",
            "a stand at",
            "our stand");

    @Override
    public List<Finding> detect(String text, CheckContext context) {
        return detect(AnalysedText.of(text), context);
    }

    @Override
    public List<Finding> detect(AnalysedText analysed, CheckContext context) {
        String text = analysed.original();
        List<Finding> findings = new ArrayList<>();
        List<MatchResult> streets =
                new ArrayList<>(Windows.nearDigits(STREET_WINDOWS, text, Windows.digits(analysed), 0, 160, 1));
        streets.removeIf(street -> FAMOUS.contains(street.group())
                || COUNTED_BUILDINGS.matcher(street.group()).lookingAt());
        for (MatchResult lower : lowerCaseAddresses(text)) {
            if (streets.stream()
                    .noneMatch(street -> street.start() <= lower.start(1) && lower.start(1) < street.end())) {
                streets.add(new Found(lower.start(1), lower.end()));
            }
        }
        List<MatchResult> postcodes = Windows.nearDigits(POSTCODE_WINDOWS, text, Windows.digits(analysed), 2, 8, 1);
        String lower = LowerCase.of(analysed);
        for (MatchResult numbered : numbersWithStreet(text, lower)) {
            if (streets.stream()
                    .noneMatch(street -> street.start() < numbered.end() && numbered.start() < street.end())) {
                streets.add(numbered);
            }
        }
        for (MatchResult house : namedHouses(text)) {
            if (streets.stream().noneMatch(street -> street.start() < house.end() && house.start() < street.end())) {
                streets.add(house);
            }
        }
        List<MatchResult> forces = forcesPostcodes(text, lower);
        if (!forces.isEmpty()) {
            postcodes = new ArrayList<>(postcodes);
            postcodes.addAll(forces);
        }
        List<Finding> placed = placedHomes(analysed, text, lower);
        if (streets.isEmpty() && postcodes.isEmpty()) {
            return placed;
        }
        boolean venue = mayNameVenue(lower) && VENUE.matcher(text).find();
        int dropped = -1; // the end of the last address left out as a venue's or business premises'
        int kept = -1; // the end of the last address flagged
        EventPost event = new EventPost(text);
        for (MatchResult street : streets) {
            int start = withFlat(text, street.start());
            if (isPremises(text, street) || boundToVenue(text, start) || eventAtNamedPlace(text, start, event)) {
                dropped = Math.max(dropped, street.end());
                continue;
            }
            kept = Math.max(kept, street.end());
            findings.add(new Finding(
                    Category.PERSONAL_DATA,
                    "personal-data.street-address",
                    new Span(start, street.end()),
                    venue ? Severity.LOW : Severity.HIGH,
                    venue ? 0.5 : 0.9,
                    venue
                            ? "This looks like an address with a house number. Fine for a public venue, but not for"
                                    + " someone's home."
                            : "This looks like someone's home address: the house number identifies the household.",
                    "Remove the house number: give the street or the town only, for example 'Church Lane' or 'an address"
                            + " in Stroud'."));
        }
        for (MatchResult postcode : postcodes) {
            String value = postcode.group();
            // not the postcode of an address flagged just before it
            boolean apart = kept < 0 || postcode.start() - kept > 80;
            if (!hasLetter(value)
                    || isLowerCaseWord(value)
                    || followsDropped(text, dropped, postcode.start())
                    || apart && postcodeOfVenue(text, postcode.start())
                    || apart && bareInVenuePost(text, venue, postcode.start())
                    || apart && eventAtNamedPlace(text, postcode.start(), event)) {
                continue;
            }
            findings.add(new Finding(
                    Category.PERSONAL_DATA,
                    "personal-data.postcode",
                    new Span(postcode.start(), postcode.end()),
                    venue ? Severity.LOW : Severity.MEDIUM,
                    venue ? 0.5 : 0.85,
                    "A full postcode narrows a place down to a few homes.",
                    "Use only the first half of the postcode (for example 'GL5') or the area's name."));
        }
        for (Finding home : placed) {
            if (findings.stream().noneMatch(found -> found.span().overlaps(home.span()))) {
                findings.add(home);
            }
        }
        return findings;
    }

    // Round 15 (fix15a): a home given without a street address. A flat's number with an age in the post and a named
    // block near it ("Residents of Carrick House: a 67-year-old woman in Flat 9b was targeted"); and a bare house
    // number placed by "at", "from" or "lives at" with a person's first name near it ("the lady at number 22,
    // Maureen", "It's Dylan, he lives with his nan at number 3"). Anchored on "flat", "apartment", "number" and "no",
    // each read over a bounded window.
    private static final Pattern FLAT_NUMBER =
            Pattern.compile("(?i)(?:flat|apartment|apt\\.?)\\s{1,3}\\d{1,4}[a-z]?(?![\\w/-])");
    // A block's name: one to three capitalised words and a block word; not a court of law ("Crown Court").
    private static final Pattern BLOCK_NAME = Pattern.compile("(?<![\\w'’])(?!(?:Crown|Magistrates['’]?|County|Youth|"
            + "High|Sheriff|Family|Coroner['’]?s|Supreme|Appeal|Police|Council|Town)\\s)(?:[A-Z][a-z'’]{1,20}\\s{1,2}){1,3}"
            + "(?:House|Court|Tower|Towers|Heights|Mansions|Point|Lodge|Buildings|Block|Apartments|Wharf|Quay)\\b");
    private static final Pattern PERSON_AGE = Pattern.compile(
            "(?i)\\b\\d{1,3}[- ]years?[- ]old\\b|\\baged\\s{1,2}\\d{1,3}\\b" + "|,\\s{0,2}\\d{2}\\s{0,2},");
    private static final Pattern HOUSE_NUMBER = Pattern.compile("(?i)\\b(?:at|from|outside|opposite|to|about|near|"
            + "next\\s{1,2}door\\s{1,2}to)\\s{1,2}(?:number|no\\.?)\\s{0,2}\\d{1,4}[a-z]?(?![\\w/-])"
            // not a place in a list, a chart or a vote ("at number 5 in the awards vote")
            + "(?!\\s{0,2}(?:in|on|of|out|spot|place|position)\\b)");
    private static final int PLACED_REACH = 160;

    private static List<Finding> placedHomes(AnalysedText analysed, String text, String lower) {
        List<Finding> found = List.of();
        int seen = 0;
        int[] next = new int[HOME_ANCHORS.length];
        java.util.Arrays.fill(next, Integer.MIN_VALUE);
        for (int at = nextHomeAnchor(lower, 0, next);
                at >= 0 && seen < Windows.MAX_MATCHES;
                at = nextHomeAnchor(lower, at + 2, next)) {
            seen++;
            if (at > 0 && Character.isLetter(lower.charAt(at - 1))) {
                continue;
            }
            Span home = null;
            String message = null;
            if (lower.startsWith("flat", at) || lower.startsWith("ap", at)) {
                Matcher flat = FLAT_NUMBER.matcher(text).region(at, Math.min(text.length(), at + 20));
                int from = Math.max(0, at - PLACED_REACH);
                int to = Math.min(text.length(), at + PLACED_REACH);
                if (flat.lookingAt()
                        && BLOCK_NAME.matcher(text).region(from, to).find()
                        && PERSON_AGE.matcher(text).region(from, to).find()) {
                    home = new Span(at, flat.end());
                    message = "This gives the number of someone's flat with its block's name: together they identify"
                            + " the household.";
                }
            } else {
                int start = Math.max(0, at - 40);
                Matcher number = HOUSE_NUMBER.matcher(text).region(start, Math.min(text.length(), at + 12));
                while (number.find()) {
                    if (number.end() > at
                            && number.start() < at
                            && personNamedNear(analysed, text, lower, number.start(), number.end())) {
                        home = new Span(number.start(), number.end());
                        message = "This places a named person at a house number, which identifies their home.";
                        break;
                    }
                }
            }
            if (home != null) {
                if (found.isEmpty()) {
                    found = new ArrayList<>();
                }
                found.add(new Finding(
                        Category.PERSONAL_DATA,
                        "personal-data.street-address",
                        home,
                        Severity.HIGH,
                        0.8,
                        message,
                        "Remove the flat or house number: say 'a resident' or give the street or the town only."));
            }
        }
        return found;
    }

    /**
     * The next "flat", "apartment", "apt", "number" or "no." at or after {@code from}, or -1. {@code next} keeps each
     * anchor's next place between calls (Integer.MIN_VALUE before the first, -1 when there is none left), so the post
     * is scanned once per anchor in all.
     */
    private static int nextHomeAnchor(String lower, int from, int[] next) {
        int best = -1;
        for (int k = 0; k < HOME_ANCHORS.length; k++) {
            if (next[k] != -1 && next[k] < from) {
                next[k] = lower.indexOf(HOME_ANCHORS[k], from);
            }
            if (next[k] >= 0 && (best < 0 || next[k] < best)) {
                best = next[k];
            }
        }
        return best;
    }

    private static final String[] HOME_ANCHORS = {"flat ", "apartment ", "apt ", "apt. ", "number ", "no."};

    /** A first name, alone or in a full name, within {@value #NAME_REACH} characters either side of a house number. */
    private static boolean personNamedNear(AnalysedText analysed, String text, String lower, int start, int end) {
        int from = Math.max(0, start - NAME_REACH);
        int to = Math.min(text.length(), end + NAME_REACH);
        for (NameFinder.Mention mention : NameFinder.find(analysed)) {
            if (mention.start() >= from && mention.end() <= to) {
                return true;
            }
        }
        for (Span word : ContemptDetector.capitalisedWords(text.substring(from, to))) {
            int i = from + word.start();
            int wordEnd = from + word.end();
            if (NameFinder.isLoneFirstName(lower.substring(i, wordEnd))
                    && ContemptDetector.loneNameAnywhere(
                            text, lower.substring(Math.max(0, i - 12), i).stripTrailing(), wordEnd)) {
                return true;
            }
        }
        return false;
    }

    private static final int NAME_REACH = 100;

    // A British Forces Post Office number, a serving member's postcode: "BFPO 58", "bfpo 801".
    private static final Pattern BFPO = Pattern.compile("(?i)bfpo\\s{0,2}\\d{1,4}(?![\\w/])");

    /** "BFPO 58" wherever "bfpo" stands as a word before a number; "BFPO addresses" and "the BFPO service" are not. */
    private static List<MatchResult> forcesPostcodes(String text, String lower) {
        List<MatchResult> found = List.of();
        Matcher m = null;
        for (int at = lower.indexOf("bfpo");
                at >= 0 && at < text.length() && found.size() < Windows.MAX_MATCHES;
                at = lower.indexOf("bfpo", at + 4)) {
            if (at > 0 && Character.isLetterOrDigit(lower.charAt(at - 1))) {
                continue;
            }
            if (m == null) {
                m = BFPO.matcher(text);
            }
            m.region(at, Math.min(text.length(), at + 11));
            if (m.lookingAt()) {
                if (found.isEmpty()) {
                    found = new ArrayList<>();
                }
                found.add(m.toMatchResult());
            }
        }
        return found;
    }

    /** The venue or the force itself named right before the address: "Ockley library, 4 Mill Lane". */
    private static boolean boundToVenue(String text, int start) {
        return Windows.foundBefore(VENUE_BEFORE, text, start, 60) && !Windows.foundBefore(HOME_BEFORE, text, start, 60);
    }

    /**
     * Round 16: a postcode with no house number flagged before it, in a post that names a public venue or the force's
     * own building (VENUE), and no one's home said in the 120 characters before it: the venue's postcode, however the
     * day, the time or the building's name stand between ("Open day at Middlesbrough Police HQ, Saturday 10am-3pm,
     * Bridge Street West, TS2 1AB", "the station front desk in Dumfries is open 8am-6pm. Address is Cornwall Mount, DG1
     * 1PZ"). Not when a home, a victim or a suspect is said before it (SOMEONES_PLACE), and a home's postcode given with
     * its house number ("lives at 4 Elm Road, GL5 1AB") stays.
     */
    private static boolean bareInVenuePost(String text, boolean venue, int start) {
        return venue
                && !Windows.foundBefore(HOME_BEFORE, text, start, 120)
                && !Windows.foundBefore(SOMEONES_PLACE, text, start, 120);
    }

    // Someone's home or someone the post is about, said before a bare postcode ("next door to the victim's home, KT9
    // 2QW"): the postcode may be theirs.
    private static final Pattern SOMEONES_PLACE =
            Pattern.compile("(?i)\\b(?:victims?|suspects?|offenders?|home|house|flat)\\b");

    /**
     * A public building named just before the postcode, only its street or place between: "Kingswood Academy, Wawne
     * Road, HU7 4WR".
     */
    private static boolean postcodeOfVenue(String text, int start) {
        return Windows.foundBefore(VENUE_PLACE_BEFORE, text, start, 80)
                && !Windows.foundBefore(HOME_BEFORE, text, start, 80);
    }

    /**
     * A named place (not a person) just before the address or postcode at {@code at}, with only its street and town
     * between and no one's home said just before, in a post that invites people on a day or at a time: see
     * NAMED_PLACE_BEFORE. The anchored look-back comes first; the two searches of the whole post only when it finds a
     * place, and once per check however many addresses ask ({@link EventPost}).
     */
    private static boolean eventAtNamedPlace(String text, int at, EventPost event) {
        Matcher m = Windows.matchBefore(NAMED_PLACE_BEFORE, text, at, 90);
        if (m == null) {
            return false;
        }
        String first = m.group(1).split("[\\s'’]", 2)[0];
        String firstLower = first.toLowerCase(java.util.Locale.ROOT);
        return (NAMED_RETAILERS.contains(firstLower)
                        || !NameFinder.isAnyFirstName(firstLower) && !NameFinder.isSurnameOrPlural(firstLower))
                && !NameFinder.isTitle(first)
                && !first.equals("Dr")
                && !Windows.foundBefore(HOME_BEFORE, text, at, 90)
                && event.invites();
    }

    // Round 16 (clean16): national shops named after a family, whose first word reads as a surname ("bike marking at
    // Morrisons, Fenton, Stoke-on-Trent ST4 2RS, Saturday", "at Sainsbury's, ...", "outside Greggs, ..."): a venue.
    private static final java.util.Set<String> NAMED_RETAILERS = java.util.Set.of(
            "morrisons",
            "sainsbury",
            "sainsburys",
            "greggs",
            "halfords",
            "currys",
            "wickes",
            "selfridges",
            "debenhams",
            "dobbies",
            "marks",
            "wilko",
            "boots");

    /** Whether the post invites people on a day or at a time, searched for at most once per check. */
    private static final class EventPost {
        private final String text;
        private Boolean invites;

        EventPost(String text) {
            this.text = text;
        }

        boolean invites() {
            if (invites == null) {
                invites = EVENT_INVITES.matcher(text).find()
                        && DAY_OR_TIME.matcher(text).find();
            }
            return invites;
        }
    }

    /** The street, or the name it starts ("3B, Holloway Industrial Estate"), is business premises. */
    private static boolean isPremises(String text, MatchResult street) {
        Matcher m = PREMISES.matcher(text);
        m.region(street.start(), Math.min(text.length(), street.end() + 24));
        return m.find() && only(text, street.end(), m.start(), c -> c == ' ' || Character.isLetter(c));
    }

    /** A postcode written straight after an address that was left out belongs to it: "2 Orchard Way, HX3 7QT". */
    private static boolean followsDropped(String text, int droppedEnd, int postcodeStart) {
        if (droppedEnd < 0 || postcodeStart < droppedEnd) {
            return false;
        }
        if (postcodeStart - droppedEnd <= 3) {
            return only(text, droppedEnd, postcodeStart, c -> c == ',' || c == ' ');
        }
        // Round 13: the rest of the place between ("14 High Street, Newport, Isle of Wight, PO30 1SS"): capitalised
        // words, commas and the small words of place names only, within 40 characters.
        return postcodeStart - droppedEnd <= 40 && placeWordsOnly(text, droppedEnd, postcodeStart);
    }

    private static final Set<String> PLACE_NAME_LINKS = Set.of("of", "upon", "on", "under", "in", "le", "by", "the");

    private static boolean placeWordsOnly(String text, int from, int to) {
        int k = from;
        while (k < to) {
            char c = text.charAt(k);
            if (c == ',' || c == ' ') {
                k++;
                continue;
            }
            int end = k;
            while (end < to
                    && (Character.isLetter(text.charAt(end))
                            || text.charAt(end) == '-'
                            || text.charAt(end) == '\''
                            || text.charAt(end) == '’')) {
                end++;
            }
            if (end == k) {
                return false;
            }
            if (!Character.isUpperCase(c) && !PLACE_NAME_LINKS.contains(text.substring(k, end))) {
                return false;
            }
            k = end;
        }
        return true;
    }

    /** True when every character of {@code text} in {@code [from, to)} is one {@code allowed} accepts. */
    private static boolean only(String text, int from, int to, java.util.function.IntPredicate allowed) {
        for (int k = from; k < to; k++) {
            if (!allowed.test(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * False when {@code lower} holds none of VENUE's words, so VENUE cannot match: VENUE is case-insensitive for
     * ASCII only, so each of its matches lower-cases to one of these words.
     */
    private static boolean mayNameVenue(String lower) {
        for (String word : VENUE_WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Named houses with their street (NAMED_HOUSE_STREET), tried only at a comma whose word before is one of
     * HOUSE_WORDS written capitalised: one plain scan of the post's commas, then one bounded match per such word.
     */
    private static List<MatchResult> namedHouses(String text) {
        List<MatchResult> found = List.of();
        Matcher m = null;
        int tries = 0;
        for (int comma = text.indexOf(',');
                comma >= 0 && found.size() < Windows.MAX_MATCHES;
                comma = text.indexOf(',', comma + 1)) {
            int at = comma;
            while (at > 0 && comma - at < 10 && Character.isLetter(text.charAt(at - 1))) {
                at--;
            }
            if (at == comma
                    || !Character.isUpperCase(text.charAt(at))
                    || at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))
                    || !HOUSE_WORDS.contains(text.substring(at, comma).toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            if (++tries > Windows.MAX_MATCHES) {
                break;
            }
            if (m == null) {
                m = NAMED_HOUSE_STREET.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            // The house's name starts at most three words back ("The Old Vicarage", "Rose Cottage"): try those word
            // starts, anchored, farthest first so that "The" belongs to the name.
            int[] starts = new int[3];
            int count = 0;
            for (int from = previousWordStart(text, at); from >= 0 && count < 3 && at - from <= 40; ) {
                starts[count++] = from;
                from = previousWordStart(text, from);
            }
            for (int k = count - 1; k >= 0; k--) {
                m.region(starts[k], Math.min(text.length(), comma + 100));
                if (m.lookingAt() && comma <= m.end()) {
                    if (found.isEmpty()) {
                        found = new ArrayList<>();
                    }
                    found.add(m.toMatchResult());
                    break;
                }
            }
        }
        return found;
    }

    /** The start of the word before the one starting at {@code start}, across one or two spaces; -1 if none. */
    private static int previousWordStart(String text, int start) {
        int k = start - 1;
        int spaces = 0;
        while (k >= 0 && text.charAt(k) == ' ' && spaces < 2) {
            k--;
            spaces++;
        }
        if (spaces == 0 || k < 0 || !Character.isLetter(text.charAt(k))) {
            return -1;
        }
        int end = k;
        while (k >= 0 && end - k < 16 && Character.isLetter(text.charAt(k))) {
            k--;
        }
        return k + 1;
    }

    /**
     * Lower-case addresses, tried only at a number with a placing word just before it ("at 27", "outside no. 4"):
     * a cheap look back, so most numbers in a post cost no regular expression.
     */
    private static List<MatchResult> lowerCaseAddresses(String text) {
        List<MatchResult> found = List.of();
        Matcher m = null;
        int length = text.length();
        for (int i = 2; i < length; i++) {
            char c = text.charAt(i);
            char previous = text.charAt(i - 1);
            if (c < '0' || c > '9' || previous != ' ' && previous != '.' || !placedBefore(text, i)) {
                continue;
            }
            if (m == null) {
                m = LOWER_CASE_ADDRESS.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                found = new ArrayList<>();
            }
            m.region(i, Math.min(length, i + 70));
            if (m.lookingAt() && found.size() < Windows.MAX_MATCHES) {
                found.add(m.toMatchResult());
                i = m.end();
            }
        }
        return found;
    }

    // Round 19 (blind19b): the house number said with the word for number, away from the front of the street: after
    // the street ("Bert on Priory Lane (no.3) got his parcel back", "Kestrel Close, number 9,") or before it
    // with
    // "on" or "in" between ("no. 15 on Orchard Way", "number 7 in Mill Lane"). Tried only at "no." and "number"
    // standing as words, the street read over at most 80 characters before the word or 70 after it.
    private static final String STREET_NAME =
            "(?:(?:St\\.|[A-Z][a-z'’]{1,20}(?:-[A-Za-z][a-z]{1,20}){0,2})\\s{1,3}){1,3}" + "(?:" + SUFFIXES + ")\\b";
    private static final Pattern NUMBER_WORD_AFTER = Pattern.compile("(?i:number|no\\.)\\s{0,2}\\d{1,4}[a-z]?"
            // the number closed by punctuation: not a rank or a count ("Station Road, number 1 for potholes")
            + "(?=\\s{0,2}(?:[,;:.!?)\\u2013\\u2014]|-\\s|$))");
    private static final Pattern STREET_THEN_NUMBER =
            Pattern.compile("(?<![\\w'’])" + STREET_NAME + "\\s{0,2}[(,\\u2013\\u2014-]?\\s{0,2}$");
    private static final Pattern NUMBER_ON_STREET = Pattern.compile(
            "(?i:number|no\\.)\\s{0,2}\\d{1,4}[a-z]?" + "\\s{1,2}(?:on|in|along|off)\\s{1,2}" + STREET_NAME);
    // A bus, a route or a shirt before the number ("the number 7 bus on Orchard Way", "route no. 7 in Mill Lane").
    private static final Pattern NOT_A_HOME_BEFORE = Pattern.compile(
            "(?i)\\b(?:bus|buses|route|service|shirt|platform|gate|junction|stand|pitch|court)\\s{1,2}$");

    private static List<MatchResult> numbersWithStreet(String text, String lower) {
        List<MatchResult> found = List.of();
        int seen = 0;
        int[] next = {Integer.MIN_VALUE, Integer.MIN_VALUE};
        for (int at = nextNumberWord(lower, 0, next);
                at >= 0 && seen < Windows.MAX_MATCHES;
                at = nextNumberWord(lower, at + 3, next)) {
            seen++;
            if (at > 0 && Character.isLetterOrDigit(lower.charAt(at - 1))
                    || Windows.foundBefore(NOT_A_HOME_BEFORE, text, at, 20)) {
                continue;
            }
            MatchResult hit = null;
            Matcher on = NUMBER_ON_STREET
                    .matcher(text)
                    .region(at, Math.min(text.length(), at + 80))
                    .useTransparentBounds(true)
                    .useAnchoringBounds(false);
            if (on.lookingAt()) {
                hit = new Found(at, on.end());
            } else {
                Matcher number = NUMBER_WORD_AFTER
                        .matcher(text)
                        .region(at, Math.min(text.length(), at + 24))
                        .useTransparentBounds(true)
                        .useAnchoringBounds(false);
                if (number.lookingAt()) {
                    Matcher street = Windows.matchBefore(STREET_THEN_NUMBER, text, at, 80);
                    if (street != null) {
                        hit = new Found(street.start(), number.end());
                    }
                }
            }
            if (hit != null) {
                if (found.isEmpty()) {
                    found = new ArrayList<>();
                }
                found.add(hit);
            }
        }
        return found;
    }

    /**
     * The next "no." or "number" at or after {@code from}, or -1; {@code next} keeps each word's next place between
     * calls, so the post is scanned once for each.
     */
    private static int nextNumberWord(String lower, int from, int[] next) {
        String[] words = {"no.", "number"};
        int best = -1;
        for (int k = 0; k < 2; k++) {
            if (next[k] != -1 && next[k] < from) {
                next[k] = lower.indexOf(words[k], from);
            }
            if (next[k] >= 0 && (best < 0 || next[k] < best)) {
                best = next[k];
            }
        }
        return best;
    }

    private static final List<String> PLACING_WORDS =
            List.of("at", "outside", "opposite", "behind", "near", "from", "to", "on", "lives", "address", "addr");

    /** The word before the number (skipping a "no." between) places something there: "at", "outside". */
    private static boolean placedBefore(String text, int digit) {
        int end = skipSpaces(text, digit - 1);
        for (int round = 0; round < 2 && end > 0; round++) {
            if (text.charAt(end) == '.') {
                end--;
            }
            int start = end;
            while (start >= 0 && end - start < 8 && Character.isLetter(text.charAt(start))) {
                start--;
            }
            int length = end - start;
            if (length == 0 || start >= 0 && Character.isLetterOrDigit(text.charAt(start))) {
                return false;
            }
            if (length == 2 && text.regionMatches(true, start + 1, "no", 0, 2)) {
                end = skipSpaces(text, start); // "outside no. 48": look at the word before "no."
                continue;
            }
            for (String word : PLACING_WORDS) {
                if (word.length() == length && text.regionMatches(true, start + 1, word, 0, length)) {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    private static int skipSpaces(String text, int at) {
        int k = at;
        while (k >= 0 && at - k < 2 && text.charAt(k) == ' ') {
            k--;
        }
        return k;
    }

    /** "Flat 2, 14 Kingsway", "no. 48", "Rose Cottage, 4 Mill Lane": what comes before the number belongs to it. */
    private static int withFlat(String text, int start) {
        start = extendBack(NUMBER_WORD, text, start, 8);
        int flatWord = extendBack(FLAT_WORD, text, start, 12);
        if (flatWord < start) {
            return extendBack(HOUSE_NAME, text, flatWord, 48); // "Flat 12, Marlowe Court": the flat's own number
        }
        start = extendBack(FLAT, text, start, 24);
        return extendBack(HOUSE_NAME, text, start, 48);
    }

    private static int extendBack(Pattern pattern, String text, int start, int window) {
        Matcher m = pattern.matcher(text);
        m.region(Math.max(0, start - window), start);
        m.useTransparentBounds(true);
        return m.find() ? m.start() : start;
    }

    /** A match made from a wider one: the address part of a lower-case match. */
    private record Found(int start, int end) implements MatchResult {
        @Override
        public int start(int group) {
            return start;
        }

        @Override
        public int end(int group) {
            return end;
        }

        @Override
        public String group() {
            throw new UnsupportedOperationException();
        }

        @Override
        public String group(int group) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int groupCount() {
            return 0;
        }
    }

    private static boolean hasLetter(String value) {
        return Character.isLetter(value.charAt(0));
    }

    // "m25 5aa" typed in lower case is still a postcode, but a mixed-case word with digits ("Ab1 2cd") is not.
    private static boolean isLowerCaseWord(String value) {
        boolean upper = false;
        boolean lower = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            upper |= Character.isUpperCase(c);
            lower |= Character.isLowerCase(c);
        }
        return upper && lower;
    }
}
