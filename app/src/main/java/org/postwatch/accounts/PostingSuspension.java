package org.postwatch.accounts;

import java.time.Instant;
import org.postwatch.platform.StaffId;

/** A current suspension of a person's posting rights. */
public record PostingSuspension(
        StaffId staff, String reason, String caseReference, Instant suspendedAt, String suspendedBy) {}
