package org.postwatch.conduct.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.postwatch.identity.StaffType;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.StaffId;

class ConductCaseTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    static ConductCase offDutyFacebookPost() {
        return ConductCase.open(
                new ForceId(java.util.UUID.randomUUID()),
                "PSD-2026-0001",
                new Subject(StaffId.random(), StaffType.POLICE_OFFICER, "Police Constable"),
                new Particulars(
                        Origin.PUBLIC_COMPLAINT,
                        Platform.FACEBOOK,
                        AccountKind.PERSONAL,
                        Duty.OFF_DUTY,
                        Set.of(AllegationCategory.DISCRIMINATORY_OR_OFFENSIVE),
                        Set.of(ProfessionalStandard.EQUALITY_AND_DIVERSITY),
                        true,
                        "Shared an offensive meme"),
                TODAY.minusDays(30),
                TODAY);
    }

    @Test
    void anOutcomeNeedsASeverityAssessmentFirst() {
        ConductCase c = offDutyFacebookPost();

        assertThatThrownBy(() -> c.conclude(Outcome.WRITTEN_WARNING, TODAY, TODAY))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("severity assessment");
        assertThat(c.isOpen()).isTrue();
    }

    @Test
    void concludingRecordsTheOutcomeAndTheDate() {
        ConductCase c = offDutyFacebookPost();
        c.assess(Severity.GROSS_MISCONDUCT, TODAY.minusDays(25), TODAY);
        c.conclude(Outcome.DISMISSAL, TODAY.minusDays(1), TODAY);

        assertThat(c.status()).isEqualTo(CaseStatus.CONCLUDED);
        assertThat(c.outcome()).isEqualTo(Outcome.DISMISSAL);
        assertThat(c.concludedOn()).isEqualTo(TODAY.minusDays(1));
    }

    @Test
    void datesMustRunInOrderAndNotBeInTheFuture() {
        ConductCase c = offDutyFacebookPost();

        assertThatThrownBy(() -> c.assess(Severity.MISCONDUCT, TODAY.minusDays(40), TODAY))
                .hasMessageContaining("before the date the case was reported");
        assertThatThrownBy(() -> c.assess(Severity.MISCONDUCT, TODAY.plusDays(1), TODAY))
                .hasMessageContaining("cannot be in the future");
        c.assess(Severity.MISCONDUCT, TODAY.minusDays(20), TODAY);
        assertThatThrownBy(() -> c.conclude(Outcome.MANAGEMENT_ACTION, TODAY.minusDays(21), TODAY))
                .hasMessageContaining("before the assessment date");
    }

    @Test
    void aSanctionNeedsAFindingOfMisconduct() {
        ConductCase c = offDutyFacebookPost();
        c.assess(Severity.NO_MISCONDUCT, TODAY.minusDays(20), TODAY);

        assertThatThrownBy(() -> c.conclude(Outcome.FINAL_WRITTEN_WARNING, TODAY, TODAY))
                .hasMessageContaining("needs a finding of misconduct");
        c.conclude(Outcome.REFLECTIVE_PRACTICE, TODAY, TODAY);
        assertThat(c.outcome()).isEqualTo(Outcome.REFLECTIVE_PRACTICE);
    }

    @Test
    void aConcludedCaseChangesOnlyAfterItIsReopenedWithAReason() {
        ConductCase c = offDutyFacebookPost();
        c.assess(Severity.MISCONDUCT, TODAY.minusDays(20), TODAY);
        c.conclude(Outcome.WRITTEN_WARNING, TODAY, TODAY);

        assertThatThrownBy(() -> c.assess(Severity.GROSS_MISCONDUCT, TODAY, TODAY))
                .hasMessageContaining("reopen it");
        assertThatThrownBy(() -> c.reopen("  ")).hasMessageContaining("reason");

        c.reopen("New evidence from the complainant");
        assertThat(c.isOpen()).isTrue();
        assertThat(c.outcome()).isNull();
        assertThat(c.severity()).as("the assessment stands until revised").isEqualTo(Severity.MISCONDUCT);
    }

    @Test
    void onlyAConcludedCaseCanBeReopened() {
        assertThatThrownBy(() -> offDutyFacebookPost().reopen("why")).hasMessageContaining("Only a concluded case");
    }

    @Test
    void aCaseNeedsAtLeastOneAllegationCategory() {
        assertThatThrownBy(() -> new Particulars(
                        Origin.MONITORING,
                        Platform.X,
                        AccountKind.PERSONAL,
                        Duty.OFF_DUTY,
                        Set.of(),
                        Set.of(),
                        true,
                        ""))
                .hasMessageContaining("at least one allegation category");
    }
}
