package org.postwatch.accounts.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.postwatch.accounts.AccountDetails;
import org.postwatch.accounts.AccountId;
import org.postwatch.accounts.AccountKind;
import org.postwatch.accounts.AccountRegistered;
import org.postwatch.accounts.AccountStatus;
import org.postwatch.accounts.AccountStatusChanged;
import org.postwatch.accounts.AccountSummary;
import org.postwatch.accounts.AccountTransferred;
import org.postwatch.accounts.Channel;
import org.postwatch.accounts.ContributorGranted;
import org.postwatch.accounts.ContributorLevel;
import org.postwatch.accounts.ContributorLevelChanged;
import org.postwatch.accounts.ContributorRemoved;
import org.postwatch.accounts.NewAccount;
import org.postwatch.audit.Actor;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.StaffId;

/**
 * A social media account in the force's register. It guards its own lifecycle (register, suspend, reinstate, close,
 * transfer an unofficial account to the force) and its contributors, and records every change with its reason, actor
 * and time for the account's history.
 */
public class Account {

    static final int MAX_TEXT = 2000;

    private final AccountId id;
    private final ForceId force;
    private final Channel channel;
    private final String handle;
    private AccountKind kind;
    private AccountDetails details;
    private AccountStatus status;
    private String statusReason;
    private Instant statusChangedAt;
    private AccountKind transferKind;
    private StaffId holder;
    private LocalDate lastSecurityReviewOn;
    private Instant lastPostedAt;
    private final Instant registeredAt;
    private int version;
    private boolean isNew;
    private final List<Contributor> contributors;

    private final List<Change> changes = new ArrayList<>();
    private final List<Object> events = new ArrayList<>();

    Account(
            AccountId id,
            ForceId force,
            Channel channel,
            String handle,
            AccountKind kind,
            AccountDetails details,
            AccountStatus status,
            String statusReason,
            Instant statusChangedAt,
            AccountKind transferKind,
            StaffId holder,
            LocalDate lastSecurityReviewOn,
            Instant lastPostedAt,
            Instant registeredAt,
            int version,
            List<Contributor> contributors) {
        this.id = id;
        this.force = force;
        this.channel = channel;
        this.handle = handle;
        this.kind = kind;
        this.details = details;
        this.status = status;
        this.statusReason = statusReason;
        this.statusChangedAt = statusChangedAt;
        this.transferKind = transferKind;
        this.holder = holder;
        this.lastSecurityReviewOn = lastSecurityReviewOn;
        this.lastPostedAt = lastPostedAt;
        this.registeredAt = registeredAt;
        this.version = version;
        this.isNew = version < 0;
        this.contributors = new ArrayList<>(contributors);
    }

    /** Adds an account to the register. Every account starts ACTIVE: an unofficial one is in use, just not governed. */
    public static Account register(ForceId force, NewAccount request, Actor actor, Instant now, LocalDate today) {
        if (request.channel() == null) {
            throw new BusinessRuleException("Choose the channel the account is on");
        }
        if (request.kind() == null) {
            throw new BusinessRuleException("Choose the kind of account");
        }
        String handle = Handles.normalise(request.channel(), request.handle());
        validate(request.details());
        if (request.holder() != null && request.kind() != AccountKind.UNOFFICIAL) {
            throw new BusinessRuleException(
                    "Only an unofficial account has a holder: add people as contributors instead");
        }
        if (request.lastSecurityReviewOn() != null
                && request.lastSecurityReviewOn().isAfter(today)) {
            throw new BusinessRuleException("The last security review date cannot be in the future");
        }
        Account account = new Account(
                AccountId.random(),
                force,
                request.channel(),
                handle,
                request.kind(),
                request.details(),
                AccountStatus.ACTIVE,
                null,
                now,
                null,
                request.holder(),
                request.lastSecurityReviewOn(),
                null,
                now,
                -1,
                List.of());
        account.changes.add(new Change(
                AccountChange.REGISTERED,
                now,
                actor,
                null,
                AccountStatus.ACTIVE,
                null,
                request.kind().label() + " account " + account.label()));
        account.events.add(new AccountRegistered(account.id, force, request.channel(), handle, request.kind(), now));
        return account;
    }

