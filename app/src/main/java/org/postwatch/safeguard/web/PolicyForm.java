package org.postwatch.safeguard.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The policy editor: the YAML, and the version it started from. */
public record PolicyForm(
        @NotBlank(message = "Enter the policy")
        @Size(max = 200_000, message = "The policy is too long: keep it under 200,000 characters")
        String yaml,

        Integer basedOn) {}
