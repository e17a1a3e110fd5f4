package org.postwatch.conduct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.postwatch.conduct.domain.CaseId;
import org.postwatch.conduct.domain.CaseRegister;
import org.postwatch.conduct.domain.InterimMeasure;
import org.postwatch.conduct.domain.InterimMeasures;
import org.postwatch.conduct.domain.MeasureId;
import org.postwatch.conduct.domain.Outcome;
import org.postwatch.conduct.domain.Severity;
import org.postwatch.conduct.domain.Subject;
import org.postwatch.identity.StaffType;
import org.postwatch.platform.PostwatchUser;
import org.postwatch.support.DemoUsers;
import org.postwatch.support.PostwatchIntegrationTest;
import org.postwatch.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@PostwatchIntegrationTest
@RecordApplicationEvents
class InterimMeasureTests {

    @Autowired
    ConductFixtures fixtures;

    @Autowired
    InterimMeasures measures;

    @Autowired
    CaseRegister register;

    @Autowired
    DemoUsers demo;

    @Autowired
    ApplicationEvents events;

    private PostwatchUser psd() {
        return demo.user("sta.psd");
    }

    @Test
    void suspendingPostingRightsTellsTheRestOfPostwatchWhoWhyAndWhichCase() {
        Subject subject = fixtures.person(psd().forceId(), StaffType.POLICE_OFFICER, "Police Constable");
        CaseId id = fixtures.openCase(psd(), subject, ConductFixtures.offDutyFacebookPost(), LocalDate.now());

        SignedIn.as(psd(), () -> measures.suspendPosting(id, "Under investigation"));

        String reference =
                SignedIn.as(psd(), () -> register.view(id)).conductCase().reference();
        assertThat(events.stream(PostingSuspensionImposed.class))
                .containsExactly(new PostingSuspensionImposed(
                        subject.staffId(), psd().forceId(), "Under investigation", reference));
        var view = SignedIn.as(psd(), () -> register.view(id));
        assertThat(view.measures()).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(InterimMeasure.Kind.POSTING_SUSPENSION);
            assertThat(m.isActive()).isTrue();
        });
    }

    @Test
    void liftingIsRecordedWithItsReasonAndAnnounced() {
        Subject subject = fixtures.person(psd().forceId(), StaffType.PCSO, "PCSO");
        CaseId id = fixtures.openCase(psd(), subject, ConductFixtures.offDutyFacebookPost(), LocalDate.now());
        MeasureId measure = SignedIn.as(psd(), () -> measures.suspendPosting(id, "Under investigation"));

        assertThatThrownBy(() -> SignedIn.as(psd(), () -> measures.lift(id, measure, " ")))
                .hasMessageContaining("reason");
        SignedIn.as(psd(), () -> measures.lift(id, measure, "Allegation not substantiated"));

        assertThat(events.stream(PostingSuspensionLifted.class)).singleElement().satisfies(e -> {
            assertThat(e.staff()).isEqualTo(subject.staffId());
            assertThat(e.reason()).isEqualTo("Allegation not substantiated");
        });
        var lifted = SignedIn.as(psd(), () -> register.view(id)).measures().getFirst();
        assertThat(lifted.isActive()).isFalse();
        assertThat(lifted.liftReason()).isEqualTo("Allegation not substantiated");
        assertThat(lifted.liftedByName()).contains("sta.psd");
        assertThatThrownBy(() -> SignedIn.as(psd(), () -> measures.lift(id, measure, "again")))
                .hasMessageContaining("already lifted");
    }

    @Test
    void postingRightsCannotBeSuspendedTwiceInOneCase() {
        Subject subject = fixtures.person(psd().forceId(), StaffType.POLICE_OFFICER, "Sergeant");
        CaseId id = fixtures.openCase(psd(), subject, ConductFixtures.offDutyFacebookPost(), LocalDate.now());
        SignedIn.as(psd(), () -> measures.suspendPosting(id, "Under investigation"));

        assertThatThrownBy(() -> SignedIn.as(psd(), () -> measures.suspendPosting(id, "Again")))
                .hasMessageContaining("already suspended");
    }

    @Test
    void anAccountSuspensionIsRequestedAndLiftedWithTheCase() {
        Subject subject = fixtures.person(psd().forceId(), StaffType.POLICE_STAFF, "Digital Media Officer");
        CaseId id = fixtures.openCase(psd(), subject, ConductFixtures.offDutyFacebookPost(), LocalDate.now());

        SignedIn.as(psd(), () -> {
            measures.suspendAccount(id, "@StaffsPoliceTest", "Posts from this account are under investigation");
            measures.suspendPosting(id, "Under investigation");
            register.assess(id, Severity.MISCONDUCT, LocalDate.now());
            register.conclude(id, Outcome.MANAGEMENT_ACTION, LocalDate.now(), true);
        });

        assertThat(events.stream(AccountSuspensionRequested.class))
                .singleElement()
                .satisfies(e -> assertThat(e.account()).isEqualTo("@StaffsPoliceTest"));
        assertThat(events.stream(AccountSuspensionLifted.class)).hasSize(1);
        assertThat(events.stream(PostingSuspensionLifted.class))
                .singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("Case concluded: Management action"));
        assertThat(SignedIn.as(psd(), () -> register.view(id)).hasActiveMeasures())
                .isFalse();
    }

    @Test
    void measuresNeedAnOpenCase() {
        Subject subject = fixtures.person(psd().forceId(), StaffType.POLICE_OFFICER, "Police Constable");
        CaseId id = fixtures.openCase(psd(), subject, ConductFixtures.offDutyFacebookPost(), LocalDate.now());
        SignedIn.as(psd(), () -> {
            register.assess(id, Severity.NO_MISCONDUCT, LocalDate.now());
            register.conclude(id, Outcome.NO_FURTHER_ACTION, LocalDate.now(), false);
        });

        assertThatThrownBy(() -> SignedIn.as(psd(), () -> measures.suspendPosting(id, "Too late")))
                .hasMessageContaining("reopen it");
    }
}