    public void changeDetails(AccountDetails newDetails, Actor actor, Instant now) {
        requireNotClosed("changed");
        validate(newDetails);
        List<String> what = new ArrayList<>();
        if (!details.displayName().equals(newDetails.displayName())) {
            what.add("display name");
        }
        if (!details.purpose().equals(newDetails.purpose())) {
            what.add("purpose");
        }
        if (!details.objectives().equals(newDetails.objectives())) {
            what.add("strategy objectives");
        }
        if (!details.owningUnit().equals(newDetails.owningUnit())) {
            what.add("owning unit");
        }
        if (!details.assetOwner().equals(newDetails.assetOwner())) {
            what.add("information asset owner");
        }
        if (details.followers() != newDetails.followers()) {
            what.add("followers");
        }
        if (details.securityReviewMonths() != newDetails.securityReviewMonths()) {
            what.add("security review interval");
        }
        if (what.isEmpty()) {
            return;
        }
        this.details = newDetails;
        changes.add(new Change(
                AccountChange.DETAILS_CHANGED, now, actor, null, null, null, "Changed: " + String.join(", ", what)));
    }

    public void suspend(String reason, Actor actor, Instant now) {
        requireReason(reason, "suspending");
        switch (status) {
            case CLOSED -> throw new BusinessRuleException("A closed account cannot be suspended");
            case SUSPENDED -> throw new BusinessRuleException("This account is already suspended");
            case TRANSFER_PENDING ->
                throw new BusinessRuleException(
                        "This account is awaiting transfer: cancel the transfer before suspending it");
            case ACTIVE -> moveTo(AccountStatus.SUSPENDED, AccountChange.SUSPENDED, reason, actor, now, null);
        }
    }

    /**
     * What the account's history says of a suspension imposed by professional standards. The case itself is not
     * named: contributors and account managers see the account's status, not the misconduct case behind it.
     */
    public static final String INTERIM_MEASURE_REASON = "Suspended by Professional Standards as an interim measure";

    /**
     * Professional standards suspend the account as an interim measure in a conduct case. An account that is
     * already suspended, or closed, stays as it is and false is returned, so lifting the measure later will not
     * reinstate an account someone else suspended.
     */
    public boolean suspendAsInterimMeasure(Actor actor, Instant now) {
        return switch (status) {
            case CLOSED, SUSPENDED -> false;
            case TRANSFER_PENDING ->
                throw new BusinessRuleException("The account " + label()
                        + " is awaiting transfer to the force: ask its account manager to cancel the transfer, then"
                        + " suspend it");
            case ACTIVE -> {
                moveTo(AccountStatus.SUSPENDED, AccountChange.SUSPENDED, INTERIM_MEASURE_REASON, actor, now, null);
                yield true;
            }
        };
    }

    /**
     * Professional standards lifted their interim suspension: the account is reinstated only if it is still
     * suspended by an interim measure, not if an account manager has since closed or re-suspended it.
     */
    public boolean liftInterimMeasure(Actor actor, Instant now) {
        if (status != AccountStatus.SUSPENDED || !INTERIM_MEASURE_REASON.equals(statusReason)) {
            return false;
        }
        moveTo(
                AccountStatus.ACTIVE,
                AccountChange.REINSTATED,
                "Professional Standards lifted the interim measure",
                actor,
                now,
                null);
        return true;
    }

    public void reinstate(String reason, Actor actor, Instant now) {
        requireReason(reason, "reinstating");
        switch (status) {
            case CLOSED -> throw new BusinessRuleException("A closed account cannot be reinstated");
            case ACTIVE -> throw new BusinessRuleException("This account is not suspended, so it cannot be reinstated");
            case TRANSFER_PENDING ->
                throw new BusinessRuleException(
                        "This account is awaiting transfer, not suspended: complete or cancel the transfer instead");
            case SUSPENDED -> {
                if (INTERIM_MEASURE_REASON.equals(statusReason)) {
                    throw new BusinessRuleException(
                            "Professional Standards suspended this account as an interim measure:"
                                    + " only they can lift it");
                }
                moveTo(AccountStatus.ACTIVE, AccountChange.REINSTATED, reason, actor, now, null);
            }
        }
    }

