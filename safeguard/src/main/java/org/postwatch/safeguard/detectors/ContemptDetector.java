package org.postwatch.safeguard.detectors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.postwatch.safeguard.engine.ActiveCase;
import org.postwatch.safeguard.engine.AnalysedText;
import org.postwatch.safeguard.engine.Category;
import org.postwatch.safeguard.engine.CheckContext;
import org.postwatch.safeguard.engine.Detector;
import org.postwatch.safeguard.engine.Finding;
import org.postwatch.safeguard.engine.ModelVeto;
import org.postwatch.safeguard.engine.Severity;
import org.postwatch.safeguard.engine.Span;
import org.postwatch.safeguard.text.AhoCorasick;
import org.postwatch.safeguard.text.WordList;

/**
 * Contempt of court: once someone is arrested or charged, comments on their guilt, character, record or the
 * evidence can prejudice the trial. Naming the complainant of a sexual offence, or anyone the force's active-case
 * list protects, is CRITICAL. Neutral charge announcements and post-verdict results are fine.
 */
public final class ContemptDetector implements Detector, ModelVeto {

    /** What a post about an arrest reads. */
    private static final AhoCorasick<String> PHRASES = phrases(null, "contempt-phrases.txt");
    /** What a post reads once someone is charged or due in court: the arrest phrases and many more. */
    private static final AhoCorasick<String> AFTER_CHARGE =
            phrases(null, "contempt-phrases.txt", "contempt-after-charge.txt");
    /**
     * Only the phrases that matter before anyone is arrested (kinds ending "-strong"): a post with no case in it
     * reads just these.
     */
    private static final AhoCorasick<String> STRONG =
            phrases("-strong", "contempt-phrases.txt", "contempt-after-charge.txt");

    private static final AhoCorasick<String> CONTEXT = phrases(null, "contempt-cues.txt");

    @Override
    public String name() {
        return "contempt";
    }

    @Override
    public Category category() {
        return Category.CONTEMPT;
    }

    @Override
    public List<Finding> detect(String text, CheckContext context) {
        return detect(AnalysedText.of(text), context);
    }

    @Override
    public List<Finding> detect(AnalysedText analysed, CheckContext context) {
        String text = analysed.original();
        List<Finding> findings = new ArrayList<>();
        String lower = LowerCase.of(analysed);
        Cues cues = Cues.of(analysed);
        boolean inCourt = courtMentioned(lower);
        boolean active = cues.any(Cues.Cue.PROCEEDINGS_ACTIVE) || inCourt;
        // the clause-stage words, found once, when a result word is in the post (round 23: one only wished for,
        // "can't wait to see him sentenced", does not make the post a result)
        List<AhoCorasick.Match<String>> stageWords =
                cues.any(Cues.Cue.PROCEEDINGS_CONCLUDED) ? ContemptStages.words(text) : null;
        boolean concluded = stageWords != null && !ContemptStages.resultOnlyAwaited(text, stageWords);
        boolean proceedingsLive = active && !(concluded && !mentionsFutureHearing(lower));
        List<ActiveCase> named = namedCases(lower, context);
        boolean mayBeCharged = active && (inCourt || cues.anyOtherThan(Cues.Cue.PROCEEDINGS_ACTIVE, ARREST_ONLY));
        AhoCorasick<String> reading = !named.isEmpty() || mayBeCharged ? AFTER_CHARGE : active ? PHRASES : STRONG;
        Span mocked = mockedPresumption(lower);
        List<AhoCorasick.Match<String>> phrases = lower.contains("innocent until proven") && mocked == null
                ? List.of()
                : resolve(lower, analysed, reading.findLongest(text));
        if (active && concluded && !proceedingsLive && endsOnlyInsideRecord(text, phrases)) {
            // "charged ... he was jailed before for the same thing": the only conclusion is an old case's.
            proceedingsLive = true;
        }
        boolean live = proceedingsLive || !named.isEmpty();
        // A post that reports a verdict, plea or sentence is read clause by clause: a comment in a clause about the
        // result is fine; one in a clause about someone still charged or on trial is not.
        ContemptStages stages =
                !phrases.isEmpty() || mayBeCharged || !named.isEmpty() ? stagesOf(text, phrases, stageWords) : null;

        for (AhoCorasick.Match<String> match : phrases) {
            if (match.value().startsWith("guilt") && guiltDenied(lower, match.start())) {
                continue;
            }
            if (match.value().startsWith("guilt") && !active && foundAnimal(lower)) {
                continue; // round 24: "We've got our man! 🐶 Barney the beagle ... has been found safe"
            }
            boolean matchLive = live;
            if (stages != null && !match.value().startsWith("plea")) {
                if (stages.aboutAResult(match.start(), match.value().equals("record"))) {
                    continue;
                }
                matchLive = true;
            }
            Finding finding = phraseFinding(match, matchLive, !named.isEmpty());
            if (finding != null) {
                findings.add(finding);
            }
        }
        if (mocked != null && (proceedingsLive && mayBeCharged || !named.isEmpty())) {
            findings.add(new Finding(
                    Category.CONTEMPT,
                    "contempt.guilt-presumed",
                    mocked,
                    Severity.HIGH,
                    0.85,
                    "This waves away the presumption of innocence for someone charged. That says they are guilty"
                            + " before the court has decided, a contempt of court risk.",
                    "Remove it. Say only that the person has been charged, with what, and when they appear in"
                            + " court."));
        }
        Span taunt = concluded && !mentionsFutureHearing(lower) ? null : mockedAccused(text, active);
        if (taunt != null) {
            findings.add(new Finding(
                    Category.CONTEMPT,
                    "contempt.character",
                    taunt,
                    Severity.MEDIUM,
                    0.8,
                    "This mocks someone whose case is still ahead of them. Ridiculing the accused before the court"
                            + " has decided could prejudice a jury.",
                    "Remove it. Say only that the person has been charged, with what, and when they appear in"
                            + " court."));
        }
        boolean liveClause = stages != null && stages.anyLive() && mayBeCharged;
        if ((proceedingsLive && mayBeCharged) || !named.isEmpty() || liveClause) {
            // Someone is charged, due in court or on trial: read the roles words play, not just whole phrases.
            int before = findings.size();
            ContemptStructure.find(text, lower, cues, findings);
            if (stages != null) {
                for (int k = findings.size() - 1; k >= before; k--) {
                    Finding finding = findings.get(k);
                    if (stages.aboutAResult(
                            finding.span().start(), finding.rule().equals("contempt.previous-convictions"))) {
                        findings.remove(k);
                    }
                }
            }
        }
        // Someone is charged or due in court: the contempt detector's own, stricter context.
        boolean ownRead = proceedingsLive && mayBeCharged;
        List<AhoCorasick.Match<String>> own = ownRead ? context(analysed) : List.of();
        boolean charged = has(own, "charge");
        boolean sexual = cues.any(Cues.Cue.SEXUAL_OFFENCE) || (charged && has(own, "sexual"));
        // the names in the post, found once for the complainant, relation and child checks below
        List<NameFinder.Mention> mentions = sexual || charged ? NameFinder.find(analysed) : List.of();
        if (sexual) {
            for (NameFinder.Mention mention : mentions) {
                if (!mention.repeat()
                        && !PrivateNameDetector.convictedAdult(text, mention, cues)
                        && (NameFinder.namedAsVictimOf(text, mention)
                                || offenceAgainst(lower, mention.start())
                                || complaintBy(lower, mention.start())
                                || relationBefore(lower, mention.start())
                                || !cues.inSentence(Cues.Cue.SUSPECT, mention.start(), mention.end()))) {
                    findings.add(complainantFinding(new Span(mention.start(), mention.end()), mention.confidence()));
                }
            }
        }
        if (charged && sexual && (!mentions.isEmpty() || accusedPlaced(text, lower))) {
            for (AhoCorasick.Match<String> match : own) {
                if (match.value().equals("relation")) {
                    findings.add(new Finding(
                            Category.CONTEMPT,
                            "contempt.complainant-identified",
                            new Span(match.start(), match.end()),
                            Severity.CRITICAL,
                            0.75,
                            "Naming the accused and saying how the complainant is related to them identifies the"
                                    + " complainant in a sexual offence case, who has lifelong anonymity.",
                            "Remove the relationship: say only what the person is charged with."));
                }
            }
        }
        if (charged && (sexual || has(own, "survivor"))) {
            // Round 15 (fix15a): a child complainant of a sexual offence is named anywhere in the post, not only
            // beside "victim" or an age ("... a 13-year-old girl. Her mum thanks everyone who supported Lily").
            boolean childCase = sexual
                    && (cues.any(Cues.Cue.CHILD)
                            || has(own, "child")
                            || !juvenileAgeEnds(lower).isEmpty());
            for (Span span : lonePersonalNames(text, lower, childCase ? mentions : null)) {
                findings.add(complainantFinding(span, 0.75));
            }
        }
        // Round 24 (blind24): a child case named by its offence ("the Ayr cruelty case") is a case in court for the
        // child checks, with no charge word, unless the post reports its result.
        List<AhoCorasick.Match<String>> childContext = own;
        boolean childCase = false;
        if (!charged
                && (lower.contains(" case") || lower.contains(" trial"))
                && !(concluded && !mentionsFutureHearing(lower))) {
            childContext = ownRead ? own : context(analysed);
            childCase = has(childContext, "child-case");
            if (childCase) {
                findChildren(text, lower, NameFinder.find(analysed), cues, childContext, findings);
            }
        }
        if (charged || childCase) {
            childPlaced(text, lower, cues, childContext, findings);
        }
        // Round 24 (blind24): a child who reported or alleged an assault is a complainant the court protects, sexual
        // offence or not ("the teenage girl who reported the assault is the daughter of a local GP").
        List<AhoCorasick.Match<String>> reporterContext = ownRead ? own : List.of();
        boolean childReporter = false;
        if (!sexual
                && (lower.contains("who reported") || lower.contains("who alleged") || lower.contains("who made"))) {
            reporterContext = ownRead ? own : context(analysed);
            childReporter = childReporter(lower, cues, reporterContext);
        }
        if (charged) {
            findChildren(text, lower, mentions, cues, own, findings);
            if (sexual || cues.any(Cues.Cue.CHILD)) {
                findIdentifyingDetail(text, lower, cues, own, sexual || childReporter, true, findings);
            }
        } else if (childReporter && !cues.any(Cues.Cue.SEXUAL_OFFENCE)) {
            findIdentifyingDetail(text, lower, cues, reporterContext, true, false, findings);
        } else if (cues.any(Cues.Cue.SEXUAL_OFFENCE)) {
            // The victim of a sexual offence, child or adult, has lifelong anonymity from the moment the offence is
            // alleged (Sexual Offences (Amendment) Act 1992): a school, workplace, street or family detail identifies
            // them with no one charged, in an appeal, an arrest or a sentencing result alike.
            findIdentifyingDetail(text, lower, cues, ownRead ? own : context(analysed), true, false, findings);
        }
        if (cues.any(Cues.Cue.SEXUAL_OFFENCE) && !waivedAnonymity(lower)) {
            yearGroupAtSchool(text, cues, findings);
        }
        for (ActiveCase activeCase : context.activeCases()) {
            for (String name : activeCase.protectedNames()) {
                for (Span span : occurrences(text, lower, name)) {
                    findings.add(new Finding(
                            Category.CONTEMPT,
                            "contempt.protected-person",
                            span,
                            Severity.CRITICAL,
                            1.0,
                            // Not which case, nor why: the post's author may be anyone on the staff, and the
                            // force's case list says who is a complainant only to reviewers and professional
                            // standards. The decision record keeps the rule; a reviewer can look the case up.
                            "This names someone who must not be identified: the law or a court order protects them.",
                            "Remove the name and anything that could identify them. The communications team can"
                                    + " tell you more."));
                }
            }
            if (named.contains(activeCase)) {
                for (String defendant : activeCase.defendants()) {
                    for (Span span : occurrences(text, lower, defendant)) {
                        findings.add(activeCaseFinding(activeCase, span));
                    }
                }
            }
        }
        return findings;
    }

