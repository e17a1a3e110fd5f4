package org.postwatch.accounts;

import java.time.Instant;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.StaffId;

/** A person was made a contributor on an account. They may post once accredited for it. */
public record ContributorGranted(AccountId account, ForceId force, StaffId staff, ContributorLevel level, Instant at) {}
