package org.postwatch.insights;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The London days a dashboard counts, first and last inclusive, and what to call them.
 *
 * @param choice how it was chosen: "30d", "quarter", "12m" or "custom"
 */
public record Period(String choice, LocalDate from, LocalDate to) {

    /** The longest period anyone may ask for: facts are kept longer, but a page must stay quick. */
    public static final int MAX_DAYS = 3 * 366;

    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("The start must not be after the end");
        }
    }

    public static Period last30Days(LocalDate today) {
        return new Period("30d", today.minusDays(29), today);
    }

    public static Period lastQuarter(LocalDate today) {
        return new Period("quarter", today.minusMonths(3).plusDays(1), today);
    }

    public static Period last12Months(LocalDate today) {
        return new Period("12m", today.minusMonths(12).plusDays(1), today);
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** Charts over time group by week up to a quarter, by month beyond. */
    public boolean byMonth() {
        return days() > 92;
    }

    public String label() {
        return switch (choice) {
                    case "30d" -> "Last 30 days";
                    case "quarter" -> "Last 3 months";
                    case "12m" -> "Last 12 months";
                    default -> "Custom";
                }
                + " (" + LondonDates.text(from) + " to " + LondonDates.text(to) + ")";
    }
}
