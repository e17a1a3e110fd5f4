package org.postwatch.safeguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.postwatch.safeguard.detectors.Detectors;
import org.postwatch.safeguard.engine.Category;

/**
 * Floors on suite D (test resources), written for Postwatch in round 5 by three engineers who had not seen the rules,
 * in two halves: the rules were widened by kind on the tuning half, then the check half was measured once (the
 * honest figures, in docs/safeguard.md). Three hard-negative kinds the check half showed (a breached dyke, a slag
 * heap, a council e-mail address read as "gov") were then fixed, so its clean items are in-sample; its positives were
 * not tuned on. The floors sit a little under the current rules-only figures, to catch regressions.
 */
class OwnSuiteDTest {

    @Test
    void theTuningHalf() throws Exception {
        Evaluation.Result result = evaluate("own-suite-d-tune.jsonl");

        assertThat(result.cleanFalsePositiveRate()).isLessThanOrEqualTo(0.02);
        assertFloors(result, TUNE_FLOORS);
    }

    @Test
    void theCheckHalf() throws Exception {
        Evaluation.Result result = evaluate("own-suite-d-check.jsonl");

        assertThat(result.cleanFalsePositiveRate()).isLessThanOrEqualTo(0.02);
        assertFloors(result, CHECK_FLOORS);
    }

    /** Precision and recall floors for one category. */
    private record Floor(Category category, double precision, double recall) {}

    private static final List<Floor> TUNE_FLOORS = List.of(
            new Floor(Category.PERSONAL_DATA, 0.95, 0.95),
            new Floor(Category.OFFENSIVE, 0.95, 0.90),
            new Floor(Category.OPERATIONAL_SECURITY, 0.95, 0.95),
            new Floor(Category.CONTEMPT, 0.95, 0.95),
            new Floor(Category.POLITICAL, 0.95, 0.95),
            new Floor(Category.COMMERCIAL, 0.95, 0.95));

    private static final List<Floor> CHECK_FLOORS = List.of(
            new Floor(Category.PERSONAL_DATA, 0.95, 0.95),
            new Floor(Category.OFFENSIVE, 0.95, 0.55),
            new Floor(Category.OPERATIONAL_SECURITY, 0.95, 0.55),
            new Floor(Category.CONTEMPT, 0.95, 0.45),
            new Floor(Category.POLITICAL, 0.95, 0.60),
            new Floor(Category.COMMERCIAL, 0.95, 0.65));

    private static void assertFloors(Evaluation.Result result, List<Floor> floors) {
        for (Floor floor : floors) {
            var score = result.score(floor.category()).items();
            assertThat(score.precision())
                    .as("%s precision", floor.category())
                    .isGreaterThanOrEqualTo(floor.precision());
            assertThat(score.recall()).as("%s recall", floor.category()).isGreaterThanOrEqualTo(floor.recall());
        }
    }

    private static Evaluation.Result evaluate(String suite) throws URISyntaxException, java.io.IOException {
        return Evaluation.run(Detectors.defaultEngine(), LabelledItem.load(List.of(path(suite))));
    }

    private static String path(String suite) throws URISyntaxException {
        return Path.of(OwnSuiteDTest.class
                        .getResource("/org/postwatch/safeguard/" + suite)
                        .toURI())
                .toString();
    }
}
