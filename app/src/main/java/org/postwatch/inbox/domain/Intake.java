package org.postwatch.inbox.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.postwatch.accounts.AccountSummary;
import org.postwatch.archive.ArchiveEntry;
import org.postwatch.archive.ArchiveRecords;
import org.postwatch.audit.Actor;
import org.postwatch.audit.AuditTrail;
import org.postwatch.inbox.InboundItemReceived;
import org.postwatch.inbox.SlaSettings;
import org.postwatch.inbox.connector.InboundMessage;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.Tenancy;
import org.postwatch.publishing.Channel;
import org.postwatch.safeguard.AccountKind;
import org.postwatch.safeguard.Category;
import org.postwatch.safeguard.CheckFinding;
import org.postwatch.safeguard.CheckRequest;
import org.postwatch.safeguard.SafeguardChecks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes in what connectors fetch: each platform item is stored once (a repeat fetch changes nothing), triaged,
 * given its SLA deadline, archived and audited, and announced with {@link InboundItemReceived}.
 */
@Service
public class Intake {

    private final ItemRepository items;
    private final SettingsRepository settings;
    private final ModerationRepository moderation;
    private final SafeguardChecks safeguard;
    private final ArchiveRecords archive;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Intake(
            ItemRepository items,
            SettingsRepository settings,
            ModerationRepository moderation,
            SafeguardChecks safeguard,
            ArchiveRecords archive,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.items = items;
        this.settings = settings;
        this.moderation = moderation;
        this.safeguard = safeguard;
        this.archive = archive;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Stores what is new; returns how many items were new. Runs in the account's force. */
    @Transactional
    public int receive(AccountSummary account, List<InboundMessage> messages) {
        ForceId force = Tenancy.requireForce();
        Channel channel = Channel.valueOf(account.channel().name());
        SlaSettings sla = settings.sla(force);
        var routes = settings.routes(force);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        int stored = 0;
        for (InboundMessage message : messages) {
            if (items.exists(force, channel, message.platformId())) {
                continue;
            }
            Triage.Result triage = Triage.classify(message.text(), findings(message.text(), channel, account), routes);
            if (moderation.blocked(force, account.id().value(), message.authorHandle())) {
                List<String> flags = new java.util.ArrayList<>(triage.flags());
                flags.add("blocked-author");
                triage = new Triage.Result(triage.category(), flags, triage.reason(), triage.team());
            }
            Instant received = message.createdAt().truncatedTo(ChronoUnit.MICROS);
            Item item = Item.arrived(
                    force,
                    account.id().value(),
                    account.handle(),
                    channel,
                    message.platformId(),
                    message.threadId() == null ? message.platformId() : message.threadId(),
                    message.inReplyTo(),
                    message.kind(),
                    message.authorHandle(),
                    message.authorPlatformId(),
                    message.text(),
                    received,
                    triage,
                    SlaClock.dueAt(sla, triage.category(), received));
            if (!items.insertIfAbsent(item, now)) {
                continue;
            }
            stored++;
            Map<String, String> metadata = new LinkedHashMap<>();
            metadata.put("externalId", message.platformId());
            metadata.put("kind", message.kind());
            metadata.put("inboxItem", item.id().toString());
            if (message.inReplyTo() != null) {
                metadata.put("inReplyTo", message.inReplyTo());
            }
            var record = archive.keep(ArchiveEntry.inboundMessage(
                    item.id().toString(),
                    account.handle(),
                    message.authorHandle(),
                    received,
                    message.text(),
                    channel.label(),
                    Set.of(triage.category().name()),
                    metadata));
            items.setArchiveRecord(force, item.id(), record.value());
            Map<String, String> details = new LinkedHashMap<>();
            details.put("category", triage.category().name());
            details.put("account", account.handle());
            details.put("channel", channel.name());
            details.put("platformItemId", message.platformId());
            if (!triage.flags().isEmpty()) {
                details.put("flags", String.join(",", triage.flags()));
            }
            if (triage.team() != null) {
                details.put("routedTo", triage.team());
            }
            audit.recordFor(force, Actor.system(), InboxActions.RECEIVED, InboxActions.ITEM, item.id(), null, details);
            events.publishEvent(new InboundItemReceived(
                    item.id(), force, account.id().value(), channel, triage.category(), received));
        }
        return stored;
    }

    private Set<Category> findings(String text, Channel channel, AccountSummary account) {
        var request = CheckRequest.of(text, safeguardChannel(channel), kind(account));
        List<CheckFinding> found = safeguard.check(request).findings();
        return found.isEmpty()
                ? Set.of()
                : found.stream()
                        .map(CheckFinding::category)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Category.class)));
    }

    public static org.postwatch.safeguard.Channel safeguardChannel(Channel channel) {
        try {
            return org.postwatch.safeguard.Channel.valueOf(channel.name());
        } catch (IllegalArgumentException e) {
            return org.postwatch.safeguard.Channel.OTHER;
        }
    }

    public static AccountKind kind(AccountSummary account) {
        return switch (account.kind()) {
            case CORPORATE -> AccountKind.CORPORATE;
            case INDIVIDUAL -> AccountKind.INDIVIDUAL;
            default -> AccountKind.TEAM;
        };
    }

    static UUID nil() {
        return new UUID(0, 0);
    }
}
