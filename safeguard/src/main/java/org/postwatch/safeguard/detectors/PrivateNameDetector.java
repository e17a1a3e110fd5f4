package org.postwatch.safeguard.detectors;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postwatch.safeguard.engine.AnalysedText;
import org.postwatch.safeguard.engine.Category;
import org.postwatch.safeguard.engine.CheckContext;
import org.postwatch.safeguard.engine.Detector;
import org.postwatch.safeguard.engine.Finding;
import org.postwatch.safeguard.engine.Severity;
import org.postwatch.safeguard.engine.Span;

/**
 * Names of private individuals. How serious depends on who they are, read from the words around the name: a child,
 * or the complainant of a sexual offence, is CRITICAL (never named); a victim or witness is HIGH; a suspect, a
 * wanted or charged person, or anyone else is MEDIUM, for the communications team to judge. Officers and public
 * figures named in role ("PC Jones", "the PCC, Jane Smith") are not flagged, nor is an adult named as the subject of
 * a conviction or sentence ("Darren Kellock, 52, of Walton, was jailed today"): a court result is public under open
 * justice, and forces publish it every day. A child is still never named, and a victim named in the same post still is
 * flagged.
 */
public final class PrivateNameDetector implements Detector {

    private enum Role {
        CHILD,
        SEXUAL_OFFENCE_COMPLAINANT,
        VICTIM,
        SUSPECT,
        CONVICTED,
        AT_WORK,
        PERSON
    }

    private static final Pattern CHILD_AGE_AFTER = Pattern.compile(
            "(?:,\\s{0,2}(?:aged\\s{1,2})?|\\s{0,2}\\(\\s{0,2}(?:aged\\s{1,2})?|,?\\s{1,2}aged\\s{1,2})(\\d{1,2})\\b(?![./-]\\d)");
    private static final Pattern YEARS_OLD = Pattern.compile("(?i)\\b(\\d{1,2})[- ]year[- ]old\\b");

