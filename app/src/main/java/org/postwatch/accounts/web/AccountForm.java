package org.postwatch.accounts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import org.postwatch.accounts.AccountKind;
import org.postwatch.accounts.AccountSummary;
import org.postwatch.accounts.Channel;
import org.postwatch.accounts.StrategyObjective;

/** Registering an account, or changing its details (channel, handle and kind are fixed once registered). */
public record AccountForm(
        @NotNull(message = "Choose the channel the account is on")
        Channel channel,

        @NotBlank(message = "Enter the handle or page name of the account") @Size(max = 120)
        String handle,

        @NotNull(message = "Choose the kind of account") AccountKind kind,

        @NotBlank(message = "Enter the display name of the account")
        @Size(max = 200, message = "Keep the display name under 200 characters")
        String displayName,

        @NotBlank(message = "Say what the account is for")
        @Size(max = 2000, message = "Keep the purpose under 2000 characters")
        String purpose,

        Set<StrategyObjective> objectives,

        @NotBlank(message = "Enter the unit that owns the account") @Size(max = 200)
        String owningUnit,

        @NotBlank(message = "Name the Information Asset Owner")
        String assetOwner,

        @Pattern(regexp = "\\s*\\d{0,9}\\s*", message = "Enter the number of followers as a whole number, like 23150")
        String followers,

        @NotBlank(message = "Enter how many months between security reviews")
        @Pattern(regexp = "\\s*\\d{1,2}\\s*", message = "Enter the months between security reviews, from 1 to 60")
        String securityReviewMonths,

        String lastSecurityReviewOn,

        String holder) {

    public static AccountForm empty(String assetOwner) {
        return new AccountForm(
                null, "", null, "", "", EnumSet.noneOf(StrategyObjective.class), "", assetOwner, "0", "12", "", "");
    }

    public static AccountForm of(AccountSummary account, String assetOwner) {
        return new AccountForm(
                account.channel(),
                account.handle(),
                account.kind(),
                account.displayName(),
                account.purpose(),
                account.objectives(),
                account.owningUnit(),
                assetOwner,
                Integer.toString(account.followers()),
                Integer.toString(account.securityReviewMonths()),
                account.lastSecurityReviewOn() == null
                        ? ""
                        : account.lastSecurityReviewOn().toString(),
                "");
    }

    public Set<StrategyObjective> chosenObjectives() {
        return objectives == null || objectives.isEmpty()
                ? EnumSet.noneOf(StrategyObjective.class)
                : EnumSet.copyOf(objectives);
    }

    int followerCount() {
        return followers == null || followers.isBlank() ? 0 : Integer.parseInt(followers.trim());
    }

    int reviewMonths() {
        return Integer.parseInt(securityReviewMonths.trim());
    }
}
