package org.postwatch.safeguard.detect.political;

import java.util.List;
import org.postwatch.safeguard.detect.rules.ConceptRules;
import org.postwatch.safeguard.engine.AnalysedText;
import org.postwatch.safeguard.engine.Category;
import org.postwatch.safeguard.engine.CheckContext;
import org.postwatch.safeguard.engine.Detector;
import org.postwatch.safeguard.engine.Finding;
import org.postwatch.safeguard.text.FoldedText;

/** Party-political and partisan content: praising or attacking parties and politicians, telling people how to vote, campaigning, and election-period contact with candidates. Naming the PCC in role passes. */
public final class PoliticalDetector implements Detector {

    static final String RULES = "org/postwatch/safeguard/detect/political/political-rules.yaml";

    private final ConceptRules rules = ConceptRules.load(RULES, Category.POLITICAL, ConceptRules.ViewKind.WORDS);

    @Override
    public String name() {
        return "political";
    }

    @Override
    public Category category() {
        return Category.POLITICAL;
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
