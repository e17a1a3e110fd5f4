package org.postwatch.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.postwatch.audit.Actor;
import org.postwatch.audit.AuditAction;
import org.postwatch.audit.AuditTrail;
import org.postwatch.identity.Force;
import org.postwatch.identity.Forces;
import org.postwatch.identity.StaffDirectory;
import org.postwatch.identity.StaffMember;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.LondonTime;
import org.postwatch.platform.StaffId;
import org.postwatch.platform.Tenancy;
import org.postwatch.training.domain.CompletionRepository;
import org.postwatch.training.domain.CourseRepository;
import org.postwatch.training.domain.NoticeRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells people a course expires within {@value CourseStanding#NOTICE_DAYS} days, so they renew it before their
 * posting rights lapse. A notice is written once per person, course and expiry date, and shown on their home page
 * until the course is renewed or expires.
 */
@Service
public class ExpiryNotices {

    private static final Logger log = LoggerFactory.getLogger(ExpiryNotices.class);

    private final Forces forces;
    private final StaffDirectory directory;
    private final CourseRepository courses;
    private final CompletionRepository completions;
    private final NoticeRepository notices;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ExpiryNotices(
            Forces forces,
            StaffDirectory directory,
            CourseRepository courses,
            CompletionRepository completions,
            NoticeRepository notices,
            AuditTrail audit,
            TransactionTemplate transactions,
            Clock clock) {
        this.forces = forces;
        this.directory = directory;
        this.courses = courses;
        this.completions = completions;
        this.notices = notices;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A person's notices that still matter, soonest first. */
    @Transactional(readOnly = true)
    public List<ExpiryNotice> openFor(StaffId staff) {
        ForceId force = Tenancy.requireForce();
        Map<CourseId, Course> catalogue =
                courses.all(force).stream().collect(Collectors.toMap(Course::id, Function.identity()));
        return notices.open(force, staff, today()).stream()
                .filter(n -> catalogue.containsKey(n.course()))
                .map(n -> new ExpiryNotice(catalogue.get(n.course()), n.expiresOn()))
                .toList();
    }

    /** The daily run: every force in turn, each in its own scope and transaction. */
    public void issueForEveryForce() {
        LocalDate today = today();
        List<Force> all = Tenancy.asSystem(forces::all);
        int total = 0;
        for (Force force : all) {
            total += issue(force.id(), today);
        }
        if (total > 0) {
            log.info("Issued {} training expiry notices", total);
        }
    }

    /** Issues the notices due in one force on a date; returns how many were new. */
    public int issue(ForceId force, LocalDate today) {
        return Tenancy.asForce(
                force,
                () -> transactions.execute(status -> {
                    List<CompletionRepository.Expiring> expiring = completions.expiringBetween(
                            force, today.plusDays(1), today.plusDays(CourseStanding.NOTICE_DAYS));
                    if (expiring.isEmpty()) {
                        return 0;
                    }
                    Set<StaffId> serving = directory.all().stream()
                            .filter(StaffMember::isActive)
                            .map(StaffMember::id)
                            .collect(Collectors.toSet());
                    int added = 0;
                    for (CompletionRepository.Expiring e : expiring) {
                        if (serving.contains(e.staff()) && notices.add(force, e.staff(), e.course(), e.expiresOn())) {
                            added++;
                        }
                    }
                    if (added > 0) {
                        audit.recordFor(
                                force,
                                Actor.system(),
                                Actions.ISSUED,
                                "training-expiry-notices",
                                today,
                                null,
                                Map.of("notices", "" + added));
                    }
                    return added;
                }));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(LondonTime.ZONE));
    }

    enum Actions implements AuditAction {
        ISSUED("training.expiry-notices-issued");

        private final String code;

        Actions(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }
}
