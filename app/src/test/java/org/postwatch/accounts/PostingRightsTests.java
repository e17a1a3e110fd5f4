package org.postwatch.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.postwatch.support.AccountsAndTraining.today;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.postwatch.identity.StaffAdministration;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.LondonTime;
import org.postwatch.platform.PostwatchUser;
import org.postwatch.platform.RecordNotFoundException;
import org.postwatch.platform.StaffId;
import org.postwatch.support.AccountsAndTraining;
import org.postwatch.support.DemoUsers;
import org.postwatch.support.PostwatchIntegrationTest;
import org.postwatch.support.SignedIn;
import org.postwatch.training.AccreditationRules;
import org.postwatch.training.Course;
import org.postwatch.training.CourseId;
import org.postwatch.training.Courses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@PostwatchIntegrationTest
class PostingRightsTests {

    @Autowired
    PostingRights rights;

    @Autowired
    AccountRegister register;

    @Autowired
    AccountAlerts alerts;

    @Autowired
    StaffAdministration staff;

    @Autowired
    AccreditationRules rules;

    @Autowired
    Courses courses;

    @Autowired
    AccountsAndTraining given;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    PostwatchUser manager() {
        return demo.user("glo.accounts");
    }

    /** A contributor on a new Sandbox team account, accredited with every course completed on the date. */
    record Situation(StaffId officer, AccountId account) {}

    Situation accreditedContributor(java.time.LocalDate completedOn) {
        StaffId officer = given.newOfficer("glo.admin", "Alex");
        AccountId account = given.newTeamAccount("glo.accounts", Channel.SANDBOX);
        given.grant("glo.accounts", account, officer, ContributorLevel.POST_WITH_CHECKS);
        given.accreditForTeam("glo.training", officer, Channel.SANDBOX, completedOn);
        return new Situation(officer, account);
    }

    PostingPermission check(Situation s) {
        return SignedIn.as(manager(), () -> rights.check(s.officer(), s.account()));
    }

    @Test
    void anAccreditedContributorMayPostAndSeesTheAccountAmongTheirs() {
        Situation s = accreditedContributor(today().minusMonths(1));

        PostingPermission permission = check(s);

        assertThat(permission.allowed()).isTrue();
        assertThat(permission.level()).isEqualTo(ContributorLevel.POST_WITH_CHECKS);
        assertThat(permission.reasons()).isEmpty();
        assertThat(SignedIn.as(manager(), () -> rights.accountsFor(s.officer())))
                .extracting(p -> p.account().id())
                .containsExactly(s.account());
    }

    @Test
    void someoneWhoIsNotAContributorMayNotPost() {
        StaffId officer = given.newOfficer("glo.admin", "Bea");
        AccountId account = given.newTeamAccount("glo.accounts", Channel.SANDBOX);
        given.accreditForTeam("glo.training", officer, Channel.SANDBOX, today());

        PostingPermission permission = SignedIn.as(manager(), () -> rights.check(officer, account));

        assertThat(permission.allowed()).isFalse();
        assertThat(permission.level()).isNull();
        assertThat(permission.reasons()).containsExactly("You are not a contributor on " + handle(account));
    }

    @Test
    void aContributorWithoutTrainingIsToldEveryCourseTheyNeed() {
        StaffId officer = given.newOfficer("glo.admin", "Cal");
        AccountId account = given.newTeamAccount("glo.accounts", Channel.SANDBOX);
        given.grant("glo.accounts", account, officer, ContributorLevel.POST_WITH_REVIEW);

        PostingPermission permission = SignedIn.as(manager(), () -> rights.check(officer, account));

        assertThat(permission.allowed()).isFalse();
        assertThat(permission.level()).isEqualTo(ContributorLevel.POST_WITH_REVIEW);
        assertThat(permission.reasons())
                .containsExactlyInAnyOrder(
                        "You have not completed the social media foundations course",
                        "You have not completed the data protection course",
                        "You have not completed the operational security awareness course",
                        "You have not completed the posting on the Sandbox channel course");
        assertThat(SignedIn.as(manager(), () -> rights.accountsFor(officer))).isEmpty();
    }

    @Test
    void accreditationLapsesOnTheDayARequiredCourseExpires() {
        // Operational security awareness stays current for 12 months: completed a year ago today, it expires today.
        Situation lapsed = accreditedContributor(today().minusMonths(12));
        Situation lastDay = accreditedContributor(today().minusMonths(12).plusDays(1));

        assertThat(check(lastDay).allowed()).isTrue();
        PostingPermission permission = check(lapsed);
        assertThat(permission.allowed()).isFalse();
        assertThat(permission.reasons())
                .containsExactlyInAnyOrder(
                        "Your data protection course expired on " + new LondonTime().date(today()),
                        "Your operational security awareness course expired on " + new LondonTime().date(today()));
    }

    @Test
    void renewingAnExpiredCourseRestoresPostingRights() {
        Situation s = accreditedContributor(today().minusMonths(13));
        assertThat(check(s).allowed()).isFalse();

        given.completed("glo.training", s.officer(), "DPA", today());
        given.completed("glo.training", s.officer(), "OPSEC", today());

        assertThat(check(s).allowed()).isTrue();
    }

    @Test
    void aSuspendedAccountTakesNoPostsUntilReinstated() {
        Situation s = accreditedContributor(today());

        SignedIn.as(manager(), () -> register.suspend(s.account(), "Investigation into a post"));
        assertThat(check(s).reasons()).containsExactly("This account is suspended");

        SignedIn.as(manager(), () -> register.reinstate(s.account(), "Investigation closed"));
        assertThat(check(s).allowed()).isTrue();
    }

