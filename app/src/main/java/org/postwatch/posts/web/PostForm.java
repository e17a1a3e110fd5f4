package org.postwatch.posts.web;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.postwatch.accounts.AccountId;
import org.postwatch.accounts.StrategyObjective;
import org.postwatch.platform.LondonTime;
import org.postwatch.posts.PostDraft;
import org.postwatch.posts.PostView;

/**
 * The compose form: the post's id once it has been saved, the chosen accounts, the words, the objective and an
 * optional date and time (Europe/London, from a datetime-local input).
 */
public record PostForm(
        String id,
        List<String> accounts,

        @Size(max = 63_206, message = "The post is too long")
        String text,

        String objective,
        String publishAt,
        Boolean confirm) {

    public PostForm {
        id = id == null ? "" : id.strip();
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
        text = text == null ? "" : text.replace("\r\n", "\n");
        objective = objective == null ? "" : objective;
        publishAt = publishAt == null ? "" : publishAt.strip();
        confirm = Boolean.TRUE.equals(confirm);
    }

    public boolean confirmed() {
        return confirm;
    }

    static PostForm empty() {
        return new PostForm("", List.of(), "", "", "", false);
    }

    static PostForm of(PostView post) {
        return new PostForm(
                post.id().toString(),
                post.targets().stream().map(t -> t.account().toString()).toList(),
                post.text(),
                post.objective() == null ? "" : post.objective().name(),
                post.scheduledAt() == null
                        ? ""
                        : LocalDateTime.ofInstant(post.scheduledAt(), LondonTime.ZONE)
                                .withSecond(0)
                                .withNano(0)
                                .toString(),
                false);
    }

    public boolean chosen(Object account) {
        return Set.copyOf(accounts).contains(String.valueOf(account));
    }

    public boolean saved() {
        return !id.isBlank();
    }

    /** Throws IllegalArgumentException when the time is not a date and time. */
    PostDraft draft() {
        Instant at = null;
        if (!publishAt.isBlank()) {
            try {
                at = LocalDateTime.parse(publishAt).atZone(LondonTime.ZONE).toInstant();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("publishAt", e);
            }
        }
        StrategyObjective goal = objective.isBlank() ? null : StrategyObjective.valueOf(objective);
        return new PostDraft(accounts.stream().map(AccountId::of).toList(), text, goal, at);
    }

    @Override
    public String toString() {
        return "PostForm[id=" + id + ", accounts=" + accounts.size() + ", text=(" + text.length() + " characters)]";
    }
}
