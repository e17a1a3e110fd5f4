package org.postwatch.accounts;

import java.time.Instant;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.StaffId;

/** An unofficial account came under the force as a team or individual account; its holder became a contributor. */
public record AccountTransferred(AccountId account, ForceId force, AccountKind kind, StaffId holder, Instant at) {}