    // The name as the subject of a conviction or sentence: up to six appositives, each closed by a comma ("Jordan
    // Hale, 27, of Ashton Road, Oldham,", co-defendants "Liam Fenwick, 41, Jordan Pratt, 35, and Kevin Blake, 29,"),
    // none holding a clause or another person's part ("whose attacker", "was punched by", "a victim of"), then the verb
    // at once. "given a ..." counts only as a sentence or an order; a guilty plea counts; "admitted" only with an
    // offence after it ("admitted to hospital" is not a plea).
    private static final String APPOSITIVE = "\\s{0,2},(?![^,.;:!?()]{0,70}\\b(?:who|whose|which|that|by|was|were|is|"
            + "are|has|had|have|victims?|witness(?:es)?|complainants?|attackers?|abusers?|killers?|mother|father|partner|"
            + "wife|husband|son|daughter|charged|arrested|accused|suspected|remanded|wanted|bailed|released)\\b)"
            + "[^,.;:!?()]{1,70}";
    // Round 16 (pd16): one appositive may be a relative clause saying what the person did, closed by a comma before
    // the verb ("Liam Walsh, 27, who caused the crash while drunk, got four years", "Kyle Benson, who stabbed a man in
    // Wigan, was jailed"): not one where something was done to them ("who was attacked by", "who was hurt").
    private static final String WHO_APPOSITIVE = "\\s{0,2},\\s{0,2}who\\s{1,2}(?![^,.;:!?()]{0,120}\\b(?:by|victims?|"
            + "witness(?:es)?|complainants?|died|charged|remanded|accused|denies|denied|wanted|(?:was|were|been)\\s{1,2}"
            + "(?:attacked|assaulted|robbed|raped|stabbed|punched|injured|hurt|targeted|threatened|abused|stalked|"
            + "harassed|burgled|defrauded|scammed|killed))\\b)[^,.;:!?()]{1,120}";
    private static final String ANY_APPOSITIVE = "(?:" + APPOSITIVE + "|" + WHO_APPOSITIVE + ")";
    // Round 14: the last appositive may be a home town left open before the verb ("Ian Fowler, 52, of Kidderminster
    // received a suspended sentence"): "of" and up to four capitalised words.
    // Round 15: an age in brackets right after the name ("Craig Munro (44), from Nairn, was jailed"), as PSNI and
    // Scottish posts write it.
    private static final Pattern CONVICTED_AFTER =
            Pattern.compile("(?i)(?:\\s{0,2}\\(\\s{0,2}(?:aged\\s{1,2})?\\d{1,2}\\s{0,2}\\))?(?:"
                    // Round 16 (clean16): a court round-up's line, the name and its appositives, a colon and the term
                    // ("Kieran Williams, 25, of Port Talbot: 3 years for possession with intent to supply", "- Rebecca
                    // Lowe, 31, from Stockton: 10 months for theft", "...: 2 years suspended for 18 months").
                    // Round 16: also a dash for the colon ("Jamal Ashby, 24, of Middlesbrough – 7 years 4 months"), the
                    // age and town in brackets ("Mohammed Iqbal (29, Rochdale) 8 yrs;"), "yrs" and "mths", and the
                    // line or the item ending the term ("6 yrs\n", "2 yrs 4 mths, handling stolen goods").
                    + "(?:(?:" + APPOSITIVE
                    + "){1,6}\\s{0,2}(?::|[\\u2013\\u2014]|-(?=\\s))|\\s{0,2}\\(\\s{0,2}\\d{1,2}\\s{0,2},\\s{0,2}(?-i:[A-Z])"
                    + "[\\w'’ -]{1,30}\\)\\s{0,2}(?::|[\\u2013\\u2014]|-(?=\\s))?)"
                    + "\\s{1,3}(?:" + TermNumbers.PATTERN
                    + "\\s{1,2}(?:years?|months?|weeks?|yrs?|mths?)(?:\\s{1,2}(?:and\\s{1,2})?"
                    + "\\d{1,2}\\s{1,2}(?:months?|weeks?|mths?))?(?:['’]?\\s{1,2}(?:for|suspended|imprisonment|in\\s{1,2}(?:prison|jail|"
                    + "custody)|jail|custody|detention)\\b|\\s{0,2}(?:[.;,]|$)|[ \\t]{0,2}\\n)|(?:a\\s{1,2})?"
                    + "(?:suspended|community|custodial|conditional)\\s{1,2}(?:sentence|order|discharge)\\b|fined\\b|jailed\\b"
                    + "|banned\\s{1,2}(?:for|from)\\b)"
                    + "|(?:" + ANY_APPOSITIVE + "{1,6}\\s{0,2},\\s{1,3}"
                    + "|(?:" + APPOSITIVE
                    + "){0,5}\\s{0,2},\\s{0,2}of\\s{1,2}(?:(?-i:[A-Z0-9])[\\w'’-]{0,25}\\s{1,2}){1,4}"
                    + "|\\s{1,3}|(?=['’]s\\s))"
                    // Round 15: "were each sentenced", "were both jailed"; "disqualified from driving", "banned
                    // from keeping animals"; unpaid work or a term "given" ("was given 180 hours of unpaid work",
                    // "was handed 12 weeks in prison").
                    + "(?:(?:was|were|(?:has|['’]s)\\s{1,2}(?:now\\s{1,2})?been|have\\s{1,2}(?:now\\s{1,2})?been|had\\s{1,2}been)\\s{1,2}(?:(?:also|each|both|all|now)\\s{1,2})?"
                    + "(?:today\\s{1,2}|"
                    + "yesterday\\s{1,2}|(?:this|last)\\s{1,2}(?:week|month)\\s{1,2})?(?:jailed|sentenced|imprisoned|convicted|"
                    + "fined|found\\s{1,2}guilty|(?:banned|disqualified)\\s{1,2}from\\s{1,2}(?:driving|keeping)|disqualified|"
                    + "locked\\s{1,2}up|(?:given|handed)\\s{1,2}(?:a|an)\\s{1,2}"
                    + "(?:[a-z0-9-]{1,20}\\s{1,2}){0,3}?(?:sentence|order|discharge)|"
                    + "(?:given|handed)\\s{1,2}(?:\\d{1,3}|" + TermNumbers.WORD_ALTERNATION
                    + ")\\s{1,2}(?:hours?\\s{1,2}(?:of\\s{1,2})?(?:unpaid|community)|(?:years?|months?|weeks?)"
                    + "(?:['’]?\\s{1,2}(?:imprisonment|in\\s{1,2}prison|jail|custody|detention)))|"
                    + "ordered\\s{1,2}to\\s{1,2}(?:pay|carry\\s{1,2}out|complete|do|undertake|perform))\\b"
                    // Round 14: "received five years each", "received a suspended sentence", "received
                    // sentences totalling 11 years": a term or an order, not "received injuries" or "received a
                    // letter".
                    + "|(?:each\\s{1,2})?received\\s{1,2}(?:(?:a|an)\\s{1,2}(?:[a-z0-9-]{1,20}\\s{1,2}){0,3}?(?:sentence|order)|"
                    + "(?:(?:jail|prison|custodial)\\s{1,2})?sentences\\s{1,2}(?:totalling|of)|"
                    + TermNumbers.PATTERN
                    + "\\s{1,2}(?:years?|months?|weeks?)(?:['’]?\\s{1,2}(?:imprisonment|in\\s{1,2}prison|jail|custody|"
                    + "each))?)\\b"
                    // Round 15: the term said with "got", "will serve" or "is serving", and "sent to prison /
                    // behind bars".
                    // Round 16 (clean16): "was given four years." and "were handed six years for ...", checked by
                    // what follows as "got" is.
                    + "|(?:got|will\\s{1,2}serve|is\\s{1,2}(?:now\\s{1,2})?serving|must\\s{1,2}serve|(?:was|were)\\s{1,2}"
                    + "(?:(?:also|each|both)\\s{1,2})?(?:given|handed))\\s{1,2}" + TermNumbers.PATTERN
                    + "\\s{1,2}(?:years?|months?|weeks?)"
                    // Round 16 (clean16): the months after the years ("was given three years and four months.").
                    + "(?:\\s{1,2}and\\s{1,2}" + TermNumbers.PATTERN + "\\s{1,2}"
                    + "(?:months?|weeks?))?"
                    // mend15a: a ban alongside the term ("got four years and a driving ban at Leeds Crown Court")
                    + "(?:\\s{1,2}and\\s{1,2}(?:a|an)\\s{1,2}(?:[a-z0-9-]{1,20}\\s{1,2}){0,2}?(?:ban|disqualification))?"
                    // ... and then prison, a court, a conviction or an offence, or the end of the sentence: not
                    // "got five years of abuse from her partner", "will serve five years as chair".
                    + "(?:['’]?\\s{1,2}(?:imprisonment|in\\s{1,2}(?:prison|jail|custody)|behind\\s{1,2}bars|jail|custody)|"
                    + "\\s{1,2}(?:at|in)\\s{1,2}(?:[a-z][\\w'’-]{0,25}\\s{1,2}){0,4}?(?:crown|magistrates['’]?|sheriff|high)\\s{1,2}court|"
                    // Round 15 (fix15a): "after a jury convicted him", "after a jury found her guilty".
                    + "\\s{1,2}after\\s{1,2}(?:being\\s{1,2}(?:found|convicted)|pleading|admitting|a\\s{1,2}trial|"
                    + "(?:a|the)\\s{1,2}jury\\s{1,2}(?:convicted|found))|"
                    + "\\s{1,2}for\\s{1,2}(?:the\\s{1,2})?(?:murder|manslaughter|robbery|burglary|assault|theft|fraud|rape|arson|"
                    + "dangerous|causing|possession|supplying|drugs?|drink|stealing|attacking|wounding)|\\s{0,2}(?:[.;!]|$))"
                    + "|(?:was|were|has\\s{1,2}been|have\\s{1,2}been)\\s{1,2}(?:today\\s{1,2}|yesterday\\s{1,2})?(?:sent|put)\\s{1,2}"
                    + "(?:to\\s{1,2}(?:prison|jail)|behind\\s{1,2}bars)\\b"
                    // Round 16 (clean16): up to five words before the offence ("admitted a racially aggravated
                    // public order offence"), none of them "to", "that", a pronoun, a victim or a hospital.
                    + "|(?:(?:has|have)\\s{1,2})?(?:pleaded|pled)\\s{1,2}guilty\\b|(?:(?:has|have)\\s{1,2})?admitted\\s{1,2}(?:(?!(?:to|that|she|he|they|victims?|hospital|"
                    + "being)\\b)[a-z]{1,20}\\s{1,2}){0,5}?(?:counts?|charges?|offences?|"
                    + "possession|theft|burglary|robbery|assault|fraud|murder|manslaughter|causing|dangerous|drink[- ]driving|"
                    + "supplying|handling|affray|arson|stalking|harassment|wounding|attempted)\\b))");
    // A youth court, a youth sentence, a school year or an age under 18 "at the time" (a child is never named), or a
    // conviction undone (quashed, cleared, not guilty) anywhere in the sentence: the name is not a convicted adult's.
    private static final Pattern YOUTH_OR_CLEARED = Pattern.compile("(?i)\\b(?:youth\\s{1,2}court|youth\\s{1,2}"
            + "rehabilitation|detention\\s{1,2}and\\s{1,2}training|referral\\s{1,2}order|year\\s{1,2}\\d{1,2}|pupil|"
            + "school(?:boy|girl|child)|juvenile|teenager|(?:was|were)\\s{1,2}1[0-7]\\s{1,2}at\\s{1,2}the\\s{1,2}time|"
            + "quashed|overturned|cleared|acquitted|not\\s{1,2}guilty)\\b");
    // What may come before such a subject in its sentence: nothing, or a lead-in that ends in a colon or comma
    // ("Jailed:", "Following a trial at Maidstone Crown Court,"), not a verb or preposition ("who attacked Jane
    // Smith").
    // Round 16 (clean16): also a co-defendant after the first one's term and "and" ("Jason Doyle, 37, received four
    // years and Kevin Doyle, 41, received three years").
    // Round 16 (clean16): also a new line of a round-up's list, with or without a bullet ("...: 4 years for
    // burglary\nDanielle Foster, 27, ...", "\n• Marc Thorne, 41, ..."): one line in the post reads as one sentence.
    // Round 17 (pd17): also a clause opened by "after", "since" or "now that" ("Speaking outside court after Connor
    // Bates was jailed for life, ...").
    private static final Pattern LEAD_IN_ENDS = Pattern.compile("(?:^|[:;,\\u2013\\u2014•·▪◦*-]|\\n|,\\s{0,2}and|"
            + "\\b(?:years?|months?|weeks?)\\s{1,2}and|\\b(?:after|since|now\\s{1,2}that))[ \\t]{0,3}$");
    // Round 17 (pd17): the name as the object of its outcome ("Following the conviction of Adam Fenwick at Teesside
    // Crown Court", "PCC statement on the sentencing of Liam Dobbs"): a conviction or sentence is public.
    private static final Pattern OUTCOME_OF_BEFORE = Pattern.compile(
            "(?i)\\b(?:conviction|convictions|sentencing|"
                    + "jailing|imprisonment|sentence\\s{1,2}(?:handed|given|passed)\\s{1,2}(?:down\\s{1,2})?to)\\s{1,2}(?:of\\s{1,2})?$");
    // Round 16 (clean16): the name in apposition after the person's description, with no appositive of its own ("A
    // 33-year-old woman from Penarth, Joanne Francis, was jailed for 20 months"): the description is the whole lead-in.
    private static final Pattern DESCRIBED_LEAD_IN = Pattern.compile(
            "^\\s{0,3}(?:An?|The)\\s{1,2}\\d{1,2}-year-old\\s{1,2}"
                    + "(?:man|woman)\\s{1,2}(?:from|of)\\s{1,2}[A-Z][\\w'’-]{1,25}(?:\\s{1,2}[A-Z][\\w'’-]{1,25}){0,2}\\s{0,2},\\s{0,3}$");
    // Round 15: two lead-ins with no comma. A court and its day ("At Inverness High Court yesterday Craig Munro, 44,
    // ... was sentenced"); and a description of the person alone, from the start of the sentence ("Former care worker
    // Janet Lomas, 57, ... was jailed", "Builder Aled Hughes"): a capitalised word and up to three lower-case ones,
    // none a function word, a verb in -ed, a relation, a victim or a witness ("The man who attacked Jane Tolley",
    // "Victim Jane Smith", "Thanks to Jane Smith" are not lead-ins).
    private static final Pattern COURT_LEAD_IN =
            Pattern.compile("^\\s{0,3}(?:At|In)\\s{1,2}(?:[A-Z][\\w'’-]{0,25}\\s{1,2}){1,4}"
                    + "Court(?:\\s{1,2}(?:yesterday|today|(?:this|last)\\s{1,2}(?:week|month|morning|afternoon)|on\\s{1,2}[A-Z][a-z]{2,8}"
                    + "(?:\\s{1,2}\\d{1,2}(?:st|nd|rd|th)?(?:\\s{1,2}[A-Z][a-z]{2,8})?)?))?\\s{0,2},?\\s{0,3}$");
    // Round 16: the court's act opening the sentence, the convicted adult its object ("Jailing Tyler Marsh, 25, ...").
    private static final Pattern SENTENCING_LEAD_IN = Pattern.compile("^\\s{0,3}(?:Jailing|Sentencing)\\s{1,2}$");
    // Round 15: a headline of the sentence before a colon names the convicted person after it, with no verb needed
    // ("Jailed for six years: Craig Munro, 44, of Nairn.").
    // Round 15 (fix15a): "Found guilty and sentenced:", and a dash in the colon's place ("Guilty and sentenced –
    // Paul Rainer, 56, of Ipswich, ...").
    private static final Pattern HEADLINE_LEAD_IN = Pattern.compile("^\\s{0,3}(?:Jailed|Sentenced|Convicted|Imprisoned|"
            + "Guilty|Found\\s{1,2}guilty|Banned|Disqualified|Locked\\s{1,2}up)\\b[^.!?:\\u2013\\u2014]{0,60}"
            + "(?::|\\s[\\u2013\\u2014-])\\s{0,3}$");
    /**
     * Round 19 (blind19b): a social-media headline before the name, made only of capitals, emoji, hashtags and
     * separators ("GUILTY ✅ Mark Ellison, 41, ... has been jailed", "JAILED | ...", "🚨 SENTENCED 🚨 ..."): a lead-in
     * like a colon, so the verb after the name still has to say the person was convicted or sentenced. At most 40
     * characters; any lower-case letter outside a hashtag, or a digit, and it is not a headline.
     */
    static boolean headlineTokens(String text, int from, int to) {
        if (to - from > 40) {
            return false;
        }
        boolean capitals = false;
        boolean symbol = false;
        boolean inHashtag = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '#') {
                inHashtag = true;
                symbol = true;
            } else if (Character.isWhitespace(c)) {
                inHashtag = false;
            } else if (inHashtag && Character.isLetter(c)) {
                continue;
            } else if (Character.isLowerCase(c) || Character.isDigit(c)) {
                return false;
            } else if (Character.isUpperCase(c)) {
                capitals = true;
            } else {
                symbol = true;
            }
        }
        // "GUILTY Mark ..." alone would be a name run on from a capital word; a headline shows a symbol or two capitals
        return symbol || capitals && to - from >= 4 && Character.isWhitespace(text.charAt(to - 1));
    }

    // Round 15 (fix15a): the name as the object of a verdict: a jury, court, bench or judge "found" the person, then
    // the person's appositives, then "guilty" ("A jury at Cardiff Crown Court found Gareth Pryce, 51, of Caerphilly
    // guilty of ..."). Read over at most 100 characters before the name and 300 after it, in its sentence.
    private static final Pattern VERDICT_FOUND_BEFORE = Pattern.compile("(?i)\\b(?:jury|jurors|court|magistrates|"
            + "justices|bench|judge|sheriff)\\b[^.!?;]{0,80}\\bfound\\s{1,2}$");
    private static final Pattern VERDICT_GUILTY_AFTER = Pattern.compile(
            "(?i)(?:\\s{0,2}\\(\\s{0,2}(?:aged\\s{1,2})?\\d{1,2}\\s{0,2}\\))?(?:" + APPOSITIVE + "){0,5}"
                    + "(?:\\s{0,2},\\s{0,2}of\\s{1,2}(?:(?-i:[A-Z0-9])[\\w'’-]{0,25}\\s{1,2}){1,4}|\\s{0,2},\\s{1,3}|\\s{1,3})"
                    + "guilty\\b");
    // With only the headline to go on, a name followed in its clause by a victim's words is not the convicted person
    // ("Jailed for six years: Karen Price, who was attacked by her ex-partner, said she can finally move on").
    private static final Pattern HEADLINE_NOT_CONVICTED = Pattern.compile("(?i)\\b(?:who\\s{1,2}(?:was|were|had\\s{1,2}"
            + "been)\\s{1,2}(?:attacked|assaulted|robbed|raped|stabbed|punched|injured|hurt|targeted|threatened|"
            + "abused|stalked|harassed|burgled|defrauded|scammed)|victims?|said|says|told|thanked|thanks|praised|"
            + "welcomed|survivor|complainant)\\b");
    private static final Pattern DESCRIPTION_LEAD_IN = Pattern.compile("^\\s{0,3}(?!(?:[\\w'’-]{1,20}\\s{1,2}){0,3}?"
            + "(?i:who|whose|which|that|by|of|to|with|at|for|from|and|or|in|on|after|before|as|thanks|thank|victims?|"
            + "witness(?:es)?|complainants?|mum|dad|mother|father|wife|husband|partner|son|daughter|neighbour|friend|"
            + "family|said|says|told|named|called|police|officers?|we|our|the|a|an)\\b)"
            + "[A-Z][a-z'’-]{1,20}(?:\\s{1,2}[a-z][a-z'’-]{0,19}(?<!ed)){0,3}\\s{1,2}$");

    @Override
    public String name() {
        return "personal-data.name";
    }

    @Override
    public Category category() {
        return Category.PERSONAL_DATA;
    }

    @Override
    public List<Finding> detect(String text, CheckContext context) {
        return detect(AnalysedText.of(text), context);
    }

    @Override
    public List<Finding> detect(AnalysedText analysed, CheckContext context) {
        String text = analysed.original();
        List<NameFinder.Mention> mentions = NameFinder.find(analysed);
        if (mentions.isEmpty()) {
            return List.of();
        }
        Cues cues = Cues.of(analysed);
        boolean sexualOffence = cues.any(Cues.Cue.SEXUAL_OFFENCE);
        List<Finding> findings = new ArrayList<>();
        Role firstRole = null;
        for (NameFinder.Mention mention : mentions) {
            Role role = mention.repeat() && firstRole != null ? firstRole : role(text, mention, cues, sexualOffence);
            if (!mention.repeat() && firstRole == null) {
                firstRole = role;
            }
            if (role != Role.CONVICTED && role != Role.AT_WORK) {
                findings.add(finding(mention, role));
            }
        }
        return findings;
    }

    private static Role role(String text, NameFinder.Mention mention, Cues cues, boolean sexualOffence) {
        if (atWork(text, mention, cues, sexualOffence)) {
            return Role.AT_WORK;
        }
        Matcher age = CHILD_AGE_AFTER.matcher(text);
        age.region(mention.end(), Math.min(text.length(), mention.end() + 20));
        boolean ageGiven = age.lookingAt();
        if (ageGiven && Integer.parseInt(age.group(1)) < 18) {
            return Role.CHILD;
        }
        // Round 19 (blind19b): a school year right after the name is a pupil's ("Isla in Year 3", "Niamh, P7")
        if (!ageGiven && NameFinder.schoolYearAfter(text, mention.end()) && !NameFinder.adultTitled(text, mention)) {
            return Role.CHILD;
        }
        // From here an age given with the name is an adult's ("Jack Harris, 19, ... a loving son and brother"): family
        // words in the sentence ("son", "daughter") say whose child, not that a child is named.
        int from = cues.sentenceStart(mention.start());
        int to = cues.sentenceEnd(mention.end());
        Matcher yearsOld = YEARS_OLD.matcher(text);
        yearsOld.region(from, to);
        if (!ageGiven
                && (cues.inSentence(Cues.Cue.AGE, mention.start(), mention.end())
                                && yearsOld.find()
                                && Integer.parseInt(yearsOld.group(1)) < 18
                        || cues.inSentence(Cues.Cue.CHILD, mention.start(), mention.end())
                                && !NameFinder.adultTitled(text, mention)
                                && !NameFinder.adultRelationBefore(text, mention))) {
            return Role.CHILD;
        }
        if (convictedSubject(text, mention, from, to)
                || ageGiven && !mention.repeat() && convictedLater(text, mention, cues, from, to)) {
            return Role.CONVICTED;
        }
        boolean suspect = cues.inSentence(Cues.Cue.SUSPECT, mention.start(), mention.end())
                && !NameFinder.namedAsVictimOf(text, mention);
        if (sexualOffence && !suspect) {
            return Role.SEXUAL_OFFENCE_COMPLAINANT;
        }
        if (suspect) {
            return Role.SUSPECT;
        }
        if (cues.inSentence(Cues.Cue.VICTIM, mention.start(), mention.end())) {
            return Role.VICTIM;
        }
        return Role.PERSON;
    }

    /**
     * True when the name is a convicted adult's: the subject of a conviction or sentence in its sentence, or (an adult
     * age given) in one of the next sentences. For the contempt check, so a convicted person is not read as the
     * complainant of the offence they were convicted of.
     */
    static boolean convictedAdult(String text, NameFinder.Mention mention, Cues cues) {
        Matcher age = CHILD_AGE_AFTER.matcher(text);
        age.region(mention.end(), Math.min(text.length(), mention.end() + 20));
        boolean adultAge = age.lookingAt() && Integer.parseInt(age.group(1)) >= 18;
        int from = cues.sentenceStart(mention.start());
        int to = cues.sentenceEnd(mention.end());
        return convictedSubject(text, mention, from, to)
                || adultAge && !mention.repeat() && convictedLater(text, mention, cues, from, to);
    }

    /**
     * True when the name is the subject of a conviction or sentence in its sentence: nothing but a lead-in ending in a
     * colon or comma before it, its appositives after it, then "was jailed", "was found guilty", "pleaded guilty" and
     * the like. The sentence runs {@code [from, to)}.
     */
    static boolean convictedSubject(String text, NameFinder.Mention mention, int from, int to) {
        if (NameFinder.namedAsVictimOf(text, mention)) {
            return false;
        }
        if ((mention.start() - from <= 16
                        && SENTENCING_LEAD_IN
                                .matcher(text)
                                .region(from, mention.start())
                                .matches())
                || (foundBefore(text, mention.start())
                        && VERDICT_FOUND_BEFORE
                                .matcher(text)
                                .region(Math.max(from, mention.start() - 100), mention.start())
                                .find()
                        && VERDICT_GUILTY_AFTER
                                .matcher(text)
                                .region(mention.end(), Math.min(to, mention.end() + 300))
                                .lookingAt())) {
            // a judge's act opening the sentence ("Jailing Tyler Marsh, 25, ..."), or a verdict that "found" the
            // person guilty
            return !YOUTH_OR_CLEARED.matcher(text).region(from, to).find();
        }
        if (OUTCOME_OF_BEFORE
                .matcher(text)
                .region(Math.max(from, mention.start() - 40), mention.start())
                .find()) {
            return !YOUTH_OR_CLEARED.matcher(text).region(from, to).find();
        }
        Matcher before = LEAD_IN_ENDS.matcher(text);
        before.region(from, mention.start());
        if (!before.find()
                && !(mention.start() - from <= 90
                        && (COURT_LEAD_IN
                                        .matcher(text)
                                        .region(from, mention.start())
                                        .matches()
                                || DESCRIPTION_LEAD_IN
                                        .matcher(text)
                                        .region(from, mention.start())
                                        .matches()
                                || headlineTokens(text, from, mention.start())))) {
            return false;
        }
        Matcher after = CONVICTED_AFTER.matcher(text);
        after.region(mention.end(), Math.min(to, mention.end() + 300));
        boolean convictedAfter = after.lookingAt();
        boolean described = !convictedAfter
                && mention.end() + 2 < to
                && text.charAt(mention.end()) == ','
                && mention.start() - from <= 90
                && DESCRIBED_LEAD_IN.matcher(text).region(from, mention.start()).matches()
                && CONVICTED_AFTER
                        .matcher(text)
                        .region(mention.end() + 1, Math.min(to, mention.end() + 300))
                        .lookingAt();
        if (!convictedAfter
                && !described
                && !(mention.start() - from <= 90
                        && HEADLINE_LEAD_IN
                                .matcher(text)
                                .region(from, mention.start())
                                .matches()
                        && !HEADLINE_NOT_CONVICTED
                                .matcher(text)
                                .region(mention.end(), Math.min(to, mention.end() + 120))
                                .find())) {
            return false;
        }
        Matcher youth = YOUTH_OR_CLEARED.matcher(text);
        youth.region(from, to);
        return !youth.find();
    }

    // Round 17 (pd17): a court result that tells what the person did first and the outcome in a later sentence ("The
    // court heard Dean Hughes, 28, threatened the cashier with a knife. He has now been jailed for four years.",
    // "Aaron Fleet, 35, drove at 112mph ... Fleet has been banned ..."). The named adult (an age given) must be doing,
    // not done to, in their own sentence; the outcome's subject is "he", "she", "they" or the surname, read by the
    // same lead-in and verb patterns as a subject in the name's own sentence, or an object a jury "found ... guilty",
    // or a sentence that is only the outcome ("Guilty on all counts."). At most three sentences and 450 characters on.
    private static final Pattern DONE_TO_AFTER = Pattern.compile("(?i)\\b(?:(?:was|were|been|being|got|get)\\s{1,2}"
            + "(?:attacked|assaulted|robbed|raped|stabbed|punched|injured|hurt|targeted|threatened|abused|stalked|"
            + "harassed|burgled|defrauded|scammed|killed|hit|knocked|glassed|mugged|kicked|bitten|conned)|victims?|"
            + "witness(?:es)?|complainants?|survivors?|bereaved)\\b");
    // A charge or a coming hearing between the name and the outcome ("Charged: Shaun Kelly, 35. Kelly has been
    // convicted of violence 11 times"), or an outcome that is the person's record ("... jailed in 2019", "previously",
    // "11 times"): the outcome is not this case's.
    private static final Pattern STILL_BEFORE_COURT = Pattern.compile("(?i)\\b(?:charged|charge|remanded|will\\s{1,2}"
            + "appear|appears|due\\s{1,2}(?:to\\s{1,2}appear|before|in\\s{1,2}court|at)|bailed|accused|awaiting|denies|"
            + "trial\\s{1,2}(?:continues|date))\\b");
    private static final Pattern RECORD = Pattern.compile(
            "(?i)\\b(?:previously|before|already|times|history|record|" + "past|in\\s{1,2}(?:19|20)\\d\\d)\\b");
    private static final Pattern LATER_SUBJECT = Pattern.compile("\\b(?:[Hh]e|[Ss]he|[Tt]hey|him|her|them)\\b");
    // A time or a court before the later subject with no comma ("On Friday he was found guilty", "Yesterday at
    // Newcastle Crown Court he was jailed", "The jury disagreed and she was convicted").
    private static final Pattern LATER_LEAD_IN = Pattern.compile("^\\s{0,3}(?:(?:On|By|Last|This|Earlier|Yesterday|"
            + "Today|Now|Finally|Then|Later)\\b[^.!?;]{0,60}|[^.!?;]{0,60}\\b(?:and|but|so)|(?:At|In)\\s{1,2}[A-Z]"
            + "[^.!?;]{0,60}\\b(?:Court|court)\\b[^.!?;]{0,30})\\s{1,3}$");
    private static final Pattern OUTCOME_ONLY = Pattern.compile(
            "(?i)^\\s{0,3}(?:(?:found\\s{1,2})?guilty\\s{1,2}"
                    + "(?:on|of)\\b|(?:jailed|convicted|sentenced|imprisoned)\\s{1,2}(?:for|to|at|on|today|yesterday)\\b|"
                    + TermNumbers.PATTERN
                    + "\\s{1,2}(?:years?|months?|weeks?)\\s{1,2}(?:in\\s{1,2}(?:prison|jail|custody)|behind\\s{1,2}bars|jail)\\b)");

    private static boolean convictedLater(String text, NameFinder.Mention mention, Cues cues, int from, int to) {
        if (NameFinder.namedAsVictimOf(text, mention)
                || DONE_TO_AFTER
                        .matcher(text)
                        .region(mention.end(), Math.min(to, mention.end() + 120))
                        .find()) {
            return false;
        }
        int space = mention.end() - 1;
        while (space > mention.start() && !Character.isWhitespace(text.charAt(space))) {
            space--;
        }
        String surname = text.substring(space == mention.start() ? space : space + 1, mention.end());
        int limit = Math.min(text.length(), mention.end() + 450);
        int start = to;
        for (int sentence = 0; sentence < 3 && start < limit; sentence++) {
            while (start < limit && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            if (start >= limit) {
                return false;
            }
            int end = Math.min(limit, cues.sentenceEnd(start + 1));
            if (OUTCOME_ONLY.matcher(text).region(start, end).lookingAt()
                    || outcomeFor(text, mention.end(), surname, start, end)) {
                return !YOUTH_OR_CLEARED.matcher(text).region(from, end).find()
                        && !STILL_BEFORE_COURT.matcher(text).region(from, end).find()
                        && !RECORD.matcher(text).region(start, end).find();
            }
            if (end <= start) {
                return false;
            }
            start = end;
        }
        return false;
    }

    // The court's act with the person its object ("Magistrates in Wigan have jailed him for 18 weeks", "The judge gave
    // her 15 months"): a court, judge, jury or bench earlier in the sentence, the verb right before the pronoun.
    private static final Pattern OBJECT_OF_SENTENCE = Pattern.compile("(?i)\\b(?:court|judge|jury|jurors|magistrates|"
            + "bench|recorder|sheriff|justices)\\b[^.!?;]{0,60}\\b(?:jailed|sentenced|convicted|fined|banned|"
            + "disqualified|gave|handed|imprisoned|locked\\s{1,2}up)\\s{1,2}$");
    // Another actor the pronoun could stand for, between the name and the outcome: a man or woman ("pulled a woman
    // from her car. He ..." is still the named man), or an attacker, ex-partner or neighbour of either sex ("let a
    // neighbour in. He ...", "her ex-partner ... He ...").
    private static final Pattern MALE_ACTOR = Pattern.compile(
            "(?i)\\b(?:a|an|another|the|her|their)\\s{1,2}"
                    + "(?:[a-z-]{1,15}\\s{1,2})?(?:man|men|male|boyfriend|husband|stepfather|father|son|brother|lad|boy|ex|ex-partner|partner)\\b");
    private static final Pattern FEMALE_ACTOR = Pattern.compile(
            "(?i)\\b(?:a|an|another|the|his|their)\\s{1,2}"
                    + "(?:[a-z-]{1,15}\\s{1,2})?(?:woman|women|female|girlfriend|wife|stepmother|mother|daughter|sister|girl|ex|ex-partner|partner)\\b");
    private static final Pattern EITHER_ACTOR = Pattern.compile("(?i)\\b(?:a|an|another|the)\\s{1,2}"
            + "(?:[a-z-]{1,15}\\s{1,2})?(?:attacker|offender|suspect|defendant|accused|neighbour|thief|burglar|robber|"
            + "fraudster|conman|scammer|caller|gang|driver|motorist|co-accused)\\b");

    private static boolean otherActorBetween(String text, int from, int to, String pronoun) {
        if (EITHER_ACTOR.matcher(text).region(from, to).find()) {
            return true;
        }
        boolean male = pronoun.equals("he") || pronoun.equals("him");
        boolean female = pronoun.equals("she") || pronoun.equals("her");
        return (!female && MALE_ACTOR.matcher(text).region(from, to).find())
                || (!male && FEMALE_ACTOR.matcher(text).region(from, to).find());
    }

    /** The person's outcome in the sentence {@code [from, to)}: a pronoun or the surname as its subject or object. */
    private static boolean outcomeFor(String text, int mentionEnd, String surname, int from, int to) {
        int scan = Math.min(to, from + 120);
        Matcher subject = LATER_SUBJECT.matcher(text).region(from, scan);
        int at = -1;
        int atEnd = -1;
        if (subject.find()) {
            at = subject.start();
            atEnd = subject.end();
        }
        int named = surname.length() > 1 ? ContemptDetector.indexWithin(text, surname, from, scan) : -1;
        if (named >= 0
                && named < scan
                && (at < 0 || named < at)
                && (named + surname.length() >= text.length()
                        || !Character.isLetter(text.charAt(named + surname.length())))) {
            at = named;
            atEnd = named + surname.length();
        }
        if (at < 0) {
            return false;
        }
        boolean pronoun = at != named;
        if (pronoun
                && otherActorBetween(
                        text, mentionEnd, at, text.substring(at, atEnd).toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        NameFinder.Mention later = new NameFinder.Mention(at, atEnd, true, 1.0);
        return convictedSubject(text, later, from, to)
                || pronoun
                        && at - from <= 120
                        && OBJECT_OF_SENTENCE.matcher(text).region(from, at).find()
                || at - from <= 90
                        && LATER_LEAD_IN.matcher(text).region(from, at).matches()
                        && CONVICTED_AFTER
                                .matcher(text)
                                .region(atEnd, Math.min(to, atEnd + 300))
                                .lookingAt();
    }

    // Round 17 (pd17): a title and surname alone ("Mrs Patel", "Mr and Mrs Whitfield") tied to the place the person
    // works or volunteers, as staff are thanked: with the staff or team there ("Mrs Patel and the staff at the Co-op",
    // "Mr Baxter and all the staff at Tesco"), in a job at a place ("Mr Okafor, the caretaker at Greenway Primary",
    // "Ms Adeyemi, head of Year 9 at Parkside"), at a shop or a public building ("Mr Singh at the newsagents", "Mrs
    // Collins at the library"), their class or team ("Mrs Ward's reception class"), or leading volunteers ("led by Mrs
    // Dobson"). Not when the sentence says the person was harmed or suspected, nor in a post about a sexual offence:
    // "Mr Singh at the newsagents was robbed" is still a victim named.
    private static final Pattern AT_WORK_AFTER = Pattern.compile(
            "(?i)(?:,?\\s{1,2}(?:and|&)\\s{1,2}(?:all\\s{1,2})?"
                    + "(?:the|her|his|their|all|everyone|everybody)\\s{1,2}(?:[a-z0-9-]{1,20}\\s{1,2}){0,3}?(?:staff|team|teams|"
                    + "volunteers|crew|colleagues|workers|dinner\\s{1,2}ladies|pupils|students|class|members|parents|"
                    + "congregation|cadets|nurses|residents)\\b|,?\\s{1,2}and\\s{1,2}(?:everyone|everybody|all)\\s{1,2}(?:at|from)\\b"
                    + "|,\\s{0,2}(?:the\\s{1,2}|our\\s{1,2})?(?:[a-z-]{1,20}\\s{1,2}){0,3}?(?:manager|manageress|caretaker|head|"
                    + "headteacher|teacher|owner|landlord|landlady|licensee|librarian|receptionist|warden|chair|chairman|"
                    + "chairwoman|secretary|organiser|co-?ordinator|director|principal|proprietor|supervisor|leader)\\b"
                    + "[^,.;!?]{0,40}?\\b(?:at|of|for)\\b"
                    + "|\\s{1,2}(?:at|from)\\s{1,2}the\\s{1,2}(?:[a-z'’-]{1,20}\\s{1,2}){0,2}?(?:newsagents?|library|shop|stores?|"
                    + "post\\s{1,2}office|pharmacy|chemists?|garage|leisure\\s{1,2}centre|surgery|school|caf[eé]|pub|hotel|"
                    + "community\\s{1,2}centre|club|church|hall|bank|office|supermarket|petrol\\s{1,2}station|allotments?|"
                    + "food\\s{1,2}bank|hospice|museum|market)\\b"
                    + "|['’]s\\s{1,2}(?:(?:reception|nursery|year\\s{1,2}\\d{1,2})\\s{1,2})?(?:class|team|staff|shop|pupils)\\b)");
    private static final Pattern AT_WORK_BEFORE = Pattern.compile(
            "(?i)\\b(?:led|run|organised|chaired|headed|managed|coordinated|co-ordinated)\\s{1,2}by\\s{1,2}$");

    private static boolean atWork(String text, NameFinder.Mention mention, Cues cues, boolean sexualOffence) {
        if (sexualOffence || mention.repeat()) {
            return false;
        }
        int firstSpace = text.indexOf(' ', mention.start());
        if (firstSpace < 0
                || firstSpace >= mention.end()
                || !NameFinder.isTitle(text.substring(mention.start(), firstSpace))) {
            return false;
        }
        String rest = text.substring(firstSpace + 1, mention.end());
        if (rest.indexOf(' ') >= 0 && !rest.matches("and (?:Mrs|Mr|Ms|Miss)\\.? [\\p{L}'’-]{1,30}")) {
            return false; // "Mrs Jane Patel": a first name too, not how staff are thanked
        }
        if (cues.inSentence(Cues.Cue.VICTIM, mention.start(), mention.end())
                || cues.inSentence(Cues.Cue.SUSPECT, mention.start(), mention.end())) {
            return false;
        }
        return AT_WORK_AFTER
                        .matcher(text)
                        .region(mention.end(), Math.min(text.length(), mention.end() + 90))
                        .lookingAt()
                || AT_WORK_BEFORE
                        .matcher(text)
                        .region(Math.max(0, mention.start() - 20), mention.start())
                        .find();
    }

    /** "found" and one or two spaces right before {@code at}: the cheap test before the verdict patterns run. */
    private static boolean foundBefore(String text, int at) {
        int end = at;
        while (end > 0 && at - end < 2 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end < at && end >= 5 && text.regionMatches(true, end - 5, "found", 0, 5);
    }

    private static Finding finding(NameFinder.Mention mention, Role role) {
        Span span = new Span(mention.start(), mention.end());
        String rule = "personal-data.name";
        return switch (role) {
            case CHILD ->
                new Finding(
                        Category.PERSONAL_DATA,
                        "personal-data.name-child",
                        span,
                        Severity.CRITICAL,
                        mention.confidence(),
                        "This names a child. Children must not be identified in force posts.",
                        "Remove the name: describe the child by age and town instead, for example 'a nine-year-old girl from"
                                + " Stroud'.");
            case SEXUAL_OFFENCE_COMPLAINANT ->
                new Finding(
                        Category.PERSONAL_DATA,
                        "personal-data.name-sexual-offence-complainant",
                        span,
                        Severity.CRITICAL,
                        mention.confidence(),
                        "This seems to name the victim of a sexual offence, who has lifelong anonymity by law.",
                        "Remove the name and anything else that could identify them.");
            case VICTIM ->
                new Finding(
                        Category.PERSONAL_DATA,
                        rule,
                        span,
                        Severity.HIGH,
                        mention.confidence(),
                        "This names a victim or witness, a private individual.",
                        "Describe the person by age and town instead of naming them, for example 'a 34-year-old woman from"
                                + " Stroud', unless they or their family have agreed to the name.");
            case SUSPECT ->
                new Finding(
                        Category.PERSONAL_DATA,
                        rule,
                        span,
                        Severity.MEDIUM,
                        mention.confidence(),
                        "This names a suspect or someone charged. The communications team checks it is justified.",
                        "Use the name only for a charge or a wanted appeal the force has approved; otherwise give an age and"
                                + " a town, for example 'a 34-year-old man from Stroud'.");
            case CONVICTED, AT_WORK -> throw new IllegalArgumentException("a convicted subject is not flagged");
            case PERSON ->
                new Finding(
                        Category.PERSONAL_DATA,
                        rule,
                        span,
                        Severity.MEDIUM,
                        mention.confidence(),
                        "This looks like the name of a member of the public.",
                        "Remove the name unless the person has agreed to be named.");
        };
    }
}
