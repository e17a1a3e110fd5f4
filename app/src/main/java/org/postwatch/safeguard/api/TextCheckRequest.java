package org.postwatch.safeguard.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One text to check: the same fields as a line of the command-line tool's {@code check} input. */
@Schema(description = "A post or reply to check")
record TextCheckRequest(
        @Schema(description = "Echoed back, for matching results to inputs in bulk", example = "draft-42")
        @Size(max = 200, message = "The id can be at most 200 characters")
        String id,

        @Schema(description = "The text of the post", example = "Victim Jane Smith was assaulted in Stroud last night.")
        @NotNull(message = "Give the text to check")
        @HasWords
        @Size(max = 65_536, message = "The text can be at most 65,536 characters")
        String text,

        @Schema(
                description = "Where it is going (default SANDBOX)",
                allowableValues = {
                    "X",
                    "FACEBOOK",
                    "INSTAGRAM",
                    "YOUTUBE",
                    "TIKTOK",
                    "THREADS",
                    "BLUESKY",
                    "MASTODON",
                    "NEXTDOOR",
                    "SANDBOX",
                    "OTHER"
                })
        String channel,

        @Schema(
                description = "Whose voice (default CORPORATE); PERSONAL only ever advises",
                allowableValues = {"CORPORATE", "TEAM", "INDIVIDUAL", "PERSONAL"})
        String accountKind) {

    /** Never the words: frameworks log handler arguments at TRACE. */
    @Override
    public String toString() {
        return "TextCheckRequest[id=" + id + ", text=(" + (text == null ? 0 : text.length()) + " characters), channel="
                + channel + ", accountKind=" + accountKind + "]";
    }
}
