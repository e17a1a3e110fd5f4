package org.postwatch.safeguard.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Checks a post: runs every detector over the text and context, merges overlapping findings and lets the force's
 * policy decide the outcome. Immutable and thread-safe; build one per policy and share it.
 */
public final class SafeguardEngine {

    private static final Comparator<Finding> STRONGEST_FIRST = Comparator.comparing(Finding::severity)
            .thenComparingDouble(Finding::confidence)
            .thenComparingInt(f -> f.span().length())
            .reversed();

    /** Findings kept per detector: a post with more of one kind is already held, and merging stays cheap. */
    static final int MAX_FINDINGS_PER_DETECTOR = 100;

    private final List<Detector> detectors;
    private final Policy policy;

    public SafeguardEngine(List<Detector> detectors, Policy policy) {
        this.detectors = List.copyOf(detectors);
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public Policy policy() {
        return policy;
    }

    public List<Detector> detectors() {
        return detectors;
    }

    /** The same detectors judged by another policy. */
    public SafeguardEngine withPolicy(Policy other) {
        return new SafeguardEngine(detectors, other);
    }

    public SafeguardReport check(String text, CheckContext context) {
        long started = System.nanoTime();
        String post = text == null ? "" : text;
        CheckContext ctx = context == null ? CheckContext.defaults() : context;
        AnalysedText analysed = AnalysedText.of(post);
        List<Finding> found = new ArrayList<>();
        boolean detectorFailed = false;
        for (Detector detector : detectors) {
            try {
                int kept = 0;
                for (Finding finding : detector.detect(analysed, ctx)) {
                    if (finding.span().end() <= post.length() && kept++ < MAX_FINDINGS_PER_DETECTOR) {
                        found.add(finding);
                    }
                }
            } catch (RuntimeException e) {
                // A check that cannot run must not wave the post through: a person looks instead.
                detectorFailed = true;
                found.add(new Finding(
                        detector.category(),
                        "engine.detector-failed",
                        new Span(0, 0),
                        Severity.HIGH,
                        1.0,
                        "The " + detector.name() + " check could not run on this post, so it needs a second look.",
                        null));
            }
        }
        List<Finding> merged = merge(found);
        List<SafeguardReport.Decision> decisions = new ArrayList<>(merged.size());
        Outcome outcome = Outcome.ALLOW;
        for (Finding finding : merged) {
            Outcome decided = policy.outcomeFor(finding, ctx);
            if (detectorFailed && finding.rule().equals("engine.detector-failed")) {
                decided = policy.cap(Outcome.REVIEW, ctx);
            }
            decisions.add(new SafeguardReport.Decision(finding, decided));
            outcome = outcome.atLeast(decided);
        }
        return new SafeguardReport(
                outcome, decisions, policy.name(), policy.version(), Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * Within one category, overlapping findings describe the same words: keep the strongest (severity, then
     * confidence, then the longer span). Findings in different categories are different risks and are all kept, as
     * are empty spans (an attachment, not words).
     */
    static List<Finding> merge(List<Finding> findings) {
        if (findings.size() < 2) {
            return List.copyOf(findings);
        }
        List<Finding> byStrength = new ArrayList<>(findings);
        byStrength.sort(STRONGEST_FIRST);
        List<Finding> kept = new ArrayList<>();
        for (Finding candidate : byStrength) {
            boolean covered = false;
            for (Finding k : kept) {
                if (k.category() == candidate.category() && k.span().overlaps(candidate.span())) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt((Finding f) -> f.span().start())
                .thenComparingInt(f -> f.span().end())
                .thenComparing(Finding::category));
        return kept;
    }
}
