package org.postwatch.safeguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.postwatch.safeguard.detectors.Detectors;
import org.postwatch.safeguard.engine.Category;

/**
 * Floors on suite C (test resources), written for Postwatch by an engineer who had not seen the rules, in two halves:
 * the rules were widened by kind on the tuning half first, the check half was then measured once (the honest
 * figures, in docs/safeguard.md), and a second round tuned on it too. These floors, a little under the current
 * figures, catch regressions.
 */
class OwnSuiteCTest {

    @Test
    void theTuningHalf() throws Exception {
        Evaluation.Result result = evaluate("own-suite-c-tune.jsonl");

        assertThat(result.cleanFalsePositiveRate()).isLessThanOrEqualTo(0.02);
        assertFloors(result, TUNE_FLOORS);
    }

    @Test
    void theCheckHalf() throws Exception {
        Evaluation.Result result = evaluate("own-suite-c-check.jsonl");

        assertThat(result.cleanFalsePositiveRate()).isLessThanOrEqualTo(0.02);
        assertFloors(result, CHECK_FLOORS);
    }

    /** Precision and recall floors for one category. */
    private record Floor(Category category, double precision, double recall) {}

    private static final List<Floor> TUNE_FLOORS = List.of(
            new Floor(Category.PERSONAL_DATA, 0.95, 0.95),
            new Floor(Category.OFFENSIVE, 0.95, 0.78),
            new Floor(Category.OPERATIONAL_SECURITY, 0.95, 0.95),
            new Floor(Category.CONTEMPT, 0.95, 0.95),
            new Floor(Category.POLITICAL, 0.95, 0.95),
            new Floor(Category.COMMERCIAL, 0.95, 0.90));

    private static final List<Floor> CHECK_FLOORS = List.of(
            new Floor(Category.PERSONAL_DATA, 0.95, 0.93),
            new Floor(Category.OFFENSIVE, 0.95, 0.78),
            new Floor(Category.OPERATIONAL_SECURITY, 0.95, 0.95),
            new Floor(Category.CONTEMPT, 0.95, 0.95),
            new Floor(Category.POLITICAL, 0.95, 0.95),
            new Floor(Category.COMMERCIAL, 0.95, 0.95));

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
        return Path.of(OwnSuiteCTest.class
                        .getResource("/org/postwatch/safeguard/" + suite)
                        .toURI())
                .toString();
    }
}
