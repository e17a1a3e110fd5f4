package org.postwatch.inbox.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postwatch.inbox.InboundCategory;
import org.postwatch.inbox.SlaSettings;

/** Deadlines: calendar minutes for a risk to life, office minutes (Mon-Fri 08:00-18:00 London) for the rest. */
class SlaClockTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final SlaSettings SLA = SlaSettings.standard();

    private static Instant london(String local) {
        return LocalDateTime.parse(local).atZone(LONDON).toInstant();
    }

    @Test
    void aRiskToLifeIsDueInCalendarMinutesEvenAtNightAndWeekends() {
        assertThat(SlaClock.dueAt(SLA, InboundCategory.RISK_TO_LIFE, london("2026-11-21T23:50")))
                .isEqualTo(london("2026-11-22T00:05"));
    }

    @Test
    void aQuestionDuringOfficeHoursIsDueLaterThatDay() {
        assertThat(SlaClock.dueAt(SLA, InboundCategory.QUESTION, london("2026-11-19T09:00")))
                .isEqualTo(london("2026-11-19T13:00"));
    }

    @Test
    void timeCarriesOverNightToTheNextOfficeDay() {
        // Thursday 16:00 + 240 office minutes: 2 hours on Thursday, 2 hours on Friday morning.
        assertThat(SlaClock.dueAt(SLA, InboundCategory.QUESTION, london("2026-11-19T16:00")))
                .isEqualTo(london("2026-11-20T10:00"));
    }

    @Test
    void aQuestionOnFridayEveningIsDueOnMondayMorning() {
        assertThat(SlaClock.dueAt(SLA, InboundCategory.QUESTION, london("2026-11-20T19:30")))
                .isEqualTo(london("2026-11-23T12:00"));
    }

    @Test
    void aSaturdayCrimeReportWaitsForMondaysOffice() {
        assertThat(SlaClock.dueAt(SLA, InboundCategory.CRIME_REPORT, london("2026-11-21T11:00")))
                .isEqualTo(london("2026-11-23T09:00"));
    }

    @Test
    void usesTheForcesOwnTargetsAndHours() {
        SlaSettings custom = new SlaSettings(
                Map.of(InboundCategory.COMMENT, 30), java.time.LocalTime.of(7, 0), java.time.LocalTime.of(22, 0));
        assertThat(SlaClock.dueAt(custom, InboundCategory.COMMENT, london("2026-11-19T21:45")))
                .isEqualTo(london("2026-11-20T07:15"));
    }

    @Test
    void clocksGoingBackDoNotShiftOfficeHours() {
        // 25 October 2026: BST ends. Friday 23rd 17:00 + 120 office minutes: one hour Friday, one hour Monday.
        assertThat(SlaClock.dueAt(SLA, InboundCategory.ABUSE, london("2026-10-23T17:00")))
                .isEqualTo(london("2026-10-26T09:00"));
    }
}
