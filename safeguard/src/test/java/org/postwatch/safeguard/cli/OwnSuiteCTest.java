package org.postwatch.safeguard.cli;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.postwatch.safeguard.cli.SuiteFloors.Floor;
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
        SuiteFloors.assertMeets("own-suite-c-tune.jsonl", TUNE_FLOORS);
    }

    @Test
    void theCheckHalf() throws Exception {
        SuiteFloors.assertMeets("own-suite-c-check.jsonl", CHECK_FLOORS);
    }

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
}