    @Test
    void aClosedAccountTakesNoPostsAndItsContributorsAreRemoved() {
        Situation s = accreditedContributor(today());

        SignedIn.as(manager(), () -> register.close(s.account(), "Merged into the force account"));

        assertThat(check(s).reasons())
                .containsExactly("This account is closed", "You are not a contributor on " + handle(s.account()));
    }

    @Test
    void aPersonSuspendedFromPostingCannotPostAnywhereUntilTheSuspensionIsLifted() {
        Situation s = accreditedContributor(today());
        PostwatchUser psd = demo.user("glo.psd");

        SignedIn.as(
                psd, () -> rights.suspendPosting(s.officer(), "Interim measure during investigation", "PSD/2026/31"));

        assertThat(check(s).reasons())
                .containsExactly("Your posting rights are suspended: Interim measure during investigation");
        assertThat(SignedIn.as(manager(), () -> rights.accountsFor(s.officer())))
                .isEmpty();
        assertThatThrownBy(() -> SignedIn.as(psd, () -> rights.suspendPosting(s.officer(), "Again", null)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageEndingWith("posting rights are already suspended");
        assertThat(auditActions(s.officer())).contains("posting.suspended");

        SignedIn.as(psd, () -> rights.liftPostingSuspension(s.officer(), "No case to answer"));

        assertThat(check(s).allowed()).isTrue();
        assertThat(auditActions(s.officer())).contains("posting.suspension-lifted");
    }

    @Test
    void onlyProfessionalStandardsAndAccountManagersSuspendPosting() {
        Situation s = accreditedContributor(today());

        assertThatThrownBy(() -> SignedIn.as(
                        demo.user("glo.reviewer"), () -> rights.suspendPosting(s.officer(), "Because", null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void leavingTheForceEndsContributionsAndPostingRights() {
        Situation s = accreditedContributor(today());

        SignedIn.as(demo.user("glo.admin"), () -> staff.leave(s.officer(), today(), "Retired"));

        PostingPermission permission = check(s);
        assertThat(permission.allowed()).isFalse();
        assertThat(permission.reasons()).contains("You have left the force");
        assertThat(SignedIn.as(manager(), () -> rights.contributorsOf(s.account())))
                .isEmpty();
        assertThat(SignedIn.as(manager(), () -> alerts.current())).anySatisfy(alert -> {
            assertThat(alert.account().id()).isEqualTo(s.account());
            assertThat(alert.kind()).isEqualTo(AccountAlerts.Kind.CONTRIBUTOR_LEFT);
            assertThat(alert.text()).contains("left the force");
        });
    }

    @Test
    void aReplyOnlyContributorIsAllowedButMayNotPublishNewPosts() {
        Situation s = accreditedContributor(today());
        SignedIn.as(
                manager(),
                () -> register.changeContributorLevel(
                        s.account(), s.officer(), ContributorLevel.REPLY_ONLY, "Replies only while mentored"));

        PostingPermission permission = check(s);

        assertThat(permission.allowed()).isTrue();
        assertThat(permission.level()).isEqualTo(ContributorLevel.REPLY_ONLY);
        assertThat(permission.mayPost()).isFalse();
    }

    @Test
    void aChangedAccreditationRuleAppliesAtOnce() {
        Situation s = accreditedContributor(today());
        PostwatchUser trainer = demo.user("glo.training");
        Course mediaLaw = given.course(trainer, "MLC");
        Course sandbox = given.course(trainer, "CH-SANDBOX");
        try {
            SignedIn.as(
                    trainer,
                    () -> rules.change(
                            AccountKind.TEAM,
                            Channel.SANDBOX,
                            Set.of(sandbox.id(), mediaLaw.id()),
                            "Sandbox posts are practice for corporate work"));

            assertThat(check(s).reasons()).containsExactly("You have not completed the media law and contempt course");
        } finally {
            SignedIn.as(
                    trainer,
                    () -> rules.change(
                            AccountKind.TEAM, Channel.SANDBOX, Set.<CourseId>of(sandbox.id()), "Back to the default"));
        }
        assertThat(check(s).allowed()).isTrue();
    }

    @Test
    void anAccountOfAnotherForceIsNotFound() {
        AccountId staffordshire = given.newTeamAccount("sta.accounts", Channel.SANDBOX);
        StaffId officer = given.newOfficer("glo.admin", "Dee");

        assertThatThrownBy(() -> SignedIn.as(manager(), () -> rights.check(officer, staffordshire)))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void theDemoReviewerSeesWhyTheyCannotPostToTheCorporateAccount() {
        PostwatchUser reviewer = demo.user("glo.reviewer");

        var contributions = SignedIn.as(reviewer, () -> rights.contributionsOf(reviewer.staffId()));

        assertThat(contributions).singleElement().satisfies(c -> {
            assertThat(c.account().handle()).isEqualTo("@GlosPolice");
            assertThat(c.permission().allowed()).isFalse();
            assertThat(c.permission().reasons())
                    .singleElement()
                    .asString()
                    .startsWith("Your operational security awareness course expired on");
        });
    }

    String handle(AccountId account) {
        return org.postwatch.platform.Tenancy.asSystem(
                () -> jdbc.sql("select handle from accounts.account where id = ?")
                        .param(account.value())
                        .query(String.class)
                        .single());
    }

    java.util.List<String> auditActions(StaffId staffId) {
        return org.postwatch.platform.Tenancy.asSystem(
                () -> jdbc.sql("select action from audit.entry where record_type = 'staff' and record_id = ?")
                        .param(staffId.toString())
                        .query(String.class)
                        .list());
    }
}
