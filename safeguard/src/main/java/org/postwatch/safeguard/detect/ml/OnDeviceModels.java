package org.postwatch.safeguard.detect.ml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.postwatch.safeguard.detect.offensive.ml.ImplicitAbuseClassifier;
import org.postwatch.safeguard.engine.Detector;

/**
 * The optional on-device model detectors an engine gets from {@code Detectors.withClassifier(policy)}: the
 * implicit-abuse classifier and the meaning heads that paid their way in cross-validation ({@link #SHIPPED}), all
 * reading one shared {@link SentenceEmbedding}, so a check runs the model at most once.
 */
public final class OnDeviceModels {

    /**
     * The meaning heads that ship: those whose nested cross-validated figures (MeaningHeadTrainer) raised recall
     * clearly, kept precision at least 0.95 on police posts, and, retrained on everything, flagged none of the 164
     * held-out benign police posts and none of the development set's clean items. Only contempt did (round 7: recall
     * 0.861 to 0.905, precision 0.982 to 0.950; round 8, retrained on 6,892 items with harder batches and a 0.95
     * precision floor in the inner CV: recall 0.686 to 0.740, precision on police posts 0.973 to 0.958; its
     * resource's notes hold the figures). The operational head added nothing out of fold, the political head 5
     * positives for 9 false flags, and the commercial head flagged a benign post.
     */
    public static final Set<MeaningHead.Kind> SHIPPED =
            Collections.unmodifiableSet(EnumSet.of(MeaningHead.Kind.CONTEMPT));

    private OnDeviceModels() {}

    /** The shipped model and heads; {@code rules} are the engine's rule detectors, which the heads defer to. */
    public static List<Detector> detectors(List<Detector> rules) {
        return detectors(SentenceEmbedding.shipped(), rules, SHIPPED);
    }

    /** The implicit-abuse classifier and the heads of {@code kinds}, all reading {@code embedding}. */
    public static List<Detector> detectors(
            SentenceEmbedding embedding, List<Detector> rules, Set<MeaningHead.Kind> kinds) {
        List<Detector> out = new ArrayList<>();
        out.add(new ImplicitAbuseClassifier(embedding, ImplicitAbuseClassifier.shippedHead()));
        for (MeaningHead.Kind kind : MeaningHead.Kind.values()) {
            if (kinds.contains(kind)) {
                out.add(new MeaningHead(kind, embedding, LogisticHead.load(kind.resource()), rules));
            }
        }
        return List.copyOf(out);
    }
}
