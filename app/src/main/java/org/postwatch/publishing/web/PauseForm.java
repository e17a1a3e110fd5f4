package org.postwatch.publishing.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** Pausing publishing: the whole force, or the chosen accounts, with a reason. */
public record PauseForm(
        String scope,
        List<UUID> accounts,

        @NotBlank(message = "Give a reason for pausing, for example the incident it is for")
        @Size(max = 1000, message = "Keep the reason under 1000 characters")
        String reason) {

    public static PauseForm empty() {
        return new PauseForm("FORCE", List.of(), "");
    }

    public boolean wholeForce() {
        return !"ACCOUNTS".equals(scope);
    }

    public List<UUID> chosenAccounts() {
        return accounts == null ? List.of() : accounts;
    }
}
