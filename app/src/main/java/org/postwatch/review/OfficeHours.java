package org.postwatch.review;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A force's review time target: held posts should be decided within {@code minutes} of office time (Monday to Friday
 * between {@code start} and {@code end}, Europe/London); a post held overnight is not overdue until the desk has had
 * its minutes the next morning.
 */
public record OfficeHours(int minutes, LocalTime start, LocalTime end) {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    public static OfficeHours standard() {
        return new OfficeHours(30, LocalTime.of(8, 0), LocalTime.of(18, 0));
    }

    public OfficeHours {
        if (minutes < 5 || minutes > 10_080) {
            throw new IllegalArgumentException("minutes");
        }
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("start must be before end");
        }
    }

    /** Office time that has passed between two instants. */
    public Duration officeTimeBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        ZonedDateTime a = from.atZone(ZONE);
        ZonedDateTime b = to.atZone(ZONE);
        Duration total = Duration.ZERO;
        for (LocalDate day = a.toLocalDate(); !day.isAfter(b.toLocalDate()); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            ZonedDateTime open = day.atTime(start).atZone(ZONE);
            ZonedDateTime close = day.atTime(end).atZone(ZONE);
            ZonedDateTime s = a.isAfter(open) ? a : open;
            ZonedDateTime e = b.isBefore(close) ? b : close;
            if (e.isAfter(s)) {
                total = total.plus(Duration.between(s, e));
            }
        }
        return total;
    }

    public boolean overdue(Instant submitted, Instant now) {
        return officeTimeBetween(submitted, now).toMinutes() >= minutes;
    }

    /** "30 minutes, Monday to Friday 08:00 to 18:00". */
    public String describe() {
        return minutes + " minutes of office time (Monday to Friday, " + start + " to " + end + ")";
    }
}
