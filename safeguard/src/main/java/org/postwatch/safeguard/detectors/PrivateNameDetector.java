package org.postwatch.safeguard.detectors;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * figures named in role ("PC Jones", "the PCC, Jane Smith") are not flagged.
 */
public final class PrivateNameDetector implements Detector {

    private enum Role {
        CHILD,
        SEXUAL_OFFENCE_COMPLAINANT,
        VICTIM,
        SUSPECT,
        PERSON
    }

    private static final Pattern CHILD_AGE_AFTER = Pattern.compile(
            "^(?:,\\s{0,2}(?:aged\\s{1,2})?|\\s{0,2}\\(\\s{0,2}(?:aged\\s{1,2})?|,?\\s{1,2}aged\\s{1,2})(\\d{1,2})\\b");
    private static final Pattern YEARS_OLD = Pattern.compile("(?i)\\b(\\d{1,2})[- ]year[- ]old\\b");
    private static final Pattern CHILD_WORDS = Pattern.compile(
            "(?i)\\b(?:son|daughter|boy|girl|schoolboy|schoolgirl|pupil|child|children|kid|toddler|baby|teenager|"
                    + "teen|youngster|infant|grandson|granddaughter|primary|juniors|infants|year\\s{1,2}\\d{1,2}|"
                    + "under-?18|minor)\\b");
    private static final Pattern SEXUAL_OFFENCE = Pattern.compile(
            "(?i)\\b(?:rape[sd]?|raping|sexual(?:ly)?|indecent(?:ly)?|groom(?:ed|ing)|molest(?:ed|ation)?|"
                    + "upskirting|voyeurism|sextortion|intimate\\s{1,2}image|revenge\\s{1,2}porn|"
                    + "indecency|sex\\s{1,2}offen[cs]e)\\b");
    private static final Pattern VICTIM_WORDS = Pattern.compile(
            "(?i)\\b(?:victims?|witness(?:es)?|punched|attacked|assaulted|stabbed|robbed|mugged|killed|died|"
                    + "injured|hurt|snatched|stolen\\s{1,2}from|burgled|RIP|tragically|passed\\s{1,2}away|"
                    + "in\\s{1,2}memory|hit\\s{1,2}by|knocked\\s{1,2}down|threatened|abused|harassed|scammed|"
                    + "defrauded|conned|targeted|complainant|bereaved|funeral|condolences)\\b");
    private static final Pattern SUSPECT_WORDS = Pattern.compile(
            "(?i)\\b(?:wanted|suspects?|charged|arrested|remanded|convicted|sentenced|jailed|appears?|appeared|"
                    + "defendant|accused|occupier|stopped|found\\s{1,2}with|summonsed|bailed|released|"
                    + "pleaded|guilty|detained|recalled|absconded)\\b");

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
        List<NameFinder.Mention> mentions = NameFinder.find(text);
        if (mentions.isEmpty()) {
            return List.of();
        }
        boolean sexualOffence = SEXUAL_OFFENCE.matcher(text).find();
        List<Finding> findings = new ArrayList<>();
        Role firstRole = null;
        for (NameFinder.Mention mention : mentions) {
            Role role = mention.repeat() && firstRole != null ? firstRole : role(text, mention, sexualOffence);
            if (!mention.repeat() && firstRole == null) {
                firstRole = role;
            }
            findings.add(finding(mention, role));
        }
        return findings;
    }

    private static Role role(String text, NameFinder.Mention mention, boolean sexualOffence) {
        String after = text.substring(mention.end(), Math.min(text.length(), mention.end() + 80));
        String sentence = sentence(text, mention.start(), mention.end());
        Matcher age = CHILD_AGE_AFTER.matcher(after);
        if (age.find() && Integer.parseInt(age.group(1)) < 18) {
            return Role.CHILD;
        }
        Matcher yearsOld = YEARS_OLD.matcher(sentence);
        if (yearsOld.find() && Integer.parseInt(yearsOld.group(1)) < 18
                || CHILD_WORDS.matcher(sentence).find()) {
            return Role.CHILD;
        }
        boolean suspect = SUSPECT_WORDS.matcher(sentence).find() && !NameFinder.namedAsVictimOf(text, mention);
        if (sexualOffence && !suspect) {
            return Role.SEXUAL_OFFENCE_COMPLAINANT;
        }
        if (suspect) {
            return Role.SUSPECT;
        }
        if (VICTIM_WORDS.matcher(sentence).find()) {
            return Role.VICTIM;
        }
        return Role.PERSON;
    }

    /** The sentence holding the name, so the words around it describe this person and not another. */
    private static String sentence(String text, int start, int end) {
        int from = start;
        while (from > 0 && start - from < 200 && !isSentenceEnd(text, from - 1)) {
            from--;
        }
        int to = end;
        while (to < text.length() && to - end < 200 && !isSentenceEnd(text, to)) {
            to++;
        }
        return text.substring(from, Math.min(text.length(), to + 1));
    }

    private static boolean isSentenceEnd(String text, int at) {
        char c = text.charAt(at);
        return (c == '.' || c == '!' || c == '?' || c == '\n')
                && (at + 1 >= text.length() || Character.isWhitespace(text.charAt(at + 1)));
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
                        "Remove the name: say 'a nine-year-old girl from Stroud' instead.");
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
                        "Say 'a 34-year-old woman from Stroud' instead of her name, unless the family has agreed.");
            case SUSPECT ->
                new Finding(
                        Category.PERSONAL_DATA,
                        rule,
                        span,
                        Severity.MEDIUM,
                        mention.confidence(),
                        "This names a suspect or someone charged. The communications team checks it is justified.",
                        "Use the name only for a charge or a wanted appeal the force has approved; otherwise say"
                                + " 'a 34-year-old man from Stroud'.");
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
