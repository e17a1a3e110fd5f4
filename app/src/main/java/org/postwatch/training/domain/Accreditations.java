package org.postwatch.training.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.postwatch.accounts.AccountKind;
import org.postwatch.accounts.Accreditation;
import org.postwatch.accounts.AccreditationCheck;
import org.postwatch.accounts.Channel;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.StaffId;
import org.postwatch.platform.Tenancy;
import org.postwatch.training.Course;
import org.postwatch.training.CourseId;
import org.postwatch.training.domain.CompletionRepository.Latest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers posting rights' question: is a person accredited for a kind of account on a channel on a date? Accredited
 * means every required course is current that day, so accreditation lapses by itself the day a course expires.
 */
@Component
@Transactional(readOnly = true)
public class Accreditations implements AccreditationCheck {

    private final RuleRepository rules;
    private final CourseRepository courses;
    private final CompletionRepository completions;

    Accreditations(RuleRepository rules, CourseRepository courses, CompletionRepository completions) {
        this.rules = rules;
        this.courses = courses;
        this.completions = completions;
    }

    @Override
    public Accreditation accreditation(StaffId staff, AccountKind kind, Channel channel, LocalDate on) {
        return accreditations(List.of(staff), kind, channel, on).get(staff);
    }

    @Override
    public Map<StaffId, Accreditation> accreditations(
            Collection<StaffId> staff, AccountKind kind, Channel channel, LocalDate on) {
        ForceId force = Tenancy.requireForce();
        List<Course> required = required(force, kind, channel);
        Map<StaffId, Map<CourseId, Latest>> latest =
                required.isEmpty() ? Map.of() : completions.latest(force, staff, on);
        Map<StaffId, Accreditation> result = new HashMap<>();
        for (StaffId person : staff) {
            result.put(person, evaluate(required, latest.getOrDefault(person, Map.of()), on));
        }
        return result;
    }

    public List<Course> required(ForceId force, AccountKind kind, Channel channel) {
        Map<CourseId, Course> catalogue =
                courses.all(force).stream().collect(Collectors.toMap(Course::id, Function.identity()));
        return rules.required(force, kind, channel).stream()
                .map(catalogue::get)
                .filter(c -> c != null)
                .sorted(Comparator.comparing(Course::title))
                .toList();
    }

    /** The rule itself: every required course current on the date; no rule means nobody is accredited. */
    static Accreditation evaluate(List<Course> required, Map<CourseId, Latest> latest, LocalDate on) {
        if (required.isEmpty()) {
            return Accreditation.noRule();
        }
        List<Accreditation.Gap> gaps = new ArrayList<>();
        LocalDate lapsesOn = null;
        for (Course course : required) {
            Latest completion = latest.get(course.id());
            if (completion == null || completion.completedOn().isAfter(on)) {
                gaps.add(new Accreditation.Gap(course.title(), null));
            } else if (!on.isBefore(completion.expiresOn())) {
                gaps.add(new Accreditation.Gap(course.title(), completion.expiresOn()));
            } else if (lapsesOn == null || completion.expiresOn().isBefore(lapsesOn)) {
                lapsesOn = completion.expiresOn();
            }
        }
        return new Accreditation(true, gaps, gaps.isEmpty() ? lapsesOn : null);
    }
}
