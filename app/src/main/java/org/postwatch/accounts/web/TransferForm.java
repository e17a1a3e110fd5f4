package org.postwatch.accounts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.postwatch.accounts.AccountKind;

/** Starting the transfer of an unofficial account to the force. */
public record TransferForm(
        @NotNull(message = "Choose what the account will become")
        AccountKind becomes,

        @NotBlank(message = "Name the person who runs the account now")
        String holder,

        @NotBlank(message = "Give a reason") @Size(max = 2000, message = "Keep the reason under 2000 characters")
        String reason) {}