    /** Closing ends every contributor's access; the account and its history are kept. */
    public void close(String reason, Actor actor, Instant now) {
        requireReason(reason, "closing");
        if (status == AccountStatus.CLOSED) {
            throw new BusinessRuleException("This account is already closed");
        }
        for (Contributor contributor : currentContributors()) {
            endContributor(contributor, "Account closed", actor, now);
        }
        transferKind = null;
        moveTo(AccountStatus.CLOSED, AccountChange.CLOSED, reason, actor, now, null);
    }

    /** Starts bringing an unofficial account under the force, as a team or individual account with a named holder. */
    public void startTransfer(AccountKind target, StaffId newHolder, String reason, Actor actor, Instant now) {
        requireReason(reason, "starting a transfer");
        if (kind != AccountKind.UNOFFICIAL) {
            throw new BusinessRuleException("Only an unofficial account can be transferred to the force");
        }
        switch (status) {
            case CLOSED -> throw new BusinessRuleException("A closed account cannot be transferred");
            case TRANSFER_PENDING -> throw new BusinessRuleException("A transfer of this account is already under way");
            case SUSPENDED ->
                throw new BusinessRuleException("Reinstate this account before starting its transfer to the force");
            case ACTIVE -> {
                if (target != AccountKind.TEAM && target != AccountKind.INDIVIDUAL) {
                    throw new BusinessRuleException(
                            "An unofficial account becomes a team or an individual account when it is transferred");
                }
                if (newHolder == null) {
                    throw new BusinessRuleException("Name the person who holds the account now");
                }
                this.transferKind = target;
                this.holder = newHolder;
                moveTo(
                        AccountStatus.TRANSFER_PENDING,
                        AccountChange.TRANSFER_STARTED,
                        reason,
                        actor,
                        now,
                        "To become a " + target.label().toLowerCase(java.util.Locale.ROOT) + " account");
            }
        }
    }

    /**
     * Completes a transfer: the account becomes the agreed kind and ACTIVE, and its holder becomes a contributor at the
     * given level (they may post once accredited for it).
     */
    public void completeTransfer(ContributorLevel holderLevel, String reason, Actor actor, Instant now) {
        if (status != AccountStatus.TRANSFER_PENDING) {
            throw new BusinessRuleException("There is no transfer under way for this account");
        }
        if (holderLevel == null) {
            throw new BusinessRuleException("Choose the holder's contributor level");
        }
        AccountKind target = transferKind;
        this.kind = target;
        this.transferKind = null;
        moveTo(
                AccountStatus.ACTIVE,
                AccountChange.TRANSFER_COMPLETED,
                reason == null || reason.isBlank() ? "Transfer to the force completed" : reason.trim(),
                actor,
                now,
                "Now a " + target.label().toLowerCase(java.util.Locale.ROOT) + " account");
        if (currentContributor(holder).isEmpty()) {
            grant(holder, holderLevel, actor, now);
        }
        events.add(new AccountTransferred(id, force, target, holder, now));
    }

    public void cancelTransfer(String reason, Actor actor, Instant now) {
        requireReason(reason, "cancelling a transfer");
        if (status != AccountStatus.TRANSFER_PENDING) {
            throw new BusinessRuleException("There is no transfer under way for this account");
        }
        this.transferKind = null;
        moveTo(AccountStatus.ACTIVE, AccountChange.TRANSFER_CANCELLED, reason, actor, now, null);
    }

