package org.postwatch.accounts;

/** Narrows the account list; every part is optional. */
public record AccountFilter(Channel channel, AccountKind kind, AccountStatus status, String unit, String text) {

    public static AccountFilter everything() {
        return new AccountFilter(null, null, null, null, null);
    }
}
