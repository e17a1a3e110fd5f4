package org.postwatch.inbox.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.postwatch.inbox.InboundCategory;
import org.postwatch.inbox.SlaSettings;

/**
 * When an item's response is due: calendar minutes for a risk to life, office minutes for everything else, so a
 * question sent on Friday evening is due on Monday morning, not at midnight.
 */
public final class SlaClock {

    static final ZoneId ZONE = ZoneId.of("Europe/London");

    private SlaClock() {}

    public static Instant dueAt(SlaSettings settings, InboundCategory category, Instant received) {
        int minutes = settings.minutesFor(category);
        if (settings.calendarTime(category)) {
            return received.plus(Duration.ofMinutes(minutes));
        }
        Duration left = Duration.ofMinutes(minutes);
        ZonedDateTime at = received.atZone(ZONE);
        for (LocalDate day = at.toLocalDate(); ; day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            ZonedDateTime open = day.atTime(settings.officeStart()).atZone(ZONE);
            ZonedDateTime close = day.atTime(settings.officeEnd()).atZone(ZONE);
            ZonedDateTime start = at.isAfter(open) ? at : open;
            if (!start.isBefore(close)) {
                continue;
            }
            Duration available = Duration.between(start, close);
            if (available.compareTo(left) >= 0) {
                return start.plus(left).toInstant();
            }
            left = left.minus(available);
        }
    }
}
