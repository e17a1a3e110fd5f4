package org.postwatch.inbox.domain;

import org.postwatch.audit.AuditAction;

/** What the audit trail records about the inbox. */
public enum InboxActions implements AuditAction {
    RECEIVED("inbox.received"),
    VIEWED("inbox.viewed"),
    ASSIGNED("inbox.assigned"),
    RECATEGORISED("inbox.recategorised"),
    REPLY_SUBMITTED("inbox.reply-submitted"),
    REPLY_HELD("inbox.reply-held"),
    REPLY_APPROVED("inbox.reply-approved"),
    REPLY_REJECTED("inbox.reply-rejected"),
    REPLY_RETRIED("inbox.reply-retried"),
    REPLY_PUBLISHED("inbox.reply-published"),
    REPLY_FAILED("inbox.reply-failed"),
    NO_REPLY_NEEDED("inbox.no-reply-needed"),
    HANDED_OFF("inbox.handed-off"),
    MODERATED("inbox.moderated"),
    APPEAL_RECORDED("inbox.appeal-recorded"),
    APPEAL_DECIDED("inbox.appeal-decided"),
    SLA_BREACHED("inbox.sla-breached"),
    SLA_CHANGED("inbox.sla-changed"),
    ROUTE_ADDED("inbox.route-added"),
    ROUTE_REMOVED("inbox.route-removed"),
    STANDARD_ADDED("inbox.standard-added"),
    STANDARD_CHANGED("inbox.standard-changed"),
    POLL_FAILED("inbox.poll-failed");

    /** The record type the inbox's audit entries use, matching the archive's inbound message type. */
    public static final String ITEM = "inbound-message";

    private final String code;

    InboxActions(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
