package org.postwatch.accounts;

import java.time.Instant;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.StaffId;

/** A contributor's level on an account changed, for example from posting with checks to posting with review. */
public record ContributorLevelChanged(
        AccountId account, ForceId force, StaffId staff, ContributorLevel from, ContributorLevel to, Instant at) {}
