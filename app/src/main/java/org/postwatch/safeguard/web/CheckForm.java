package org.postwatch.safeguard.web;

import org.postwatch.safeguard.AccountKind;
import org.postwatch.safeguard.Channel;
import org.postwatch.safeguard.CheckRequest;

/** The "Check a post" and "Before you post" forms: the words, where they are going and in whose voice. */
public record CheckForm(String text, Channel channel, AccountKind accountKind) {

    /** The engine reads at most this much; a post is far shorter. */
    static final int MAX_LENGTH = 65_536;

    public CheckForm {
        text = text == null ? "" : text;
    }

    static CheckForm forForceAccounts() {
        return new CheckForm("", Channel.X, AccountKind.CORPORATE);
    }

    static CheckForm forPersonalAccounts() {
        return new CheckForm("", Channel.FACEBOOK, AccountKind.PERSONAL);
    }

    /** Fills in anything missing or unreadable, and keeps force-account checks off the personal kind. */
    CheckForm forForceAccount() {
        AccountKind kind =
                accountKind == null || accountKind == AccountKind.PERSONAL ? AccountKind.CORPORATE : accountKind;
        return new CheckForm(text, channel == null ? Channel.X : channel, kind);
    }

    CheckForm forPersonalAccount() {
        return new CheckForm(
                text, channel == null || channel == Channel.SANDBOX ? Channel.FACEBOOK : channel, AccountKind.PERSONAL);
    }

    /** Something to check: not only spaces, no-break spaces or zero-width characters. */
    boolean hasText() {
        return CheckRequest.hasWords(text);
    }

    boolean tooLong() {
        return text.length() > MAX_LENGTH;
    }

    CheckRequest request() {
        return CheckRequest.of(text, channel, accountKind);
    }

    /** Never the words: frameworks log handler arguments at TRACE, and "Before you post" promises no log line. */
    @Override
    public String toString() {
        return "CheckForm[text=(" + text.length() + " characters), channel=" + channel + ", accountKind=" + accountKind
                + "]";
    }
}
