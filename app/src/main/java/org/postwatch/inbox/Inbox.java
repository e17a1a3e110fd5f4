package org.postwatch.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.postwatch.accounts.AccountId;
import org.postwatch.accounts.AccountSummary;
import org.postwatch.accounts.Accounts;
import org.postwatch.accounts.ContributorLevel;
import org.postwatch.accounts.PostableAccount;
import org.postwatch.accounts.PostingRights;
import org.postwatch.archive.ArchiveEntry;
import org.postwatch.archive.ArchiveRecords;
import org.postwatch.audit.AuditTrail;
import org.postwatch.identity.StaffDirectory;
import org.postwatch.identity.StaffMember;
import org.postwatch.inbox.connector.SandboxInbox;
import org.postwatch.inbox.domain.InboxActions;
import org.postwatch.inbox.domain.Intake;
import org.postwatch.inbox.domain.Item;
import org.postwatch.inbox.domain.ItemRepository;
import org.postwatch.inbox.domain.ModerationRepository;
import org.postwatch.inbox.domain.ReplyRepository;
import org.postwatch.inbox.domain.SettingsRepository;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.CurrentUser;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.PostwatchUser;
import org.postwatch.platform.RecordNotFoundException;
import org.postwatch.platform.Role;
import org.postwatch.platform.StaffId;
import org.postwatch.platform.Tenancy;
import org.postwatch.publishing.Channel;
import org.postwatch.publishing.PublicationId;
import org.postwatch.publishing.PublicationRequest;
import org.postwatch.publishing.Publishing;
import org.postwatch.safeguard.CheckRequest;
import org.postwatch.safeguard.Outcome;
import org.postwatch.safeguard.SafeguardChecks;
import org.postwatch.safeguard.SafeguardReport;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The digital desk: the queue of incoming items (reviewers see the whole force, contributors the accounts they may
 * post to), assignment, replies (checked, held for approval where the author's level or the check says so, published
 * once through publishing), hand-offs, "no reply needed", and moderation with appeals. Every change is audited. An
 * item of another force, or of an account a contributor does not post to, is not found.
 */
@Service
public class Inbox {

    static final int MAX_REPLY = 5_000;

    private final ItemRepository items;
    private final ReplyRepository replies;
    private final ModerationRepository moderations;
    private final SettingsRepository settings;
    private final PostingRights rights;
    private final Accounts accounts;
    private final StaffDirectory staff;
    private final SafeguardChecks safeguard;
    private final Publishing publishing;
    private final ArchiveRecords archive;
    private final SandboxInbox sandbox;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Inbox(
            ItemRepository items,
            ReplyRepository replies,
            ModerationRepository moderations,
            SettingsRepository settings,
            PostingRights rights,
            Accounts accounts,
            StaffDirectory staff,
            SafeguardChecks safeguard,
            Publishing publishing,
            ArchiveRecords archive,
            SandboxInbox sandbox,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.items = items;
        this.replies = replies;
        this.moderations = moderations;
        this.settings = settings;
        this.rights = rights;
        this.accounts = accounts;
        this.staff = staff;
        this.safeguard = safeguard;
        this.publishing = publishing;
        this.archive = archive;
        this.sandbox = sandbox;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The queue: riskiest then oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'CONTRIBUTOR')")
    public List<InboxItem> queue(InboxFilter filter) {
        PostwatchUser me = CurrentUser.get();
        return items.queue(Tenancy.requireForce(), filter, me.staffId(), scope(me)).stream()
                .map(Item::view)
                .toList();
    }

    /** What is waiting for the signed-in person; zeros for people without the inbox. */
    @Transactional(readOnly = true)
    public WaitingCounts waiting() {
        Optional<PostwatchUser> me = CurrentUser.find();
        if (me.isEmpty() || !me.get().hasAny(Role.REVIEWER, Role.CONTRIBUTOR)) {
            return new WaitingCounts(0, 0, 0);
        }
        long[] counts = items.waitingCounts(Tenancy.requireForce(), scope(me.get()));
        return new WaitingCounts(counts[0], counts[1], counts[2]);
    }

    /** Unescalated risks to life in the whole force, for the desk's banner. */
    @Transactional(readOnly = true)
    public long openRisksToLife() {
        return items.waitingCounts(Tenancy.requireForce(), null)[1];
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'CONTRIBUTOR')")
    public InboxItem item(InboundItemId id) {
        return visible(id).view();
    }

