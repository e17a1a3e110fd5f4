package org.postwatch.safeguard.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.postwatch.safeguard.engine.CheckContext;
import org.postwatch.safeguard.engine.Detector;
import org.postwatch.safeguard.text.WordList;

/** Ordinary police posts must go straight out: false positives are what make staff stop using a checker. */
class BenignPostsTest {

    private static final List<Detector> DETECTORS = DevSet.detectors();

    static Stream<String> benignPosts() {
        return WordList.load("org/postwatch/safeguard/detect/benign-police-posts.txt").stream();
    }

    @ParameterizedTest(name = "does not flag \"{0}\"")
    @MethodSource("benignPosts")
    void doesNotFlagOrdinaryPolicePosts(String post) {
        for (Detector detector : DETECTORS) {
            assertThat(detector.detect(post, CheckContext.defaults()))
                    .as(detector.name())
                    .isEmpty();
        }
    }
}
