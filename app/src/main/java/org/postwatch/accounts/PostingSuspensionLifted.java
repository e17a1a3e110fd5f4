package org.postwatch.accounts;

import java.time.Instant;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.StaffId;

/** A person's posting suspension was lifted; their other posting conditions apply again. */
public record PostingSuspensionLifted(StaffId staff, ForceId force, String reason, Instant at) {}
