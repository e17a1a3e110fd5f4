package org.postwatch.conduct;

import org.postwatch.platform.ForceId;
import org.postwatch.platform.StaffId;

/**
 * Professional standards suspended a person's posting rights as an interim measure in a conduct case. The reason is
 * written to be shown to the person; the case reference is for the record and must not be shown to them.
 */
public record PostingSuspensionImposed(StaffId staff, ForceId force, String reason, String caseReference) {}
