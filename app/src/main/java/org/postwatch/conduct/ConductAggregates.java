package org.postwatch.conduct;

import java.util.List;
import org.postwatch.platform.ForceId;

/**
 * A force's conduct figures for a period, counts only, with small numbers suppressed (primary and secondary, across
 * every table here together). This is all that leaves the conduct module about cases.
 *
 * @param perYear cases by the year they were reported
 * @param categories allegation categories; a case may have several, so these do not add up to the total
 * @param timeToConclude concluded cases by how long they took
 * @param endedService cases that ended in dismissal, resignation or retirement, of all cases reported in the period
 * @param medianDaysToConclude from report to conclusion; suppressed when fewer than 5 cases were concluded
 * @param foi the standard FOI answer, a row per year and a total row
 */
public record ConductAggregates(
        ForceId force,
        StatisticsPeriod period,
        Figure total,
        Figure open,
        Figure concluded,
        Breakdown perYear,
        Breakdown staffTypes,
        Breakdown platforms,
        Breakdown accountKinds,
        Breakdown duty,
        Breakdown categories,
        Breakdown outcomes,
        Breakdown timeToConclude,
        Share endedService,
        Figure medianDaysToConclude,
        Figure ninetiethPercentileDaysToConclude,
        List<FoiRow> foi) {

    public ConductAggregates {
        foi = List.copyOf(foi);
    }

    /** The breakdowns shown as charts, in page order. */
    public List<Breakdown> charts() {
        return List.of(perYear, staffTypes, platforms, accountKinds, duty, categories, outcomes, timeToConclude);
    }
}
