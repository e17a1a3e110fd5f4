package org.postwatch.conduct;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.postwatch.conduct.domain.AccountKind;
import org.postwatch.conduct.domain.AllegationCategory;
import org.postwatch.conduct.domain.CaseId;
import org.postwatch.conduct.domain.CaseRegister;
import org.postwatch.conduct.domain.Duty;
import org.postwatch.conduct.domain.Origin;
import org.postwatch.conduct.domain.Particulars;
import org.postwatch.conduct.domain.Platform;
import org.postwatch.conduct.domain.ProfessionalStandard;
import org.postwatch.conduct.domain.Subject;
import org.postwatch.identity.DemoStaffEnrolment;
import org.postwatch.identity.StaffDetails;
import org.postwatch.identity.StaffType;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.PostwatchUser;
import org.postwatch.platform.Role;
import org.postwatch.platform.StaffId;
import org.postwatch.platform.Tenancy;
import org.postwatch.support.SignedIn;
import org.springframework.stereotype.Component;

/** Situations for conduct tests: people to investigate and cases about them. */
@Component
public class ConductFixtures {

    private static final AtomicInteger PEOPLE = new AtomicInteger();

    private final DemoStaffEnrolment enrolment;
    private final CaseRegister register;

    ConductFixtures(DemoStaffEnrolment enrolment, CaseRegister register) {
        this.enrolment = enrolment;
        this.register = register;
    }

    /** A professional standards investigator who exists only for the test, in any force. */
    public static PostwatchUser investigatorIn(ForceId force, String code) {
        return new PostwatchUser(
                StaffId.random(),
                force,
                code,
                code + " force",
                "Test Investigator",
                code.toLowerCase() + ".test-psd",
                Set.of(Role.PROFESSIONAL_STANDARDS));
    }

    /** A new member of staff in a force, with a unique collar number and e-mail. */
    public Subject person(ForceId force, StaffType type, String rank) {
        int n = PEOPLE.incrementAndGet();
        String collar = type == StaffType.POLICE_STAFF ? null : Integer.toString(90000 + n);
        StaffId id = Tenancy.asForce(
                force,
                () -> enrolment.enrol(
                        force,
                        new StaffDetails(
                                "Test" + n,
                                "Person",
                                type,
                                rank,
                                collar,
                                "Response",
                                "test.person" + n + "@conduct-tests.police.uk"),
                        null));
        return new Subject(id, type, rank);
    }

    public static Particulars offDutyFacebookPost() {
        return particulars(Platform.FACEBOOK, AccountKind.PERSONAL, Duty.OFF_DUTY, AllegationCategory.DISREPUTE);
    }

    public static Particulars particulars(Platform platform, AccountKind kind, Duty duty, AllegationCategory category) {
        return new Particulars(
                Origin.PUBLIC_COMPLAINT,
                platform,
                kind,
                duty,
                EnumSet.of(category),
                EnumSet.of(ProfessionalStandard.DISCREDITABLE_CONDUCT),
                true,
                "Test case");
    }

    /** An open case about a person, opened by an investigator. */
    public CaseId openCase(PostwatchUser investigator, Subject subject, Particulars particulars, LocalDate reportedOn) {
        return SignedIn.as(investigator, () -> register.open(subject, particulars, reportedOn));
    }
}
