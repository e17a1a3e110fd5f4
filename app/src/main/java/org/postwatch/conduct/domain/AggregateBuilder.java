package org.postwatch.conduct.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.postwatch.conduct.Breakdown;
import org.postwatch.conduct.ConductAggregates;
import org.postwatch.conduct.Figure;
import org.postwatch.conduct.FoiRow;
import org.postwatch.conduct.Share;
import org.postwatch.conduct.StatisticsPeriod;
import org.postwatch.identity.StaffType;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.Suppression;

/**
 * Turns the facts of a force's cases into its published figures. Every table is registered with one {@link
 * Suppression}, with each total it shares with another table, so suppression holds across the whole page and export.
 */
public final class AggregateBuilder {

    /** How long cases took, from report to conclusion. */
    enum Duration {
        UNDER_3_MONTHS("Under 3 months", 0, 91),
        FROM_3_TO_6_MONTHS("3 to 6 months", 91, 183),
        FROM_6_TO_12_MONTHS("6 to 12 months", 183, 366),
        OVER_A_YEAR("Over a year", 366, Long.MAX_VALUE);

        final String label;
        final long fromDays;
        final long toDays;

        Duration(String label, long fromDays, long toDays) {
            this.label = label;
            this.fromDays = fromDays;
            this.toDays = toDays;
        }

        static Duration of(long days) {
            return Arrays.stream(values())
                    .filter(d -> days >= d.fromDays && days < d.toDays)
                    .findFirst()
                    .orElseThrow();
        }
    }

    private static final String TOTAL = "total";
    private static final String CONCLUDED = "concluded";
    private static final String OPEN = "outcome:OPEN";
    private static final String ENDED = "ended";
    private static final String NOT_ENDED = "not-ended";
    private static final String OFFICERS = "staff:" + StaffType.POLICE_OFFICER.name();
    private static final String NOT_OFFICERS = "not-officers";

    private AggregateBuilder() {}

