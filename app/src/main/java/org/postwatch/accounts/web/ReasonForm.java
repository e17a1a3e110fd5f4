package org.postwatch.accounts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Any change that needs a reason: suspending, reinstating, closing, cancelling a transfer, removing credentials. */
public record ReasonForm(
        @NotBlank(message = "Give a reason") @Size(max = 2000, message = "Keep the reason under 2000 characters")
        String reason) {

    public static ReasonForm empty() {
        return new ReasonForm("");
    }
}
