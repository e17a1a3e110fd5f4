package org.postwatch.safeguard;

import java.util.List;
import java.util.Objects;
import org.postwatch.safeguard.engine.Blank;

/** A post or reply to check: its text, where it is going, in whose voice, and what is attached. */
public record CheckRequest(String text, Channel channel, AccountKind accountKind, List<CheckAttachment> attachments) {

    public CheckRequest {
        text = text == null ? "" : text;
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(accountKind, "accountKind");
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public static CheckRequest of(String text, Channel channel, AccountKind accountKind) {
        return new CheckRequest(text, channel, accountKind, List.of());
    }

    /**
     * True when the text has something to check: not empty, and not only whitespace, no-break spaces or zero-width
     * characters (as pasted text can be). The engine finds nothing in such a text, so an answer would mislead.
     */
    public static boolean hasWords(String text) {
        return !Blank.isBlank(text);
    }

    /** Never the words, so a request that ends up in a log line does not carry the post with it. */
    @Override
    public String toString() {
        return "CheckRequest[text=(" + text.length() + " characters), channel=" + channel + ", accountKind="
                + accountKind + ", attachments=" + attachments.size() + "]";
    }
}