    public void recordSecurityReview(LocalDate on, String notes, Actor actor, Instant now, LocalDate today) {
        requireNotClosed("reviewed");
        if (on == null) {
            throw new BusinessRuleException("Enter the date of the security review");
        }
        if (on.isAfter(today)) {
            throw new BusinessRuleException("The security review date cannot be in the future");
        }
        if (lastSecurityReviewOn != null && on.isBefore(lastSecurityReviewOn)) {
            throw new BusinessRuleException("A later security review is already recorded");
        }
        requireReason(notes, "recording a security review (what was checked)");
        this.lastSecurityReviewOn = on;
        changes.add(
                new Change(AccountChange.SECURITY_REVIEWED, now, actor, null, null, notes.trim(), "Reviewed on " + on));
    }

    public void grant(StaffId staff, ContributorLevel level, Actor actor, Instant now) {
        if (level == null) {
            throw new BusinessRuleException("Choose a contributor level");
        }
        switch (status) {
            case CLOSED -> throw new BusinessRuleException("A closed account cannot have contributors");
            case TRANSFER_PENDING ->
                throw new BusinessRuleException("Add contributors once the transfer to the force is complete");
            default -> {}
        }
        if (kind == AccountKind.UNOFFICIAL) {
            throw new BusinessRuleException(
                    "An unofficial account cannot have contributors: transfer it to the force first");
        }
        if (currentContributor(staff).isPresent()) {
            throw new BusinessRuleException("This person is already a contributor on " + label());
        }
        Contributor contributor = new Contributor(UUID.randomUUID(), staff, level, now, actor.name(), null, null);
        contributors.add(contributor);
        changes.add(new Change(
                AccountChange.CONTRIBUTOR_GRANTED, now, actor, null, null, null, "As " + level.label(), staff));
        events.add(new ContributorGranted(id, force, staff, level, now));
    }

    public void changeLevel(StaffId staff, ContributorLevel level, String reason, Actor actor, Instant now) {
        requireNotClosed("changed");
        if (level == null) {
            throw new BusinessRuleException("Choose a contributor level");
        }
        Contributor contributor = currentContributor(staff)
                .orElseThrow(() -> new BusinessRuleException("This person is not a contributor on " + label()));
        if (contributor.level() == level) {
            throw new BusinessRuleException("This contributor already has the level " + level.label());
        }
        requireReason(reason, "changing a contributor's level");
        ContributorLevel from = contributor.level();
        contributor.changeLevel(level);
        changes.add(new Change(
                AccountChange.CONTRIBUTOR_LEVEL_CHANGED,
                now,
                actor,
                null,
                null,
                reason.trim(),
                "From " + from.label() + " to " + level.label(),
                staff));
        events.add(new ContributorLevelChanged(id, force, staff, from, level, now));
    }

    public void removeContributor(StaffId staff, String reason, Actor actor, Instant now) {
        requireReason(reason, "removing a contributor");
        Contributor contributor = currentContributor(staff)
                .orElseThrow(() -> new BusinessRuleException("This person is not a contributor on " + label()));
        endContributor(contributor, reason.trim(), actor, now);
    }

    /** Records in the history that the connector's credentials were stored or removed (never what they are). */
    public void credentialsChanged(boolean stored, String fields, Actor actor, Instant now) {
        if (stored) {
            requireNotClosed("given credentials");
        }
        changes.add(new Change(
                stored ? AccountChange.CREDENTIALS_STORED : AccountChange.CREDENTIALS_REMOVED,
                now,
                actor,
                null,
                null,
                null,
                fields));
    }

    private void endContributor(Contributor contributor, String reason, Actor actor, Instant now) {
        contributor.end(now, reason);
        changes.add(new Change(
                AccountChange.CONTRIBUTOR_REMOVED,
                now,
                actor,
                null,
                null,
                reason,
                "Was " + contributor.level().label(),
                contributor.staff()));
        events.add(new ContributorRemoved(id, force, contributor.staff(), reason, now));
    }

