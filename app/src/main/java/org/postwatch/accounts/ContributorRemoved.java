package org.postwatch.accounts;

import java.time.Instant;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.StaffId;

/** A person stopped being a contributor on an account: removed, left the force, or the account closed. */
public record ContributorRemoved(AccountId account, ForceId force, StaffId staff, String reason, Instant at) {}
