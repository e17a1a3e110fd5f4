package org.postwatch.conduct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.postwatch.accounts.AccountId;
import org.postwatch.accounts.AccountRegister;
import org.postwatch.accounts.AccountStatus;
import org.postwatch.accounts.AccountSummary;
import org.postwatch.accounts.Accounts;
import org.postwatch.accounts.PostingPermission;
import org.postwatch.accounts.PostingRights;
import org.postwatch.accounts.PostingSuspension;
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

/** Interim measures from a case, and their effect on posting rights in the accounts module. */
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
    PostingRights postingRights;

    @Autowired
    Accounts accounts;

    @Autowired
    AccountRegister accountRegister;

    @Autowired
    DemoUsers demo;

    @Autowired
    ApplicationEvents events;

    private PostwatchUser psd() {
        return demo.user("sta.psd");
    }

    /** The Staffordshire dog handler, a contributor on the force's dogs account. */
    private Subject dogHandler() {
        return new Subject(demo.user("sta.handler").staffId(), StaffType.POLICE_OFFICER, "Police Constable");
    }

    private AccountId dogsAccount() {
        return SignedIn.as(
                psd(),
                () -> accounts.all().stream()
                        .filter(a -> a.handle().equals("@StaffsPoliceDogs"))
                        .map(AccountSummary::id)
                        .findFirst()
                        .orElseThrow());
    }

    private PostingPermission handlerMayPostToDogs() {
        return SignedIn.as(psd(), () -> postingRights.check(dogHandler().staffId(), dogsAccount()));
    }

    @Test
    void suspendingPostingRightsStopsThePersonPostingUntilItIsLifted() {
        PostingPermission before = handlerMayPostToDogs();
        CaseId id = fixtures.openCase(psd(), dogHandler(), ConductFixtures.offDutyFacebookPost(), LocalDate.now());
        String reference =
                SignedIn.as(psd(), () -> register.view(id)).conductCase().reference();

        MeasureId measure = SignedIn.as(psd(), () -> measures.suspendPosting(id, "Under investigation"));

        PostingPermission during = handlerMayPostToDogs();
        assertThat(during.allowed()).isFalse();
        assertThat(SignedIn.as(
                        psd(), () -> postingRights.suspensionOf(dogHandler().staffId())))
                .hasValueSatisfying(s -> {
                    assertThat(s.reason()).isEqualTo("Under investigation");
                    assertThat(s.caseReference()).isEqualTo(reference);
                });

        SignedIn.as(psd(), () -> measures.lift(id, measure, "Allegation not substantiated"));

        assertThat(SignedIn.as(
                        psd(), () -> postingRights.suspensionOf(dogHandler().staffId())))
                .isEmpty();
        assertThat(handlerMayPostToDogs()).isEqualTo(before);
        var lifted = SignedIn.as(psd(), () -> register.view(id)).measures().getFirst();
        assertThat(lifted.isActive()).isFalse();
        assertThat(lifted.liftReason()).isEqualTo("Allegation not substantiated");
        assertThat(lifted.liftedByName()).contains("sta.psd");
    }

    @Test
    void liftingACaseMeasureLeavesASuspensionImposedForAnotherReason() {
        CaseId id = fixtures.openCase(psd(), dogHandler(), ConductFixtures.offDutyFacebookPost(), LocalDate.now());
        MeasureId measure = SignedIn.as(psd(), () -> measures.suspendPosting(id, "Under investigation"));
        PostwatchUser accountManager = demo.user("sta.accounts");
        SignedIn.as(accountManager, () -> {
            postingRights.liftPostingSuspension(dogHandler().staffId(), "Replaced");
            postingRights.suspendPosting(dogHandler().staffId(), "Security review of the dogs account", null);
        });

        SignedIn.as(psd(), () -> measures.lift(id, measure, "Case closed"));

        assertThat(SignedIn.as(
                        psd(), () -> postingRights.suspensionOf(dogHandler().staffId())))
                .map(PostingSuspension::reason)
                .hasValue("Security review of the dogs account");
        SignedIn.as(
                accountManager,
                () -> postingRights.liftPostingSuspension(dogHandler().staffId(), "Done"));
    }

    @Test
    void liftingNeedsAReasonAndHappensOnce() {
        Subject subject = fixtures.person(psd().forceId(), StaffType.PCSO, "PCSO");
        CaseId id = fixtures.openCase(psd(), subject, ConductFixtures.offDutyFacebookPost(), LocalDate.now());
        MeasureId measure = SignedIn.as(psd(), () -> measures.suspendPosting(id, "Under investigation"));

        assertThatThrownBy(() -> SignedIn.as(psd(), () -> measures.lift(id, measure, " ")))
                .hasMessageContaining("reason");
        SignedIn.as(psd(), () -> measures.lift(id, measure, "Allegation not substantiated"));
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
        assertThat(SignedIn.as(psd(), () -> register.view(id)).measures()).hasSize(1);
    }

    @Test
    void anAccountSuspensionIsRequestedAndEveryMeasureIsLiftedWithTheCase() {
        Subject subject = fixtures.person(psd().forceId(), StaffType.POLICE_STAFF, "Digital Media Officer");
        CaseId id = fixtures.openCase(psd(), subject, ConductFixtures.offDutyFacebookPost(), LocalDate.now());
        AccountId dogs = dogsAccount();

        SignedIn.as(psd(), () -> {
            measures.suspendAccount(id, dogs, "Posts from this account are under investigation");
            measures.suspendPosting(id, "Under investigation");
            register.assess(id, Severity.MISCONDUCT, LocalDate.now());
            register.conclude(id, Outcome.MANAGEMENT_ACTION, LocalDate.now(), true);
        });

        assertThat(events.stream(AccountSuspensionRequested.class))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.account()).isEqualTo(dogs);
                    assertThat(e.label()).startsWith("@StaffsPoliceDogs on ");
                });
        assertThat(events.stream(AccountSuspensionLifted.class)).hasSize(1);
        var view = SignedIn.as(psd(), () -> register.view(id));
        assertThat(view.hasActiveMeasures()).isFalse();
        assertThat(view.measures())
                .extracting(InterimMeasure::liftReason)
                .containsOnly("Case concluded: Management action");
        assertThat(SignedIn.as(psd(), () -> postingRights.suspensionOf(subject.staffId())))
                .isEmpty();
    }

    private AccountSummary dogs() {
        return SignedIn.as(psd(), () -> accounts.get(dogsAccount()));
    }

    @Test
    void anAccountSuspensionSuspendsTheAccountWithoutNamingTheCaseAndOnlyProfessionalStandardsCanLiftIt() {
        AccountId dogs = dogsAccount();
        Subject subject = fixtures.person(psd().forceId(), StaffType.POLICE_STAFF, "Digital Media Officer");
        CaseId id = fixtures.openCase(psd(), subject, ConductFixtures.offDutyFacebookPost(), LocalDate.now());
        String reference =
                SignedIn.as(psd(), () -> register.view(id)).conductCase().reference();
        assertThat(dogs().status()).isEqualTo(AccountStatus.ACTIVE);
        PostingPermission before = handlerMayPostToDogs();

        MeasureId measure = SignedIn.as(psd(), () -> measures.suspendAccount(id, dogs, "Under investigation"));

        assertThat(dogs().status()).isEqualTo(AccountStatus.SUSPENDED);
        assertThat(dogs().statusReason()).doesNotContain(reference).doesNotContain("Under investigation");
        assertThat(handlerMayPostToDogs().allowed()).isFalse();
        PostwatchUser accountManager = demo.user("sta.accounts");
        assertThatThrownBy(() -> SignedIn.as(accountManager, () -> accountRegister.reinstate(dogs, "Back")))
                .hasMessageContaining("only they can lift it");
        assertThat(dogs().status()).isEqualTo(AccountStatus.SUSPENDED);

        SignedIn.as(psd(), () -> measures.lift(id, measure, "Allegation not substantiated"));

        assertThat(dogs().status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(handlerMayPostToDogs()).isEqualTo(before);
    }

    @Test
    void anAccountHeldByTwoCasesStaysSuspendedUntilBothAreLifted() {
        AccountId dogs = dogsAccount();
        Subject first = fixtures.person(psd().forceId(), StaffType.POLICE_STAFF, "Digital Media Officer");
        Subject second = fixtures.person(psd().forceId(), StaffType.POLICE_OFFICER, "Police Constable");
        CaseId one = fixtures.openCase(psd(), first, ConductFixtures.offDutyFacebookPost(), LocalDate.now());
        CaseId two = fixtures.openCase(psd(), second, ConductFixtures.offDutyFacebookPost(), LocalDate.now());
        MeasureId firstMeasure = SignedIn.as(psd(), () -> measures.suspendAccount(one, dogs, "Case one"));
        MeasureId secondMeasure = SignedIn.as(psd(), () -> measures.suspendAccount(two, dogs, "Case two"));

        SignedIn.as(psd(), () -> measures.lift(one, firstMeasure, "Done"));
        assertThat(dogs().status()).isEqualTo(AccountStatus.SUSPENDED);

        SignedIn.as(psd(), () -> measures.lift(two, secondMeasure, "Done"));
        assertThat(dogs().status()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void liftingAMeasureLeavesAnAccountTheAccountManagerSuspended() {
        AccountId dogs = dogsAccount();
        PostwatchUser accountManager = demo.user("sta.accounts");
        SignedIn.as(accountManager, () -> accountRegister.suspend(dogs, "Password reset after a phishing e-mail"));
        try {
            Subject subject = fixtures.person(psd().forceId(), StaffType.POLICE_STAFF, "Digital Media Officer");
            CaseId id = fixtures.openCase(psd(), subject, ConductFixtures.offDutyFacebookPost(), LocalDate.now());
            MeasureId measure = SignedIn.as(psd(), () -> measures.suspendAccount(id, dogs, "Investigation"));
            SignedIn.as(psd(), () -> measures.lift(id, measure, "Done"));

            assertThat(dogs().status()).isEqualTo(AccountStatus.SUSPENDED);
            assertThat(dogs().statusReason()).isEqualTo("Password reset after a phishing e-mail");
        } finally {
            SignedIn.as(accountManager, () -> accountRegister.reinstate(dogs, "Password reset"));
        }
    }

    @Test
    void onlyProfessionalStandardsMaySuspendAnAccountAsAnInterimMeasure() {
        AccountId dogs = dogsAccount();
        assertThatThrownBy(() ->
                        SignedIn.as(demo.user("sta.accounts"), () -> accountRegister.suspendAsInterimMeasure(dogs)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(dogs().status()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void anotherForcesAccountCannotBeSuspended() {
        Subject subject = fixtures.person(psd().forceId(), StaffType.POLICE_OFFICER, "Police Constable");
        CaseId id = fixtures.openCase(psd(), subject, ConductFixtures.offDutyFacebookPost(), LocalDate.now());
        AccountId gloucestershireDogs = SignedIn.as(
                demo.user("glo.psd"),
                () -> accounts.all().stream()
                        .filter(a -> a.handle().equals("@GlosPoliceDogs"))
                        .map(AccountSummary::id)
                        .findFirst()
                        .orElseThrow());

        assertThatThrownBy(() -> SignedIn.as(psd(), () -> measures.suspendAccount(id, gloucestershireDogs, "No")))
                .isInstanceOf(org.postwatch.platform.RecordNotFoundException.class);
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
