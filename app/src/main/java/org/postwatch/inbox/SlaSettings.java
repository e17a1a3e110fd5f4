package org.postwatch.inbox;

import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;

/**
 * A force's response targets per category. RISK_TO_LIFE counts calendar minutes; every other category counts office
 * minutes (Monday to Friday between {@code officeStart} and {@code officeEnd}, Europe/London).
 */
public record SlaSettings(Map<InboundCategory, Integer> minutes, LocalTime officeStart, LocalTime officeEnd) {

    public SlaSettings {
        EnumMap<InboundCategory, Integer> copy = new EnumMap<>(InboundCategory.class);
        copy.putAll(DEFAULTS);
        copy.putAll(minutes);
        minutes = Map.copyOf(copy);
        if (!officeStart.isBefore(officeEnd)) {
            throw new IllegalArgumentException("Office hours must start before they end");
        }
    }

    private static final Map<InboundCategory, Integer> DEFAULTS = Map.of(
            InboundCategory.RISK_TO_LIFE, 15,
            InboundCategory.CRIME_REPORT, 60,
            InboundCategory.INTELLIGENCE, 60,
            InboundCategory.ABUSE, 120,
            InboundCategory.QUESTION, 240,
            InboundCategory.COMMENT, 480);

    /** 15 minutes for a risk to life; an office hour for crime and intelligence; half a day for questions. */
    public static SlaSettings standard() {
        return new SlaSettings(DEFAULTS, LocalTime.of(8, 0), LocalTime.of(18, 0));
    }

    public int minutesFor(InboundCategory category) {
        return minutes.get(category);
    }

    public boolean calendarTime(InboundCategory category) {
        return category == InboundCategory.RISK_TO_LIFE;
    }
}
