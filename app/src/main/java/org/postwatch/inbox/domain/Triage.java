package org.postwatch.inbox.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.postwatch.inbox.InboundCategory;
import org.postwatch.inbox.KeywordRoute;
import org.postwatch.safeguard.Category;

/**
 * Classifies an incoming item on arrival: the inbox's own rules for risk to life, crime reports, intelligence,
 * questions and comments, plus the safeguard engine's findings for abuse. The riskiest category that matches wins, so
 * a threat inside an abusive message is still a risk to life. Pure and thread-safe.
 *
 * <p>Rules lean towards flagging: a false risk-to-life alert costs the desk a minute, a missed one can cost a life.
 * They still need a first person, a target or a weapon, so figures of speech ("this traffic is killing me", "I could
 * murder a brew", "dying to know") do not raise the alarm.
 */
public final class Triage {

    /** What triage decided, with the reasons a person can read. */
    public record Result(InboundCategory category, List<String> flags, String reason, String team) {
        public Result {
            flags = List.copyOf(flags);
        }
    }

    private record Rule(String flag, String reason, Pattern pattern) {}

    private static final Pattern MISSING = Pattern.compile(
            "\\b(missing|not (come|came) home|hasn'?t come home|(can'?t|cannot) find|not been seen|run away|ran away)\\b");

    /** Words that make a missing person vulnerable whatever else is said. */
    private static final Pattern VULNERABLE = Pattern.compile(
            "\\b(dementia|alzheimer'?s|autis(m|tic)|vulnerable|learning disabilit(y|ies)|suicidal|needs (his|her) medication)");

    /** Words that suggest a person, unless the message is about a pet or a thing. */
    private static final Pattern PERSON = Pattern.compile(
            "\\b((\\d{1,2}|eighty|ninety)[- ]?(year|yr)s?[- ]?old|(my|our|her|his) (son|daughter|mum|mom|dad|nan|nana"
                    + "|grandad|grandma|grandpa|wife|husband|child|kid|boy|girl|brother|sister)|child|toddler|teenager"
                    + "|pensioner|elderly)\\b");

    private static final Pattern THINGS = Pattern.compile(
            "\\b(cat|cats|kitten|dog|dogs|puppy|pup|tortoise|parrot|budgie|rabbit|hamster|horse|pony|ferret|snake"
                    + "|bike|bicycle|parcel|phone|wallet|keys|purse|car)\\b");

    private static final List<Rule> RISK_TO_LIFE = List.of(
            rule(
                    "self-harm",
                    "Suggests suicide or self-harm",
                    "\\b(kill(ing)? my ?self|end(ing)? (it all|my life|things)|take my (own )?life|tak(e|ing) my own life"
                            + "|(want|going|ready) to die\\b|better off dead|suicid(e|al)|self[- ]?harm|hurt(ing)? my ?self"
                            + "|no (reason|point) (to|in) (live|living|going on)|can'?t (go on|take (it|this) any ?more|cope any ?more)"
                            + "|(do not|don'?t) want to (be here|live|be alive) any ?more|(took|taken|take) an overdose"
                            + "|jump(ing)? (off|from) (the|a) (bridge|building|roof|car park)|say(ing)? goodbye to every ?one)"),
            rule(
                    "threat-to-life",
                    "Threatens to kill or hurt someone",
                    "\\b((i'?m|i am|i will|i'?ll|im|gonna|going to|(he|she|they)( i|'|)s|(he|she|they)'?ll|(he|she|they) will"
                            + "|(he|she|they) (says|said|is saying)( (he|she|they)('?ll| will| is going to| is gonna))?)"
                            + " ?(gonna |going to )?(kill|stab|shoot|murder|hurt|strangle|batter) "
                            + "(him|her|you|them|someone|somebody|me|us|my|his|the kids|everyone|anyone)"
                            + "|threat(en|ened|ening|s)? to (kill|stab|shoot|hurt|murder)"
                            + "|(kill|stab|shoot) (you|him|her|them) (all|dead|tonight|today))"),
            rule(
                    "weapon",
                    "Mentions someone with a weapon now",
                    "\\b((he|she|they|someone|a (man|woman|lad|guy|bloke))( has|'s| is| are|'ve| have)? (got|with|holding|waving|carrying)"
                            + " (a |an )?(knife|gun|blade|machete|firearm|shotgun|axe|weapon))"),
            rule(
                    "violence-now",
                    "Someone is being attacked now",
                    "\\b((he|she|they)('s| is| are) (hitting|beating|attacking|strangling|choking) (me|her|him|my)"
                            + "|(being|getting) (attacked|beaten|stabbed) (right )?now|help me .{0,20}(he|she|they)('s| is| are) (hitting|attacking|outside))"));

