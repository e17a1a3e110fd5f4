package org.postwatch.inbox.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.postwatch.inbox.InboundCategory;
import org.postwatch.inbox.ModerationAction;

/** The forms on the inbox pages. */
final class Forms {

    private Forms() {}

    record ReplyForm(
            @NotBlank(message = "Write your reply") @Size(max = 5000, message = "Keep the reply under 5,000 characters")
            String text,

            Boolean confirm) {
        static ReplyForm empty() {
            return new ReplyForm("", false);
        }
    }

    record EscalateForm(
            @Size(max = 100, message = "Keep the name of who took it under 100 characters")
            String handoffTo,

            @NotBlank(message = "Enter the reference you were given, for example the incident number")
            @Size(max = 100, message = "Keep the reference under 100 characters")
            String reference,

            @Size(max = 2000, message = "Keep the note under 2,000 characters")
            String note) {}

    record NoReplyForm(
            @NotBlank(message = "Say why no reply is needed")
            @Size(max = 500, message = "Keep the reason under 500 characters")
            String reason) {}

    record ModerateForm(
            @NotNull(message = "Choose what to do: hide, delete or block the author")
            ModerationAction action,

            @NotNull(message = "Choose the community standard the message breaks")
            UUID standard,

            @Size(max = 2000, message = "Keep the note under 2,000 characters")
            String note) {}

    record AssignForm(
            UUID person,

            @Size(max = 100, message = "Keep the team name under 100 characters")
            String team) {}

    record CategoryForm(
            @NotNull(message = "Choose the right category") InboundCategory category,

            @NotBlank(message = "Say why the category is wrong") @Size(max = 500)
            String reason) {}

    record AppealForm(
            @NotBlank(message = "Enter what the author said in their appeal") @Size(max = 5000)
            String text) {}

    record DecideForm(
            @NotBlank(message = "Choose uphold or overturn") String decision,

            @NotBlank(message = "Give the reason for the decision") @Size(max = 2000)
            String reason) {}

    record DecisionNoteForm(@Size(max = 2000) String note) {}

    record RouteForm(
            @NotBlank(message = "Enter a keyword") @Size(max = 60, message = "Keep the keyword under 60 characters")
            String keyword,

            @NotBlank(message = "Enter the team") @Size(max = 100, message = "Keep the team under 100 characters")
            String team) {}

    record StandardForm(
            @NotBlank(message = "Enter a title") @Size(max = 120, message = "Keep the title under 120 characters")
            String title,

            @NotBlank(message = "Describe the standard")
            @Size(max = 1000, message = "Keep the description under 1,000 characters")
            String description) {}
}
