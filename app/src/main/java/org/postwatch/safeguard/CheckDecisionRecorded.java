package org.postwatch.safeguard;

import java.time.Instant;
import java.util.Set;
import org.postwatch.platform.ForceId;

/** A real post was checked and the decision recorded (for insights and the archive). Carries no post text. */
public record CheckDecisionRecorded(
        DecisionId decision,
        ForceId force,
        String postReference,
        Outcome outcome,
        Set<Category> categories,
        int policyNumber,
        String policyVersion,
        Instant decidedAt) {

    public CheckDecisionRecorded {
        categories = Set.copyOf(categories);
    }
}
