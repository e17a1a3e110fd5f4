package org.postwatch.safeguard.engine;

import java.util.List;
import java.util.Objects;

/** Everything about a post except its text that changes how it is judged. */
public record CheckContext(
        Channel channel,
        AccountKind accountKind,
        List<Attachment> attachments,
        List<ActiveCase> activeCases,
        ForceProfile force) {

    public CheckContext {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(accountKind, "accountKind");
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        activeCases = activeCases == null ? List.of() : List.copyOf(activeCases);
        force = force == null ? ForceProfile.none() : force;
    }

    /** A corporate post on the Sandbox channel with no attachments: the common case in tests. */
    public static CheckContext defaults() {
        return new CheckContext(Channel.SANDBOX, AccountKind.CORPORATE, List.of(), List.of(), ForceProfile.none());
    }
}
