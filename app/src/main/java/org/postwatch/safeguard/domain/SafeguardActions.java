package org.postwatch.safeguard.domain;

import org.postwatch.audit.AuditAction;

/** What the safeguard module writes to the audit trail. */
public enum SafeguardActions implements AuditAction {
    POLICY_ADOPTED("safeguard.policy.adopted"),
    POLICY_DRAFTED("safeguard.policy.drafted"),
    POLICY_REVISED("safeguard.policy.revised"),
    POLICY_ACTIVATED("safeguard.policy.activated"),
    SETTINGS_CHANGED("safeguard.settings.changed"),
    SUITE_UPLOADED("safeguard.suite.uploaded"),
    CASE_OPENED("safeguard.case.opened"),
    CASE_UPDATED("safeguard.case.updated"),
    CASE_CLOSED("safeguard.case.closed"),
    CASE_VIEWED("safeguard.case.viewed"),
    DECISION_RECORDED("safeguard.decision.recorded");

    private final String code;

    SafeguardActions(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
