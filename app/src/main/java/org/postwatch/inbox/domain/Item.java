package org.postwatch.inbox.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.postwatch.inbox.InboundCategory;
import org.postwatch.inbox.InboundItemAnswered;
import org.postwatch.inbox.InboundItemId;
import org.postwatch.inbox.InboxItem;
import org.postwatch.inbox.ItemState;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.StaffId;
import org.postwatch.publishing.Channel;

/**
 * An incoming item on the desk. It guards its own transitions: a moderated item takes no reply, a risk to life cannot
 * be closed as "no reply needed" before it is handed off, and the first response is recorded once.
 */
public final class Item {

    final InboundItemId id;
    final ForceId force;
    final UUID account;
    final String accountHandle;
    final Channel channel;
    final String platformItemId;
    final String threadId;
    final String inReplyTo;
    final String kind;
    final String authorHandle;
    final String authorPlatformId;
    final String text;
    final Instant receivedAt;
    InboundCategory category;
    final List<String> riskFlags;
    String triageReason;
    final String routedTeam;
    StaffId assignedTo;
    String assignedName;
    String assignedTeam;
    ItemState state;
    final Instant slaDueAt;
    boolean slaBreached;
    Instant firstResponseAt;
    String firstResponse;
    String noReplyReason;
    String handoffTo;
    String handoffReference;
    Instant handedOffAt;
    String handedOffBy;
    String moderation;

    Item(
            InboundItemId id,
            ForceId force,
            UUID account,
            String accountHandle,
            Channel channel,
            String platformItemId,
            String threadId,
            String inReplyTo,
            String kind,
            String authorHandle,
            String authorPlatformId,
            String text,
            Instant receivedAt,
            InboundCategory category,
            List<String> riskFlags,
            String triageReason,
            String routedTeam,
            ItemState state,
            Instant slaDueAt) {
        this.id = id;
        this.force = force;
        this.account = account;
        this.accountHandle = accountHandle;
        this.channel = channel;
        this.platformItemId = platformItemId;
        this.threadId = threadId;
        this.inReplyTo = inReplyTo;
        this.kind = kind;
        this.authorHandle = authorHandle;
        this.authorPlatformId = authorPlatformId;
        this.text = text;
        this.receivedAt = receivedAt;
        this.category = category;
        this.riskFlags = List.copyOf(riskFlags);
        this.triageReason = triageReason;
        this.routedTeam = routedTeam;
        this.state = state;
        this.slaDueAt = slaDueAt;
    }

    /** A newly arrived, triaged item; a keyword route's team is its first assignment. */
    public static Item arrived(
            ForceId force,
            UUID account,
            String accountHandle,
            Channel channel,
            String platformItemId,
            String threadId,
            String inReplyTo,
            String kind,
            String authorHandle,
            String authorPlatformId,
            String text,
            Instant receivedAt,
            Triage.Result triage,
            Instant slaDueAt) {
        Item item = new Item(
                InboundItemId.random(),
                force,
                account,
                accountHandle,
                channel,
                platformItemId,
                threadId,
                inReplyTo,
                kind,
                authorHandle,
                authorPlatformId,
                text,
                receivedAt,
                triage.category(),
                triage.flags(),
                triage.reason(),
                triage.team(),
                ItemState.OPEN,
                slaDueAt);
        item.assignedTeam = triage.team();
        return item;
    }

    public InboundItemId id() {
        return id;
    }

    public ForceId force() {
        return force;
    }

    public UUID account() {
        return account;
    }

    public String platformItemId() {
        return platformItemId;
    }

    public InboundCategory category() {
        return category;
    }

    public ItemState state() {
        return state;
    }

    public String text() {
        return text;
    }

    public String authorHandle() {
        return authorHandle;
    }

    public String accountHandle() {
        return accountHandle;
    }

