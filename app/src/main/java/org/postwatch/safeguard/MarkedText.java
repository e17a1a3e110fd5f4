package org.postwatch.safeguard;

import java.util.List;

/**
 * A piece of a checked post: its words, the findings that cover them (1-based numbers in the report), the findings
 * whose words end with this piece (where a page puts their reference numbers) and the most restrictive outcome among
 * the covering findings, or {@code null} when nothing was found in these words.
 */
public record MarkedText(String text, List<Integer> findings, List<Integer> endingHere, Outcome outcome) {

    public MarkedText {
        findings = List.copyOf(findings);
        endingHere = List.copyOf(endingHere);
    }

    public boolean isMarked() {
        return !findings.isEmpty();
    }
}
