package org.postwatch.inbox;

import java.util.List;

/**
 * One item with its conversation: every item in the thread, oldest first, the desk's replies and moderation.
 *
 * @param platformVisibility on the Sandbox, whether the public can still see the item (VISIBLE, HIDDEN, DELETED);
 *     null for real platforms
 */
public record Conversation(
        InboxItem item,
        List<InboxItem> thread,
        List<InboxReply> replies,
        List<InboxModeration> moderation,
        String platformVisibility,
        boolean mayModerate) {

    public Conversation {
        thread = List.copyOf(thread);
        replies = List.copyOf(replies);
        moderation = List.copyOf(moderation);
    }

    public List<InboxReply> repliesTo(InboxItem to) {
        return replies.stream().filter(r -> r.item().equals(to.id())).toList();
    }

    public List<InboxModeration> moderationOf(InboxItem of) {
        return moderation.stream().filter(m -> m.item().equals(of.id())).toList();
    }

    /** The reply that is live for the item (held, publishing, published or failed), or null. */
    public InboxReply liveReply() {
        return replies.stream()
                .filter(r -> r.item().equals(item.id()))
                .filter(r -> r.state() != InboxReply.State.REJECTED && r.state() != InboxReply.State.REPLACED)
                .reduce((a, b) -> b)
                .orElse(null);
    }
}
