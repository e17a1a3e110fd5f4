package org.postwatch.publishing.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Resuming one pause (or all of them when {@code pause} is empty), with a reason. */
public record ResumeForm(
        UUID pause,

        @NotBlank(message = "Give a reason for resuming, for example that the incident has ended")
        @Size(max = 1000, message = "Keep the reason under 1000 characters")
        String reason) {

    static ResumeForm empty() {
        return new ResumeForm(null, "");
    }
}
