package org.postwatch.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.postwatch.accounts.AccountKind;
import org.postwatch.accounts.Channel;
import org.postwatch.identity.StaffDirectory;
import org.postwatch.identity.StaffMember;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.StaffId;
import org.postwatch.platform.Tenancy;
import org.postwatch.training.domain.CompletionRepository;
import org.postwatch.training.domain.CompletionRepository.Latest;
import org.postwatch.training.domain.RuleRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How far training reaches across the current force's active staff today, for insights: who holds a current course,
 * who is accredited for at least one kind of account, and until when. Counts are made by the caller; no course detail.
 */
@Service
@Transactional(readOnly = true)
public class TrainingCoverage {

    /**
     * One active person's standing.
     *
     * @param trained holds at least one current course completion
     * @param accredited every course required for at least one kind of account on one channel is current
     * @param accreditedUntil the first day on which none of their accreditations is current; null when not accredited
     */
    public record Standing(
            StaffId staff, String unit, boolean trained, boolean accredited, LocalDate accreditedUntil) {}

    private final StaffDirectory directory;
    private final RuleRepository rules;
    private final CompletionRepository completions;

    TrainingCoverage(StaffDirectory directory, RuleRepository rules, CompletionRepository completions) {
        this.directory = directory;
        this.rules = rules;
        this.completions = completions;
    }

    public List<Standing> standings(LocalDate today) {
        ForceId force = Tenancy.requireForce();
        List<StaffMember> staff =
                directory.all().stream().filter(StaffMember::isActive).toList();
        List<RuleRepository.Row> rows = rules.all(force);
        List<Set<CourseId>> requirements = new ArrayList<>();
        for (AccountKind kind : AccountKind.values()) {
            for (Channel channel : Channel.values()) {
                Set<CourseId> required = new HashSet<>();
                rows.stream()
                        .filter(r -> r.kind() == kind && (r.channel() == null || r.channel() == channel))
                        .forEach(r -> required.add(r.course()));
                if (!required.isEmpty() && !requirements.contains(required)) {
                    requirements.add(required);
                }
            }
        }
        Map<StaffId, Map<CourseId, Latest>> latest =
                completions.latest(force, staff.stream().map(StaffMember::id).toList(), today);
        List<Standing> standings = new ArrayList<>();
        for (StaffMember person : staff) {
            Map<CourseId, Latest> held = latest.getOrDefault(person.id(), Map.of());
            boolean trained = held.values().stream().anyMatch(l -> today.isBefore(l.expiresOn()));
            LocalDate until = null;
            for (Set<CourseId> required : requirements) {
                LocalDate lapses = null;
                boolean current = true;
                for (CourseId course : required) {
                    Latest l = held.get(course);
                    if (l == null || !today.isBefore(l.expiresOn())) {
                        current = false;
                        break;
                    }
                    lapses = lapses == null || l.expiresOn().isBefore(lapses) ? l.expiresOn() : lapses;
                }
                if (current && (until == null || lapses.isAfter(until))) {
                    until = lapses;
                }
            }
            standings.add(new Standing(person.id(), person.unit(), trained, until != null, until));
        }
        return standings;
    }
}
