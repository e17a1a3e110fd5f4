package org.postwatch.training;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.postwatch.accounts.AccountKind;
import org.postwatch.accounts.Channel;
import org.postwatch.audit.AuditAction;
import org.postwatch.audit.AuditTrail;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.Tenancy;
import org.postwatch.training.domain.Accreditations;
import org.postwatch.training.domain.CourseRepository;
import org.postwatch.training.domain.RuleRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which courses must be current to post to each kind of account, on every channel and on each channel. Training
 * administrators change them; a change applies at once to everyone's posting rights.
 */
@Service
@Transactional(readOnly = true)
public class AccreditationRules {

    /** The kinds of account posting rights apply to: an unofficial account takes no posts until it is transferred. */
    public static final Set<AccountKind> KINDS =
            EnumSet.of(AccountKind.CORPORATE, AccountKind.TEAM, AccountKind.INDIVIDUAL);

    private final RuleRepository rules;
    private final CourseRepository courses;
    private final Accreditations accreditations;
    private final AuditTrail audit;

    AccreditationRules(
            RuleRepository rules, CourseRepository courses, Accreditations accreditations, AuditTrail audit) {
        this.rules = rules;
        this.courses = courses;
        this.accreditations = accreditations;
        this.audit = audit;
    }

    /** One rule per kind of account and scope (every channel first, then each channel), including empty ones. */
    public List<AccreditationRule> all() {
        ForceId force = Tenancy.requireForce();
        Map<CourseId, Course> catalogue =
                courses.all(force).stream().collect(Collectors.toMap(Course::id, Function.identity()));
        List<RuleRepository.Row> rows = rules.all(force);
        List<AccreditationRule> result = new ArrayList<>();
        for (AccountKind kind : KINDS) {
            List<Channel> scopes = new ArrayList<>();
            scopes.add(null);
            scopes.addAll(List.of(Channel.values()));
            for (Channel channel : scopes) {
                List<Course> required = rows.stream()
                        .filter(r -> r.kind() == kind && java.util.Objects.equals(r.channel(), channel))
                        .map(r -> catalogue.get(r.course()))
                        .filter(c -> c != null)
                        .sorted(Comparator.comparing(Course::title))
                        .toList();
                result.add(new AccreditationRule(kind, channel, required));
            }
        }
        return result;
    }

    public AccreditationRule rule(AccountKind kind, Channel channel) {
        return all().stream()
                .filter(r -> r.kind() == kind && java.util.Objects.equals(r.channel(), channel))
                .findFirst()
                .orElseThrow(() -> new BusinessRuleException(kind.label() + " accounts have no accreditation rules"));
    }

    /** Everything required for a kind of account on a channel: its channel's courses and the every-channel ones. */
    public List<Course> requiredFor(AccountKind kind, Channel channel) {
        return accreditations.required(Tenancy.requireForce(), kind, channel);
    }

    /** Replaces the courses one rule requires. Leaving none removes the rule. */
    @Transactional
    @PreAuthorize("hasRole('TRAINING_ADMIN')")
    public void change(AccountKind kind, Channel channel, Set<CourseId> required, String reason) {
        ForceId force = Tenancy.requireForce();
        if (!KINDS.contains(kind)) {
            throw new BusinessRuleException(kind.label() + " accounts cannot be posted to, so they have no rules");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("Give a reason for changing the rule");
        }
        Set<CourseId> known = courses.all(force).stream().map(Course::id).collect(Collectors.toSet());
        Set<CourseId> chosen = new LinkedHashSet<>(required);
        if (!known.containsAll(chosen)) {
            throw new BusinessRuleException("Choose courses from the catalogue");
        }
        AccreditationRule before = rule(kind, channel);
        rules.replace(force, kind, channel, chosen);
        audit.record(
                Actions.CHANGED,
                "accreditation-rule",
                kind + "/" + (channel == null ? "ALL" : channel.name()),
                reason.trim(),
                Map.of(
                        "before",
                                before.courses().stream()
                                        .map(Course::code)
                                        .sorted()
                                        .toList()
                                        .toString(),
                        "after",
                                chosen.stream()
                                        .map(id -> courses.find(force, id)
                                                .orElseThrow()
                                                .code())
                                        .sorted()
                                        .toList()
                                        .toString()));
    }

    enum Actions implements AuditAction {
        CHANGED("accreditation-rule.changed");

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