    /** The item and its thread; the view is audited, as the item may hold personal or sensitive information. */
    @Transactional
    @PreAuthorize("hasAnyRole('REVIEWER', 'CONTRIBUTOR')")
    public Conversation conversation(InboundItemId id) {
        ForceId force = Tenancy.requireForce();
        Item item = visible(id);
        Set<UUID> scope = scope(CurrentUser.get());
        List<InboxItem> thread = items.thread(force, item.view().threadId()).stream()
                .filter(i -> scope == null || scope.contains(i.account()))
                .map(Item::view)
                .toList();
        List<InboundItemId> ids = thread.stream().map(InboxItem::id).toList();
        audit.record(InboxActions.VIEWED, InboxActions.ITEM, id, null);
        return new Conversation(
                item.view(),
                thread,
                replies.forItems(force, ids),
                moderations.forItems(force, ids),
                item.channel() == Channel.SANDBOX ? sandbox.visibility(item.platformItemId()) : null,
                CurrentUser.get().has(Role.REVIEWER));
    }

    /** Assigns to a person (a reviewer or a contributor of the account), a team, or both; nulls clear. */
    @Transactional
    @PreAuthorize("hasAnyRole('REVIEWER', 'CONTRIBUTOR')")
    public InboxItem assign(InboundItemId id, StaffId person, String team) {
        Item item = locked(id);
        String name = null;
        if (person != null) {
            StaffMember member =
                    staff.find(person).orElseThrow(() -> new BusinessRuleException("Choose someone from your force"));
            name = member.fullName();
        }
        if (team != null && team.strip().length() > 100) {
            throw new BusinessRuleException("Keep the team name under 100 characters");
        }
        item.assign(person, name, team);
        items.save(item);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("person", name == null ? "" : name);
        details.put("team", team == null ? "" : team.strip());
        audit.record(InboxActions.ASSIGNED, InboxActions.ITEM, id, null, details);
        return item.view();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('REVIEWER', 'CONTRIBUTOR')")
    public InboxItem assignToMe(InboundItemId id) {
        Item item = visible(id);
        return assign(id, CurrentUser.get().staffId(), item.view().assignedTeam());
    }

    /** Triage got it wrong: the desk puts the item in the right category, with a reason. */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public InboxItem recategorise(InboundItemId id, InboundCategory to, String reason) {
        String why = required(reason, "Say why the category is wrong");
        Item item = locked(id);
        InboundCategory from = item.category();
        item.recategorise(to, why);
        items.save(item);
        audit.record(
                InboxActions.RECATEGORISED, InboxActions.ITEM, id, why, Map.of("from", from.name(), "to", to.name()));
        return item.view();
    }

    /** The safeguard check on a draft reply, recording nothing: for the live check as the author types. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'CONTRIBUTOR')")
    public SafeguardReport preview(InboundItemId id, String text) {
        Item item = visible(id);
        return safeguard.check(request(item, text == null ? "" : text));
    }

    /**
     * Replies to an item. The safeguard check runs first: BLOCK refuses with the reasons, ADVISE needs the author to
     * confirm, REVIEW holds the reply for a reviewer; so does a contributor's POST_WITH_REVIEW level. Otherwise it is
     * published now, as a reply in the thread, under a publication id derived from the item: a second submit cannot
     * publish twice.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('REVIEWER', 'CONTRIBUTOR')")
    public ReplyResult reply(InboundItemId id, String text, boolean confirmed) {
        String words = required(text, "Write your reply");
        if (words.length() > MAX_REPLY) {
            throw new BusinessRuleException("Keep the reply under " + MAX_REPLY + " characters");
        }
        PostwatchUser me = CurrentUser.get();
        ForceId force = Tenancy.requireForce();
        Item item = locked(id);
        Optional<InboxReply> live = replies.live(force, id);
        if (live.isPresent() && live.get().state() != InboxReply.State.FAILED) {
            throw new BusinessRuleException("This message already has a reply ("
                    + live.get().state().label().toLowerCase(java.util.Locale.ROOT) + ")");
        }
        if (live.isPresent() && !me.has(Role.REVIEWER) && !isContributor(me, item.account())) {
            throw new RecordNotFoundException("Inbox item", id);
        }
        SafeguardReport report = safeguard.check(request(item, words));
        if (report.outcome() == Outcome.BLOCK) {
            throw new BusinessRuleException(
                    "The safeguard check blocks this reply: " + reasons(report) + ". Change it and send it again.");
        }
        if (report.outcome() == Outcome.ADVISE && !confirmed) {
            return new ReplyResult(
                    ReplyResult.Outcome.NEEDS_CONFIRMATION,
                    null,
                    report,
                    "Read the advice below, then confirm to send the reply: " + reasons(report));
        }
        ContributorLevel level = levelOn(me, item.account());
        boolean held = report.outcome() == Outcome.REVIEW || level == ContributorLevel.POST_WITH_REVIEW;
        live.ifPresent(failed -> replies.update(
                force,
                failed.id(),
                InboxReply.State.REPLACED,
                failed.attempt(),
                failed.publication(),
                failed.failure(),
                null,
                null,
                null,
                null,
                null));
        item.replyStarted(held);
        UUID replyId = UUID.randomUUID();
        safeguard.checkAndRecord(request(item, words), reference(replyId));
        Instant now = now();
        int attempt = replies.maxAttempt(force, id) + 1;
        UUID publication = held ? null : publicationId(id, attempt);
        replies.insert(
                force,
                replyId,
                id,
                words,
                me.staffId().value(),
                me.displayName(),
                held ? InboxReply.State.AWAITING_APPROVAL : InboxReply.State.PUBLISHING,
                publication,
                report.outcome().name(),
                attempt,
                now);
        items.save(item);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("reply", replyId.toString());
        details.put("check", report.outcome().name());
        if (level != null) {
            details.put("level", level.name());
        }
        if (held) {
            audit.record(
                    InboxActions.REPLY_HELD,
                    InboxActions.ITEM,
                    id,
                    report.outcome() == Outcome.REVIEW
                            ? "The safeguard check holds it for review"
                            : "The author's level needs review",
                    details);
        } else {
            audit.record(InboxActions.REPLY_SUBMITTED, InboxActions.ITEM, id, null, details);
            schedule(item, replyId, publication, words);
        }
        InboxReply saved = replies.lock(force, replyId).orElseThrow();
        return new ReplyResult(
                held ? ReplyResult.Outcome.HELD_FOR_APPROVAL : ReplyResult.Outcome.PUBLISHING,
                saved,
                report,
                held ? "Your reply is waiting for a reviewer to approve it" : "Your reply is being published");
    }

    /** Replies held for approval, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('REVIEWER')")
    public List<InboxReply> awaitingApproval() {
        return replies.awaitingApproval(Tenancy.requireForce());
    }

    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public InboxReply approveReply(UUID replyId, String note) {
        ForceId force = Tenancy.requireForce();
        InboxReply reply = heldReply(force, replyId);
        if (replies.author(force, replyId).equals(CurrentUser.get().staffId().value())) {
            throw new BusinessRuleException("Another reviewer must approve your own reply");
        }
        Item item = locked(reply.item());
        item.replyApproved();
        UUID publication = publicationId(reply.item(), reply.attempt());
        replies.update(
                force,
                replyId,
                InboxReply.State.PUBLISHING,
                reply.attempt(),
                publication,
                null,
                CurrentUser.get().displayName(),
                blankToNull(note),
                null,
                null,
                null);
        items.save(item);
        audit.record(
                InboxActions.REPLY_APPROVED,
                InboxActions.ITEM,
                reply.item(),
                blankToNull(note),
                Map.of("reply", replyId.toString()));
        schedule(item, replyId, publication, reply.text());
        return replies.lock(force, replyId).orElseThrow();
    }

    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public InboxReply rejectReply(UUID replyId, String reason) {
        String why = required(reason, "Give a reason for rejecting the reply: its author will see it");
        ForceId force = Tenancy.requireForce();
        InboxReply reply = heldReply(force, replyId);
        Item item = locked(reply.item());
        item.replyStopped();
        replies.update(
                force,
                replyId,
                InboxReply.State.REJECTED,
                reply.attempt(),
                null,
                null,
                CurrentUser.get().displayName(),
                why,
                null,
                null,
                null);
        items.save(item);
        audit.record(
                InboxActions.REPLY_REJECTED, InboxActions.ITEM, reply.item(), why, Map.of("reply", replyId.toString()));
        return replies.lock(force, replyId).orElseThrow();
    }

    /** Publishes a failed reply again, with the same words, under a new publication id. */
    @Transactional
    @PreAuthorize("hasAnyRole('REVIEWER', 'CONTRIBUTOR')")
    public InboxReply retryReply(UUID replyId) {
        ForceId force = Tenancy.requireForce();
        InboxReply reply =
                replies.lock(force, replyId).orElseThrow(() -> new RecordNotFoundException("Reply", replyId));
        Item item = locked(reply.item());
        if (reply.state() != InboxReply.State.FAILED) {
            throw new BusinessRuleException("Only a reply that failed to publish can be tried again");
        }
        item.replyStarted(false);
        int attempt = replies.maxAttempt(force, reply.item()) + 1;
        UUID publication = publicationId(reply.item(), attempt);
        replies.update(
                force, replyId, InboxReply.State.PUBLISHING, attempt, publication, null, null, null, null, null, null);
        items.save(item);
        audit.record(
                InboxActions.REPLY_RETRIED,
                InboxActions.ITEM,
                reply.item(),
                null,
                Map.of("reply", replyId.toString(), "attempt", Integer.toString(attempt)));
        schedule(item, replyId, publication, reply.text());
        return replies.lock(force, replyId).orElseThrow();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('REVIEWER', 'CONTRIBUTOR')")
    public InboxItem noReplyNeeded(InboundItemId id, String reason) {
        String why = required(reason, "Say why no reply is needed");
        Item item = locked(id);
        InboundItemAnswered answered = item.noReplyNeeded(why, now());
        items.save(item);
        audit.record(InboxActions.NO_REPLY_NEEDED, InboxActions.ITEM, id, why);
        publish(answered);
        return item.view();
    }

    /**
     * Records a hand-off outside the desk: a risk to life to the control room with its incident number, a crime
     * report or intelligence with its reference.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('REVIEWER', 'CONTRIBUTOR')")
    public InboxItem escalate(InboundItemId id, String handoffTo, String reference, String note) {
        String ref = required(reference, "Enter the reference you were given, for example the incident number");
        if (ref.length() > 100) {
            throw new BusinessRuleException("Keep the reference under 100 characters");
        }
        Item item = locked(id);
        String to = blankToNull(handoffTo) != null ? handoffTo.strip() : defaultHandoff(item.category());
        if (to.length() > 100) {
            throw new BusinessRuleException("Keep the name of who took it under 100 characters");
        }
        Instant now = now();
        InboundItemAnswered answered = item.handOff(to, ref, CurrentUser.get().displayName(), now);
        items.save(item);
        audit.record(
                InboxActions.HANDED_OFF,
                InboxActions.ITEM,
                id,
                blankToNull(note),
                Map.of("to", to, "reference", ref, "category", item.category().name()));
        events.publishEvent(new InboundItemEscalated(id, item.force(), item.account(), item.category(), to, ref, now));
        publish(answered);
        return item.view();
    }

    /** Who a category is usually handed to. */
    public static String defaultHandoff(InboundCategory category) {
        return switch (category) {
            case RISK_TO_LIFE -> "Control room";
            case CRIME_REPORT -> "Crime recording bureau";
            case INTELLIGENCE -> "Force intelligence bureau";
            default -> "Control room";
        };
    }

    /**
     * Hides, deletes or blocks the author of an item under one of the force's community standards. The original is
     * kept in the archive with the action. On the Sandbox the action is applied to the network; on real platforms it
     * is recorded as to be done on the platform by hand.
     */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public InboxModeration moderate(InboundItemId id, ModerationAction action, UUID standardId, String note) {
        if (action == null) {
            throw new BusinessRuleException("Choose what to do: hide, delete or block the author");
        }
        ForceId force = Tenancy.requireForce();
        Item item = locked(id);
        CommunityStandard standard = settings.standards(force).stream()
                .filter(s -> s.id().equals(standardId) && s.active())
                .findFirst()
                .orElseThrow(() -> new BusinessRuleException("Choose the community standard the message breaks"));
        PostwatchUser me = CurrentUser.get();
        Instant now = now();
        InboundItemAnswered answered = item.moderated(action.archiveOutcome(), now);
        String outcome;
        String message;
        if (item.channel() == Channel.SANDBOX) {
            if (action == ModerationAction.BLOCK_AUTHOR) {
                outcome = "DONE";
                message = "Blocked on the Sandbox: new messages from " + item.authorHandle() + " are marked";
            } else {
                boolean done = sandbox.moderate(item.platformItemId(), action == ModerationAction.DELETE);
                outcome = done ? "DONE" : "BY_HAND";
                message = done
                        ? (action == ModerationAction.DELETE ? "Deleted" : "Hidden") + " on the Sandbox"
                        : "The message is no longer on the Sandbox";
            }
        } else {
            outcome = "BY_HAND";
            message = byHand(item.channel(), action);
        }
        if (action == ModerationAction.BLOCK_AUTHOR) {
            moderations.block(force, item.account(), item.authorHandle(), standard.title(), me.displayName(), now);
        }
        InboxModeration moderation = new InboxModeration(
                UUID.randomUUID(),
                id,
                action,
                standard.title(),
                blankToNull(note),
                me.displayName(),
                now,
                outcome,
                message,
                null,
                null,
                null,
                null,
                null,
                null);
        moderations.insert(force, moderation, me.staffId().value());
        items.save(item);
        archive.keep(ArchiveEntry.moderationAction(
                moderation.id(),
                id.toString(),
                item.accountHandle(),
                me.staffId(),
                me.displayName(),
                now,
                action.archiveOutcome(),
                standard.title() + (moderation.note() == null ? "" : ": " + moderation.note()),
                item.text(),
                Map.of(
                        "channel", item.channel().label(),
                        "author", item.authorHandle(),
                        "externalId", item.platformItemId(),
                        "platform", outcome)));
        audit.record(
                InboxActions.MODERATED,
                InboxActions.ITEM,
                id,
                moderation.note(),
                Map.of("action", action.name(), "standard", standard.title(), "platform", outcome));
        publish(answered);
        return moderation;
    }

    /** What a person must do on a real platform, in words they can follow. */
    static String byHand(Channel channel, ModerationAction action) {
        String what = switch (action) {
            case HIDE -> "hide this reply";
            case DELETE -> "delete or report this comment";
            case BLOCK_AUTHOR -> "block the author";
        };
        return "To do on " + channel.label() + " by hand: " + what + " (Postwatch cannot do this through the "
                + channel.label() + " connection)";
    }

    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public InboxModeration recordAppeal(UUID moderationId, String text) {
        String words = required(text, "Enter what the author said in their appeal");
        ForceId force = Tenancy.requireForce();
        InboxModeration moderation = moderations
                .lock(force, moderationId)
                .orElseThrow(() -> new RecordNotFoundException("Moderation", moderationId));
        if (moderation.appealText() != null) {
            throw new BusinessRuleException("An appeal is already recorded for this action");
        }
        moderations.appeal(force, moderationId, words, now(), CurrentUser.get().displayName());
        audit.record(
                InboxActions.APPEAL_RECORDED,
                InboxActions.ITEM,
                moderation.item(),
                null,
                Map.of("moderation", moderationId.toString()));
        return moderations.lock(force, moderationId).orElseThrow();
    }

    /** Decides an appeal: upheld keeps the action; overturned undoes it (on the Sandbox) and reopens the item. */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public InboxModeration decideAppeal(UUID moderationId, boolean overturn, String reason) {
        String why = required(reason, "Give the reason for the decision: the author is told it");
        ForceId force = Tenancy.requireForce();
        InboxModeration moderation = moderations
                .lock(force, moderationId)
                .orElseThrow(() -> new RecordNotFoundException("Moderation", moderationId));
        if (moderation.appealText() == null) {
            throw new BusinessRuleException("Record the author's appeal before deciding it");
        }
        if (moderation.appealDecision() != null) {
            throw new BusinessRuleException("This appeal was already decided");
        }
        Item item = locked(moderation.item());
        if (overturn) {
            if (moderation.action() == ModerationAction.BLOCK_AUTHOR) {
                moderations.unblock(force, item.account(), item.authorHandle());
            } else if (item.channel() == Channel.SANDBOX && moderation.action() == ModerationAction.HIDE) {
                sandbox.unhide(item.platformItemId());
            }
            item.moderationOverturned();
            items.save(item);
        }
        String decision = overturn ? "OVERTURNED" : "UPHELD";
        moderations.decide(force, moderationId, decision, why, CurrentUser.get().displayName(), now());
        audit.record(
                InboxActions.APPEAL_DECIDED,
                InboxActions.ITEM,
                moderation.item(),
                why,
                Map.of("moderation", moderationId.toString(), "decision", decision));
        return moderations.lock(force, moderationId).orElseThrow();
    }

    /** The accounts the signed-in person's queue covers, for the filter. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'CONTRIBUTOR')")
    public List<AccountSummary> accounts() {
        PostwatchUser me = CurrentUser.get();
        if (me.has(Role.REVIEWER)) {
            return accounts.all();
        }
        return rights.accountsFor(me.staffId()).stream()
                .map(PostableAccount::account)
                .toList();
    }

    // --- internals

    static String reference(UUID replyId) {
        return "inbox-reply:" + replyId;
    }

    /** One publication id per item and attempt: a repeated submit schedules the same publication, which is a no-op. */
    static UUID publicationId(InboundItemId item, int attempt) {
        return UUID.nameUUIDFromBytes(("inbox-reply:" + item + ":" + attempt).getBytes(StandardCharsets.UTF_8));
    }

    private void schedule(Item item, UUID replyId, UUID publication, String text) {
        AccountSummary account = accounts.get(new AccountId(item.account()));
        publishing.schedule(PublicationRequest.now(
                        new PublicationId(publication),
                        reference(replyId),
                        item.account(),
                        item.channel(),
                        account.handle(),
                        text)
                .replyingTo(item.platformItemId()));
    }

    private InboxReply heldReply(ForceId force, UUID replyId) {
        InboxReply reply =
                replies.lock(force, replyId).orElseThrow(() -> new RecordNotFoundException("Reply", replyId));
        if (reply.state() != InboxReply.State.AWAITING_APPROVAL) {
            throw new BusinessRuleException("This reply is not waiting for approval");
        }
        return reply;
    }

    private CheckRequest request(Item item, String text) {
        AccountSummary account = accounts.get(new AccountId(item.account()));
        return CheckRequest.of(text, Intake.safeguardChannel(item.channel()), Intake.kind(account));
    }

    private static String reasons(SafeguardReport report) {
        return report.findings().stream()
                .filter(f -> f.outcome() != Outcome.ALLOW)
                .map(f -> f.reason())
                .distinct()
                .collect(Collectors.joining("; "));
    }

    private void publish(InboundItemAnswered answered) {
        if (answered != null) {
            events.publishEvent(answered);
        }
    }

    /** Null for the whole force (reviewers), else the accounts the person may post to. */
    private Set<UUID> scope(PostwatchUser me) {
        if (me.has(Role.REVIEWER)) {
            return null;
        }
        return rights.accountsFor(me.staffId()).stream()
                .map(a -> a.account().id().value())
                .collect(Collectors.toSet());
    }

    private boolean isContributor(PostwatchUser me, UUID account) {
        return rights.accountsFor(me.staffId()).stream()
                .anyMatch(a -> a.account().id().value().equals(account));
    }

    private ContributorLevel levelOn(PostwatchUser me, UUID account) {
        return rights.accountsFor(me.staffId()).stream()
                .filter(a -> a.account().id().value().equals(account))
                .map(PostableAccount::level)
                .findFirst()
                .orElse(null);
    }

    private Item visible(InboundItemId id) {
        Item item =
                items.find(Tenancy.requireForce(), id).orElseThrow(() -> new RecordNotFoundException("Inbox item", id));
        requireScope(item);
        return item;
    }

    private Item locked(InboundItemId id) {
        Item item =
                items.lock(Tenancy.requireForce(), id).orElseThrow(() -> new RecordNotFoundException("Inbox item", id));
        requireScope(item);
        return item;
    }

    private void requireScope(Item item) {
        Set<UUID> scope = scope(CurrentUser.get());
        if (scope != null && !scope.contains(item.account())) {
            throw new RecordNotFoundException("Inbox item", item.id());
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String required(String value, String message) {
        if (value == null || value.isBlank()) {
            throw new BusinessRuleException(message);
        }
        return value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