    private static final AhoCorasick<String> MOCKERY = phrases(null, "contempt-mockery.txt");

    /**
     * Round 24 (blind24): the accused mocked before the court has decided ("Look at her custody photo 😂 Not so tough
     * now. See you in the dock, sunshine"): a taunt (the court thrown at them, or "not so hard now") beside a second
     * sign of mockery (a custody photo, laughter, a mocking name, a taunt of the other kind), or a custody photo
     * laughed at in a post about a live case. The span of the first taunt (or photo), or null. Whole words only; at
     * most {@link Windows#MAX_MATCHES} of them are read.
     */
    static Span mockedAccused(String text, boolean active) {
        Span taunt = null;
        Span photo = null;
        boolean courtTaunt = false;
        boolean comedown = false;
        boolean laugh = false;
        boolean address = false;
        int read = 0;
        for (AhoCorasick.Match<String> match : MOCKERY.findAll(text)) {
            if (!wholeWord(text, match.start(), match.end())) {
                continue;
            }
            if (++read > Windows.MAX_MATCHES) {
                break;
            }
            Span span = new Span(match.start(), match.end());
            switch (match.value()) {
                case "court-taunt" -> {
                    courtTaunt = true;
                    taunt = taunt == null ? span : taunt;
                }
                case "comedown" -> {
                    if (aboutAThing(text, match.start(), match.end())) {
                        continue; // "not so hard now, is it?": a task made easier, not a person brought low
                    }
                    comedown = true;
                    taunt = taunt == null ? span : taunt;
                }
                case "photo" -> photo = photo == null ? span : photo;
                case "laugh" -> laugh = true;
                case "address" -> address = true;
                default -> {}
            }
        }
        if (taunt != null && (photo != null || laugh || address || (courtTaunt && comedown))) {
            return taunt;
        }
        return photo != null && laugh && (active || courtTaunt) ? photo : null;
    }

    private static final String[] THING_BEFORE = {"it's ", "it\u2019s ", "it is ", "that's ", "that\u2019s ", "that is "
    };

    /** "It's not so hard now", "not so hard now, is it?": said of a thing, not of a person. */
    private static boolean aboutAThing(String text, int start, int end) {
        String lower = text.substring(Math.max(0, start - 8), Math.min(text.length(), end + 8))
                .toLowerCase(Locale.ROOT);
        int at = start - Math.max(0, start - 8);
        for (String word : THING_BEFORE) {
            if (at >= word.length() && lower.startsWith(word, at - word.length())) {
                return true;
            }
        }
        String after = lower.substring(at + end - start);
        return after.startsWith(", is it") || after.startsWith(" is it") || after.startsWith(", isn't it");
    }

    /** No letter or digit right before {@code start} or right after {@code end}: a whole word (an emoji always is). */
    private static boolean wholeWord(String text, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
                && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }

    /**
     * Words that wave the presumption away right after it is quoted: "not this one", "yeah right", "doesn't apply".
     */
    private static final String[] PRESUMPTION_DISMISSED = {
        "not this one", "not in this case", "not this time", "not for this one", "not him", "not her", "not this fella",
        "not this lad", "not this guy", "yeah right", "aye right", "doesn't apply", "does not apply", "don't apply",
        "my arse", "my backside", "not a chance"
    };

    /**
     * Round 19 (blind19b): "innocent until proven guilty" quoted only to be waved away ("QT: \"innocent until proven
     * guilty\"? not this one, he's charged with ..."): a word of dismissal within 40 characters after the phrase.
     * Said as a reminder it clears the post's phrases (the reader is told not to judge); waved away, it is itself a
     * presumption of guilt, and the post's phrases are read. The span of the phrase and its dismissal, or null.
     */
    static Span mockedPresumption(String lower) {
        int at = lower.indexOf("innocent until proven");
        for (int n = 0; at >= 0 && n < 8; n++, at = lower.indexOf("innocent until proven", at + 1)) {
            int from = at + "innocent until proven".length();
            int to = Math.min(lower.length(), from + 48);
            for (String word : PRESUMPTION_DISMISSED) {
                int found = indexWithin(lower, word, from, to);
                if (found >= 0
                        && (found + word.length() >= lower.length()
                                || !Character.isLetter(lower.charAt(found + word.length())))
                        && !Character.isLetter(lower.charAt(found - 1))
                        && !sentenceGoesOn(lower, from, found)) {
                    return new Span(at, found + word.length());
                }
            }
        }
        return null;
    }

