package org.postwatch.training;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.postwatch.audit.AuditAction;
import org.postwatch.audit.AuditTrail;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.RecordNotFoundException;
import org.postwatch.platform.Tenancy;
import org.postwatch.training.domain.CourseRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current force's course catalogue; training administrators add and change courses. */
@Service
@Transactional(readOnly = true)
public class Courses {

    private final CourseRepository courses;
    private final AuditTrail audit;

    Courses(CourseRepository courses, AuditTrail audit) {
        this.courses = courses;
        this.audit = audit;
    }

    public List<Course> all() {
        return courses.all(Tenancy.requireForce());
    }

    public Optional<Course> find(CourseId id) {
        return courses.find(Tenancy.requireForce(), id);
    }

    public Course get(CourseId id) {
        return find(id).orElseThrow(() -> new RecordNotFoundException("Course", id));
    }

    @Transactional
    @PreAuthorize("hasRole('TRAINING_ADMIN')")
    public CourseId add(String code, String title, String description, int validityMonths) {
        ForceId force = Tenancy.requireForce();
        Course course = validated(new CourseId(UUID.randomUUID()), code, title, description, validityMonths);
        if (courses.codeTaken(force, course.code(), null)) {
            throw new BusinessRuleException("Another course already has the code " + course.code());
        }
        courses.insert(force, course);
        audit.record(
                Actions.ADDED,
                "course",
                course.id(),
                null,
                Map.of("code", course.code(), "title", course.title(), "validityMonths", "" + validityMonths));
        return course.id();
    }

    /** Changes a course. A new validity applies to completions recorded from now on, not to those already held. */
    @Transactional
    @PreAuthorize("hasRole('TRAINING_ADMIN')")
    public void change(CourseId id, String code, String title, String description, int validityMonths) {
        ForceId force = Tenancy.requireForce();
        Course before = get(id);
        Course course = validated(id, code, title, description, validityMonths);
        if (courses.codeTaken(force, course.code(), id)) {
            throw new BusinessRuleException("Another course already has the code " + course.code());
        }
        courses.update(force, course);
        audit.record(
                Actions.CHANGED,
                "course",
                id,
                null,
                Map.of(
                        "code", course.code(),
                        "title", course.title(),
                        "validityMonths", before.validityMonths() + " -> " + validityMonths));
    }

    private static Course validated(CourseId id, String code, String title, String description, int months) {
        String c = code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT);
        String t = title == null ? "" : title.trim();
        if (!c.matches("[A-Z0-9][A-Z0-9\\-_]{0,29}")) {
            throw new BusinessRuleException(
                    "Enter a course code of up to 30 letters, numbers and dashes, as the learning system exports it");
        }
        if (t.isEmpty() || t.length() > 200) {
            throw new BusinessRuleException("Enter the course title (up to 200 characters)");
        }
        if (months < 1 || months > 120) {
            throw new BusinessRuleException("A course stays current for between 1 and 120 months");
        }
        return new Course(id, c, t, description == null ? "" : description.trim(), months);
    }

    enum Actions implements AuditAction {
        ADDED("course.added"),
        CHANGED("course.changed");

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
