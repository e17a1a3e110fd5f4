package org.postwatch.conduct;

import org.postwatch.platform.ForceId;
import org.postwatch.platform.StaffId;

/** Professional standards lifted a posting suspension they had imposed in a conduct case. */
public record PostingSuspensionLifted(StaffId staff, ForceId force, String reason, String caseReference) {}
