package org.postwatch.accounts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.postwatch.accounts.domain.Account;
import org.postwatch.accounts.domain.AccountRepository;
import org.postwatch.accounts.domain.Contributor;
import org.postwatch.accounts.domain.PostingDecision;
import org.postwatch.accounts.domain.PostingDecision.Refusal;
import org.postwatch.accounts.domain.PostingSuspensions;
import org.postwatch.audit.Actor;
import org.postwatch.audit.AuditAction;
import org.postwatch.audit.AuditTrail;
import org.postwatch.identity.StaffDirectory;
import org.postwatch.identity.StaffMember;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.CurrentUser;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.LondonTime;
import org.postwatch.platform.RecordNotFoundException;
import org.postwatch.platform.StaffId;
import org.postwatch.platform.Tenancy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may post where, and why not: the one answer every module uses. A person may post to an account only if they
 * are a serving member of staff, not suspended from posting, a contributor on the account and accredited for it, and
 * the account is ACTIVE. Accreditation lapses by date, so the answer is always worked out afresh. Works in the current
 * force ({@link Tenancy}); a person or account from another force is not found.
 */
@Service
@Transactional(readOnly = true)
public class PostingRights {

    private final AccountRepository accounts;
    private final PostingSuspensions suspensions;
    private final StaffDirectory directory;
    private final AccreditationCheck accreditations;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PostingRights(
            AccountRepository accounts,
            PostingSuspensions suspensions,
            StaffDirectory directory,
            AccreditationCheck accreditations,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.suspensions = suspensions;
        this.directory = directory;
        this.accreditations = accreditations;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** May this person post to this account now? If not, every reason, addressed to them. */
    public PostingPermission check(StaffId staff, AccountId accountId) {
        ForceId force = Tenancy.requireForce();
        Account account =
                accounts.find(force, accountId).orElseThrow(() -> new RecordNotFoundException("Account", accountId));
        Contributor contributor = account.currentContributor(staff).orElse(null);
        return permission(force, staff, directory.find(staff).orElse(null), account.summary(), contributor, today());
    }

    /** The accounts this person may post to now, with their level on each. */
    public List<PostableAccount> accountsFor(StaffId staff) {
        return contributionsOf(staff).stream()
                .filter(c -> c.permission().allowed())
                .map(c -> new PostableAccount(c.account(), c.permission().level()))
                .toList();
    }

    /** Every account this person is a contributor on, with whether they may post to it now and why not. */
    public List<Contribution> contributionsOf(StaffId staff) {
        ForceId force = Tenancy.requireForce();
        StaffMember member = directory.find(staff).orElse(null);
        LocalDate today = today();
        List<Contribution> result = new ArrayList<>();
        for (Map.Entry<AccountId, Contributor> entry : accounts.contributionsOf(force, staff)) {
            accounts.find(force, entry.getKey())
                    .ifPresent(account -> result.add(new Contribution(
                            account.summary(),
                            permission(force, staff, member, account.summary(), entry.getValue(), today))));
        }
        result.sort(Comparator.comparing((Contribution c) -> !c.permission().allowed())
                .thenComparing(c -> c.account().handle().toLowerCase(java.util.Locale.ROOT)));
        return result;
    }

    /** The current contributors on an account and whether each may post now, for account managers. */
    public List<ContributorStanding> contributorsOf(AccountId accountId) {
        ForceId force = Tenancy.requireForce();
        Account account =
                accounts.find(force, accountId).orElseThrow(() -> new RecordNotFoundException("Account", accountId));
        Map<StaffId, StaffMember> members = new HashMap<>();
        for (Contributor c : account.currentContributors()) {
            directory.find(c.staff()).ifPresent(m -> members.put(m.id(), m));
        }
        Map<StaffId, PostingSuspension> suspended = suspensions.allCurrent(force).stream()
                .collect(Collectors.toMap(PostingSuspension::staff, s -> s, (a, b) -> a));
        return standings(account.summary(), account.currentContributors(), members, suspended, today());
    }

    /** Standings with the people and suspensions already loaded, so alerts can work through every account at once. */
    List<ContributorStanding> standings(
            AccountSummary account,
            List<Contributor> contributors,
            Map<StaffId, StaffMember> members,
            Map<StaffId, PostingSuspension> suspended,
            LocalDate today) {
        if (contributors.isEmpty()) {
            return List.of();
        }
        Set<StaffId> ids = contributors.stream().map(Contributor::staff).collect(Collectors.toSet());
        Map<StaffId, Accreditation> accredited =
                accreditations.accreditations(ids, account.kind(), account.channel(), today);
        return contributors.stream()
                .map(c -> {
                    StaffMember member = members.get(c.staff());
                    List<Refusal> refusals = PostingDecision.refusals(
                            member,
                            suspended.get(c.staff()),
                            account,
                            c,
                            accredited.getOrDefault(c.staff(), Accreditation.noRule()));
                    return new ContributorStanding(
                            account.id(),
                            c.staff(),
                            member == null ? "Unknown person" : member.fullName(),
                            c.level(),
                            c.grantedAt(),
                            c.grantedBy(),
                            refusals.isEmpty(),
                            refusals.stream().map(Refusal::aboutPerson).toList());
                })
                .sorted(Comparator.comparing(ContributorStanding::name))
                .toList();
    }

    public Optional<PostingSuspension> suspensionOf(StaffId staff) {
        return suspensions.current(Tenancy.requireForce(), staff);
    }

    /**
     * Stops a person posting to any account, for example as an interim measure while professional standards
     * investigate. Their contributor entries stay, so lifting the suspension restores them.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('PROFESSIONAL_STANDARDS', 'ACCOUNT_MANAGER')")
    public void suspendPosting(StaffId staff, String reason, String caseReference) {
        ForceId force = Tenancy.requireForce();
        StaffMember member = directory.find(staff).orElseThrow(() -> new RecordNotFoundException("Staff", staff));
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("Give a reason for suspending " + member.fullName() + "'s posting rights");
        }
        if (suspensions.current(force, staff).isPresent()) {
            throw new BusinessRuleException(member.fullName() + "'s posting rights are already suspended");
        }
        String reference = caseReference == null || caseReference.isBlank() ? null : caseReference.trim();
        Actor actor = actor();
        var now = clock.instant();
        suspensions.suspend(force, staff, reason.trim(), reference, now, actor.name());
        audit.recordFor(
                force,
                actor,
                Actions.SUSPENDED,
                "staff",
                staff,
                reason.trim(),
                reference == null
                        ? Map.of("name", member.fullName())
                        : Map.of("name", member.fullName(), "caseReference", reference));
        events.publishEvent(new PostingSuspended(staff, force, reason.trim(), reference, now));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('PROFESSIONAL_STANDARDS', 'ACCOUNT_MANAGER')")
    public void liftPostingSuspension(StaffId staff, String reason) {
        ForceId force = Tenancy.requireForce();
        StaffMember member = directory.find(staff).orElseThrow(() -> new RecordNotFoundException("Staff", staff));
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("Give a reason for lifting the suspension");
        }
        Actor actor = actor();
        var now = clock.instant();
        if (!suspensions.lift(force, staff, reason.trim(), now, actor.name())) {
            throw new BusinessRuleException(member.fullName() + "'s posting rights are not suspended");
        }
        audit.recordFor(force, actor, Actions.LIFTED, "staff", staff, reason.trim(), Map.of("name", member.fullName()));
        events.publishEvent(new PostingSuspensionLifted(staff, force, reason.trim(), now));
    }

    private PostingPermission permission(
            ForceId force,
            StaffId staff,
            StaffMember member,
            AccountSummary account,
            Contributor contributor,
            LocalDate today) {
        Accreditation accreditation = contributor == null
                ? null
                : accreditations.accreditation(staff, account.kind(), account.channel(), today);
        List<Refusal> refusals = PostingDecision.refusals(
                member, suspensions.current(force, staff).orElse(null), account, contributor, accreditation);
        return new PostingPermission(
                refusals.isEmpty(),
                contributor == null ? null : contributor.level(),
                refusals.stream().map(Refusal::toPerson).toList());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(LondonTime.ZONE));
    }

    private static Actor actor() {
        return CurrentUser.find().map(Actor::of).orElse(Actor.system());
    }

    enum Actions implements AuditAction {
        SUSPENDED("posting.suspended"),
        LIFTED("posting.suspension-lifted");

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