    public static ConductAggregates build(
            ForceId force, StatisticsPeriod period, List<CaseFacts> allFacts, LocalDate today) {
        List<CaseFacts> facts = allFacts.stream()
                .filter(f -> !f.reportedOn().isBefore(period.firstDay())
                        && !f.reportedOn().isAfter(period.lastDay()))
                .toList();
        List<CaseFacts> concluded =
                facts.stream().filter(f -> f.status() == CaseStatus.CONCLUDED).toList();
        Suppression s = new Suppression();

        s.count(TOTAL, facts.size());
        List<String> years = new ArrayList<>();
        for (int year : period.years()) {
            years.add(count(s, "year:" + year, facts, f -> f.reportedOn().getYear() == year));
        }
        s.sum(TOTAL, years);
        partition(s, "staff:", StaffType.values(), facts, CaseFacts::staffType);
        partition(s, "platform:", Platform.values(), facts, CaseFacts::platform);
        partition(s, "account:", AccountKind.values(), facts, CaseFacts::accountKind);
        partition(s, "duty:", Duty.values(), facts, CaseFacts::duty);
        for (AllegationCategory category : AllegationCategory.values()) {
            count(s, "category:" + category.name(), facts, f -> f.categories().contains(category));
        }

        List<String> outcomes = new ArrayList<>();
        for (Outcome outcome : Outcome.values()) {
            outcomes.add(count(s, "outcome:" + outcome.name(), concluded, f -> f.outcome() == outcome));
        }
        count(s, OPEN, facts, f -> f.status() == CaseStatus.OPEN);
        s.count(CONCLUDED, concluded.size());
        s.sum(CONCLUDED, outcomes);
        s.sum(TOTAL, List.of(CONCLUDED, OPEN));
        List<String> withOpen = new ArrayList<>(outcomes);
        withOpen.add(OPEN);
        s.sum(TOTAL, withOpen);

        count(s, ENDED, concluded, f -> f.outcome().endsService());
        s.sum(ENDED, List.of("outcome:DISMISSAL", "outcome:RESIGNED", "outcome:RETIRED"));
        s.count(NOT_ENDED, facts.size() - countOf(concluded, f -> f.outcome().endsService()));
        s.sum(TOTAL, List.of(ENDED, NOT_ENDED));

        List<String> durations = new ArrayList<>();
        for (Duration duration : Duration.values()) {
            durations.add(count(s, "duration:" + duration.name(), concluded, f -> Duration.of(days(f)) == duration));
        }
        s.sum(CONCLUDED, durations);

        // The FOI table crosses years with "police officer or not" and "ended service or not".
        s.count(NOT_OFFICERS, facts.size() - countOf(facts, f -> f.staffType() == StaffType.POLICE_OFFICER));
        s.sum(TOTAL, List.of(OFFICERS, NOT_OFFICERS));
        List<String> officersByYear = new ArrayList<>();
        List<String> othersByYear = new ArrayList<>();
        List<String> endedByYear = new ArrayList<>();
        List<String> notEndedByYear = new ArrayList<>();
        for (int year : period.years()) {
            Predicate<CaseFacts> inYear = f -> f.reportedOn().getYear() == year;
            String officers = count(s, "officers:" + year, facts, inYear.and(AggregateBuilder::isOfficer));
            String others = count(s, "others:" + year, facts, inYear.and(f -> !isOfficer(f)));
            String ended = count(s, "ended:" + year, facts, inYear.and(AggregateBuilder::endedService));
            String notEnded = count(s, "not-ended:" + year, facts, inYear.and(f -> !endedService(f)));
            s.sum("year:" + year, List.of(officers, others));
            s.sum("year:" + year, List.of(ended, notEnded));
            officersByYear.add(officers);
            othersByYear.add(others);
            endedByYear.add(ended);
            notEndedByYear.add(notEnded);
        }
        s.sum(OFFICERS, officersByYear);
        s.sum(NOT_OFFICERS, othersByYear);
        s.sum(ENDED, endedByYear);
        s.sum(NOT_ENDED, notEndedByYear);
        s.apply();

        List<Breakdown.Cell> yearCells = new ArrayList<>();
        List<FoiRow> foi = new ArrayList<>();
        for (int year : period.years()) {
            String label = year == today.getYear() ? year + " (to date)" : Integer.toString(year);
            yearCells.add(new Breakdown.Cell(Integer.toString(year), label, Figure.of(s, "year:" + year)));
            foi.add(new FoiRow(
                    label,
                    Figure.of(s, "year:" + year),
                    Figure.of(s, "officers:" + year),
                    Figure.of(s, "ended:" + year)));
        }
        foi.add(new FoiRow("Total", Figure.of(s, TOTAL), Figure.of(s, OFFICERS), Figure.of(s, ENDED)));

        List<Breakdown.Cell> outcomeCells = new ArrayList<>();
        for (Outcome outcome : Outcome.values()) {
            outcomeCells.add(
                    new Breakdown.Cell(outcome.name(), outcome.label(), Figure.of(s, "outcome:" + outcome.name())));
        }
        outcomeCells.add(new Breakdown.Cell("OPEN", "Not yet concluded", Figure.of(s, OPEN)));

        List<Breakdown.Cell> durationCells = Arrays.stream(Duration.values())
                .map(d -> new Breakdown.Cell(d.name(), d.label, Figure.of(s, "duration:" + d.name())))
                .toList();

        Figure total = Figure.of(s, TOTAL);
        Figure concludedFigure = Figure.of(s, CONCLUDED);
        List<Long> sortedDays =
                concluded.stream().map(AggregateBuilder::days).sorted().toList();
        // A median or percentile does not reveal how many cases it summarises, only needs enough of them.
        boolean enoughToSummarise = sortedDays.size() >= Suppression.THRESHOLD;

        return new ConductAggregates(
                force,
                period,
                total,
                Figure.of(s, OPEN),
                concludedFigure,
                new Breakdown("year", "Cases by year reported", yearCells, total),
                breakdown(
                        s, "staffType", "Cases by type of staff", "staff:", StaffType.values(), e -> e.label(), total),
                breakdown(s, "platform", "Cases by platform", "platform:", Platform.values(), Platform::label, total),
                breakdown(
                        s,
                        "accountKind",
                        "Cases by kind of account",
                        "account:",
                        AccountKind.values(),
                        AccountKind::label,
                        total),
                breakdown(s, "duty", "Cases by on or off duty", "duty:", Duty.values(), Duty::label, total),
                breakdown(
                        s,
                        "category",
                        "Cases by allegation category",
                        "category:",
                        AllegationCategory.values(),
                        AllegationCategory::label,
                        null),
                new Breakdown("outcome", "Cases by outcome", outcomeCells, total),
                new Breakdown("timeToConclude", "Concluded cases by time taken", durationCells, concludedFigure),
                new Share(Figure.of(s, ENDED), total),
                enoughToSummarise ? Figure.of(percentile(sortedDays, 50)) : Figure.suppressed(),
                enoughToSummarise ? Figure.of(percentile(sortedDays, 90)) : Figure.suppressed(),
                foi);
    }

    private static boolean isOfficer(CaseFacts f) {
        return f.staffType() == StaffType.POLICE_OFFICER;
    }

    private static boolean endedService(CaseFacts f) {
        return f.status() == CaseStatus.CONCLUDED && f.outcome().endsService();
    }

    private static long days(CaseFacts f) {
        return ChronoUnit.DAYS.between(f.reportedOn(), f.concludedOn());
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(List<Long> sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static String count(Suppression s, String name, List<CaseFacts> facts, Predicate<CaseFacts> which) {
        s.count(name, countOf(facts, which));
        return name;
    }

    private static long countOf(List<CaseFacts> facts, Predicate<CaseFacts> which) {
        return facts.stream().filter(which).count();
    }

    private static <E extends Enum<E>> void partition(
            Suppression s, String prefix, E[] values, List<CaseFacts> facts, Function<CaseFacts, E> of) {
        List<String> parts = new ArrayList<>();
        for (E value : values) {
            parts.add(count(s, prefix + value.name(), facts, f -> of.apply(f) == value));
        }
        s.sum(TOTAL, parts);
    }

    private static <E extends Enum<E>> Breakdown breakdown(
            Suppression s,
            String key,
            String title,
            String prefix,
            E[] values,
            Function<E, String> label,
            Figure total) {
        return new Breakdown(
                key,
                title,
                Arrays.stream(values)
                        .map(v -> new Breakdown.Cell(v.name(), label.apply(v), Figure.of(s, prefix + v.name())))
                        .toList(),
                total);
    }
}
