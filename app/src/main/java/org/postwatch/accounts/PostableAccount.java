package org.postwatch.accounts;

/** An account a person may post to now, with the level they hold on it. */
public record PostableAccount(AccountSummary account, ContributorLevel level) {}
