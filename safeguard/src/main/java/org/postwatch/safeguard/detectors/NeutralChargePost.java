package org.postwatch.safeguard.detectors;

import java.util.regex.Pattern;

/**
 * A neutral charge announcement and nothing else: "A 51-year-old woman from Ely has been charged with fraud by abuse of
 * position. She will appear at Cambridge Magistrates' Court on 14 May." Every sentence is the charge, the court date,
 * remand or bail, or the usual appeal line. The issue names such posts as fine; the contempt meaning head does not read
 * them (round 24: blind23 and blind24 charge posts about a care home or a shop were held by the head alone).
 *
 * <p>Deliberately narrow. Not a post that says anything else: a word of evidence, record or character ("convictions",
 * "fingerprints", "CCTV", "serial", "prolific", "finally"), a sexual offence or a child, a relation of the complainant
 * ("his wife", "her son"), or a clause about what the accused did ("who", "after he"). Those go to the head and the
 * rules as before. Only short posts (at most {@value #MAX_LENGTH} characters, {@value #MAX_SENTENCES} sentences) are
 * read, so the patterns stay cheap on any input.
 */
final class NeutralChargePost {

    static final int MAX_LENGTH = 500;
    static final int MAX_SENTENCES = 4;

    /** The charge: "... has been charged with ...", "Three men have been charged in connection with ...". */
    private static final Pattern CHARGE = Pattern.compile(
            "^(?:[A-Z][^.!?]{0,160}?\\s)?(?:has|have|has now|have now)\\s+been\\s+charged\\s+(?:with|in\\s+connection\\s+with)\\b[^!?]{0,300}$");

    /** The court date, remand or bail: "She will appear at Cambridge Magistrates' Court on 14 May." */
    private static final Pattern COURT = Pattern.compile(
            "^(?:He|She|They|Both|All\\s+\\w+|The\\s+(?:man|woman|men|women|pair|trio|teenager|driver)|[A-Z][a-z]+(?:\\s+[A-Z][a-z'-]+)?)"
                    + "\\b[^.!?]{0,60}?\\b(?:will|is\\s+due\\s+to|are\\s+due\\s+to|is\\s+expected\\s+to|are\\s+expected\\s+to|is\\s+due|are\\s+due"
                    + "|(?:has|have)\\s+been\\s+(?:bailed|remanded|released\\s+on\\s+bail)|appeared|appears|appear)\\b[^!?]{0,200}$",
            Pattern.CASE_INSENSITIVE);

    /** Remand, bail or the appeal line on its own. */
    private static final Pattern ASIDE = Pattern.compile(
            "^(?:(?:He|She|They)\\s+(?:has|have)\\s+been\\s+(?:remanded\\s+in\\s+custody|released\\s+on\\s+bail|bailed)"
                    + "|Enquiries\\s+(?:are\\s+)?(?:ongoing|continue)|Anyone\\s+with\\s+information|(?:Please\\s+)?call\\s+101)"
                    + "[^!?]{0,200}$",
            Pattern.CASE_INSENSITIVE);

    /** Anything said beyond the charge: evidence, record, character, a complainant's identity, a child, a sexual offence. */
    private static final Pattern MORE = Pattern.compile(
            "\\b(?:who|whom|because|after\\s+(?:he|she|they)|admitted|confessed|caught|known|previous|again|guilty|monster"
                    + "|evidence|victim's|her\\s+(?:husband|son|daughter|mother|father|sister|brother|partner)"
                    + "|his\\s+(?:wife|son|daughter|mother|father|sister|brother|partner)|family\\s+home|niece|nephew|school"
                    + "|pupils?|child(?:ren)?|girl|boy|aged\\s+\\d|convictions?|serial|match(?:ed)?|fingerprints?|dna|cctv"
                    + "|footage|secretly|rap(?:e|ed|ing)|sexual(?:ly)?|voyeurism|indecent|grooming|well[- ]known|notorious"
                    + "|prolific|finally|at\\s+last|justice)\\b",
            Pattern.CASE_INSENSITIVE);

    private NeutralChargePost() {}

    /** True when {@code text} is only a neutral charge announcement (see the class comment). */
    static boolean only(String text) {
        String t = text.strip();
        if (t.isEmpty()
                || t.length() > MAX_LENGTH
                || t.indexOf("charged") < 0
                || MORE.matcher(t).find()) {
            return false;
        }
        String[] sentences = t.split("(?<=[.!?])\\s+");
        if (sentences.length > MAX_SENTENCES) {
            return false;
        }
        boolean charge = false;
        for (String s : sentences) {
            if (CHARGE.matcher(s).matches()) {
                charge = true;
            } else if (!COURT.matcher(s).matches() && !ASIDE.matcher(s).matches()) {
                return false;
            }
        }
        return charge;
    }
}
