package org.postwatch.support;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.postwatch.accounts.AccountDetails;
import org.postwatch.accounts.AccountId;
import org.postwatch.accounts.AccountKind;
import org.postwatch.accounts.AccountRegister;
import org.postwatch.accounts.Channel;
import org.postwatch.accounts.ContributorLevel;
import org.postwatch.accounts.NewAccount;
import org.postwatch.accounts.StrategyObjective;
import org.postwatch.identity.StaffAdministration;
import org.postwatch.identity.StaffDetails;
import org.postwatch.identity.StaffType;
import org.postwatch.platform.LondonTime;
import org.postwatch.platform.PostwatchUser;
import org.postwatch.platform.Role;
import org.postwatch.platform.StaffId;
import org.postwatch.training.Course;
import org.postwatch.training.Courses;
import org.postwatch.training.TrainingRecords;
import org.springframework.stereotype.Component;

/**
 * Situations for accounts and training tests, each made fresh so tests sharing the demo database stay independent:
 * a new officer, a new team account, a contributor accredited for it.
 */
@Component
public class AccountsAndTraining {

    /** The courses a team account on a channel needs by default, besides that channel's own course. */
    public static final List<String> TEAM_COURSES = List.of("SMF", "DPA", "OPSEC");

    private final DemoUsers demo;
    private final StaffAdministration staff;
    private final AccountRegister register;
    private final TrainingRecords records;
    private final Courses courses;

    AccountsAndTraining(
            DemoUsers demo,
            StaffAdministration staff,
            AccountRegister register,
            TrainingRecords records,
            Courses courses) {
        this.demo = demo;
        this.staff = staff;
        this.register = register;
        this.records = records;
        this.courses = courses;
    }

    public static LocalDate today() {
        return LocalDate.now(LondonTime.ZONE);
    }

    /** A new serving officer in the force of the given force administrator, for example "glo.admin". */
    public StaffId newOfficer(String adminUsername, String givenName) {
        PostwatchUser admin = demo.user(adminUsername);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        return SignedIn.as(
                admin,
                () -> staff.add(
                        new StaffDetails(
                                givenName,
                                "Test" + unique,
                                StaffType.POLICE_OFFICER,
                                "Police Constable",
                                null,
                                "Dog Unit",
                                givenName.toLowerCase() + "." + unique + "@"
                                        + admin.forceCode().toLowerCase() + ".example.org"),
                        Set.of(Role.CONTRIBUTOR)));
    }

    /** A new active team account, registered by the given account manager, for example "glo.accounts". */
    public AccountId newTeamAccount(String managerUsername, Channel channel) {
        PostwatchUser manager = demo.user(managerUsername);
        String handle = channel == Channel.FACEBOOK || channel == Channel.NEXTDOOR
                ? "Test Page " + UUID.randomUUID()
                : "@Test" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return SignedIn.as(
                manager,
                () -> register.register(new NewAccount(
                        channel,
                        handle,
                        AccountKind.TEAM,
                        new AccountDetails(
                                "Test team account",
                                "Testing",
                                EnumSet.of(StrategyObjective.ENGAGEMENT),
                                "Dog Unit",
                                manager.staffId(),
                                10,
                                12),
                        null,
                        today())));
    }

    public void grant(String managerUsername, AccountId account, StaffId person, ContributorLevel level) {
        SignedIn.as(demo.user(managerUsername), () -> register.grantContributor(account, person, level));
    }

    /** Takes the person off the account again, so a test that borrowed a demo person leaves the demo as it was. */
    public void removeContributor(String managerUsername, AccountId account, StaffId person) {
        SignedIn.as(
                demo.user(managerUsername),
                () -> register.removeContributor(account, person, "Test finished with this account"));
    }

    /** Records that the person completed a course (by code) on a date, as the force's training administrator. */
    public void completed(String trainerUsername, StaffId person, String code, LocalDate on) {
        PostwatchUser trainer = demo.user(trainerUsername);
        Course course = course(trainer, code);
        SignedIn.as(trainer, () -> records.record(person, course.id(), on));
    }

    /** Makes the person accredited for team accounts on the channel, with every course completed on the date. */
    public void accreditForTeam(String trainerUsername, StaffId person, Channel channel, LocalDate on) {
        for (String code : TEAM_COURSES) {
            completed(trainerUsername, person, code, on);
        }
        completed(trainerUsername, person, "CH-" + channel.name(), on);
    }

    public Course course(PostwatchUser anyone, String code) {
        return SignedIn.as(
                anyone,
                () -> courses.all().stream()
                        .filter(c -> c.code().equals(code))
                        .findFirst()
                        .orElseThrow());
    }
}
