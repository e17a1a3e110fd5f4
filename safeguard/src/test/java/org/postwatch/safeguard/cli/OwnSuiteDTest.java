package org.postwatch.safeguard.cli;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.postwatch.safeguard.cli.SuiteFloors.Floor;
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
        SuiteFloors.assertMeets("own-suite-d-tune.jsonl", TUNE_FLOORS);
    }

    @Test
    void theCheckHalf() throws Exception {
        SuiteFloors.assertMeets("own-suite-d-check.jsonl", CHECK_FLOORS);
    }

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
}
