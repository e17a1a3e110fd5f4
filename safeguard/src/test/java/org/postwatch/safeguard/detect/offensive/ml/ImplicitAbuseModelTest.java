package org.postwatch.safeguard.detect.offensive.ml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.postwatch.safeguard.cli.Evaluation;
import org.postwatch.safeguard.cli.LabelledItem;
import org.postwatch.safeguard.detectors.Detectors;
import org.postwatch.safeguard.engine.Category;
import org.postwatch.safeguard.engine.CheckContext;
import org.postwatch.safeguard.engine.Outcome;
import org.postwatch.safeguard.engine.Policy;
import org.postwatch.safeguard.engine.SafeguardEngine;
import org.postwatch.safeguard.engine.SafeguardReport;
import org.postwatch.safeguard.text.WordList;

/**
 * The shipped model, classifier and meaning heads, through the engine factory a force would use. Loads the model once
 * (seconds).
 */
class ImplicitAbuseModelTest {

    private static SafeguardEngine engine;

    @BeforeAll
    static void loadTheModel() {
        engine = Detectors.withClassifier(Policy.defaultPolicy());
    }

    @ParameterizedTest(name = "holds for review: \"{0}\"")
    // Implicit abuse that no word or cue rule catches: only the model can hold it.
    @ValueSource(strings = {"Women should stay at home and look after the children instead of joining the army."})
    void holdsImplicitAbuseForReview(String text) {
        SafeguardReport report = engine.check(text, CheckContext.defaults());
        assertThat(report.outcome()).isEqualTo(Outcome.REVIEW);
        assertThat(report.findings()).anySatisfy(f -> assertThat(f.rule()).isEqualTo(ImplicitAbuseClassifier.RULE));
    }

    @ParameterizedTest(name = "lets through: \"{0}\"")
    @ValueSource(
            strings = {
                "Officers in Stroud arrested two men after a burglary on Elm Road last night. Thanks to everyone who"
                        + " called 101.",
                "Our dog unit will be at the Three Counties Show on Saturday - come and meet the dogs and their"
                        + " handlers.",
                "Hate crime is never acceptable. If you have been targeted because of your race, religion, disability,"
                        + " sexuality or gender identity, report it to us.",
            })
    void letsOrdinaryPostsThrough(String text) {
        assertThat(engine.check(text, CheckContext.defaults()).outcome()).isEqualTo(Outcome.ALLOW);
    }

    static Stream<String> benignPosts() {
        return Stream.concat(
                WordList.load("org/postwatch/safeguard/benign-posts.txt").stream(),
                WordList.load("org/postwatch/safeguard/detect/benign-police-posts.txt").stream());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("benignPosts")
    // The 164 benign posts are never trained on: with every shipped head reading them, they must still go straight out.
    void everyBenignPostGoesStraightOutWithTheModelsToo(String post) {
        SafeguardReport report = engine.check(post, CheckContext.defaults());
        assertThat(report.outcome()).as("%s", report.findings()).isEqualTo(Outcome.ALLOW);
    }

    /**
     * The heads' check files (round 11 for the meaning heads, rounds 10 and 13 for the implicit-abuse head): written after the training files, in fresh frames, and never trained
     * on. The shipped bge heads found 34 / 50 contempt, 17 / 48 operational, 25 / 50 political and 29 / 50 commercial
     * posts there with 0, 0, 4 and 1 false flags (the MiniLM heads before them: 26, 13 and 20, with 0, 0 and 4; rules
     * only, commercial: 12, with 1). The floors leave two posts
     * found and one false flag of slack, because quantised kernels differ a little between processors and a post near
     * a threshold may tip; a retrained head that finds clearly fewer, or holds more of the hard negatives, fails here.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "own-contempt-r11-check.jsonl, CONTEMPT, 35, 1",
        // Round 23: the operational head retrained with blind23 and 320 hard negatives (own-r23-blind23.jsonl,
        // own-r23-negatives.jsonl): 20 / 48 with 0 false flags here (round 14's head: 17 with 0), 41 / 60 with 2 on
        // own-opscon-r14-check.jsonl (round 14's: 36 with 2).
        "own-operational-r11-check.jsonl, OPERATIONAL_SECURITY, 18, 1",
        "own-political-r11-check.jsonl, POLITICAL, 23, 5",
        "own-commercial-r11-check.jsonl, COMMERCIAL, 27, 2",
        // Round 13: the implicit-abuse head retrained with general comments (own-general-r13-train.jsonl). On its
        // check file it finds 38 / 60 with 8 false flags of 100 (the round-10 head: 38 with 15); on the round-10
        // police-voice check file 47 / 60 with 3 (the round-10 head: 49 with 3).
        // Round 14: the implicit-abuse head retrained with police-voice abuse (own-offensive-r14-train.jsonl): 41 / 60
        // with 9 false flags on the general check file, 52 / 60 with 3 on the round-10 one, 36 / 60 with 4 on its own
        // (the round-13 head: 25 with 3). The contempt, operational and political heads retrained with a second
        // writer's text (own-opscon-r14-train.jsonl, own-polcom-r14-train.jsonl); the commercial head is round 11's.
        "own-general-r13-check.jsonl, OFFENSIVE, 39, 10",
        "own-offensive-r10-check.jsonl, OFFENSIVE, 50, 4",
        "own-offensive-r14-check.jsonl, OFFENSIVE, 34, 5",
        "own-opscon-r14-check.jsonl, OPERATIONAL_SECURITY, 39, 3",
        "own-opscon-r14-check.jsonl, CONTEMPT, 44, 2",
        "own-polcom-r14-check.jsonl, POLITICAL, 45, 5",
        "own-polcom-r14-check.jsonl, COMMERCIAL, 52, 5"
    })
    void theMeaningHeadsKeepTheirFiguresOnTheirCheckFiles(String file, Category category, int found, int falseFlags)
            throws Exception {
        Path path = Path.of(ImplicitAbuseModelTest.class
                .getResource("/org/postwatch/safeguard/" + file)
                .toURI());
        Evaluation.Result result = Evaluation.run(engine, LabelledItem.load(List.of(path.toString())));
        Evaluation.Score score = result.score(category);
        assertThat(score.items().tp()).as("found").isGreaterThanOrEqualTo(found);
        assertThat(score.items().fp()).as("false flags").isLessThanOrEqualTo(falseFlags);
    }
}
