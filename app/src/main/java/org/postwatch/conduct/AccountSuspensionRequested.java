package org.postwatch.conduct;

import org.postwatch.accounts.AccountId;
import org.postwatch.platform.ForceId;

/**
 * Professional standards asked for one of the force's social media accounts to be suspended as an interim measure.
 * The case reference is for the record; it must not be shown to the account's contributors.
 *
 * @param label how the register named the account at the time, for example "@GlosPoliceDogs on X"
 */
public record AccountSuspensionRequested(
        ForceId force, AccountId account, String label, String reason, String caseReference) {}
