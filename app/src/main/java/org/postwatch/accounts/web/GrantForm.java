package org.postwatch.accounts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.postwatch.accounts.ContributorLevel;

/** Adding a contributor to an account. */
public record GrantForm(
        @NotBlank(message = "Enter their name, e-mail address or collar number")
        String person,

        @NotNull(message = "Choose a contributor level") ContributorLevel level) {}
