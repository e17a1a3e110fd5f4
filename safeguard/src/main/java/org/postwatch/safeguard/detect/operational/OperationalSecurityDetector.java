package org.postwatch.safeguard.detect.operational;

import java.util.List;
import org.postwatch.safeguard.detect.rules.ConceptRules;
import org.postwatch.safeguard.engine.AnalysedText;
import org.postwatch.safeguard.engine.Category;
import org.postwatch.safeguard.engine.CheckContext;
import org.postwatch.safeguard.engine.Detector;
import org.postwatch.safeguard.engine.Finding;
import org.postwatch.safeguard.text.FoldedText;

/**
 * Future or live operational detail: planned raids and warrants, where officers are now, gaps in cover, unmarked
 * vehicles, covert tactics and protection details. Past results and announced visible patrols pass.
 */
public final class OperationalSecurityDetector implements Detector {

    static final String RULES = "org/postwatch/safeguard/detect/operational/operational-rules.yaml";

    private final ConceptRules rules =
            ConceptRules.load(RULES, Category.OPERATIONAL_SECURITY, ConceptRules.ViewKind.WORDS);

    @Override
    public String name() {
        return "operational-security";
    }

    @Override
    public Category category() {
        return Category.OPERATIONAL_SECURITY;
    }

    @Override
    public List<Finding> detect(String text, CheckContext context) {
        return detect(FoldedText.of(text));
    }

    @Override
    public List<Finding> detect(AnalysedText text, CheckContext context) {
        return detect(FoldedText.of(text));
    }

    /** The rule file this detector evaluates: {@code Detectors} lets the word-view files share one scan. */
    public ConceptRules rules() {
        return rules;
    }

    /** For callers that fold the text once for several detectors. */
    public List<Finding> detect(FoldedText folded) {
        return rules.evaluate(folded);
    }
}
