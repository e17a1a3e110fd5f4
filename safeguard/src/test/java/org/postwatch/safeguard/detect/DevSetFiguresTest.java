package org.postwatch.safeguard.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postwatch.safeguard.engine.Category;

/**
 * Figures on the shared development set, when it is present (skipped otherwise). Floors guard against regressions;
 * the current figures and the targets are in docs/safeguard-detectors.md.
 */
class DevSetFiguresTest {

    private static Map<DevSet.Item, Set<Category>> flagged;
    private static Map<Category, DevSet.Score> scores;

    @BeforeAll
    static void run() {
        Optional<Path> dir = DevSet.locate();
        if (dir.isEmpty()) {
            return;
        }
        List<DevSet.Item> items = DevSet.load(dir.get());
        flagged = DevSet.run(items, DevSet.detectors());
        scores = DevSet.score(flagged);
    }

    @Test
    void operationalSecurityMeetsTheTarget() {
        assumeTrue(scores != null, "shared/datasets not found");
        assertThat(scores.get(Category.OPERATIONAL_SECURITY).precision()).isGreaterThanOrEqualTo(0.9);
        assertThat(scores.get(Category.OPERATIONAL_SECURITY).recall()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void commercialMeetsTheTarget() {
        assumeTrue(scores != null, "shared/datasets not found");
        assertThat(scores.get(Category.COMMERCIAL).precision()).isGreaterThanOrEqualTo(0.9);
        assertThat(scores.get(Category.COMMERCIAL).recall()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void politicalMeetsTheTargets() {
        assumeTrue(scores != null, "shared/datasets not found");
        assertThat(scores.get(Category.POLITICAL).precision()).isGreaterThanOrEqualTo(0.9);
        assertThat(scores.get(Category.POLITICAL).recall()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void offensiveDoesNotRegress() {
        // Rules only (the detectors' raw findings): below the 0.90 recall target without the model; the target with
        // the models is offensiveWithTheModelsMeetsTheTarget.
        assumeTrue(scores != null, "shared/datasets not found");
        assertThat(scores.get(Category.OFFENSIVE).precision()).isGreaterThanOrEqualTo(0.85);
        assertThat(scores.get(Category.OFFENSIVE).recall()).isGreaterThanOrEqualTo(0.60);
    }

    /**
     * Round 20: the target for OFFENSIVE (0.90 / 0.90) with the shipped models, as {@code evaluate} measures it
     * (a category counts when one of its findings is not allowed). In-sample for the model's head, which is trained on
     * this set; the honest nested-CV figure is in docs/safeguard.md.
     */
    @Test
    void offensiveWithTheModelsMeetsTheTarget() throws java.io.IOException {
        Optional<Path> dir = DevSet.locate();
        assumeTrue(dir.isPresent(), "shared/datasets not found");
        org.postwatch.safeguard.cli.Evaluation.Result result = org.postwatch.safeguard.cli.Evaluation.run(
                org.postwatch.safeguard.detectors.Detectors.withClassifier(
                        org.postwatch.safeguard.engine.Policy.defaultPolicy()),
                org.postwatch.safeguard.cli.LabelledItem.load(List.of(dir.get().toString())));
        org.postwatch.safeguard.cli.Evaluation.Counts offensive =
                result.score(Category.OFFENSIVE).items();
        assertThat(offensive.precision()).isGreaterThanOrEqualTo(0.90);
        assertThat(offensive.recall()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void cleanPostsAreRarelyFlagged() {
        assumeTrue(flagged != null, "shared/datasets not found");
        assertThat(DevSet.cleanFalsePositiveRate(flagged)).isLessThanOrEqualTo(0.02);
    }
}
