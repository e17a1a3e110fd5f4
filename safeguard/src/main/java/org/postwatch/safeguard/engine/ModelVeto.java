package org.postwatch.safeguard.engine;

/**
 * A rule detector that can tell its category's meaning head to leave a post alone, because the rules know the post
 * is of a kind the head should not judge (for contempt: a post that only reports a verdict, plea or sentence).
 */
public interface ModelVeto {

    /** True when the category's meaning head should not read {@code text}. */
    boolean vetoesModel(AnalysedText text);
}
