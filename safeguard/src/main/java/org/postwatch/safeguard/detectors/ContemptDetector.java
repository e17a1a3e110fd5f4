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
import org.postwatch.safeguard.engine.Severity;
import org.postwatch.safeguard.engine.Span;
import org.postwatch.safeguard.text.AhoCorasick;
import org.postwatch.safeguard.text.WordList;

/**
 * Contempt of court: once someone is arrested or charged, comments on their guilt, character, record or the
 * evidence can prejudice the trial. Naming the complainant of a sexual offence, or anyone the force's active-case
 * list protects, is CRITICAL. Neutral charge announcements and post-verdict results are fine.
 */
public final class ContemptDetector implements Detector {

    private static final AhoCorasick<String> PHRASES = phrases();

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
        boolean active = cues.any(Cues.Cue.PROCEEDINGS_ACTIVE);
        boolean concluded = cues.any(Cues.Cue.PROCEEDINGS_CONCLUDED);
        boolean proceedingsLive = active && !(concluded && !mentionsFutureHearing(lower));
        List<ActiveCase> named = namedCases(lower, context);
        boolean live = proceedingsLive || !named.isEmpty();

        if (!lower.contains("innocent until proven")) {
            for (AhoCorasick.Match<String> match : PHRASES.findLongest(text)) {
                Finding finding = phraseFinding(match, live, !named.isEmpty());
                if (finding != null) {
                    findings.add(finding);
                }
            }
        }
        if (cues.any(Cues.Cue.SEXUAL_OFFENCE)) {
            for (NameFinder.Mention mention : NameFinder.find(analysed)) {
                if (!mention.repeat()
                        && (NameFinder.namedAsVictimOf(text, mention)
                                || !cues.inSentence(Cues.Cue.SUSPECT, mention.start(), mention.end()))) {
                    findings.add(new Finding(
                            Category.CONTEMPT,
                            "contempt.complainant-identified",
                            new Span(mention.start(), mention.end()),
                            Severity.CRITICAL,
                            mention.confidence(),
                            "This seems to name the complainant in a sexual offence case. They have lifelong"
                                    + " anonymity: naming them is a criminal offence.",
                            "Remove the name and any detail that could identify them."));
                }
            }
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
                            "This names someone the court protects in case " + activeCase.reference()
                                    + " (a complainant or a child).",
                            "Remove the name and anything that could identify them."));
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

    private static Finding phraseFinding(AhoCorasick.Match<String> match, boolean live, boolean activeCaseNamed) {
        Span span = new Span(match.start(), match.end());
        String kind = match.value();
        if (!live) {
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
            case "guilt", "guilt-strong" ->
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
            default -> null;
        };
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
        return lower.contains("will be sentenced")
                || lower.contains("due to be sentenced")
                || lower.contains("trial continues")
                || lower.contains("co-defendant");
    }

    private static AhoCorasick<String> phrases() {
        AhoCorasick.Builder<String> builder = AhoCorasick.builder();
        for (String line : WordList.load("org/postwatch/safeguard/detectors/contempt-phrases.txt")) {
            int bar = line.indexOf('|');
            String kind = line.substring(0, bar).strip();
            for (String phrase : expand(line.substring(bar + 1).strip())) {
                builder.add(phrase, kind);
            }
        }
        return builder.build();
    }

    static List<String> expand(String phrase) {
        String[][] slots = {
            {"{he}", "he", "she", "they"}, {"{him}", "him", "her", "them"}, {"{his}", "his", "her", "their"}
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
