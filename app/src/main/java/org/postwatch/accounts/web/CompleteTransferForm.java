package org.postwatch.accounts.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.postwatch.accounts.ContributorLevel;

/** Completing a transfer: the holder's contributor level, and an optional note. */
public record CompleteTransferForm(
        @NotNull(message = "Choose a contributor level for the holder")
        ContributorLevel level,

        @Size(max = 2000, message = "Keep the note under 2000 characters")
        String note) {}
