package org.postwatch.safeguard;

import java.time.Instant;

/**
 * The recorded check of a real post: which post, a fingerprint of the exact text, the report (with the policy
 * version that decided) and when. Enough to replay the decision later.
 */
public record SafeguardDecision(
        DecisionId id,
        String postReference,
        ContentFingerprint fingerprint,
        Channel channel,
        AccountKind accountKind,
        SafeguardReport report,
        Instant decidedAt) {

    public Outcome outcome() {
        return report.outcome();
    }
}
