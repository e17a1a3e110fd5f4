package org.postwatch.accounts;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import org.postwatch.platform.StaffId;

/**
 * What posting rights need from training: is a person accredited for a kind of account on a channel on a date.
 * Implemented by the training module, so accounts never depends on it.
 */
public interface AccreditationCheck {

    Accreditation accreditation(StaffId staff, AccountKind kind, Channel channel, LocalDate on);

    /** The same for many people at once, for alerts and account pages. */
    Map<StaffId, Accreditation> accreditations(
            Collection<StaffId> staff, AccountKind kind, Channel channel, LocalDate on);
}
