package org.postwatch.accounts.domain;

import org.postwatch.audit.AuditAction;

/** Every kind of change to an account: the account's history shows the label, the audit trail stores the code. */
public enum AccountChange implements AuditAction {
    REGISTERED("account.registered", "Registered"),
    DETAILS_CHANGED("account.details-changed", "Details changed"),
    SUSPENDED("account.suspended", "Suspended"),
    REINSTATED("account.reinstated", "Reinstated"),
    CLOSED("account.closed", "Closed"),
    TRANSFER_STARTED("account.transfer-started", "Transfer started"),
    TRANSFER_COMPLETED("account.transfer-completed", "Transfer completed"),
    TRANSFER_CANCELLED("account.transfer-cancelled", "Transfer cancelled"),
    SECURITY_REVIEWED("account.security-reviewed", "Security review recorded"),
    CONTRIBUTOR_GRANTED("account.contributor-granted", "Contributor added"),
    CONTRIBUTOR_LEVEL_CHANGED("account.contributor-level-changed", "Contributor level changed"),
    CONTRIBUTOR_REMOVED("account.contributor-removed", "Contributor removed"),
    CREDENTIALS_STORED("account.credentials-stored", "Channel credentials stored"),
    CREDENTIALS_REMOVED("account.credentials-removed", "Channel credentials removed");

    private final String code;
    private final String label;

    AccountChange(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
