package org.postwatch.identity;

import java.time.LocalDate;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.StaffId;

/** A member of staff left the force: their posting rights end and their accounts need a new contributor. */
public record StaffLeft(StaffId staff, ForceId force, LocalDate leftOn) {}
