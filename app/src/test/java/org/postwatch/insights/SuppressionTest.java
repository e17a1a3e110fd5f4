package org.postwatch.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.postwatch.platform.Suppression;

class SuppressionTest {

    @Test
    void countsFromOneToFourAreHiddenButZeroAndFiveAreShown() {
        Suppression s = new Suppression()
                .count("zero", 0)
                .count("four", 4)
                .count("five", 5)
                .apply();
        assertThat(s.hidden("zero")).isFalse();
        assertThat(s.hidden("four")).isTrue();
        assertThat(s.hidden("five")).isFalse();
    }

    @Test
    void aHiddenPartCannotBeWorkedOutFromItsTotal() {
        Suppression s = new Suppression()
                .count("total", 30)
                .count("a", 3)
                .count("b", 12)
                .count("c", 15)
                .sum("total", List.of("a", "b", "c"))
                .apply();
        assertThat(s.hidden("a")).isTrue();
        assertThat(s.hidden("b")).as("the next smallest is hidden too").isTrue();
        assertThat(s.hidden("c")).isFalse();
    }

    static Insights.ForceMeasures force(long broadcasts, long tagged, long[] outcomes) {
        return new Insights.ForceMeasures(
                "Testshire Police",
                broadcasts,
                tagged,
                10,
                40,
                30,
                30 * 3600,
                2,
                outcomes,
                20,
                3,
                broadcasts + 10,
                0,
                1,
                100,
                80,
                60,
                2);
    }

    @Test
    void theInspectorsTablesHideSmallNumbersAndTheSharesRestingOnThem() {
        Inspection inspection = InspectionTables.build(
                Period.last30Days(java.time.LocalDate.of(2026, 11, 21)),
                List.of(force(200, 198, new long[] {180, 15, 3, 2})));
        Table strategy = inspection.table("inspection-strategy");
        assertThat(strategy.rows().getFirst().values())
                .extracting(Value::text)
                .as("198 of 200 would reveal the 2 untagged posts")
                .containsExactly("200", "suppressed", "suppressed");
        Table safety = inspection.table("inspection-safety");
        List<String> cells =
                safety.rows().getFirst().values().stream().map(Value::text).toList();
        assertThat(cells.get(0)).isEqualTo("200");
        assertThat(cells.get(2)).as("3 held").isEqualTo("suppressed");
        assertThat(cells.get(3)).as("2 blocked").isEqualTo("suppressed");
        assertThat(cells.get(5)).as("3 of 20 reviews over target").isEqualTo("suppressed");
        assertThat(cells.get(6)).as("no failures").isEqualTo("0");
        assertThat(cells.get(7)).as("one pause").isEqualTo("suppressed");
        Table people = inspection.table("inspection-people");
        assertThat(people.rows().getFirst().values())
                .extracting(Value::text)
                .containsExactly("100", "80.0", "60", "60.0", "suppressed");
        assertThat(inspection.table("inspection-dialogue").rows().getFirst().values())
                .extracting(Value::text)
                .containsExactly("10", "0.05", "40", "75.0", "1.0", "suppressed");
    }
}
