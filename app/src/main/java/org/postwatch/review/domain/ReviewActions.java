package org.postwatch.review.domain;

import org.postwatch.audit.AuditAction;

/** What the audit trail records about reviews. */
public enum ReviewActions implements AuditAction {
    DECIDED("review.decided"),
    SLA_CHANGED("review.sla-changed");

    private final String code;

    ReviewActions(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
