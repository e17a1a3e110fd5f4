package org.postwatch.accounts;

import java.time.Clock;
import java.time.LocalDate;
import org.postwatch.accounts.domain.Account;
import org.postwatch.accounts.domain.AccountStore;
import org.postwatch.audit.Actor;
import org.postwatch.identity.StaffDirectory;
import org.postwatch.identity.StaffMember;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.CurrentUser;
import org.postwatch.platform.LondonTime;
import org.postwatch.platform.StaffId;
import org.postwatch.platform.Tenancy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An account manager's changes to the register: registering accounts, their lifecycle (suspend, reinstate, close,
 * transfer an unofficial account to the force), security reviews and contributors. Each change is kept in the
 * account's history and the audit trail.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ACCOUNT_MANAGER')")
public class AccountRegister {

    private final AccountStore store;
    private final StaffDirectory directory;
    private final Clock clock;

    AccountRegister(AccountStore store, StaffDirectory directory, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.clock = clock;
    }

    public AccountId register(NewAccount request) {
        requireServing(request.details() == null ? null : request.details().assetOwner(), "Information Asset Owner");
        if (request.holder() != null) {
            requireServing(request.holder(), "holder");
        }
        Account account = Account.register(Tenancy.requireForce(), request, actor(), clock.instant(), today());
        store.save(account);
        return account.id();
    }

    public void changeDetails(AccountId id, AccountDetails details) {
        Account account = load(id);
        if (details.assetOwner() != null
                && !details.assetOwner().equals(account.details().assetOwner())) {
            requireServing(details.assetOwner(), "Information Asset Owner");
        }
        account.changeDetails(details, actor(), clock.instant());
        store.save(account);
    }

    public void suspend(AccountId id, String reason) {
        Account account = load(id);
        account.suspend(reason, actor(), clock.instant());
        store.save(account);
    }

    /**
     * Professional standards suspend an account as an interim measure in a conduct case (called by the conduct
     * module, in the same transaction as the measure). The account's history says only that Professional Standards
     * suspended it; the case stays in the conduct module.
     *
     * @return whether the account was suspended now (false: it was already suspended or closed)
     */
    @PreAuthorize("hasRole('PROFESSIONAL_STANDARDS')")
    public boolean suspendAsInterimMeasure(AccountId id) {
        Account account = load(id);
        boolean suspended = account.suspendAsInterimMeasure(actor(), clock.instant());
        store.save(account);
        return suspended;
    }

    /**
     * Professional standards lifted an interim account suspension: reinstates the account if that suspension is
     * still what holds it.
     *
     * @return whether the account was reinstated
     */
    @PreAuthorize("hasRole('PROFESSIONAL_STANDARDS')")
    public boolean liftInterimMeasure(AccountId id) {
        Account account = load(id);
        boolean reinstated = account.liftInterimMeasure(actor(), clock.instant());
        store.save(account);
        return reinstated;
    }

    public void reinstate(AccountId id, String reason) {
        Account account = load(id);
        account.reinstate(reason, actor(), clock.instant());
        store.save(account);
    }

    public void close(AccountId id, String reason) {
        Account account = load(id);
        account.close(reason, actor(), clock.instant());
        store.save(account);
    }

    public void startTransfer(AccountId id, AccountKind becomes, StaffId holder, String reason) {
        Account account = load(id);
        if (holder != null) {
            requireServing(holder, "holder");
        }
        account.startTransfer(becomes, holder, reason, actor(), clock.instant());
        store.save(account);
    }

    public void completeTransfer(AccountId id, ContributorLevel holderLevel, String note) {
        Account account = load(id);
        if (account.holder() != null) {
            requireServing(account.holder(), "holder");
        }
        account.completeTransfer(holderLevel, note, actor(), clock.instant());
        store.save(account);
    }

    public void cancelTransfer(AccountId id, String reason) {
        Account account = load(id);
        account.cancelTransfer(reason, actor(), clock.instant());
        store.save(account);
    }

    public void recordSecurityReview(AccountId id, LocalDate on, String notes) {
        Account account = load(id);
        account.recordSecurityReview(on, notes, actor(), clock.instant(), today());
        store.save(account);
    }

    /** Makes a person a contributor; they may post once accredited for the account (see {@link PostingRights}). */
    public void grantContributor(AccountId id, StaffId staff, ContributorLevel level) {
        Account account = load(id);
        requireServing(staff, "contributor");
        account.grant(staff, level, actor(), clock.instant());
        store.save(account);
    }

    public void changeContributorLevel(AccountId id, StaffId staff, ContributorLevel level, String reason) {
        Account account = load(id);
        account.changeLevel(staff, level, reason, actor(), clock.instant());
        store.save(account);
    }

    public void removeContributor(AccountId id, StaffId staff, String reason) {
        Account account = load(id);
        account.removeContributor(staff, reason, actor(), clock.instant());
        store.save(account);
    }

    private Account load(AccountId id) {
        return store.load(Tenancy.requireForce(), id);
    }

    private void requireServing(StaffId staff, String role) {
        if (staff == null) {
            throw new BusinessRuleException("Name the " + role);
        }
        StaffMember member = directory
                .find(staff)
                .orElseThrow(
                        () -> new BusinessRuleException("The " + role + " must be a member of this force's staff"));
        if (!member.isActive()) {
            throw new BusinessRuleException(member.fullName() + " has left the force and cannot be the " + role);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(LondonTime.ZONE));
    }

    private static Actor actor() {
        return CurrentUser.find().map(Actor::of).orElse(Actor.system());
    }
}
