package org.postwatch.conduct;

import org.postwatch.platform.ForceId;

/**
 * Professional standards asked for one of the force's social media accounts to be suspended as an interim measure.
 *
 * @param account how the investigator identified the account: its handle or name in the accounts register
 */
public record AccountSuspensionRequested(ForceId force, String account, String reason, String caseReference) {}
