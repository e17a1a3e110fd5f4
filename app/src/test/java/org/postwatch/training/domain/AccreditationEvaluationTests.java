package org.postwatch.training.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.postwatch.accounts.Accreditation;
import org.postwatch.training.Course;
import org.postwatch.training.CourseId;
import org.postwatch.training.domain.CompletionRepository.Latest;

class AccreditationEvaluationTests {

    static final Course FOUNDATIONS = course("SMF", "Social media foundations", 24);
    static final Course OPSEC = course("OPSEC", "Operational security awareness", 12);
    static final LocalDate EXPIRY = LocalDate.of(2026, 3, 3);

    static Course course(String code, String title, int months) {
        return new Course(new CourseId(UUID.randomUUID()), code, title, "", months);
    }

    static Latest completedExpiringOn(LocalDate expiresOn, int months) {
        return new Latest(expiresOn.minusMonths(months), expiresOn);
    }

    @Test
    void accreditedWhileEveryRequiredCourseIsCurrentAndLapsesWithTheFirstToExpire() {
        var latest = Map.of(
                FOUNDATIONS.id(), completedExpiringOn(EXPIRY.plusMonths(6), 24),
                OPSEC.id(), completedExpiringOn(EXPIRY, 12));

        Accreditation dayBefore = Accreditations.evaluate(List.of(FOUNDATIONS, OPSEC), latest, EXPIRY.minusDays(1));

        assertThat(dayBefore.accredited()).isTrue();
        assertThat(dayBefore.lapsesOn()).isEqualTo(EXPIRY);
    }

    @Test
    void accreditationLapsesOnTheDayARequiredCourseExpires() {
        var latest = Map.of(
                FOUNDATIONS.id(), completedExpiringOn(EXPIRY.plusMonths(6), 24),
                OPSEC.id(), completedExpiringOn(EXPIRY, 12));

        Accreditation onTheDay = Accreditations.evaluate(List.of(FOUNDATIONS, OPSEC), latest, EXPIRY);

        assertThat(onTheDay.accredited()).isFalse();
        assertThat(onTheDay.gaps()).containsExactly(new Accreditation.Gap("Operational security awareness", EXPIRY));
    }

    @Test
    void aRequiredCourseNeverTakenIsAGap() {
        var latest = Map.of(FOUNDATIONS.id(), completedExpiringOn(EXPIRY.plusMonths(6), 24));

        Accreditation result = Accreditations.evaluate(List.of(FOUNDATIONS, OPSEC), latest, EXPIRY);

        assertThat(result.accredited()).isFalse();
        assertThat(result.gaps()).containsExactly(new Accreditation.Gap("Operational security awareness", null));
    }

    @Test
    void aCompletionAfterTheDateDoesNotCountYet() {
        var latest = Map.of(OPSEC.id(), new Latest(EXPIRY.plusDays(1), EXPIRY.plusMonths(12)));

        assertThat(Accreditations.evaluate(List.of(OPSEC), latest, EXPIRY).accredited())
                .isFalse();
    }

    @Test
    void withNoRequiredCoursesNobodyIsAccredited() {
        Accreditation result = Accreditations.evaluate(List.of(), Map.of(), EXPIRY);

        assertThat(result.ruleExists()).isFalse();
        assertThat(result.accredited()).isFalse();
    }
}
