package org.postwatch.safeguard;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the checks found in one post: the outcome, every finding in text order, and the force policy version that
 * decided (its number in the force's history and the {@code version:} written in its YAML).
 *
 * @param categories the categories whose findings stop the post going straight out (outcome above ALLOW)
 */
public record SafeguardReport(
        Outcome outcome,
        List<CheckFinding> findings,
        Set<Category> categories,
        String policyName,
        String policyVersion,
        int policyNumber,
        Duration elapsed) {

    public SafeguardReport {
        findings = List.copyOf(findings);
        categories = categories.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(categories));
    }

    public boolean allowed() {
        return outcome == Outcome.ALLOW;
    }

    /**
     * The categories in words, as a screen reader should hear them after the outcome: "personal information",
     * "personal information and operational security", or empty when nothing stops the post. Always in the same
     * order, so the same findings give the same words (live checks announce only a change).
     */
    public String categoriesInWords() {
        List<String> words = new ArrayList<>();
        for (Category category : categories) {
            String label = category.label();
            words.add(Character.toLowerCase(label.charAt(0)) + label.substring(1));
        }
        if (words.size() < 2) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.getLast();
    }

    /** The outcome with the categories behind it: "Held for review: operational security", or "Allowed". */
    public String outcomeInWords() {
        String categoryWords = categoriesInWords();
        return categoryWords.isEmpty() ? outcome.label() : outcome.label() + ": " + categoryWords;
    }

    /**
     * The checked text cut into pieces at every finding's edges, each piece naming the findings (1-based numbers
     * in {@link #findings()}) that cover it, so pages can highlight the words and link them to the reasons.
     */
    public List<MarkedText> marked(String text) {
        String checked = text == null ? "" : text;
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, checked.length()));
        for (CheckFinding finding : findings) {
            if (finding.hasSpan()) {
                cuts.add(Math.min(finding.start(), checked.length()));
                cuts.add(Math.min(finding.end(), checked.length()));
            }
        }
        List<MarkedText> pieces = new ArrayList<>();
        Integer from = null;
        for (int cut : cuts) {
            if (from != null && cut > from) {
                List<Integer> covering = new ArrayList<>();
                List<Integer> ending = new ArrayList<>();
                Outcome strongest = null;
                for (int i = 0; i < findings.size(); i++) {
                    CheckFinding finding = findings.get(i);
                    if (finding.hasSpan() && finding.start() <= from && finding.end() >= cut) {
                        covering.add(i + 1);
                        if (Math.min(finding.end(), checked.length()) == cut) {
                            ending.add(i + 1);
                        }
                        strongest = strongest == null || finding.outcome().compareTo(strongest) > 0
                                ? finding.outcome()
                                : strongest;
                    }
                }
                pieces.add(new MarkedText(checked.substring(from, cut), covering, ending, strongest));
            }
            from = cut;
        }
        return pieces;
    }
}
