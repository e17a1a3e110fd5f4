package org.postwatch.safeguard.detect.political;

import java.util.List;
import org.postwatch.safeguard.detect.rules.ConceptRules;
import org.postwatch.safeguard.engine.AnalysedText;
import org.postwatch.safeguard.engine.Category;
import org.postwatch.safeguard.engine.CheckContext;
import org.postwatch.safeguard.engine.Detector;
import org.postwatch.safeguard.engine.Finding;
import org.postwatch.safeguard.engine.ModelVeto;
import org.postwatch.safeguard.text.FoldedText;

/** Party-political and partisan content: praising or attacking parties and politicians, telling people how to vote, campaigning, and election-period contact with candidates. Naming the PCC in role passes. */
public final class PoliticalDetector implements Detector, ModelVeto {

    static final String RULES = "org/postwatch/safeguard/detect/political/political-rules.yaml";

    private final ConceptRules rules = ConceptRules.load(RULES, Category.POLITICAL, ConceptRules.ViewKind.WORDS);
    private final int electionNotice = rules.concept("election_notice");

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

    /**
     * True when the post is the force's own notice about the election timetable or its impartiality before a poll: it
     * holds the rules' {@code election_notice} concept ("Parliament has been dissolved", "our posts will follow
     * the pre-election guidance", "we don't comment on political ..."). The political meaning head does not read such a post: round 10's
     * tuning batch had it hold "Parliament has been dissolved. Until polling day our posts will stick to policing news
     * and appeals." The rules still read it, so a partisan line in the same post is still flagged. Reads the check's
     * shared folded view and scan.
     */
    @Override
    public boolean vetoesModel(AnalysedText text) {
        return rules.find(FoldedText.of(text)).inPost(electionNotice);
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
