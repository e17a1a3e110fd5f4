package org.postwatch.conduct;

import org.postwatch.accounts.AccountId;
import org.postwatch.platform.ForceId;

/** Professional standards lifted an account suspension they had asked for in a conduct case. */
public record AccountSuspensionLifted(
        ForceId force, AccountId account, String label, String reason, String caseReference) {}
