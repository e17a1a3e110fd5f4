package org.postwatch.posts;

import java.util.List;
import org.postwatch.safeguard.CheckFinding;
import org.postwatch.safeguard.Outcome;

/**
 * What happened when a post was submitted: the state it is now in, the safeguard outcome, the findings and a sentence
 * for the author. An ADVISE outcome not yet confirmed leaves the post a draft with {@link #needsConfirmation()}.
 */
public record SubmitResult(
        PostId post,
        PostState state,
        Outcome outcome,
        List<CheckFinding> findings,
        String message,
        boolean needsConfirmation) {

    public SubmitResult {
        findings = List.copyOf(findings);
    }
}
