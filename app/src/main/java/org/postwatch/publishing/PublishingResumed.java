package org.postwatch.publishing;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.StaffId;

/** A critical-incident pause ended; held publications go out. */
public record PublishingResumed(
        PauseId pause, ForceId force, Set<UUID> accounts, String reason, StaffId by, Instant at) {}
