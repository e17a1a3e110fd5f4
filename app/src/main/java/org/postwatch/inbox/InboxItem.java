package org.postwatch.inbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.postwatch.platform.StaffId;
import org.postwatch.publishing.Channel;

/**
 * One incoming comment, mention or message as the desk sees it.
 *
 * @param kind MENTION, REPLY or DIRECT_MESSAGE
 * @param riskFlags why triage thinks it matters, for example {@code threat-to-life}, {@code weapon}
 * @param routedTeam the team a force keyword route sent it to, or null
 */
public record InboxItem(
        InboundItemId id,
        UUID account,
        String accountHandle,
        Channel channel,
        String platformItemId,
        String threadId,
        String inReplyTo,
        String kind,
        String authorHandle,
        String text,
        Instant receivedAt,
        InboundCategory category,
        List<String> riskFlags,
        String triageReason,
        String routedTeam,
        StaffId assignedTo,
        String assignedName,
        String assignedTeam,
        ItemState state,
        Instant slaDueAt,
        boolean slaBreached,
        Instant firstResponseAt,
        String firstResponse,
        String noReplyReason,
        String handoffTo,
        String handoffReference,
        Instant handedOffAt,
        String moderation) {

    public InboxItem {
        riskFlags = List.copyOf(riskFlags);
    }

    /** A risk to life not yet handed to the control room: the desk's first job. */
    public boolean urgent() {
        return category == InboundCategory.RISK_TO_LIFE && handedOffAt == null;
    }

    public boolean overdue(Instant now) {
        return firstResponseAt == null && (slaBreached || !now.isBefore(slaDueAt));
    }

    public boolean escalationExpected() {
        return category == InboundCategory.RISK_TO_LIFE
                || category == InboundCategory.CRIME_REPORT
                || category == InboundCategory.INTELLIGENCE;
    }

    /** "Direct message", "Reply", "Mention". */
    public String kindLabel() {
        return switch (kind) {
            case "DIRECT_MESSAGE" -> "Direct message";
            case "REPLY" -> "Reply";
            default -> "Mention";
        };
    }
}
