package org.postwatch.safeguard.detect.ml;

import java.util.List;
import java.util.Objects;
import org.postwatch.safeguard.engine.AnalysedText;
import org.postwatch.safeguard.engine.Category;
import org.postwatch.safeguard.engine.CheckContext;
import org.postwatch.safeguard.engine.Detector;
import org.postwatch.safeguard.engine.Finding;
import org.postwatch.safeguard.engine.ModelVeto;
import org.postwatch.safeguard.engine.Severity;
import org.postwatch.safeguard.engine.Span;

/**
 * A meaning head: a logistic-regression head over the shared {@link SentenceEmbedding} that catches one category's
 * risk when it is worded in a way the category's rules do not know. It stays quiet when those rules already flagged
 * the post (their findings are precise: they highlight the words); otherwise a score at or above the head's
 * threshold gives one MEDIUM finding covering the trimmed post, which the default policy holds for a person to
 * review ({@code <category>.model: REVIEW}): a model reads meaning, not words, so it never blocks on its own.
 * Thread-safe.
 */
public final class MeaningHead implements Detector {

    /** What a head says about its category. */
    public enum Kind {
        CONTEMPT(
                Category.CONTEMPT,
                "contempt.model",
                "org/postwatch/safeguard/detect/ml/contempt-head.txt",
                "This reads as comment on a person's guilt, the evidence or a live court case, which could prejudice a"
                        + " trial, even though it uses none of the usual words.",
                "Once someone is charged, stick to the agreed facts: name, age, charge, court and date. Leave out"
                        + " opinions on guilt, the evidence or the suspect's character."),
        OPERATIONAL_SECURITY(
                Category.OPERATIONAL_SECURITY,
                "operational.model",
                "org/postwatch/safeguard/detect/ml/operational-head.txt",
                "This reads as giving away police tactics, plans, deployments or resources that criminals could use,"
                        + " even though it uses none of the usual words.",
                "Describe what happened or what the public should do, not where officers will be, when, how many, or"
                        + " what they cannot cover. Check with the operation's lead before posting."),
        POLITICAL(
                Category.POLITICAL,
                "political.model",
                "org/postwatch/safeguard/detect/ml/political-head.txt",
                "This reads as taking a side on a party, a politician, a vote or a government policy, which the force"
                        + " must stay neutral on, even though it uses none of the usual words.",
                "Keep to the policing facts. Leave out views on parties, politicians, votes and policies, and do not"
                        + " urge anyone to back or oppose them."),
        COMMERCIAL(
                Category.COMMERCIAL,
                "commercial.model",
                "org/postwatch/safeguard/detect/ml/commercial-head.txt",
                "This reads as promoting or endorsing a business, product or offer, which the force must not do,"
                        + " even though it uses none of the usual words.",
                "Keep to the safety message and say what kind of product or service helps, without naming or"
                        + " recommending a company, price or deal.");

        private final Category category;
        private final String rule;
        private final String resource;
        private final String reason;
        private final String suggestion;

        Kind(Category category, String rule, String resource, String reason, String suggestion) {
            this.category = category;
            this.rule = rule;
            this.resource = resource;
            this.reason = reason;
            this.suggestion = suggestion;
        }

        public Category category() {
            return category;
        }

        /** The finding's rule id, for example {@code contempt.model}. */
        public String rule() {
            return rule;
        }

        /** The head's resource on the classpath. */
        public String resource() {
            return resource;
        }

        public String reason() {
            return reason;
        }

        public String suggestion() {
            return suggestion;
        }
    }

    private final Kind kind;
    private final SentenceEmbedding embedding;
    private final LogisticHead head;
    private final List<Detector> rules;

    /**
     * A head of {@code kind}, reading {@code embedding}, that stays quiet when any of {@code rules} (the detectors
     * of its category; others are ignored) finds something in a post or vetoes the model on it ({@link ModelVeto}).
     */
    public MeaningHead(Kind kind, SentenceEmbedding embedding, LogisticHead head, List<Detector> rules) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.embedding = Objects.requireNonNull(embedding, "embedding");
        this.head = Objects.requireNonNull(head, "head");
        this.rules = rules.stream()
                .filter(d -> d.category() == kind.category() && !(d instanceof MeaningHead))
                .toList();
    }

    public Kind kind() {
        return kind;
    }

    public LogisticHead head() {
        return head;
    }

    @Override
    public String name() {
        return kind.rule() + "-head";
    }

    @Override
    public Category category() {
        return kind.category();
    }

    @Override
    public List<Finding> detect(String text, CheckContext context) {
        return detect(AnalysedText.of(text), context);
    }

    @Override
    public List<Finding> detect(AnalysedText text, CheckContext context) {
        Span span = SentenceEmbedding.trimmed(text.original());
        if (span.length() < SentenceEmbedding.MIN_CHARACTERS || defers(text, context)) {
            return List.of();
        }
        double p = head.score(embedding.of(text));
        if (p < head.threshold()) {
            return List.of();
        }
        return List.of(new Finding(
                kind.category(),
                kind.rule(),
                span,
                Severity.MEDIUM,
                Math.round(p * 100) / 100.0,
                kind.reason(),
                kind.suggestion()));
    }

    /**
     * True when the head leaves the post alone: its category's rules find something in it or say it is not for the
     * head ({@link ModelVeto}: for contempt, a post that only reports a verdict, plea or sentence; for commercial, a
     * scam or fake-goods warning; for operational, a notice about a public event).
     */
    public boolean defers(AnalysedText text, CheckContext context) {
        return vetoed(text) || rulesFlag(text, context);
    }

    /** True when one of the category's rules says the head should not read the post ({@link ModelVeto}). */
    private boolean vetoed(AnalysedText text) {
        for (Detector rule : rules) {
            if (rule instanceof ModelVeto veto && veto.vetoesModel(text)) {
                return true;
            }
        }
        return false;
    }

    /** True when the category's rules find something in the post, so the head leaves it to them. */
    public boolean rulesFlag(AnalysedText text, CheckContext context) {
        for (Detector rule : rules) {
            if (!rule.detect(text, context).isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