    public Channel channel() {
        return channel;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant slaDueAt() {
        return slaDueAt;
    }

    public boolean answered() {
        return firstResponseAt != null;
    }

    public void assign(StaffId person, String personName, String team) {
        this.assignedTo = person;
        this.assignedName = person == null ? null : personName;
        this.assignedTeam = team == null || team.isBlank() ? null : team.strip();
    }

    public void recategorise(InboundCategory to, String reason) {
        if (to == category) {
            throw new BusinessRuleException("The message is already in " + to.label());
        }
        this.triageReason = "Changed from " + category.label() + " by the desk: " + reason;
        this.category = to;
    }

    /** A reply was written; it now waits for approval or is being published. */
    public void replyStarted(boolean held) {
        requireNotModerated("reply to");
        if (state == ItemState.AWAITING_APPROVAL || state == ItemState.REPLYING) {
            throw new BusinessRuleException("This message already has a reply on its way");
        }
        state = held ? ItemState.AWAITING_APPROVAL : ItemState.REPLYING;
    }

    public void replyApproved() {
        state = ItemState.REPLYING;
    }

    /** A reply was rejected or failed: back to the desk, unless it was already dealt with another way. */
    public void replyStopped() {
        if (state == ItemState.AWAITING_APPROVAL || state == ItemState.REPLYING) {
            state = handedOffAt != null ? ItemState.HANDED_OFF : ItemState.OPEN;
        }
    }

    /** @return the first-response event when this was the first response, else null */
    public InboundItemAnswered replied(Instant at) {
        state = ItemState.ANSWERED;
        return firstResponse(InboundItemAnswered.Response.REPLIED, at);
    }

    public InboundItemAnswered noReplyNeeded(String reason, Instant at) {
        requireNotModerated("close");
        if (category == InboundCategory.RISK_TO_LIFE && handedOffAt == null) {
            throw new BusinessRuleException(
                    "A message suggesting a risk to life must be handed off to the control room first");
        }
        if (state != ItemState.OPEN && state != ItemState.HANDED_OFF) {
            throw new BusinessRuleException("Only a waiting message can be closed as needing no reply");
        }
        this.noReplyReason = reason;
        this.state = ItemState.NO_REPLY_NEEDED;
        return firstResponse(InboundItemAnswered.Response.NO_REPLY_NEEDED, at);
    }

    public InboundItemAnswered handOff(String to, String reference, String by, Instant at) {
        if (handedOffAt != null) {
            throw new BusinessRuleException(
                    "This message was already handed off to " + handoffTo + " (reference " + handoffReference + ")");
        }
        this.handoffTo = to;
        this.handoffReference = reference;
        this.handedOffAt = at;
        this.handedOffBy = by;
        if (state == ItemState.OPEN) {
            state = ItemState.HANDED_OFF;
        }
        return firstResponse(InboundItemAnswered.Response.HANDED_OFF, at);
    }

    public InboundItemAnswered moderated(String action, Instant at) {
        if (state == ItemState.REPLYING) {
            throw new BusinessRuleException(
                    "A reply to this message is being published: wait for it before moderating");
        }
        this.moderation = action;
        if (!"BLOCKED_SENDER".equals(action)) {
            this.state = ItemState.MODERATED;
        }
        return firstResponse(InboundItemAnswered.Response.MODERATED, at);
    }

    /** An appeal succeeded: the item is back on the desk. */
    public void moderationOverturned() {
        this.moderation = null;
        if (state == ItemState.MODERATED) {
            state = ItemState.OPEN;
        }
    }

    public boolean markBreached() {
        if (slaBreached || firstResponseAt != null) {
            return false;
        }
        slaBreached = true;
        return true;
    }

    private void requireNotModerated(String what) {
        if (state == ItemState.MODERATED) {
            throw new BusinessRuleException("This message was " + moderation.toLowerCase(java.util.Locale.ROOT)
                    + ": you cannot " + what + " it");
        }
    }

    private InboundItemAnswered firstResponse(InboundItemAnswered.Response response, Instant at) {
        if (firstResponseAt != null) {
            return null;
        }
        firstResponseAt = at;
        firstResponse = response.name();
        boolean late = at.isAfter(slaDueAt);
        return new InboundItemAnswered(
                id,
                force,
                account,
                category,
                response,
                receivedAt,
                at,
                java.time.Duration.between(receivedAt, at),
                late || slaBreached);
    }

    public InboxItem view() {
        return new InboxItem(
                id,
                account,
                accountHandle,
                channel,
                platformItemId,
                threadId,
                inReplyTo,
                kind,
                authorHandle,
                text,
                receivedAt,
                category,
                riskFlags,
                triageReason,
                routedTeam,
                assignedTo,
                assignedName,
                assignedTeam,
                state,
                slaDueAt,
                slaBreached,
                firstResponseAt,
                firstResponse,
                noReplyReason,
                handoffTo,
                handoffReference,
                handedOffAt,
                moderation);
    }
}
