package org.postwatch.publishing.domain;

import org.postwatch.audit.AuditAction;

/** What publishing records in the audit trail. */
public enum PublishingActions implements AuditAction {
    SCHEDULED("publication.scheduled"),
    RESCHEDULED("publication.rescheduled"),
    CANCELLED("publication.cancelled"),
    ATTEMPT_FAILED("publication.attempt-failed"),
    PUBLISHED("publication.published"),
    FAILED("publication.failed"),
    TAKEDOWN_REQUESTED("publication.takedown-requested"),
    TAKEDOWN_ATTEMPT_FAILED("publication.takedown-attempt-failed"),
    TAKEN_DOWN("publication.taken-down"),
    TAKEDOWN_FAILED("publication.takedown-failed"),
    PAUSED("publishing.paused"),
    RESUMED("publishing.resumed"),
    SANDBOX_FAULT_SET("sandbox.fault-set"),
    SANDBOX_FAULT_CLEARED("sandbox.fault-cleared");

    private final String code;

    PublishingActions(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
