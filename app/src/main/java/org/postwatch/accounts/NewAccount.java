package org.postwatch.accounts;

import java.time.LocalDate;
import org.postwatch.platform.StaffId;

/**
 * An account to add to the register.
 *
 * @param holder for an unofficial account, the person known to run it; otherwise null
 * @param lastSecurityReviewOn the last security review, if one was done before registration
 */
public record NewAccount(
        Channel channel,
        String handle,
        AccountKind kind,
        AccountDetails details,
        StaffId holder,
        LocalDate lastSecurityReviewOn) {}
