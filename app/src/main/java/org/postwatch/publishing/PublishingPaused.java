package org.postwatch.publishing;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.StaffId;

/** Publishing was paused for a critical incident: for the whole force when {@code accounts} is empty. */
public record PublishingPaused(
        PauseId pause, ForceId force, Set<UUID> accounts, String reason, StaffId by, Instant at) {}
