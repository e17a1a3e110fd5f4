package org.postwatch.insights;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as insights writes them in tables and reports: "21 Nov 2026". */
final class LondonDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    private LondonDates() {}

    static String text(LocalDate day) {
        return day.format(DAY);
    }

    static String text(Instant at) {
        return at.atZone(org.postwatch.platform.LondonTime.ZONE).format(DAY_TIME);
    }

    static String day(Instant at) {
        return at.atZone(org.postwatch.platform.LondonTime.ZONE).format(DAY);
    }

    static String month(LocalDate day) {
        return day.format(MONTH);
    }
}
