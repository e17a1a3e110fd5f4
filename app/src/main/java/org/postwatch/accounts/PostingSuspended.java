package org.postwatch.accounts;

import java.time.Instant;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.StaffId;

/** A person may no longer post to any account until the suspension is lifted. */
public record PostingSuspended(StaffId staff, ForceId force, String reason, String caseReference, Instant at) {}
