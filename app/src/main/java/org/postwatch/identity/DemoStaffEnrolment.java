package org.postwatch.identity;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.postwatch.audit.Actor;
import org.postwatch.audit.AuditAction;
import org.postwatch.audit.AuditTrail;
import org.postwatch.identity.domain.Staff;
import org.postwatch.identity.domain.StaffRepository;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.StaffId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds invented people, without roles or sign-in, to a demo force so other modules' demo data has realistic subjects
 * (for example the people in historic conduct cases). Works only in demo mode.
 */
@Service
public class DemoStaffEnrolment {

    private final StaffRepository staff;
    private final AuditTrail audit;
    private final boolean enabled;

    DemoStaffEnrolment(
            StaffRepository staff, AuditTrail audit, @Value("${postwatch.demo.enabled:false}") boolean enabled) {
        this.staff = staff;
        this.audit = audit;
        this.enabled = enabled;
    }

    /** Enrols a person in the force in scope; with {@code leftOn}, records them as having left on that day. */
    @Transactional
    public StaffId enrol(ForceId force, StaffDetails details, LocalDate leftOn) {
        if (!enabled) {
            throw new IllegalStateException("Demo people can only be added in demo mode");
        }
        Staff member = Staff.join(force, details, Set.of());
        if (leftOn != null) {
            member.leave(leftOn);
        }
        staff.save(member);
        audit.recordFor(
                force,
                Actor.system(),
                AuditAction.of("staff.created"),
                "staff",
                member.id(),
                "Demo data",
                Map.of("name", details.fullName()));
        return member.id();
    }
}
