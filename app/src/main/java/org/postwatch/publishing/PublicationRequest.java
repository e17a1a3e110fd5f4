package org.postwatch.publishing;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A post to publish to one account.
 *
 * @param id chosen by the caller; scheduling the same id again changes nothing
 * @param postReference the caller's id for the post (for example the posts module's post id), carried on every event
 * @param account the account register's id for the account
 * @param handle the account's name on the platform, for example {@code @GlosPoliceDogs}
 * @param replyTo the platform's id of the post this replies to (inbox replies), or null
 * @param publishAt when to publish; null means now
 */
public record PublicationRequest(
        PublicationId id,
        String postReference,
        UUID account,
        Channel channel,
        String handle,
        String text,
        List<MediaItem> media,
        String replyTo,
        Instant publishAt) {

    public PublicationRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(postReference, "postReference");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(handle, "handle");
        text = text == null ? "" : text;
        media = media == null ? List.of() : List.copyOf(media);
    }

    /** A text-only post, published now. */
    public static PublicationRequest now(
            PublicationId id, String postReference, UUID account, Channel channel, String handle, String text) {
        return new PublicationRequest(id, postReference, account, channel, handle, text, List.of(), null, null);
    }

    public PublicationRequest at(Instant when) {
        return new PublicationRequest(id, postReference, account, channel, handle, text, media, replyTo, when);
    }

    public PublicationRequest withMedia(List<MediaItem> items) {
        return new PublicationRequest(id, postReference, account, channel, handle, text, items, replyTo, publishAt);
    }

    public PublicationRequest replyingTo(String platformPostId) {
        return new PublicationRequest(
                id, postReference, account, channel, handle, text, media, platformPostId, publishAt);
    }
}
