package org.postwatch.posts.api;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.postwatch.accounts.StrategyObjective;

/** A post to create and submit at once; {@code confirmAdvice} says the author accepts any advice the check gives. */
public record CreatePostRequest(
        @NotEmpty(message = "Choose at least one account") List<UUID> accounts,

        @NotNull(message = "Write the post") @Size(max = 63_206)
        String text,

        @NotNull(message = "Choose the strategy objective") StrategyObjective objective,
        Instant publishAt,
        Boolean confirmAdvice) {

    @Override
    public String toString() {
        return "CreatePostRequest[accounts=" + accounts + "]";
    }
}
