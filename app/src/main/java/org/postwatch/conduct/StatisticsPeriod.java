package org.postwatch.conduct;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** Calendar years, counted by the date each case was reported. */
public record StatisticsPeriod(int fromYear, int toYear) {

    public StatisticsPeriod {
        if (fromYear > toYear) {
            throw new IllegalArgumentException("The first year must not be after the last year");
        }
        if (toYear - fromYear > 19) {
            throw new IllegalArgumentException("Choose at most 20 years");
        }
    }

    /** This year and the four before it: the FOI standard "last five years". */
    public static StatisticsPeriod lastFiveYears(LocalDate today) {
        return new StatisticsPeriod(today.getYear() - 4, today.getYear());
    }

    public LocalDate firstDay() {
        return LocalDate.of(fromYear, 1, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(toYear, 12, 31);
    }

    public List<Integer> years() {
        return IntStream.rangeClosed(fromYear, toYear).boxed().toList();
    }

    public String label() {
        return fromYear == toYear ? Integer.toString(fromYear) : fromYear + " to " + toYear;
    }
}
