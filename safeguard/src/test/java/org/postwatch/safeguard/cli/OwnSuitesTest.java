package org.postwatch.safeguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postwatch.safeguard.detectors.Detectors;
import org.postwatch.safeguard.engine.Category;

/**
 * Floors on the two hand-written suites in the dev set's format (test resources, so always present): A was written
 * before the round-3 rule changes and tuned on; B was written after them. Their honest, first-measured figures are
 * in docs/safeguard.md; these floors only catch regressions.
 */
class OwnSuitesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"own-heldout-suite.jsonl", "own-suite-b.jsonl"})
    void ordinaryPostsGoStraightOutAndRiskyOnesAreHeld(String suite) throws Exception {
        Evaluation.Result result = Evaluation.run(Detectors.defaultEngine(), LabelledItem.load(List.of(path(suite))));

        assertThat(result.cleanFalsePositiveRate()).isLessThanOrEqualTo(0.02);
        assertThat(result.score(Category.OFFENSIVE).items().precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(result.score(Category.OFFENSIVE).items().recall()).isGreaterThanOrEqualTo(0.80);
        assertThat(result.score(Category.PERSONAL_DATA).items().precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(result.score(Category.PERSONAL_DATA).items().recall()).isGreaterThanOrEqualTo(0.90);
        assertThat(result.spanRecall()).isGreaterThanOrEqualTo(0.90);
    }

    private static String path(String suite) throws URISyntaxException {
        return Path.of(OwnSuitesTest.class
                        .getResource("/org/postwatch/safeguard/" + suite)
                        .toURI())
                .toString();
    }
}
