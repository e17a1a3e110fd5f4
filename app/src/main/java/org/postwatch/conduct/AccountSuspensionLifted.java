package org.postwatch.conduct;

import org.postwatch.platform.ForceId;

/** Professional standards lifted an account suspension they had asked for in a conduct case. */
public record AccountSuspensionLifted(ForceId force, String account, String reason, String caseReference) {}
