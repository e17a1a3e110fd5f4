package org.postwatch.training;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.postwatch.audit.Actor;
import org.postwatch.identity.DemoStaffSeeded;
import org.postwatch.identity.StaffDirectory;
import org.postwatch.identity.StaffMember;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.LondonTime;
import org.postwatch.platform.Role;
import org.postwatch.platform.Tenancy;
import org.postwatch.training.domain.CompletionRepository;
import org.postwatch.training.domain.CompletionRepository.NewCompletion;
import org.postwatch.training.domain.CourseRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo training records: the dog handler and the neighbourhood officer are accredited for their accounts (the
 * handler's data protection course expires within the month, so they see a notice); the account manager is
 * accredited for the corporate account; the reviewer's operational security course expired last month, so they
 * cannot post to the corporate account and the page says why.
 */
@Component
class DemoTraining {

    private final StaffDirectory directory;
    private final CourseRepository courses;
    private final CompletionRepository completions;
    private final ExpiryNotices notices;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoTraining(
            StaffDirectory directory,
            CourseRepository courses,
            CompletionRepository completions,
            ExpiryNotices notices,
            TransactionTemplate transactions,
            Clock clock) {
        this.directory = directory;
        this.courses = courses;
        this.completions = completions;
        this.notices = notices;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener
    void seed(DemoStaffSeeded event) {
        LocalDate today = LocalDate.now(clock.withZone(LondonTime.ZONE));
        for (ForceId force : event.forces()) {
            Tenancy.asForce(force, () -> transactions.executeWithoutResult(s -> seed(force, today)));
            notices.issue(force, today);
        }
    }

    private void seed(ForceId force, LocalDate today) {
        Map<String, Course> byCode =
                courses.all(force).stream().collect(Collectors.toMap(Course::code, Function.identity()));
        List<StaffMember> staff = directory.all();
        List<NewCompletion> records = new ArrayList<>();

        StaffMember manager = person(staff, Role.ACCOUNT_MANAGER, null);
        add(records, byCode, manager, today, "SMF", Period.ofMonths(8));
        add(records, byCode, manager, today, "DPA", Period.ofMonths(4));
        add(records, byCode, manager, today, "MLC", Period.ofMonths(8));
        add(records, byCode, manager, today, "OPSEC", Period.ofMonths(4));
        add(records, byCode, manager, today, "CH-X", Period.ofMonths(8));
        add(records, byCode, manager, today, "CH-SANDBOX", Period.ofMonths(8));
        add(records, byCode, manager, today, "CH-FACEBOOK", Period.ofMonths(8));

        StaffMember handler = person(staff, Role.CONTRIBUTOR, "Dog Unit");
        add(records, byCode, handler, today, "SMF", Period.ofMonths(8));
        // Expires in 20 days: the handler is still accredited, and is told to renew it.
        add(records, byCode, handler, today, "DPA", Period.ofMonths(12).minusDays(20));
        add(records, byCode, handler, today, "OPSEC", Period.ofMonths(6));
        add(records, byCode, handler, today, "CH-SANDBOX", Period.ofMonths(8));
        add(records, byCode, handler, today, "CH-X", Period.ofMonths(8));

        StaffMember neighbourhood = person(staff, Role.CONTRIBUTOR, "Neighbourhood");
        add(records, byCode, neighbourhood, today, "SMF", Period.ofMonths(10));
        add(records, byCode, neighbourhood, today, "DPA", Period.ofMonths(3));
        add(records, byCode, neighbourhood, today, "OPSEC", Period.ofMonths(3));
        add(records, byCode, neighbourhood, today, "CH-SANDBOX", Period.ofMonths(10));
        add(records, byCode, neighbourhood, today, "CH-FACEBOOK", Period.ofMonths(10));

        StaffMember reviewer = staff.stream()
                .filter(m -> m.roles().equals(Set.of(Role.REVIEWER)))
                .findFirst()
                .orElseThrow();
        add(records, byCode, reviewer, today, "SMF", Period.ofMonths(14));
        add(records, byCode, reviewer, today, "DPA", Period.ofMonths(5));
        add(records, byCode, reviewer, today, "MLC", Period.ofMonths(14));
        add(records, byCode, reviewer, today, "CH-X", Period.ofMonths(14));
        // Expired last month: their posting rights on the corporate account have lapsed.
        add(records, byCode, reviewer, today, "OPSEC", Period.ofMonths(12).plusDays(25));
        add(records, byCode, reviewer, today, "OPSEC", Period.ofMonths(24).plusDays(40));

        completions.insert(force, records, clock.instant(), Actor.system().name());
    }

    private static void add(
            List<NewCompletion> records,
            Map<String, Course> byCode,
            StaffMember member,
            LocalDate today,
            String code,
            Period ago) {
        Course course = byCode.get(code);
        if (course == null) {
            return;
        }
        LocalDate completedOn = today.minus(ago);
        records.add(new NewCompletion(
                member.id(), course.id(), completedOn, completedOn.plusMonths(course.validityMonths()), "DEMO", null));
    }

    private static StaffMember person(List<StaffMember> staff, Role role, String unitStart) {
        return staff.stream()
                .filter(m -> m.roles().contains(role))
                .filter(m -> unitStart == null || m.unit().startsWith(unitStart))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Demo person missing: " + role + " " + unitStart));
    }
}
