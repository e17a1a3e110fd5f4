package org.postwatch.publishing.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.postwatch.publishing.sandbox.SandboxFault;

/** Telling the Sandbox to fail the next posts to a handle. */
public record SandboxFaultForm(
        @NotBlank(message = "Enter the Sandbox handle, for example @GlosPoliceDogs")
        @Size(max = 100, message = "Handles are at most 100 characters")
        String handle,

        @NotNull(message = "Choose how the Sandbox should fail")
        SandboxFault.Mode mode,

        @NotNull(message = "Enter how many posts should fail")
        @Min(value = 1, message = "Choose at least 1 post")
        @Max(value = 1000, message = "Choose at most 1000 posts")
        Integer count,

        @Size(max = 500, message = "Keep the message under 500 characters")
        String message) {

    static SandboxFaultForm empty() {
        return new SandboxFaultForm("", SandboxFault.Mode.TIMEOUT_AFTER_POST, 1, "");
    }
}
