package org.postwatch.accounts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.postwatch.accounts.ContributorLevel;

/** Changing a contributor's level. */
public record LevelForm(
        @NotNull(message = "Choose a contributor level") ContributorLevel level,

        @NotBlank(message = "Give a reason") @Size(max = 2000, message = "Keep the reason under 2000 characters")
        String reason) {}
