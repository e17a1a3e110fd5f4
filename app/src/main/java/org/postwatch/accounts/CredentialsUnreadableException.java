package org.postwatch.accounts;

/** Stored credentials that cannot be opened with the configured key: a configuration problem, not a user error. */
public class CredentialsUnreadableException extends IllegalStateException {

    public CredentialsUnreadableException(String message) {
        super(message);
    }
}
