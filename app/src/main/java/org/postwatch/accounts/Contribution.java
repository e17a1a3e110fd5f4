package org.postwatch.accounts;

/** An account a person is a contributor on, and whether they may post to it now. */
public record Contribution(AccountSummary account, PostingPermission permission) {}