    /**
     * A full stop or "!" between {@code from} and {@code to} with more than spaces and quote marks after it: the
     * dismissal is not an answer to the phrase but part of something else ("innocent until proven guilty. Please
     * don't share names, not him or anyone").
     */
    private static boolean sentenceGoesOn(String lower, int from, int to) {
        for (int k = to - 1; k >= from; k--) {
            char c = lower.charAt(k);
            if (c == '.' || c == '!') {
                for (int j = k + 1; j < to; j++) {
                    char d = lower.charAt(j);
                    if (!Character.isWhitespace(d) && d != '"' && d != '\u201d' && d != '\'' && d != '\u2019') {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    private static Finding phraseFinding(AhoCorasick.Match<String> match, boolean live, boolean activeCaseNamed) {
        Span span = new Span(match.start(), match.end());
        String kind = match.value();
        if (!live) {
            if (kind.equals("plea-strong") || kind.equals("dismiss-strong")) {
                // "expect a guilty plea at Crown Court next month": a guess at the plea is about a case in court.
                // Round 24 (blind24): so is a not-guilty plea waved away ("can plead not guilty all she wants").
                return phraseFinding(match, true, activeCaseNamed);
            }
            if (!kind.equals("guilt-strong")) {
                return null;
            }
            return new Finding(
                    Category.CONTEMPT,
                    "contempt.guilt-presumed",
                    span,
                    Severity.MEDIUM,
                    0.7,
                    "This says someone is guilty. If anyone has been arrested or charged, that could prejudice"
                            + " the trial.",
                    "Stick to the facts: what happened, and any arrest or charge.");
        }
        double confidence = activeCaseNamed ? 0.95 : 0.85;
        return switch (kind) {
            case "guilt", "guilt-strong", "dismiss-strong" ->
                new Finding(
                        Category.CONTEMPT,
                        "contempt.guilt-presumed",
                        span,
                        Severity.HIGH,
                        confidence,
                        "This says or assumes the accused is guilty while the case is before the courts. That is"
                                + " a contempt of court risk and could collapse the trial.",
                        "Remove it. Say only that the person has been charged, with what, and when they appear in"
                                + " court.");
            case "character" ->
                new Finding(
                        Category.CONTEMPT,
                        "contempt.character",
                        span,
                        Severity.MEDIUM,
                        confidence - 0.1,
                        "This attacks the character of someone facing trial, which could prejudice a jury.",
                        "Remove the description. Keep to the charge and the court date.");
            case "praise" ->
                new Finding(
                        Category.CONTEMPT,
                        "contempt.character",
                        span,
                        Severity.MEDIUM,
                        confidence - 0.1,
                        "This vouches for someone facing trial or says they could not have done it. Comment on the"
                                + " accused's character either way could prejudice a jury.",
                        "Remove it. Keep to the charge and the court date.");
            case "record" ->
                new Finding(
                        Category.CONTEMPT,
                        "contempt.previous-convictions",
                        span,
                        Severity.HIGH,
                        confidence,
                        "This mentions the accused's past record. A jury must not hear that from the police before"
                                + " the trial.",
                        "Remove any mention of previous convictions or history.");
            case "evidence" ->
                new Finding(
                        Category.CONTEMPT,
                        "contempt.evidence",
                        span,
                        Severity.HIGH,
                        confidence,
                        "This discusses the evidence in a live case. Only the court may weigh the evidence.",
                        "Remove it. Say only that the person has been charged and when they appear in court.");
            case "plea", "plea-strong" ->
                new Finding(
                        Category.CONTEMPT,
                        "contempt.plea-speculation",
                        span,
                        Severity.HIGH,
                        confidence,
                        "This guesses how the accused will plead. Only the court hears a plea: speculating about it"
                                + " could prejudice the trial.",
                        "Remove it. Say only that the person has been charged and when they appear in court.");
            default -> null;
        };
    }

    /**
     * A court or a hearing named without a charge word: "will face the music at Ipswich Crown Court", "in the dock
     * next week", "before the beak on Tuesday".
     */
    private static boolean courtMentioned(String lower) {
        if (!lower.contains("court")
                && !lower.contains("magistrates")
                && !lower.contains("dock")
                && !lower.contains("beak")
                && !lower.contains("charge")
                && !lower.contains("barrister")
                && !lower.contains("defence")
                && !lower.contains("juror")
                && !lower.contains("jury")) {
            return false; // every court word holds one of these: most posts stop here
        }
        for (String outcome : OUTCOME_WORDS) {
            if (lower.contains(outcome)) {
                return false;
            }
        }
        if (OUTCOME_TERM.matcher(lower).find()) {
            return false;
        }
        for (String court : COURT_WORDS) {
            if (lower.contains(court)) {
                return true;
            }
        }
        return false;
    }

    /** A hearing that has already decided something: a court named beside these is a result, not a live case. */
    private static final String[] OUTCOME_WORDS = {
        "sentence",
        "given a",
        "handed a",
        "handed down",
        "ordered to",
        "fined",
        "banned for",
        "disqualified for",
        "community order",
        "guilty",
        "cleared",
        "acquitted",
        "jailed",
        "locked up for",
        "years in prison",
        "spend the next",
        "behind bars"
    };

    // Round 16 (clean16): a term said with "given", "handed", "received" or "got" ("was handed five years at
    // Bradford Crown Court", "was given four years", "got seven years"): the hearing has decided. Tried only when a
    // court word is in the post.
    private static final java.util.regex.Pattern OUTCOME_TERM = java.util.regex.Pattern.compile("\\b(?:given|handed|"
            + "received|got)\\s{1,2}" + TermNumbers.PATTERN + "\\s{1,2}(?:years?|months?|weeks?)\\b");

    private static final String[] COURT_WORDS = {
        "crown court",
        "magistrates",
        "sheriff court",
        "youth court",
        "in the dock",
        "before the beak",
        "in court on",
        "in court next",
        "in court tomorrow",
        "in court later",
        "court date",
        "a charge on",
        "faces a charge",
        "face charges",
        "faces charges",
        "court case",
        "barrister",
        "defence lawyer",
        "defence solicitor",
        "jurors",
        "juror",
        // Round 15 (fix15a): a reply that looks ahead to the trial ("The court will see it too", "the jury will hear
        // all about it") speaks of a case in court without a charge word.
        "the court will",
        "the jury will",
        "a jury will"
    };

    /** Words that show an arrest but not yet a charge: a post with only these reads the arrest phrases. */
    private static final java.util.Set<String> ARREST_ONLY =
            java.util.Set.of("arrested", "bailed", "in custody", "denies", "denied");

    /**
     * Phrases that count only with the right words around them: an offender word ("burglar") only as "the burglar
     * who", "this burglar" or "he's a burglar"; "jailed in" only with a year after it.
     */
    private static List<AhoCorasick.Match<String>> resolve(
            String lower, AnalysedText analysed, List<AhoCorasick.Match<String>> matches) {
        List<AhoCorasick.Match<String>> resolved = null;
        for (int k = 0; k < matches.size(); k++) {
            AhoCorasick.Match<String> match = matches.get(k);
            AhoCorasick.Match<String> replacement = match;
            if (match.value().equals("offender")) {
                int start = offenderStart(lower, match.start(), match.end());
                int end = match.end();
                if (start < 0 && titleOfACharge(lower, match.start(), match.end())) {
                    // "Drug dealer charged", "Burglar remanded": the crime used as the headline's subject.
                    start = match.start();
                }
                if (start < 0 && !tradeBefore(lower, match.start())) {
                    // "Burglar Connor Price has been charged": the crime used as the accused's title.
                    end = nameAfter(analysed, match.end());
                    start = end < 0 ? -1 : match.start();
                }
                replacement = start < 0 ? null : new AhoCorasick.Match<>(start, end, match.phrase(), "guilt");
            } else if (match.value().equals("remember")) {
                replacement = aboutADeath(lower)
                        ? null
                        : new AhoCorasick.Match<>(match.start(), match.end(), match.phrase(), "record");
            } else if (match.value().equals("label")) {
                // "Monster Gareth Pugh": a contemptuous word as a title before a name.
                int end = nameAfter(analysed, match.end());
                replacement = end < 0 ? null : new AhoCorasick.Match<>(match.start(), end, match.phrase(), "character");
            } else if (match.value().equals("nth")) {
                int end = nthEnd(lower, match.start(), match.end());
                replacement = end < 0 ? null : new AhoCorasick.Match<>(match.start(), end, match.phrase(), "record");
            } else if (match.value().equals("record-year")) {
                // "jailed in 2019", and "jailed for a knife attack in 2015": a year later in the same clause.
                int end = yearAt(lower, match.end()) ? match.end() + 5 : yearWithin(lower, match.end());
                replacement = end < 0 ? null : new AhoCorasick.Match<>(match.start(), end, match.phrase(), "record");
            }
            if (replacement != match && resolved == null) {
                resolved = new ArrayList<>(matches.subList(0, k));
            }
            if (resolved != null && replacement != null) {
                resolved.add(replacement);
            }
        }
        return resolved == null ? matches : resolved;
    }

    /** Where the name that starts one space after {@code at} ends, or -1 when no name starts there. */
    private static int nameAfter(AnalysedText analysed, int at) {
        String text = analysed.original();
        if (at + 1 >= text.length() || text.charAt(at) != ' ' || !Character.isUpperCase(text.charAt(at + 1))) {
            return -1;
        }
        int labelStart = at;
        while (labelStart > 0 && Character.isLetter(text.charAt(labelStart - 1))) {
            labelStart--;
        }
        for (NameFinder.Mention mention : NameFinder.find(analysed)) {
            if (mention.start() == at + 1 || (mention.start() == labelStart && mention.end() > at + 1)) {
                return mention.end(); // "Burglar Connor Price" may be found as one three-word name
            }
        }
        // A known first name and a capitalised surname: "Coward Lee Pike".
        int first = wordEnd(text, at + 1);
        if (first < text.length()
                && text.charAt(first) == ' '
                && first + 1 < text.length()
                && Character.isUpperCase(text.charAt(first + 1))
                && NameFinder.isAnyFirstName(text.substring(at + 1, first).toLowerCase(Locale.ROOT))) {
            int surname = wordEnd(text, first + 1);
            return surname - first > 2 ? surname : -1;
        }
        return -1;
    }

    static int wordEnd(String text, int at) {
        int end = at;
        while (end < text.length()
                && end - at < 30
                && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '-')) {
            end++;
        }
        return end;
    }

    private static final String[] CHARGE_AFTER = {
        " charged",
        " remanded",
        " in court",
        " due in court",
        " appears",
        " to appear",
        " on trial",
        " denies",
        " faces"
    };

    /** "Drug dealer charged": the offender word straight before a charge word, not "suspected" or "alleged". */
    private static boolean titleOfACharge(String lower, int start, int end) {
        if (endOfAny(lower, end, CHARGE_AFTER) < 0 || tradeBefore(lower, start)) {
            return false;
        }
        String before = lower.substring(Math.max(0, start - 12), start);
        return !before.contains("suspect") && !before.contains("alleged") && !before.contains("accused");
    }

    private static final String[] TRADES = {"car ", "art ", "antique ", "antiques ", "scrap ", "motor ", "horse "};

    /** "car dealer Tom Briggs": a trade, not a crime, before the name. */
    private static boolean tradeBefore(String lower, int at) {
        for (String trade : TRADES) {
            if (lower.startsWith(trade, at - trade.length())) {
                return true;
            }
        }
        return false;
    }

    private static final String[] OFFENDER_AFTER = {" who", " that", " behind", " responsible"};
    private static final String[] OFFENDER_BEFORE = {"this ", "is a ", "'s a ", "\u2019s a ", "and a "};

    private static final String[] NOT_OFFENDER_AFTER = {" alarm", " alarms", " proof", " prevention", " proofing"};

    /** Where "the burglar who", "this burglar" or "he's a burglar" starts, or -1. */
    private static int offenderStart(String lower, int start, int end) {
        if (lower.startsWith("the ", start - 4)) {
            for (String after : OFFENDER_AFTER) {
                if (lower.startsWith(after, end)
                        && (end + after.length() == lower.length()
                                || !Character.isLetter(lower.charAt(end + after.length())))) {
                    return start - 4;
                }
            }
            return -1;
        }
        if (endOfAny(lower, end, NOT_OFFENDER_AFTER) >= 0) {
            return -1; // "this burglar alarm"
        }
        for (String before : OFFENDER_BEFORE) {
            if (lower.startsWith(before, start - before.length())) {
                return start - before.length();
            }
        }
        return -1;
    }

    private static final String[] NTH_OWN = {
        " arrest",
        " offence",
        " conviction",
        " time in court",
        " court appearance",
        " appearance in court",
        " caution",
        " driving ban",
        " ban",
        " spell inside",
        " stint"
    };
    private static final String[] NTH_TIME = {" time this year", " time this month", " time we've", " time we have"};

    /** Where "his third arrest" or "third time this year" ends, or -1. */
    private static int nthEnd(String lower, int start, int end) {
        boolean own = lower.startsWith("his ", start - 4)
                || lower.startsWith("her ", start - 4)
                || lower.startsWith("their ", start - 6);
        int to = own ? endOfAny(lower, end, NTH_OWN) : -1;
        return to >= 0 ? to : endOfAny(lower, end, NTH_TIME);
    }

    /** Where the first of {@code words} that follows {@code at} as whole words ends, or -1. */
    private static int endOfAny(String lower, int at, String[] words) {
        for (String word : words) {
            int to = at + word.length();
            if (lower.startsWith(word, at) && (to == lower.length() || !Character.isLetter(lower.charAt(to)))) {
                return to;
            }
        }
        return -1;
    }

    /** " 2019": a year from 1950 to 2049 right after {@code at}. */
    /** How far a year may follow a record phrase: "jailed for a knife attack in 2015". */
    private static final int YEAR_REACH = 60;

    /**
     * Where " in 2015" or " back in 2015" ends within {@value #YEAR_REACH} characters after {@code at}, in the same
     * clause (no sentence end, semicolon or line break between), or -1.
     */
    private static int yearWithin(String lower, int at) {
        int limit = Math.min(lower.length(), at + YEAR_REACH);
        for (int k = at; k < limit; k++) {
            char c = lower.charAt(k);
            if (c == '.' || c == '!' || c == '?' || c == ';' || c == '\n') {
                return -1;
            }
            if (c == ' ' && lower.startsWith(" in ", k) && yearAt(lower, k + 3)) {
                return k + 8;
            }
        }
        return -1;
    }

    private static boolean yearAt(String lower, int at) {
        if (at + 5 > lower.length() || lower.charAt(at) != ' ') {
            return false;
        }
        for (int k = at + 1; k < at + 5; k++) {
            if (!Character.isDigit(lower.charAt(k))) {
                return false;
            }
        }
        String century = lower.substring(at + 1, at + 3);
        return (century.equals("19") || century.equals("20"))
                && (at + 5 == lower.length() || !Character.isLetterOrDigit(lower.charAt(at + 5)));
    }

    private static final String[] ACCUSED_PLACED = {"man from ", "man of ", "year-old from ", "year-old of "};

    /**
     * The accused is placed by their town, not named ("A man from Pwllheli has been charged ..."): with the
     * complainant's relation to them ("his ex-wife"), that identifies the complainant as a name would.
     */
    private static boolean accusedPlaced(String text, String lower) {
        for (String words : ACCUSED_PLACED) {
            for (int at = lower.indexOf(words); at >= 0; at = lower.indexOf(words, at + 1)) {
                int place = at + words.length();
                if (place < text.length() && Character.isUpperCase(text.charAt(place))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Finding complainantFinding(Span span, double confidence) {
        return new Finding(
                Category.CONTEMPT,
                "contempt.complainant-identified",
                span,
                Severity.CRITICAL,
                confidence,
                "This seems to name the complainant in a sexual offence case. They have lifelong"
                        + " anonymity: naming them is a criminal offence.",
                "Remove the name and any detail that could identify them.");
    }

    /**
     * Names a child once someone is charged: "the boy, Alfie Smith", "a 15-year-old, Jo Bloggs", "Jo Bloggs (15)",
     * or "his name's Jo Bloggs" in a post about a child. A name with an adult age beside it is not.
     */
    private static void findChildren(
            String text,
            String lower,
            List<NameFinder.Mention> mentions,
            Cues cues,
            List<AhoCorasick.Match<String>> own,
            List<Finding> findings) {
        List<Integer> childEnds = juvenileAgeEnds(lower);
        for (AhoCorasick.Match<String> match : own) {
            if (match.value().equals("child")) {
                childEnds.add(match.end());
            }
        }
        List<NameFinder.Mention> candidates = new ArrayList<>(mentions);
        for (Span lone : loneFirstNames(text, lower, mentions)) {
            candidates.add(new NameFinder.Mention(lone.start(), lone.end(), false, 0.75));
        }
        for (NameFinder.Mention mention : candidates) {
            if (mention.repeat()) {
                continue;
            }
            boolean lone = !mentions.contains(mention);
            int ageAfter = lone ? -1 : ageAfter(text, mention.end());
            if (ageAfter >= 18 || diedNear(lower, cues, mention)) {
                continue;
            }
            boolean childBefore = endearmentBefore(text, mention.start());
            boolean appositive = appositive(text, mention.start(), mention.end());
            for (int end : childEnds) {
                childBefore |= end <= mention.start()
                        && mention.start() - end <= NAME_GAP
                        && besideName(lower.substring(end, mention.start()));
                // Round 23 (blind23): the name set off by commas after the words for the child, in one sentence ("The
                // 8-year-old girl at the centre of the Barnsley abuse case, Lily, is being cared for ...")
                childBefore |= appositive
                        && end <= mention.start()
                        && mention.start() - end <= APPOSITIVE_GAP
                        && noSentenceEnd(text, end, mention.start());
            }
            if (lone
                    ? childBefore
                    : ageAfter >= 0 || childBefore || (!childEnds.isEmpty() && namedBefore(lower, mention.start()))) {
                findings.add(new Finding(
                        Category.CONTEMPT,
                        "contempt.child-identified",
                        new Span(mention.start(), mention.end()),
                        Severity.CRITICAL,
                        mention.confidence(),
                        "This seems to name a child in a case before the courts. Children in criminal cases are"
                                + " usually protected from being identified.",
                        "Remove the name and anything that could identify the child (school, street, family)."));
            }
        }
    }

    private static final String[] ASSAULT_WORDS = {
        "assault", "attack", "abus", "rape", "harass", "groom", "touch", "indecen", "expos", "stalk", "alleg"
    };

    /**
     * Round 24 (blind24): a word for a child (girl, boy, teenager) up to 40 characters before a reference to whoever
     * reported or alleged an offence, in the same sentence ("the teenage girl who reported the assault"), with an
     * assault or an allegation in the 40 characters from the reference.
     */
    private static boolean childReporter(String lower, Cues cues, List<AhoCorasick.Match<String>> own) {
        int examined = 0;
        for (AhoCorasick.Match<String> ref : own) {
            if (!ref.value().equals("ref") || !ref.phrase().startsWith("who ")) {
                continue;
            }
            if (++examined > MAX_REFS) {
                return false;
            }
            String after = lower.substring(ref.start(), Math.min(lower.length(), ref.end() + 40));
            boolean assault = false;
            for (String word : ASSAULT_WORDS) {
                assault |= after.contains(word);
            }
            if (!assault) {
                continue;
            }
            int from = Math.max(cues.sentenceStart(ref.start()), ref.start() - 40);
            for (AhoCorasick.Match<String> child : own) {
                if (child.value().equals("child") && child.start() >= from && child.end() <= ref.start()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Relatives a child in a live case may be living with: said right after a {@code child-placed} phrase. */
    private static final java.util.Set<String> CARERS = java.util.Set.of(
            "aunt",
            "auntie",
            "aunty",
            "uncle",
            "gran",
            "granny",
            "nan",
            "nana",
            "nanna",
            "grandma",
            "grandmother",
            "grandad",
            "grandpa",
            "grandfather",
            "grandparents",
            "grandparent",
            "dad",
            "father",
            "mum",
            "mother",
            "sister",
            "brother",
            "cousin",
            "stepmum",
            "stepdad",
            "godmother",
            "godparents",
            "dad's",
            "mum's",
            "father's",
            "mother's");

    /**
     * Round 24 (blind24): a child in a live case placed by who looks after them ("the boy at the centre of the case is
     * being looked after by his aunt", "the 7-year-old now lives with her gran in Lochee"): a {@code child-placed}
     * phrase with a relative right after it, and a word for the child (or a juvenile age) earlier in the sentence.
     */
    private static void childPlaced(
            String text, String lower, Cues cues, List<AhoCorasick.Match<String>> own, List<Finding> findings) {
        List<Integer> ages = null;
        int examined = 0;
        for (AhoCorasick.Match<String> placed : own) {
            if (!placed.value().equals("child-placed")) {
                continue;
            }
            int word = placed.end() + 1;
            int end = wordEnd(lower, word);
            if (placed.end() >= lower.length()
                    || lower.charAt(placed.end()) != ' '
                    || !CARERS.contains(lower.substring(word, end))) {
                continue;
            }
            if (++examined > MAX_REFS) {
                return; // each one read scans the post's matches: a real post places a child a few times at most
            }
            int from = cues.sentenceStart(placed.start());
            boolean child = false;
            for (AhoCorasick.Match<String> match : own) {
                child |= match.value().equals("child") && match.start() >= from && match.end() <= placed.start();
            }
            if (!child) {
                ages = ages == null ? juvenileAgeEnds(lower) : ages;
                for (int age : ages) {
                    child |= age >= from && age <= placed.start();
                }
            }
            if (child) {
                findings.add(new Finding(
                        Category.CONTEMPT,
                        "contempt.child-identified",
                        new Span(placed.start(), end),
                        Severity.CRITICAL,
                        0.75,
                        "This says who is looking after a child in a case before the courts, which can identify the"
                                + " child. Children in criminal cases are usually protected from being identified.",
                        "Remove who the child lives with and anything else that could identify them."));
                return;
            }
        }
    }

    // Round 17 (pd17): a year group or the sixth form tied to a named school ("a Year 8 girl at Castle View Academy",
    // "a
    // Year 11 student at St Bede's", "the sixth former from Wolverley High", "she is in the sixth form at King Edward
    // VI
    // School") in a post about a sexual offence identifies the complainant, said before or after the words for them.
    private static final java.util.regex.Pattern YEAR_GROUP_AT_SCHOOL = java.util.regex.Pattern.compile(
            "(?i)\\b(?:year\\s{1,2}\\d{1,2}|sixth[- ]form(?:er)?|reception\\s{1,2}class)\\s{1,2}(?:(?:girl|boy|pupil|"
                    + "student|child|schoolgirl|schoolboy)s?\\s{1,2})?(?:at|from|of)\\s{1,2}(?:the\\s{1,2})?"
                    + "(?-i:[A-Z])[\\w'’-]{1,25}");
    // ... unless the sentence is a talk or visit to the year group ("we spoke to Year 9 at Ryedale School about
    // consent"), or the year group is the accused's ("a Year 10 boy at ... has been arrested").
    private static final java.util.regex.Pattern SCHOOL_TALK = java.util.regex.Pattern.compile("(?i)\\b(?:spoke|spoken|"
            + "speak|speaking|talk|talks|talked|talking|visit|visited|visiting|session|sessions|assembly|assemblies|"
            + "workshop|workshops|lesson|lessons|presentation|educat\\w{0,6}|learn\\w{0,3}|advice|chatted|delivered|"
            + "arrested|charged|suspected|suspicion|accused|remanded|cautioned)\\b");

    private static void yearGroupAtSchool(String text, Cues cues, List<Finding> findings) {
        java.util.regex.Matcher year = YEAR_GROUP_AT_SCHOOL.matcher(text);
        int found = 0;
        while (year.find() && found++ < 8) {
            int from = cues.sentenceStart(year.start());
            int to = cues.sentenceEnd(year.end());
            if (SCHOOL_TALK.matcher(text).region(from, to).find()) {
                continue;
            }
            findings.add(new Finding(
                    Category.CONTEMPT,
                    "contempt.complainant-identified",
                    new Span(year.start(), year.end()),
                    Severity.CRITICAL,
                    0.75,
                    "This gives a school and year group in a post about a sexual offence, which can identify the"
                            + " victim, who has lifelong anonymity whether or not anyone is charged.",
                    "Remove the school and year group: give no more than an age range and the town."));
            return;
        }
    }

    /**
     * "his daughter, who's in Year 3 at ...", "She's the barmaid at the Red Lion": a school, year group or workplace
     * given for the complainant of a sexual offence or for a child identifies them without a name.
     */
    private static void findIdentifyingDetail(
            String text,
            String lower,
            Cues cues,
            List<AhoCorasick.Match<String>> own,
            boolean sexual,
            boolean charged,
            List<Finding> findings) {
        if (!charged && waivedAnonymity(lower)) {
            return; // "the victim ... has waived her anonymity to speak out": she chose to be identified
        }
        int examined = 0;
        int womanAccused = -1; // read once per post, when a "she" first needs it
        for (AhoCorasick.Match<String> ref : own) {
            String kind = ref.value();
            if (kind.equals("ref")
                    && (ref.phrase().startsWith("she") || ref.phrase().startsWith("her "))) {
                if (womanAccused < 0) {
                    womanAccused = womanAccused(lower) ? 1 : 0;
                }
                if (womanAccused == 1) {
                    continue; // "she" (or "her dad") may be the accused's
                }
                if (!charged && ref.phrase().startsWith("she") && !victimBefore(lower, ref.start())) {
                    continue; // "DC Hall ... said she works in", "our specialist officer: she works in the team at"
                }
            }
            boolean protectedPerson = kind.equals("child")
                    || (kind.equals("relation") && CHILD_RELATIONS.contains(ref.phrase()))
                    || (sexual && (kind.equals("ref") || kind.equals("relation")));
            if (!charged && (lower.startsWith("'s ", ref.end()) || lower.startsWith("\u2019s ", ref.end()))) {
                continue; // "the victim's mother, who lives in Gloucester": a relative speaking after the result
            }
            if (!protectedPerson || startsWithAny(lower, ref.end(), THE_ACCUSED_AFTER)) {
                continue; // "the lad charged with ...", "the woman who has been charged": the accused, not the
                // complainant
            }
            if (++examined > MAX_REFS) {
                return; // a real post names its complainant or child a few times; 64 KB of "she" is not one
            }
            int to = Math.min(cues.sentenceEnd(ref.end()), ref.end() + 90);
            // a family detail ("the son of the landlord at the Shakespeare") is not read in a sentence about a death:
            // a child who died is named with the family's agreement
            boolean family = !mentionsDeath(lower, cues.sentenceStart(ref.start()), to);
            // the complainant of a sexual offence is read as widely as the personal-data check reads anyone else
            // ("the victim, a teaching assistant at ...", "a delivery driver for the takeaway on ...", "the only
            // female taxi driver in Tywyn"): that check leaves a sexual offence to this one, which blocks
            int at = identifyingDetail(text, lower, own, ref.end(), to, family, charged, sexual, false);
            if (at < 0 && sexual) {
                at = IdentifyingDetailDetector.onlyOneIn(text, lower, ref.end(), to);
            }
            if (at >= 0) {
                findings.add(new Finding(
                        Category.CONTEMPT,
                        sexual ? "contempt.complainant-identified" : "contempt.child-identified",
                        new Span(ref.start(), at),
                        Severity.CRITICAL,
                        0.75,
                        charged
                                ? "This gives a school, year group or workplace for the complainant or child in a case"
                                        + " before the courts, which can identify them without a name."
                                : "This gives a school, workplace, street or family detail for the victim of a sexual"
                                        + " offence, who has lifelong anonymity whether or not anyone is charged.",
                        charged
                                ? "Remove the detail: say only what the person is charged with."
                                : "Remove the detail: give no more than an age range and the town."));
                return;
            }
        }
    }

    private static final AnalysedText.Key<List<AhoCorasick.Match<String>>> CONTEXT_KEY =
            AnalysedText.Key.named("contempt-context");

    /**
     * The matches of the contempt detector's own context file in the post, found once per check and shared with the
     * personal-data check for a private person placed by context ({@link IdentifyingDetailDetector}).
     */
    static List<AhoCorasick.Match<String>> context(AnalysedText analysed) {
        return analysed.shared(CONTEXT_KEY, CONTEXT::findAll);
    }

    /**
     * Round 15: where a school, workplace, street or family detail said of the person referred to just before
     * {@code from} ends within {@code [from, to)}, or -1. The reading of the sexual-offence check with no one charged
     * (a home town alone is not identifying), for the personal-data check of anyone else.
     */
    static int placedBy(
            String text, String lower, List<AhoCorasick.Match<String>> own, int from, int to, boolean family) {
        return identifyingDetail(text, lower, own, from, to, family, false, true, true);
    }

    /** How many references to a complainant or child one post is read for (each reads a window of 90 characters). */
    private static final int MAX_REFS = 32;

    static final String[] THE_ACCUSED_AFTER = {
        " charged", " accused", " is charged", " has been charged", " was charged", " who has been charged",
        " who is charged", " will appear", " is due", " appears", ", who has been charged", ", who is charged"
    };

    /** True when one of {@code words} starts at {@code at} of {@code lower}. */
    static boolean startsWithAny(String lower, int at, String[] words) {
        for (String word : words) {
            if (lower.startsWith(word, at)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] WOMAN_ACCUSED = {
        "woman has been charged",
        "woman charged",
        "woman is charged",
        "woman was charged",
        "she has been charged",
        "she is charged",
        "she's been charged",
        "she was charged",
        "she will appear",
        "she is due",
        "she's due",
        // Round 14: the identifying-detail check also reads results and arrests, where a woman may be the offender
        "woman has been jailed",
        "woman was jailed",
        "woman jailed",
        "she has been jailed",
        "she was jailed",
        "woman has been sentenced",
        "woman was sentenced",
        "she was sentenced",
        "woman has been convicted",
        "woman was convicted",
        "she was convicted",
        "woman has been arrested",
        "woman was arrested",
        "woman arrested",
        "she was arrested",
        "she has been arrested"
    };

    private static boolean womanAccused(String lower) {
        for (String words : WOMAN_ACCUSED) {
            if (lower.contains(words)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> CHILD_RELATIONS = java.util.Set.of(
            "his daughter",
            "her daughter",
            "his stepdaughter",
            "her stepdaughter",
            "his son",
            "her son",
            "his stepson",
            "her stepson",
            "his niece",
            "his nephew",
            "his granddaughter",
            "his grandson",
            "his pupil");

    /** A word that may stand between the article and a role: "a fellow worshipper", "a young nurse". */
    private static final java.util.Set<String> ROLE_ADJECTIVES = java.util.Set.of(
            "fellow",
            "young",
            "trainee",
            "student",
            "junior",
            "senior",
            "female",
            "male",
            "former",
            "new",
            "part-time",
            "teenage",
            "volunteer",
            "local");

    /** Who helps, and words for anyone at all ("a woman at Leeds station" says where, not who she is). */
    private static final java.util.Set<String> NOT_IDENTIFYING = java.util.Set.of(
            "officer",
            "officers",
            "staff",
            "team",
            "advisor",
            "adviser",
            "doctor",
            "doctors",
            "woman",
            "women",
            "man",
            "men",
            "girl",
            "boy",
            "person",
            "people",
            "female",
            "male",
            "lady",
            "teenager",
            "teen",
            "child",
            "passenger",
            "customer",
            "shopper",
            "pedestrian",
            "pensioner",
            "resident",
            "member",
            "someone");

    /**
     * Where an identifying detail in {@code [from, to)} ends, or -1 ("in Year 5", "a nurse at Gloucester ...").
     * {@code wide} (the personal-data reading, round 15) also reads a role of two or three words ("a
     * teaching assistant at", "the only night porter at") and a role "for" a named business ("a delivery driver for
     * the Chinese takeaway on ..."), which the contempt check, which blocks, reads only for the complainant of a sexual
     * offence. {@code personal} (the personal-data reading alone, mend15a): a national employer or public service and
     * "a shop in Leeds" do not narrow to one person; a sexual-offence complainant keeps the strict reading.
     */
    private static int identifyingDetail(
            String text,
            String lower,
            List<AhoCorasick.Match<String>> own,
            int from,
            int to,
            boolean family,
            boolean charged,
            boolean wide,
            boolean personal) {
        int by = indexWithin(lower, " by ", from, to);
        if (by >= 0) {
            // "she is being supported by officers at ..." says who helps her, not who she is; a detail before it
            // still counts ("the victim, a pupil at St Aidan's, is being supported by specialist officers")
            to = by;
        }
        for (AhoCorasick.Match<String> match : own) {
            if (match.start() >= to) {
                break; // the matches come in text order: none later ends inside the window
            }
            if (match.start() >= from && match.end() <= to && match.value().equals("identify-self")) {
                if (match.phrase().startsWith("work") && !workerIsThem(lower, match.start())) {
                    continue; // "if you work there", "anyone who works there": someone else
                }
                return match.end(); // "the girl next door": where she lives, said by the accused's own door
            }
            boolean identify =
                    match.value().equals("identify") || (family && match.value().equals("identify-family"));
            if (match.start() >= from && match.end() <= to && identify) {
                if (match.phrase().equals("a member of")
                        && (lower.startsWith(" staff", match.end()) || lower.startsWith(" the public", match.end()))) {
                    continue; // "a member of staff at a bar", "a member of the public": not a club's membership
                }
                boolean found;
                if (match.phrase().startsWith("family ")) {
                    // "the Fletcher family on Beech Hill Road": a street, not "her family on Facebook" or a town
                    int place = namedPlaceAt(text, lower, match.end() + 1);
                    int end = place < 0 ? -1 : capitalisedRunEnd(text, place, to);
                    if (end > place && place >= 0 && endsWithStreetWord(lower.substring(place, end))) {
                        return end;
                    }
                    continue;
                }
                int office = match.value().equals("identify-family") ? officeHolderEnd(lower, match.end(), to) : -1;
                if (office >= 0) {
                    return office; // "the granddaughter of the headteacher", "the son of a councillor in Mildenhall"
                }
                if (match.phrase().endsWith(" year")) {
                    found = match.end() + 1 < lower.length() && Character.isDigit(lower.charAt(match.end() + 1));
                } else {
                    int place = namedPlaceAt(text, lower, match.end() + 1);
                    // with no one charged, a home town alone ("she lives in Cheltenham", "who lives in Swindon") is
                    // what a force may say; a street, a school, a workplace or a named house identifies her
                    boolean home = !charged && HOME_IN_TOWN.contains(match.phrase());
                    if (place >= 0) {
                        int end = capitalisedRunEnd(text, place, to);
                        if (!(home && bareTown(lower, place, end)) && !(personal && largeEmployer(lower, place, end))) {
                            return end; // "a pupil at St Aidan's": the school too
                        }
                        continue;
                    }
                    int soon = namedPlaceSoonAfter(
                            text,
                            lower,
                            match.end(),
                            to,
                            PITCH.contains(match.phrase())
                                    ? PITCH_LINKS
                                    : match.phrase().contains("lives") ? HOME_LINKS : PLACE_LINKS);
                    int soonEnd = soon >= 0 ? capitalisedRunEnd(text, soon, to) : -1;
                    found = placeOnNamedStreet(text, lower, match.end() + 1) >= 0
                            || (soon >= 0
                                    && !(home && lower.startsWith("in ", soon - 3) && bareTown(lower, soon, soonEnd))
                                    && !(personal && largeEmployer(lower, soon, soonEnd)));
                }
                if (found) {
                    return match.end();
                }
            }
        }
        // "a receptionist at the GP surgery", "the barmaid at the Red Lion": a role at a named place; also "the
        // barmaid from the Crown", where "from the" names a business, not a home town ("a nurse from Bolton").
        for (int at = nextRoleLink(lower, from, to, wide); at >= 0; at = nextRoleLink(lower, at + 1, to, wide)) {
            boolean fromLink = lower.startsWith(" from ", at);
            int after = at
                    + (fromLink || lower.startsWith(" for ", at) || lower.startsWith(" outside ", at)
                            ? lower.indexOf(' ', at + 1) + 1 - at
                            : 4);
            int place = fromLink
                    ? (lower.startsWith("the ", after) ? namedPlaceAt(text, lower, after) : -1)
                    : namedPlaceAt(text, lower, after);
            if (place < 0 && !fromLink) {
                place = placeOnNamedStreet(text, lower, after);
                if (place >= 0 && personal && aBusinessInATown(text, lower, after, place)) {
                    place = -1; // "a security guard at a supermarket in Fareham": one of many in the town
                }
            } else if (place >= 0 && personal && largeEmployer(lower, place, capitalisedRunEnd(text, place, to))) {
                place = -1; // "a delivery driver for Amazon", "a paramedic from the East Midlands Ambulance Service"
            }
            if (place < 0) {
                continue;
            }
            int beforeStart = Math.max(from, at - 30);
            String before = lower.substring(beforeStart, at);
            int space = before.lastIndexOf(' ');
            String role = before.substring(space + 1);
            if (wide && (role.equals("witness") || role.endsWith("ing") && !role.equals("working"))) {
                continue; // "a pensioner shopping at", "a boy playing at", "a witness at": where it happened
            }
            String article = before.substring(0, Math.max(0, space));
            // "the lollipop man", "a dinner lady": a trade said with man, lady or woman is a role, not anyone at all
            boolean trade = wide
                    && NOT_IDENTIFYING.contains(role)
                    && TRADE_BEFORE.contains(article.substring(article.lastIndexOf(' ') + 1));
            if (article.endsWith(" year old")) {
                // "the 22 year old barmaid": the age written without hyphens, three words
                int number = article.lastIndexOf(' ', article.length() - " year old".length() - 1);
                article = number < 0 ? "" : article.substring(0, number);
            } else if (article.endsWith("-year-old")
                    || ROLE_ADJECTIVES.contains(article.substring(article.lastIndexOf(' ') + 1))) {
                // "a 26-year-old hairdresser", "a fellow worshipper", "a trainee nurse"
                article = article.substring(0, Math.max(0, article.lastIndexOf(' ')));
            }
            for (int words = 0; wide && words < 2 && !endsWithArticle(article); words++) {
                // "a teaching assistant at", "the only night porter at", "a 24-year-old care worker at": a role of
                // more than one word
                int space2 = article.lastIndexOf(' ');
                String word = article.substring(space2 + 1);
                int wordAt = beforeStart + space2 + 1;
                if (word.isEmpty()
                        || !(text.substring(wordAt, wordAt + word.length())
                                        .chars()
                                        .noneMatch(Character::isUpperCase)
                                || word.endsWith("-year-old"))
                        || VERB_WORDS.contains(word)
                        || role.endsWith("ed")
                        || word.endsWith("ed")) {
                    break; // "a warrant was executed at an address", "a man arrested yesterday at" are not roles
                }
                article = article.substring(0, Math.max(0, space2));
            }
            if (!role.isEmpty()
                    && (!NOT_IDENTIFYING.contains(role) || trade)
                    && !PUBLIC_OFFICE.contains(role)
                    && endsWithArticle(article)
                    && describesThem(lower, from, beforeStart + article.lastIndexOf(' ') + 1)) {
                return place;
            }
        }
        return -1;
    }

    /** Round 16 (pd16): a public office held for a place ("the MP for Crawley", "the mayor of"), not a private role. */
    private static final java.util.Set<String> PUBLIC_OFFICE = java.util.Set.of(
            "mp",
            "msp",
            "ms",
            "mep",
            "mayor",
            "councillor",
            "cllr",
            "pcc",
            "commissioner",
            "minister",
            "secretary",
            "constable",
            "chief",
            "inspector",
            "sergeant",
            "superintendent",
            "pcso",
            "coroner",
            "judge",
            "candidate");

    /**
     * Round 16 (pd16): a word before man, lady or woman that makes a trade of them ("the lollipop man", "a dinner lady",
     * "the ice cream man", "the tea lady"): in the personal-data reading the trade is a role at the place after it.
     */
    private static final java.util.Set<String> TRADE_BEFORE = java.util.Set.of(
            "lollipop",
            "dinner",
            "lunch",
            "tea",
            "cream",
            "milk",
            "bin",
            "post",
            "paper",
            "chip",
            "burger",
            "flower",
            "fish",
            "lottery",
            "crossing",
            "kiosk",
            "cleaning",
            "school");

    /** Someone there is only one of in a place: a child or complainant named as their relative is identified. */
    private static final java.util.Set<String> OFFICE_HOLDERS = java.util.Set.of(
            "headteacher",
            "headmaster",
            "headmistress",
            "vicar",
            "rector",
            "priest",
            "imam",
            "rabbi",
            "mayor",
            "councillor",
            "landlord",
            "landlady",
            "chairman",
            "chairwoman",
            "chair",
            "publican",
            "postmaster",
            "postmistress",
            "caretaker",
            "manager",
            "owner",
            // Round 24 (blind24): "the daughter of a well-known local GP"
            "gp",
            "doctor",
            "dentist",
            "vet",
            "pharmacist",
            "solicitor",
            "minister",
            "pastor",
            "coach");

    /**
     * Where an office holder named right after {@code at} ends ("of the headteacher", "of a councillor", "of the club
     * chairman", "of the village school's caretaker" is not read), within {@code to}, or -1: up to one word may stand
     * between the article and the office ("the club chairman", "the pub landlord").
     */
    private static int officeHolderEnd(String lower, int at, int to) {
        int word = -1;
        for (String article : new String[] {" the ", " a ", " an "}) {
            if (lower.startsWith(article, at)) {
                word = at + article.length();
                break;
            }
        }
        // Round 24 (blind24): up to two words before the office ("a well-known local GP")
        for (int words = 0; word >= 0 && words < 3 && word < to; words++) {
            int end = wordEnd(lower, word);
            if (end == word) {
                return -1;
            }
            if (end <= to && OFFICE_HOLDERS.contains(lower.substring(word, end))) {
                return end;
            }
            if (end >= lower.length() || lower.charAt(end) != ' ') {
                return -1;
            }
            word = end + 1;
        }
        return -1;
    }

    private static final java.util.Set<String> STREET_WORDS = java.util.Set.of(
            "road",
            "street",
            "lane",
            "avenue",
            "close",
            "drive",
            "way",
            "crescent",
            "terrace",
            "grove",
            "place",
            "court",
            "gardens",
            "row",
            "walk",
            "hill",
            "rise",
            "view",
            "estate");

    /** "Beech Hill Road", "the Parkside estate": the run of words ends with a street word. */
    private static boolean endsWithStreetWord(String run) {
        String last = run.substring(run.lastIndexOf(' ') + 1);
        return STREET_WORDS.contains(last);
    }

    /**
     * The next " at " or " from " (and, when {@code wide}, " for " and " on the ": "a gamekeeper on the Brampton
     * estate") at or after {@code from}, or -1.
     */
    private static int nextRoleLink(String lower, int from, int to, boolean wide) {
        int at = indexWithin(lower, " at ", from, to);
        int fromWord = indexWithin(lower, " from ", from, to);
        int next = at < 0 ? fromWord : fromWord < 0 ? at : Math.min(at, fromWord);
        // Round 16 (pd16): "the lollipop man outside Oakfield Primary": a post held outside a named place
        int outside = wide ? indexWithin(lower, " outside ", from, next < 0 ? to : next) : -1;
        next = outside >= 0 ? outside : next;
        int forWord = wide ? indexWithin(lower, " for ", from, next < 0 ? to : next) : -1;
        next = forWord >= 0 ? forWord : next;
        int onWord = wide ? indexWithin(lower, " on the ", from, next < 0 ? to : next) : -1;
        return onWord >= 0 ? onWord : next;
    }

    private static final java.util.Set<String> VERB_WORDS =
            java.util.Set.of("was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "and", "or");

    private static boolean endsWithArticle(String article) {
        return article.endsWith(" a")
                || article.endsWith(" an")
                || article.endsWith(" the")
                || article.equals("a")
                || article.equals("an")
                || article.equals("the");
    }

    /** Where {@code word} starts in {@code [from, to)} of {@code lower}, or -1: reads only that window. */
    static int indexWithin(String lower, String word, int from, int to) {
        int last = Math.min(to, lower.length() - word.length() + 1);
        for (int k = Math.max(0, from); k < last; k++) {
            if (lower.charAt(k) == word.charAt(0) && lower.startsWith(word, k)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The role is said of the person: right after the reference ("She's the barmaid"), after a comma ("The woman
     * ..., a receptionist") or after "is", "was" or "as" ("The victim is a nurse"), not of someone else further on.
     */
    private static boolean describesThem(String lower, int from, int articleAt) {
        String gap = lower.substring(from, Math.max(from, articleAt)).stripTrailing();
        return gap.isEmpty()
                || gap.endsWith(",")
                || gap.endsWith(" is")
                || gap.endsWith(" was")
                || gap.endsWith(" as")
                || gap.endsWith("'s")
                || gap.endsWith("\u2019s");
    }

    private static final String[] DETERMINERS = {"a ", "an ", "the ", "his ", "her ", "their "};

    /**
     * National employers whose staff work on the move (delivery, buses, rail, the NHS): a role with one of them, with no
     * branch on a named street, narrows to no one. Not a shop ("the Sainsbury's in Kidlington" is one store) or a named
     * hospital ("a porter at Leicester Royal Infirmary" stays held).
     */
    private static final java.util.Set<String> LARGE_EMPLOYERS = java.util.Set.of(
            "amazon",
            "royal mail",
            "stagecoach",
            "arriva",
            "first bus",
            "national express",
            "network rail",
            "dpd",
            "evri",
            "yodel",
            "deliveroo",
            "uber",
            "just eat",
            "the nhs",
            "nhs",
            "openreach",
            "bt");

    /**
     * Mend15a: a national employer or an emergency service in {@code [place, end)} ("Amazon", "the East Midlands
     * Ambulance Service", "Hexham fire station"), with no street after it ("Royal Mail on Deiniol Road" is one office).
     */
    private static boolean largeEmployer(String lower, int place, int end) {
        if (end <= place || lower.startsWith(" on ", end)) {
            return false;
        }
        String run = lower.substring(place, end);
        return LARGE_EMPLOYERS.contains(run)
                || run.endsWith("ambulance service")
                || run.endsWith("fire and rescue service")
                || run.endsWith("fire and rescue")
                || lower.startsWith(" fire station", end)
                || lower.startsWith(" ambulance station", end);
    }

    /**
     * Mend15a: "a supermarket in Fareham", "a shop in Leeds": a business given only by "a" and its town, one of many
     * there (the reading of {@link #placeOnNamedStreet} from {@code at}, whose place starts at {@code place}).
     */
    private static boolean aBusinessInATown(String text, String lower, int at, int place) {
        return (lower.startsWith("a ", at) || lower.startsWith("an ", at))
                && place >= 4
                && lower.startsWith(" in ", place - 4)
                && bareTown(lower, place, capitalisedRunEnd(text, place, Math.min(text.length(), place + 60)));
    }

    /**
     * "a salon on Bolton Road", "the bakery in Leyland", "his dental practice on Mill Road": a place named by its
     * street or town, up to three words after the determiner, or -1.
     */
    private static int placeOnNamedStreet(String text, String lower, int at) {
        int word = -1;
        for (String determiner : DETERMINERS) {
            if (lower.startsWith(determiner, at)) {
                word = at + determiner.length();
                break;
            }
        }
        if (word < 0) {
            return -1;
        }
        for (int words = 0; words < 3; words++) {
            int end = wordEnd(lower, word);
            if (end == word) {
                return -1;
            }
            for (String link : new String[] {" on ", " in "}) {
                if (lower.startsWith(link, end)) {
                    return namedPlaceAt(text, lower, end + link.length());
                }
            }
            if (end >= lower.length() || lower.charAt(end) != ' ') {
                return -1;
            }
            word = end + 1;
        }
        return -1;
    }

    private static final String[] PLACE_LINKS = {" at ", " on ", " for "};
    private static final String[] HOME_LINKS = {" at ", " on ", " for ", " in "};

    /**
     * Round 16 (pd16): a pitch kept at a landmark, read "outside", "opposite" or "next to" a named place or in a town
     * ("who sells the Big Issue outside Boots", "who sits on the bench outside the library in Malton").
     */
    private static final java.util.Set<String> PITCH = java.util.Set.of(
            "who sells",
            "who busks",
            "who sits",
            "who stands",
            "who parks",
            "has a pitch",
            "has a stall",
            "runs a stall");

    private static final String[] PITCH_LINKS = {" at ", " on ", " in ", " outside ", " opposite ", " next to "};

    /** Where someone lives, said by the town alone when nothing else follows (not "lives with", "lives above"). */
    private static final java.util.Set<String> HOME_IN_TOWN = java.util.Set.of("who lives", "lives in", "who live");

    /**
     * A town or district and nothing more ("Cheltenham", "Swindon"): not after "the" (a named house or business),
     * not ending in a street word and not a school, workplace or other institution.
     */
    private static boolean bareTown(String lower, int place, int end) {
        if (place >= 4 && lower.startsWith("the ", place - 4)) {
            return false;
        }
        String run = lower.substring(place, Math.max(place, end));
        if (endsWithStreetWord(run)) {
            return false;
        }
        String last = run.substring(run.lastIndexOf(' ') + 1);
        return !INSTITUTION_WORDS.contains(last);
    }

    private static final java.util.Set<String> INSTITUTION_WORDS = java.util.Set.of(
            "school",
            "primary",
            "academy",
            "college",
            "university",
            "high",
            "grammar",
            "hospital",
            "surgery",
            "farm",
            "hotel",
            "inn",
            "arms",
            "club",
            "church",
            "mosque",
            "hall",
            "house",
            "cottage",
            "court",
            "centre",
            "home");

    /** "has waived her anonymity": the victim chose to speak out under her own name. */
    static boolean waivedAnonymity(String lower) {
        return lower.contains("waived her anonymity")
                || lower.contains("waived his anonymity")
                || lower.contains("waived their anonymity")
                || lower.contains("waived her right to anonymity")
                || lower.contains("waived his right to anonymity");
    }

    /** Who is said to "work there" when it is not the person the post refers to. */
    private static final java.util.Set<String> OTHER_WORKERS = java.util.Set.of(
            "you",
            "anyone",
            "anybody",
            "someone",
            "somebody",
            "everyone",
            "people",
            "staff",
            "we",
            "they",
            "i",
            "if",
            "or",
            "and",
            "those",
            "others",
            "whoever");

    /**
     * The word before "work(s) there" (past a "who") is not someone else: "if you work there", "anyone who works
     * there" and "or work there" speak to or of others; "the victim works there", "the woman, who works there" do not.
     */
    private static boolean workerIsThem(String lower, int at) {
        int end = at;
        for (int words = 0; words < 2; words++) {
            while (end > 0 && !Character.isLetter(lower.charAt(end - 1)) && at - end < 4) {
                end--;
            }
            int start = end;
            while (start > 0 && Character.isLetter(lower.charAt(start - 1)) && end - start < 12) {
                start--;
            }
            String word = lower.substring(start, end);
            if (OTHER_WORKERS.contains(word)) {
                return false;
            }
            if (!word.equals("who")) {
                return true;
            }
            end = start;
        }
        return true;
    }

    /** People a "she" may be other than the victim: who reports, investigates, advises or judges. */
    private static final java.util.Set<String> NOT_THE_VICTIM = java.util.Set.of(
            "officer",
            "officers",
            "dc",
            "pc",
            "ds",
            "di",
            "dci",
            "dsi",
            "det",
            "detective",
            "sergeant",
            "sgt",
            "inspector",
            "insp",
            "constable",
            "pcso",
            "judge",
            "recorder",
            "magistrate",
            "magistrates",
            "superintendent",
            "supt",
            "specialist",
            "adviser",
            "advisor",
            "isva",
            "spokeswoman",
            "spokesperson",
            "prosecutor",
            "barrister",
            "counsel",
            "nurse",
            "colleague");

    /** Who a "she" is the victim as: the nearest of these, reading back, names the victim. */
    private static final java.util.Set<String> THE_VICTIM = java.util.Set.of(
            "victim",
            "woman",
            "girl",
            "complainant",
            "teenager",
            "student",
            "survivor",
            "daughter",
            "pupil",
            "lady",
            "mother",
            "mum",
            "wife",
            "sister");

    private static final String[] SAID_BEFORE = {
        "said ", "says ", "say ", "told us ", "added ", "explained ", "confirmed ", "stated "
    };

    /**
     * With no one charged, a "she" is the victim only when the nearest person word before it, within 120 characters,
     * is the victim ("A woman was sexually assaulted ... She lives"), never right after "said" ("the judge said she")
     * or when it is an officer, a judge or an adviser ("our specialist officer: she works in the team at").
     */
    static boolean victimBefore(String lower, int at) {
        for (String said : SAID_BEFORE) {
            if (at >= said.length() && lower.startsWith(said, at - said.length())) {
                return false;
            }
        }
        int end = at;
        int floor = Math.max(0, at - 120);
        while (end > floor) {
            while (end > floor && !Character.isLetter(lower.charAt(end - 1))) {
                end--;
            }
            int start = end;
            while (start > floor && Character.isLetter(lower.charAt(start - 1))) {
                start--;
            }
            if (start == end) {
                break;
            }
            String word = lower.substring(start, end);
            if (NOT_THE_VICTIM.contains(word)) {
                return false;
            }
            if (THE_VICTIM.contains(word)) {
                return true;
            }
            end = start;
        }
        return true;
    }

    /**
     * "works nights on Ward 12 at Southmead", "plays in the under-13s team he runs at Halton FC": a named place
     * within 50 characters after what the person does, in the same sentence, or -1. A town ("works in Bristol") is
     * not a place that identifies anyone, except where they live with the accused ("lives with him in Hartcliffe").
     */
    private static int namedPlaceSoonAfter(String text, String lower, int from, int to, String[] links) {
        int limit = Math.min(to, from + 50);
        for (String link : links) {
            // read only the window: an unbounded indexOf scanned to the post's end for every link and every call
            for (int at = indexWithin(lower, link, from - 1, limit);
                    at >= 0;
                    at = indexWithin(lower, link, at + 1, limit)) {
                int place = namedPlaceAt(text, lower, at + link.length());
                if (place >= 0) {
                    return place;
                }
            }
        }
        return -1;
    }

    /**
     * The end of the run of capitalised words starting at {@code start} ("St Aidan's", "Rhyl High"), at most six and
     * not past {@code limit}: {@link #wordEnd} for each word, and a possessive "'s" kept with it.
     */
    static int capitalisedRunEnd(String text, int start, int limit) {
        int end = start;
        for (int i = start, words = 0; words < 6 && i < limit && Character.isUpperCase(text.charAt(i)); words++) {
            end = wordEnd(text, i);
            if (end + 1 < text.length()
                    && (text.charAt(end) == '\'' || text.charAt(end) == '\u2019')
                    && text.charAt(end + 1) == 's') {
                end += 2;
            }
            end = Math.min(end, limit);
            if (end + 1 >= limit || text.charAt(end) != ' ') {
                break;
            }
            i = end + 1;
        }
        return end;
    }

    /** {@code at} or just after "the " there, when a capitalised word starts it ("the Red Lion"), or -1. */
    private static int namedPlaceAt(String text, String lower, int at) {
        int place = lower.startsWith("the ", at) ? at + 4 : at;
        return place < text.length() && Character.isUpperCase(text.charAt(place)) ? place : -1;
    }

    /**
     * A child who died is named by the force with the family's agreement ("the murder of Amy Hill, 7", "Jo Hill,
     * 16, who died"): that is not a child protected from being identified.
     */
    private static boolean diedNear(String lower, Cues cues, NameFinder.Mention mention) {
        String before =
                lower.substring(Math.max(cues.sentenceStart(mention.start()), mention.start() - 60), mention.start());
        String after = lower.substring(mention.end(), Math.min(lower.length(), mention.end() + 40));
        for (String word : DEATH_BEFORE) {
            if (before.contains(word)) {
                return true;
            }
        }
        return after.contains("died")
                || after.contains("was killed")
                || after.contains("lost his life")
                || after.contains("lost her life")
                || after.contains("tribute")
                || after.contains("funeral");
    }

    /** A death said in {@code [from, to)} of {@code lower}: "the murder of", "died", "tribute". */
    static boolean mentionsDeath(String lower, int from, int to) {
        String sentence = lower.substring(Math.max(0, from), Math.min(lower.length(), to));
        for (String word : DEATH_WORDS) {
            if (sentence.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** "the murder of Tom Green, who many of you will remember": the person remembered may be the one who died. */
    private static boolean aboutADeath(String lower) {
        return mentionsDeath(lower, 0, lower.length());
    }

    private static final String[] DEATH_WORDS = {
        "murder of",
        "death of",
        "killing of",
        "manslaughter of",
        "died",
        "was killed",
        "were killed",
        "tribute",
        "passed away",
        "funeral",
        "rip "
    };

    private static final String[] DEATH_BEFORE = {
        "murder of", "death of", "killing of", "manslaughter of", "died", "killed", "fatal", "tribute", "rip "
    };

    /** How far a name may follow "the boy": ", named locally as " is the longest gap {@link #besideName} takes. */
    private static final int NAME_GAP = 24;
    /** How far before a name set off by commas the words for a child may end (round 23). */
    private static final int APPOSITIVE_GAP = 80;

    /** ", Lily," : the word from {@code start} to {@code end} has a comma and a space before it and a comma after. */
    private static boolean appositive(String text, int start, int end) {
        return start >= 2
                && text.charAt(start - 2) == ','
                && text.charAt(start - 1) == ' '
                && end < text.length()
                && text.charAt(end) == ',';
    }

    /** No full stop, "!" or "?" between {@code from} and {@code to}. */
    private static boolean noSentenceEnd(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '.' || c == '!' || c == '?') {
                return false;
            }
        }
        return true;
    }

    /**
     * What lies between "the boy" and a name makes the name his: ", ", " named ", " called ", " named locally as ",
     * " known as ".
     */
    private static boolean besideName(String gap) {
        String words = gap.strip();
        if (words.startsWith(",")) {
            words = words.substring(1).strip();
        }
        return gap.length() <= NAME_GAP
                && (words.isEmpty()
                        || words.equals("named")
                        || words.equals("called")
                        || words.equals("little")
                        || words.equals("young")
                        || words.equals("named as")
                        || words.equals("named locally as")
                        || words.equals("known as")
                        || words.equals("known locally as")
                        || words.equals("who we can name as"));
    }

    // Round 24 (blind24): "wee Jack", the Scots word for a small child
    private static final String[] ENDEARMENTS = {"little ", "baby ", "tiny ", "toddler ", "tot ", "wee "};

    private static final String[] SENTENCE_ENDEARMENTS = {"Little ", "Baby ", "Tiny ", "Wee "};

    /**
     * "little Jake", "baby Mia", "tiny Alfie": a lower-case word for a small child right before a name makes the name
     * a child's, and so does the same word with a capital where a sentence starts ("Little Noah is recovering").
     * Elsewhere "Little" with a capital is a place ("from Little Chalfont") and does not count.
     */
    private static boolean endearmentBefore(String text, int at) {
        for (String word : ENDEARMENTS) {
            int from = at - word.length();
            if (from >= 0
                    && text.startsWith(word, from)
                    && (from == 0 || !Character.isLetterOrDigit(text.charAt(from - 1)))) {
                return true;
            }
        }
        for (String word : SENTENCE_ENDEARMENTS) {
            int from = at - word.length();
            if (from >= 0 && text.startsWith(word, from) && sentenceStartsAt(text, from)) {
                return true;
            }
        }
        return false;
    }

    /** True at the start of the text or after a sentence end and spaces ("... tonight. Little Noah"). */
    private static boolean sentenceStartsAt(String text, int at) {
        int k = at;
        while (k > 0 && text.charAt(k - 1) == ' ') {
            k--;
        }
        if (k == 0) {
            return true;
        }
        char c = text.charAt(k - 1);
        return c == '\n' || (k < at && (c == '.' || c == '!' || c == '?'));
    }

    /**
     * The age written right after a name (", 15," or " (15)"; round 23: ", the 16-year-old" or ", a 15-year-old"), or
     * -1 when there is none.
     */
    private static int ageAfter(String text, int at) {
        int i = at;
        int limit = Math.min(text.length(), at + 12);
        while (i < limit && (text.charAt(i) == ',' || text.charAt(i) == '(' || text.charAt(i) == ' ')) {
            i++;
        }
        if (i == at) {
            return -1;
        }
        boolean article = false;
        if (text.startsWith("aged ", i)) {
            i += 5;
        } else if (i > at && text.charAt(i - 1) == ' ' && (text.startsWith("the ", i) || text.startsWith("a ", i))) {
            i += text.charAt(i) == 't' ? 4 : 2;
            article = true;
        }
        int digits = i;
        while (i < text.length() && i - digits < 3 && Character.isDigit(text.charAt(i))) {
            i++;
        }
        if (i == digits || i - digits > 2 || (i < text.length() && Character.isLetterOrDigit(text.charAt(i)))) {
            return -1;
        }
        if (article
                && !YEAR_OLD.matcher(text)
                        .region(i, Math.min(text.length(), i + 11))
                        .lookingAt()) {
            return -1; // "Lily, the 3 of them": an article makes it an age only as "the 16-year-old"
        }
        return Integer.parseInt(text, digits, i, 10);
    }

    /** "-year-old", " year old", "-years-old" right after an age's digits. */
    private static final java.util.regex.Pattern YEAR_OLD =
            java.util.regex.Pattern.compile("[- ]years?[- ]old\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Where each "15-year-old" or "15 years old" under 18 ends. */
    private static List<Integer> juvenileAgeEnds(String lower) {
        List<Integer> ends = new ArrayList<>();
        for (int at = lower.indexOf("year");
                at >= 0 && ends.size() < Windows.MAX_MATCHES;
                at = lower.indexOf("year", at + 4)) {
            int oldAt = lower.startsWith("-old", at + 4) || lower.startsWith(" old", at + 4)
                    ? at + 8
                    : lower.startsWith("s old", at + 4) || lower.startsWith("s-old", at + 4) ? at + 9 : -1;
            if (oldAt < 0) {
                continue;
            }
            int end = at;
            if (end > 0 && (lower.charAt(end - 1) == '-' || lower.charAt(end - 1) == ' ')) {
                end--;
            }
            int start = end;
            while (start > 0 && end - start < 3 && Character.isDigit(lower.charAt(start - 1))) {
                start--;
            }
            if (start < end && end - start <= 2 && Integer.parseInt(lower, start, end, 10) < 18) {
                ends.add(oldAt);
            } else if (start == end && ageInWordsBefore(lower, end)) {
                ends.add(oldAt); // "eight-year-old Poppy"
            }
        }
        return ends;
    }

    private static final String[] CHILD_AGES = {
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen"
    };

    /** "eight" right before {@code end} ("eight-year-old"): an age under 18 in words. */
    private static boolean ageInWordsBefore(String lower, int end) {
        for (String age : CHILD_AGES) {
            int from = end - age.length();
            if (from >= 0
                    && lower.startsWith(age, from)
                    && (from == 0 || !Character.isLetter(lower.charAt(from - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** "sexual assault on", "offences against" right before a name: the person named is the complainant. */
    private static boolean offenceAgainst(String lower, int at) {
        String before = lower.substring(Math.max(0, at - 40), at).stripTrailing();
        return ((before.endsWith(" on") || before.endsWith(" against"))
                        && (before.contains("assault") || before.contains("attack") || before.contains("offence")))
                || before.endsWith("raping")
                || before.endsWith("assaulting")
                || before.endsWith("abusing")
                || before.endsWith("grooming")
                || before.endsWith("molesting");
    }

    private static final String[] GUILT_DENIED = {
        "n't mean", "not mean", "not saying", "not to say", "nobody is saying", "no one is saying", "not suggesting"
    };

    /**
     * "Being charged doesn't mean someone is guilty", "we're not saying he is guilty": the clause before the guilt
     * phrase denies it, as forces do when they explain what a charge means (round 17, blind17b).
     */
    private static boolean guiltDenied(String lower, int at) {
        String before = lower.substring(Math.max(0, at - 32), at);
        int stop = Math.max(before.lastIndexOf('.'), Math.max(before.lastIndexOf('!'), before.lastIndexOf('?')));
        String clause = stop < 0 ? before : before.substring(stop + 1);
        for (String denial : GUILT_DENIED) {
            if (clause.contains(denial)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "charged with rape following a report by Chloe Edwards", "after a complaint from Amy Hall": the person who made
     * the report in a sexual-offence case is the complainant (round 17, blind17b).
     */
    private static boolean complaintBy(String lower, int at) {
        String before = lower.substring(Math.max(0, at - 40), at).stripTrailing();
        return (before.endsWith(" by") || before.endsWith(" from"))
                && (before.contains("report")
                        || before.contains("complaint")
                        || before.contains("allegation")
                        || before.contains("disclos"));
    }

    /**
     * "his lodger, nurse Hannah Kerr", "his tenant Laura Hill": a name given in apposition to a relation of the
     * accused, with at most one word between.
     */
    private static boolean relationBefore(String lower, int at) {
        String before = lower.substring(Math.max(0, at - 40), at);
        int his = Math.max(before.lastIndexOf("his "), before.lastIndexOf("her "));
        if (his < 0 || (his > 0 && Character.isLetter(before.charAt(his - 1)))) {
            return false;
        }
        String[] words = before.substring(his + 4).replace(",", " ").strip().split(" +");
        return words.length >= 1
                && words.length <= 2
                && RELATIONS.contains(words[0])
                && !before.substring(his).contains(".");
    }

    private static final java.util.Set<String> RELATIONS = java.util.Set.of(
            "daughter",
            "stepdaughter",
            "son",
            "stepson",
            "niece",
            "nephew",
            "granddaughter",
            "grandson",
            "sister",
            "brother",
            "cousin",
            "goddaughter",
            "godson",
            "wife",
            "ex-wife",
            "partner",
            "ex-partner",
            "girlfriend",
            "ex-girlfriend",
            "boyfriend",
            "pupil",
            "student",
            "neighbour",
            "colleague",
            "employee",
            "patient",
            "client",
            "lodger",
            "tenant",
            "flatmate",
            "housemate",
            "babysitter",
            "nanny",
            "carer",
            "cleaner",
            "friend",
            "apprentice",
            "trainee",
            "player",
            "member",
            "mentee",
            "landlady",
            "au");

    /** "his name's", "named", "called" right before a name. */
    private static boolean namedBefore(String lower, int at) {
        String before = lower.substring(Math.max(0, at - 16), at).stripTrailing();
        return before.endsWith("name's")
                || before.endsWith("name’s")
                || before.endsWith("name is")
                || before.endsWith("name was")
                || before.endsWith("named")
                || before.endsWith("called");
    }

    /** Capitalised known first names standing alone, outside the full names already found ("16-year-old Grace"). */
    private static List<Span> loneFirstNames(String text, String lower, List<NameFinder.Mention> mentions) {
        List<Span> spans = new ArrayList<>();
        for (Span word : capitalisedWords(text)) {
            if (spans.size() == Windows.MAX_MATCHES) {
                break;
            }
            if (!inside(mentions, word.start())
                    && NameFinder.isAnyFirstName(lower.substring(word.start(), word.end()))) {
                spans.add(word);
            }
        }
        return spans;
    }

    /**
     * Capitalised words of three letters or more ("Grace", not "GRACE" or "McKay"): the candidates for a lone first
     * name.
     */
    static List<Span> capitalisedWords(String text) {
        List<Span> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!Character.isUpperCase(text.charAt(i)) || (i > 0 && Character.isLetter(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < text.length() && Character.isLowerCase(text.charAt(end))) {
                end++;
            }
            if (end - i >= 3 && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
                words.add(new Span(i, end));
            }
            i = end;
        }
        return words;
    }

    private static boolean inside(List<NameFinder.Mention> mentions, int at) {
        for (NameFinder.Mention mention : mentions) {
            if (at >= mention.start() && at < mention.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A lone first name given to the complainant: "our survivor Hollie", "victim Amy", "Hollie, 19,". Only read
     * once someone is charged with what looks like a sexual offence.
     */
    private static List<Span> lonePersonalNames(String text, String lower, List<NameFinder.Mention> childCase) {
        List<Span> spans = new ArrayList<>();
        java.util.Set<String> places = null; // the words after "in", "from", "at", "near", read once when needed
        for (Span word : capitalisedWords(text)) {
            if (spans.size() == Windows.MAX_MATCHES) {
                break;
            }
            int i = word.start();
            int end = word.end();
            if (!NameFinder.isLoneFirstName(lower.substring(i, end))) {
                continue;
            }
            String before = lower.substring(Math.max(0, i - 12), i).stripTrailing();
            int age = ageAfter(text, end);
            if (before.endsWith("survivor")
                    || before.endsWith("called")
                    || before.endsWith("named")
                    || before.endsWith("victim")
                    || before.endsWith("complainant")
                    || (age > 0 && age < 120)
                    || (childCase != null
                            && !inside(childCase, i)
                            && loneNameAnywhere(text, before, end)
                            && !(places = places != null ? places : placeWords(lower))
                                    .contains(lower.substring(i, end)))) {
                spans.add(word);
            }
        }
        return spans;
    }

    /**
     * Round 15 (fix15a): a lone first name standing alone in a post about a child complainant: not part of a longer
     * proper noun ("Lily Road", "Grace Darling"), not after a title or an operation's name ("DC Amelia", "Operation
     * Amelia", "St Mary"), not a place after "in", "from" or "at" ("a man from Chester").
     */
    static boolean loneNameAnywhere(String text, String before, int end) {
        int next = end;
        while (next < text.length() && next - end < 3 && text.charAt(next) == ' ') {
            next++;
        }
        if (next > end && next < text.length() && Character.isUpperCase(text.charAt(next))) {
            return false;
        }
        int space = before.lastIndexOf(' ');
        String previous = before.substring(space + 1);
        return !NOT_BEFORE_LONE_NAME.contains(
                previous.endsWith(".") ? previous.substring(0, previous.length() - 1) : previous);
    }

    /**
     * The words right after "in", "from", "at" or "near" in the post: a first name among them is a town there too ("a
     * girl in Beverley ... Beverley officers"). One scan per preposition; at most {@value #MAX_PLACE_WORDS} words.
     */
    private static java.util.Set<String> placeWords(String lower) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (String preposition : PLACE_PREPOSITIONS) {
            for (int at = lower.indexOf(preposition);
                    at >= 0 && words.size() < MAX_PLACE_WORDS;
                    at = lower.indexOf(preposition, at + 1)) {
                int start = at + preposition.length();
                int end = start;
                while (end < lower.length() && end - start < 24 && Character.isLetter(lower.charAt(end))) {
                    end++;
                }
                if (end > start) {
                    words.add(lower.substring(start, end));
                }
            }
        }
        return words;
    }

    private static final int MAX_PLACE_WORDS = 256;

    private static final String[] PLACE_PREPOSITIONS = {" in ", " from ", " at ", " near "};

    private static final java.util.Set<String> NOT_BEFORE_LONE_NAME = java.util.Set.of(
            "pc",
            "dc",
            "ds",
            "di",
            "dci",
            "dsu",
            "sgt",
            "sergeant",
            "insp",
            "inspector",
            "officer",
            "constable",
            "pcso",
            "supt",
            "superintendent",
            "chief",
            "st",
            "saint",
            "operation",
            "op",
            "mr",
            "mrs",
            "ms",
            "miss",
            "mx",
            "dr",
            "judge",
            "cllr",
            "councillor",
            "rev",
            "reverend",
            "lord",
            "lady",
            "sir",
            "dame",
            "in",
            "from",
            "at",
            "near",
            "outside",
            "around",
            "into",
            "across",
            "via",
            "hms",
            "port",
            "fort",
            "mount",
            "lake",
            "hurricane",
            "storm",
            "project");

    /**
     * True when every word that ends the proceedings ("jailed", "convicted") lies inside a mention of the accused's
     * record ("previously jailed", "jailed before"): the case in hand is still live.
     */
    private static boolean endsOnlyInsideRecord(String text, List<AhoCorasick.Match<String>> phrases) {
        StringBuilder masked = null;
        for (AhoCorasick.Match<String> match : phrases) {
            if (match.value().equals("record")) {
                if (masked == null) {
                    masked = new StringBuilder(text);
                }
                for (int k = match.start(); k < match.end(); k++) {
                    masked.setCharAt(k, ' ');
                }
            }
        }
        return masked != null && !Cues.of(masked.toString()).any(Cues.Cue.PROCEEDINGS_CONCLUDED);
    }

    /**
     * The stages of the post's clauses when some clause reports a verdict, plea or sentence of this case (not one
     * inside a mention of the accused's record), or null: a post with no result in it is read as a whole.
     */
    private static ContemptStages stagesOf(String text, List<AhoCorasick.Match<String>> phrases) {
        return stagesOf(text, phrases, null);
    }

    /** As {@link #stagesOf(String, List)}, with the stage words if they were already found (null if not). */
    private static ContemptStages stagesOf(
            String text, List<AhoCorasick.Match<String>> phrases, List<AhoCorasick.Match<String>> stageWords) {
        List<Span> record = new ArrayList<>();
        for (AhoCorasick.Match<String> match : phrases) {
            if (match.value().equals("record")) {
                record.add(new Span(match.start(), match.end()));
            }
        }
        ContemptStages stages =
                ContemptStages.of(text, record, stageWords != null ? stageWords : ContemptStages.words(text));
        return stages.anyConcluded() ? stages : null;
    }

    /**
     * True when every clause of the post reports a verdict, plea or sentence ("convicted today, sentencing next
     * month") and none is about someone still charged, denying it or awaiting trial. The contempt meaning head does
     * not read such a post: the issue says post-verdict statements are fine, and strong words after a conviction
     * read to the head like strong words before one.
     */
    @Override
    public boolean vetoesModel(AnalysedText text) {
        // round 24: nor a neutral charge announcement and nothing else ({@link NeutralChargePost})
        return reportsOnlyAResult(text.original()) || NeutralChargePost.only(text.original());
    }

    private static final List<String> ANIMALS = List.of(
            " dog",
            "beagle",
            "spaniel",
            "labrador",
            "terrier",
            "collie",
            "cockapoo",
            "puppy",
            " cat",
            "kitten",
            " pony",
            " horse",
            "tortoise",
            "parrot",
            "lurcher",
            "greyhound",
            "husky",
            "pug");
    private static final List<String> FOUND = List.of(
            "found safe", "reunited", "is home", "back home", "safe and well", "walkabout", "been found", "home safe");

    /** A lost animal found: its "we've got our man" is a joke about the dog, not a suspect. */
    static boolean foundAnimal(String lower) {
        return ANIMALS.stream().anyMatch(lower::contains) && FOUND.stream().anyMatch(lower::contains);
    }

    static boolean reportsOnlyAResult(String text) {
        List<AhoCorasick.Match<String>> record = new ArrayList<>();
        for (AhoCorasick.Match<String> match : AFTER_CHARGE.findLongest(text)) {
            if (match.value().equals("record")) {
                record.add(match);
            }
        }
        ContemptStages stages = stagesOf(text, record);
        return stages != null && !stages.anyLive();
    }

    /** Whether any match of the context file is of {@code kind}; shared with {@link IdentifyingDetailDetector}. */
    static boolean has(List<AhoCorasick.Match<String>> matches, String kind) {
        for (AhoCorasick.Match<String> match : matches) {
            if (match.value().equals(kind)) {
                return true;
            }
        }
        return false;
    }

    private static Finding activeCaseFinding(ActiveCase activeCase, Span span) {
        boolean restricted = !activeCase.restrictions().isEmpty();
        String when = activeCase.court() == null ? "" : " at " + activeCase.court();
        return new Finding(
                Category.CONTEMPT,
                restricted ? "contempt.reporting-restriction" : "contempt.active-case",
                span,
                restricted ? Severity.HIGH : Severity.LOW,
                0.9,
                restricted
                        ? "This names a defendant in case " + activeCase.reference() + ", which has reporting"
                                + " restrictions: " + String.join("; ", activeCase.restrictions()) + "."
                        : "This names a defendant in a live case (" + activeCase.reference() + when
                                + "). Keep to the charge and the court date.",
                restricted
                        ? "Check the restrictions with the communications team before posting."
                        : "Do not comment on guilt, character or the evidence.");
    }

    private static List<ActiveCase> namedCases(String lower, CheckContext context) {
        List<ActiveCase> named = new ArrayList<>();
        for (ActiveCase activeCase : context.activeCases()) {
            for (String defendant : activeCase.defendants()) {
                if (!occurrences(lower, lower, defendant).isEmpty()) {
                    named.add(activeCase);
                    break;
                }
            }
        }
        return named;
    }

    /** Whole-word, case-insensitive occurrences of a name. */
    private static List<Span> occurrences(String text, String lower, String name) {
        List<Span> spans = new ArrayList<>();
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (wanted.length() < 3) {
            return spans;
        }
        for (int at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + 1)) {
            int end = at + wanted.length();
            boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startOk && endOk) {
                spans.add(new Span(at, end));
            }
        }
        return spans;
    }

    private static boolean mentionsFutureHearing(String lower) {
        for (String pending : VERDICT_PENDING) {
            if (lower.contains(pending)) {
                return true;
            }
        }
        return false;
    }

    /** A verdict still to come, or a later hearing: the case is live even with "verdict" or "convicted" in it. */
    private static final String[] VERDICT_PENDING = {
        "will be sentenced",
        "due to be sentenced",
        "trial continues",
        "co-defendant",
        "consider their verdict",
        "consider its verdict",
        "considering their verdict",
        "considering its verdict",
        "retired to consider",
        "deliberating",
        "deliberations",
        "jury is out",
        "jury are out",
        "awaiting the verdict",
        "awaiting a verdict",
        "await the verdict",
        "before the verdict",
        "ahead of the verdict",
        "reach a verdict"
    };

    private static AhoCorasick<String> phrases(String onlyKind, String... files) {
        AhoCorasick.Builder<String> builder = AhoCorasick.builder();
        List<String> lines = new ArrayList<>();
        for (String file : files) {
            lines.addAll(WordList.load("org/postwatch/safeguard/detectors/" + file));
        }
        for (String line : lines) {
            int bar = line.indexOf('|');
            String kind = line.substring(0, bar).strip();
            if (onlyKind != null && !kind.endsWith(onlyKind)) {
                continue;
            }
            for (String phrase : expand(line.substring(bar + 1).strip())) {
                builder.add(phrase, kind);
            }
        }
        return builder.build();
    }

    static List<String> expand(String phrase) {
        String[][] slots = {
            {"{he}", "he", "she", "they"},
            {"{him}", "him", "her", "them"},
            {"{his}", "his", "her", "their"},
            // Round 16 (pd16): the number of a prison term, in words or figures ("got {n} years")
            TermNumbers.PHRASE_SLOT
        };
        for (String[] slot : slots) {
            if (phrase.contains(slot[0])) {
                List<String> expanded = new ArrayList<>();
                for (int k = 1; k < slot.length; k++) {
                    expanded.addAll(expand(phrase.replace(slot[0], slot[k])));
                }
                return expanded;
            }
        }
        return List.of(phrase);
    }
}
