package org.postwatch.safeguard.detect.operational;

import java.util.List;
import org.postwatch.safeguard.detect.rules.ConceptRules;
import org.postwatch.safeguard.engine.AnalysedText;
import org.postwatch.safeguard.engine.Category;
import org.postwatch.safeguard.engine.CheckContext;
import org.postwatch.safeguard.engine.Detector;
import org.postwatch.safeguard.engine.Finding;
import org.postwatch.safeguard.engine.ModelVeto;
import org.postwatch.safeguard.text.FoldedText;

/**
 * Future or live operational detail: planned raids and warrants, where officers are now, gaps in cover, unmarked
 * vehicles, covert tactics and protection details. Past results and announced visible patrols pass.
 */
public final class OperationalSecurityDetector implements Detector, ModelVeto {

    static final String RULES = "org/postwatch/safeguard/detect/operational/operational-rules.yaml";

    private final ConceptRules rules =
            ConceptRules.load(RULES, Category.OPERATIONAL_SECURITY, ConceptRules.ViewKind.WORDS);

    private final int notice = rules.concept("public_notice");

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

    /**
     * True when the post is a notice about a public event, its traffic or an engagement event: it holds the rules'
     * {@code public_notice} concept ("matchday", "expect delays", "road closures", "open day" ...). No rule reads it;
     * the operational meaning head leaves such posts alone, since their times and places are published on purpose
     * (the round-8 head held "Matchday: the game kicks off at 3pm. Expect busy roads ..." kinds for review). Reads the
     * check's shared folded view and scan.
     */
    @Override
    public boolean vetoesModel(AnalysedText text) {
        return rules.find(FoldedText.of(text)).inPost(notice);
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