    private static final List<Rule> CRIME = List.of(rule(
            "crime-report",
            "Reports a crime",
            "\\b((i|we) (want|need|would like|'d like) to report|how (do|can) i report|report(ing)? a (crime|theft|burglary|assault)"
                    + "|(been|was|were|got|have been|has been) (burgled|robbed|mugged|assaulted|attacked|scammed|defrauded)"
                    + "|(my|our) [a-z ]{1,30} (was|were|has been|have been|got) (stolen|nicked|broken into|vandalised|smashed|keyed)"
                    + "|some(one|body) (stole|has stolen|nicked|broke into|smashed|keyed|has broken into|punched)"
                    + "|\\bbreak[- ]in\\b|hit and run|shoplifting|stolen from (my|our))"));

    private static final List<Rule> INTELLIGENCE = List.of(rule(
            "intelligence",
            "Gives information about crime or suspects",
            "\\b((dealing|selling) (drugs|weed|cannabis|coke|cocaine|crack|heroin|pills)|drug (dealing|dealer|deals)"
                    + "|dealers? (at|in|on|outside|from)|(smell|stink) of (cannabis|weed|skunk)|cannabis farm|county lines"
                    + "|cuckoo(ed|ing)|stolen goods|i know who (did|done|stole|broke|took)|(is|was) (hiding|staying) at"
                    + "|wanted (man|person|for)|(dodgy|suspicious) (cars?|vans?|people|activity|comings and goings)"
                    + "|people coming and going all night|(at|from) number \\d+ .{0,40}(dealing|drugs|selling))"));

    private static final Pattern ABUSE_WORDS = Pattern.compile(
            "\\b(acab|pigs|filth|scum|f+[u*@]+c?k+ (the|you|off)|useless (cops|coppers|police|lot)|bent coppers?|corrupt (cops|coppers|pigs))\\b");

    private static final Pattern QUESTION = Pattern.compile(
            "\\?|^(how|what|when|where|why|who|which|can|could|is|are|do|does|did|will|would|should|any (news|update)|anyone know)\\b");

    private Triage() {}

    /**
     * @param findings the safeguard engine's categories for the text (OFFENSIVE and CONTEMPT mean abuse)
     * @param routes the force's keyword routes; the first whose keyword appears as a word names the team
     */
    public static Result classify(String text, Set<Category> findings, List<KeywordRoute> routes) {
        String normal = normalise(text);
        Set<String> flags = new LinkedHashSet<>();
        List<String> reasons = new ArrayList<>();
        InboundCategory category = null;
        category = match(RISK_TO_LIFE, normal, flags, reasons, InboundCategory.RISK_TO_LIFE, category);
        if (missingVulnerable(normal)) {
            flags.add("missing-vulnerable");
            reasons.add("Reports a missing person who may be vulnerable");
            category = InboundCategory.RISK_TO_LIFE;
        }
        category = match(CRIME, normal, flags, reasons, InboundCategory.CRIME_REPORT, category);
        category = match(INTELLIGENCE, normal, flags, reasons, InboundCategory.INTELLIGENCE, category);
        boolean offensive = findings.contains(Category.OFFENSIVE)
                || ABUSE_WORDS.matcher(normal).find();
        if (offensive) {
            flags.add("abusive-language");
            reasons.add("Abusive or offensive language");
        }
        if (findings.contains(Category.CONTEMPT)) {
            flags.add("contempt-risk");
            reasons.add("Could prejudice a court case");
        }
        if (findings.contains(Category.PERSONAL_DATA)) {
            flags.add("personal-data");
            reasons.add("Contains someone's personal information");
        }
        if (category == null && (offensive || findings.contains(Category.CONTEMPT))) {
            category = InboundCategory.ABUSE;
        }
        if (category == null) {
            category = QUESTION.matcher(normal).find() ? InboundCategory.QUESTION : InboundCategory.COMMENT;
            reasons.add(category == InboundCategory.QUESTION ? "Asks a question" : "A comment");
        }
        return new Result(category, List.copyOf(flags), String.join("; ", reasons), team(normal, routes));
    }

    private static boolean missingVulnerable(String normal) {
        if (!MISSING.matcher(normal).find()) {
            return false;
        }
        return VULNERABLE.matcher(normal).find()
                || (PERSON.matcher(normal).find() && !THINGS.matcher(normal).find());
    }

    static String team(String normal, List<KeywordRoute> routes) {
        for (KeywordRoute route : routes) {
            String keyword = normalise(route.keyword());
            if (!keyword.isBlank()
                    && Pattern.compile("\\b" + Pattern.quote(keyword) + "(s|es)?\\b")
                            .matcher(normal)
                            .find()) {
                return route.team();
            }
        }
        return null;
    }

    static String normalise(String text) {
        return (text == null ? "" : text)
                .replace('\u2019', '\'')
                .replace('\u2018', '\'')
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .strip();
    }

    private static InboundCategory match(
            List<Rule> rules,
            String normal,
            Set<String> flags,
            List<String> reasons,
            InboundCategory when,
            InboundCategory already) {
        InboundCategory result = already;
        for (Rule rule : rules) {
            if (rule.pattern().matcher(normal).find()) {
                flags.add(rule.flag());
                reasons.add(rule.reason());
                if (result == null) {
                    result = when;
                }
            }
        }
        return result;
    }

    private static Rule rule(String flag, String reason, String regex) {
        return new Rule(flag, reason, Pattern.compile(regex));
    }
}
