package org.postwatch.safeguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.postwatch.safeguard.detectors.Detectors;
import org.postwatch.safeguard.engine.Category;

/** Rules-only evaluation of one of the project's suites (test resources) against precision and recall floors. */
final class SuiteFloors {

    /** Precision and recall floors for one category. */
    record Floor(Category category, double precision, double recall) {}

    private SuiteFloors() {}

    /** Clean items held at most 2%, and every floor met. */
    static void assertMeets(String suite, List<Floor> floors) throws URISyntaxException, IOException {
        Evaluation.Result result = Evaluation.run(Detectors.defaultEngine(), LabelledItem.load(List.of(path(suite))));
        assertThat(result.cleanFalsePositiveRate()).as("clean items held").isLessThanOrEqualTo(0.02);
        for (Floor floor : floors) {
            var score = result.score(floor.category()).items();
            assertThat(score.precision())
                    .as("%s precision", floor.category())
                    .isGreaterThanOrEqualTo(floor.precision());
            assertThat(score.recall()).as("%s recall", floor.category()).isGreaterThanOrEqualTo(floor.recall());
        }
    }

    private static String path(String suite) throws URISyntaxException {
        return Path.of(SuiteFloors.class
                        .getResource("/org/postwatch/safeguard/" + suite)
                        .toURI())
                .toString();
    }
}
