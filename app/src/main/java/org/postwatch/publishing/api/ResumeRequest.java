package org.postwatch.publishing.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * Resume publishing.
 *
 * @param pauseId the pause to end; absent ends every active pause of the force
 */
public record ResumeRequest(
        @NotBlank(message = "Give a reason for resuming") @Size(max = 1000)
        String reason,

        UUID pauseId) {}
