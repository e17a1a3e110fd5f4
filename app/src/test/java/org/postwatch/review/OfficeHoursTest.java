package org.postwatch.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class OfficeHoursTest {

    final OfficeHours standard = OfficeHours.standard();

    static Instant london(String local) {
        return LocalDateTime.parse(local).atZone(OfficeHours.ZONE).toInstant();
    }

    @Test
    void countsOnlyOfficeTime() {
        assertThat(standard.officeTimeBetween(london("2026-11-23T09:00"), london("2026-11-23T09:20")))
                .isEqualTo(Duration.ofMinutes(20));
        assertThat(standard.officeTimeBetween(london("2026-11-23T17:50"), london("2026-11-24T08:15")))
                .isEqualTo(Duration.ofMinutes(25));
    }

    @Test
    void aPostHeldOnFridayEveningIsNotOverdueUntilMondayMorning() {
        Instant friday = london("2026-11-27T19:00");
        assertThat(standard.overdue(friday, london("2026-11-30T08:29"))).isFalse();
        assertThat(standard.overdue(friday, london("2026-11-30T08:30"))).isTrue();
    }

    @Test
    void overdueAfterThirtyOfficeMinutes() {
        assertThat(standard.overdue(london("2026-11-23T10:00"), london("2026-11-23T10:29")))
                .isFalse();
        assertThat(standard.overdue(london("2026-11-23T10:00"), london("2026-11-23T10:30")))
                .isTrue();
    }
}
