package org.postwatch.safeguard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.postwatch.safeguard.detectors.Detectors;
import org.postwatch.safeguard.engine.CheckContext;
import org.postwatch.safeguard.engine.Outcome;
import org.postwatch.safeguard.engine.SafeguardEngine;
import org.postwatch.safeguard.engine.SafeguardReport;
import org.postwatch.safeguard.text.WordList;

/** Ordinary police posts must go straight out: a checker that cries wolf stops being used. */
class BenignPostsTest {

    private static final SafeguardEngine ENGINE = Detectors.defaultEngine();

    static Stream<String> benignPosts() {
        return WordList.load("org/postwatch/safeguard/benign-posts.txt").stream();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("benignPosts")
    void ordinaryPostGoesStraightOut(String post) {
        SafeguardReport report = ENGINE.check(post, CheckContext.defaults());
        assertThat(report.outcome()).as("%s", report.findings()).isEqualTo(Outcome.ALLOW);
    }
}