    private void moveTo(
            AccountStatus to, AccountChange change, String reason, Actor actor, Instant now, String detail) {
        AccountStatus from = status;
        this.status = to;
        this.statusReason = reason.trim();
        this.statusChangedAt = now;
        changes.add(new Change(change, now, actor, from, to, reason.trim(), detail));
        events.add(new AccountStatusChanged(id, force, from, to, reason.trim(), now));
    }

    private void requireNotClosed(String what) {
        if (status == AccountStatus.CLOSED) {
            throw new BusinessRuleException("A closed account cannot be " + what);
        }
    }

    private static void requireReason(String reason, String what) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("Give a reason for " + what);
        }
        if (reason.length() > MAX_TEXT) {
            throw new BusinessRuleException("Keep the reason under " + MAX_TEXT + " characters");
        }
    }

    private static void validate(AccountDetails details) {
        if (details == null) {
            throw new BusinessRuleException("Enter the account's details");
        }
        if (details.displayName().isEmpty()) {
            throw new BusinessRuleException("Enter the account's display name");
        }
        if (details.purpose().isEmpty()) {
            throw new BusinessRuleException("Say what the account is for");
        }
        if (details.purpose().length() > MAX_TEXT) {
            throw new BusinessRuleException("Keep the purpose under " + MAX_TEXT + " characters");
        }
        if (details.owningUnit().isEmpty()) {
            throw new BusinessRuleException("Enter the unit that owns the account");
        }
        if (details.assetOwner() == null) {
            throw new BusinessRuleException("Name the Information Asset Owner");
        }
        if (details.followers() < 0) {
            throw new BusinessRuleException("Followers cannot be negative");
        }
        if (details.securityReviewMonths() < 1 || details.securityReviewMonths() > 60) {
            throw new BusinessRuleException("The security review interval must be between 1 and 60 months");
        }
    }

    public Optional<Contributor> currentContributor(StaffId staff) {
        return contributors.stream()
                .filter(c -> c.isCurrent() && c.staff().equals(staff))
                .findFirst();
    }

    public List<Contributor> currentContributors() {
        return contributors.stream().filter(Contributor::isCurrent).toList();
    }

    public List<Contributor> contributors() {
        return List.copyOf(contributors);
    }

    /** Changes made since loading, oldest first; the repository writes them to the history. */
    public List<Change> changes() {
        return List.copyOf(changes);
    }

    public List<Object> events() {
        return List.copyOf(events);
    }

    public String label() {
        return handle + " on " + channel.label();
    }

    public AccountSummary summary() {
        return new AccountSummary(
                id,
                channel,
                handle,
                details.displayName(),
                kind,
                details.purpose(),
                details.objectives().isEmpty()
                        ? EnumSet.noneOf(org.postwatch.accounts.StrategyObjective.class)
                        : EnumSet.copyOf(details.objectives()),
                details.owningUnit(),
                details.assetOwner(),
                details.followers(),
                status,
                statusReason,
                statusChangedAt,
                transferKind,
                holder,
                lastSecurityReviewOn,
                details.securityReviewMonths(),
                lastPostedAt,
                registeredAt);
    }

    public AccountId id() {
        return id;
    }

    public ForceId force() {
        return force;
    }

    public Channel channel() {
        return channel;
    }

    public String handle() {
        return handle;
    }

    public AccountKind kind() {
        return kind;
    }

    public AccountDetails details() {
        return details;
    }

    public AccountStatus status() {
        return status;
    }

    public String statusReason() {
        return statusReason;
    }

    public Instant statusChangedAt() {
        return statusChangedAt;
    }

    public AccountKind transferKind() {
        return transferKind;
    }

    public StaffId holder() {
        return holder;
    }

    public LocalDate lastSecurityReviewOn() {
        return lastSecurityReviewOn;
    }

    public Instant lastPostedAt() {
        return lastPostedAt;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    int version() {
        return version;
    }

    boolean isNew() {
        return isNew;
    }

    /** After a save: the changes are written, and the next save updates the row it wrote. */
    void saved() {
        changes.clear();
        events.clear();
        version = isNew ? 0 : version + 1;
        isNew = false;
    }
}
