package org.postwatch.publishing.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * Pause publishing for a critical incident.
 *
 * @param accounts the accounts to pause; empty or absent pauses the whole force
 */
public record PauseRequest(
        @NotBlank(message = "Give a reason for pausing") @Size(max = 1000)
        String reason,

        List<UUID> accounts) {}
