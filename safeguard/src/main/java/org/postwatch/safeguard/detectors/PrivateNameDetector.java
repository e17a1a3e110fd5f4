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
                    + "|\\s{1,3})"
                    // Round 15: "were each sentenced", "were both jailed"; "disqualified from driving", "banned
                    // from keeping animals"; unpaid work or a term "given" ("was given 180 hours of unpaid work",
                    // "was handed 12 weeks in prison").
                    + "(?:(?:was|were|has\\s{1,2}been|have\\s{1,2}been|had\\s{1,2}been)\\s{1,2}(?:(?:also|each|both|all)\\s{1,2})?"
                    + "(?:today\\s{1,2}|"
                    + "yesterday\\s{1,2}|(?:this|last)\\s{1,2}(?:week|month)\\s{1,2})?(?:jailed|sentenced|imprisoned|convicted|"
                    + "fined|found\\s{1,2}guilty|(?:banned|disqualified)\\s{1,2}from\\s{1,2}(?:driving|keeping)|disqualified|"
                    + "locked\\s{1,2}up|(?:given|handed)\\s{1,2}(?:a|an)\\s{1,2}"
                    + "(?:[a-z0-9-]{1,20}\\s{1,2}){0,3}?(?:sentence|order)|"
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
                    + "|(?:pleaded|pled)\\s{1,2}guilty\\b|admitted\\s{1,2}(?:(?!(?:to|that|she|he|they|victims?|hospital|"
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
    private static final Pattern LEAD_IN_ENDS = Pattern.compile("(?:^|[:;,\\u2013\\u2014•·▪◦*-]|\\n|,\\s{0,2}and|"
            + "\\b(?:years?|months?|weeks?)\\s{1,2}and)[ \\t]{0,3}$");
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
            if (role != Role.CONVICTED) {
                findings.add(finding(mention, role));
            }
        }
        return findings;
    }

    private static Role role(String text, NameFinder.Mention mention, Cues cues, boolean sexualOffence) {
        Matcher age = CHILD_AGE_AFTER.matcher(text);
        age.region(mention.end(), Math.min(text.length(), mention.end() + 20));
        boolean ageGiven = age.lookingAt();
        if (ageGiven && Integer.parseInt(age.group(1)) < 18) {
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
        if (convictedSubject(text, mention, from, to)) {
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
                                        .matches()))) {
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
            case CONVICTED -> throw new IllegalArgumentException("a convicted subject is not flagged");
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
