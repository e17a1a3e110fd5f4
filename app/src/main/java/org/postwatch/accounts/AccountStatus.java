package org.postwatch.accounts;

/** Where an account is in its lifecycle. Only an ACTIVE account can be posted to. */
public enum AccountStatus {
    ACTIVE("Active"),
    SUSPENDED("Suspended"),
    TRANSFER_PENDING("Transfer pending"),
    CLOSED("Closed");

    private final String label;

    AccountStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
