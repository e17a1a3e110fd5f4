package org.postwatch.archive;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.postwatch.platform.StaffId;

/**
 * Something to keep in the archive, as the owning module describes it. Use the factory for your kind of record; see
 * docs/archive.md.
 *
 * @param recordId the id the owning module uses for the record, also in its audit entries
 * @param version 1, or the version number of a post
 * @param account the social media account it concerns, as its handle (for example {@code @GlosPolice}), or null
 * @param author the member of staff who wrote or decided it, or null (a member of the public, the system)
 * @param authorName how the author is named: a staff member's name, or a public sender's handle
 * @param metadata further facts kept and exported with the record (channel, policy version, URL, post id)
 * @param outcome the result in one word or phrase, for filtering (PUBLISHED, REVIEW, APPROVED, HIDDEN)
 * @param categories labels for filtering (safeguard categories, topics)
 */
public record ArchiveEntry(
        ArchiveRecordType type,
        String recordId,
        int version,
        String account,
        StaffId author,
        String authorName,
        Instant occurredAt,
        String title,
        String content,
        Map<String, String> metadata,
        String outcome,
        Set<String> categories) {

    public ArchiveEntry {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (version < 1) {
            throw new IllegalArgumentException("version starts at 1");
        }
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        categories = categories == null ? Set.of() : Set.copyOf(new TreeSet<>(categories));
    }

    /** One version of a post as saved by its author, whatever happened to it next. */
    public static ArchiveEntry postVersion(
            UUID postId,
            int version,
            String account,
            StaffId author,
            String authorName,
            Instant savedAt,
            String text,
            String status,
            Map<String, String> metadata) {
        return new ArchiveEntry(
                ArchiveRecordType.POST_VERSION,
                postId.toString(),
                version,
                account,
                author,
                authorName,
                savedAt,
                "Post, version " + version,
                text,
                with(metadata, "postId", postId.toString()),
                status,
                Set.of());
    }

    /** A safeguard check's decision on a text: outcome (ALLOW, ADVISE, REVIEW, BLOCK) and finding categories. */
    public static ArchiveEntry checkDecision(
            UUID checkId,
            UUID postId,
            String account,
            StaffId author,
            String authorName,
            Instant checkedAt,
            String checkedText,
            String outcome,
            Set<String> categories,
            Map<String, String> metadata) {
        return new ArchiveEntry(
                ArchiveRecordType.CHECK_DECISION,
                checkId.toString(),
                1,
                account,
                author,
                authorName,
                checkedAt,
                "Safeguard check: " + outcome,
                checkedText,
                postId == null ? metadata : with(metadata, "postId", postId.toString()),
                outcome,
                categories);
    }

    /** A reviewer's decision on a held post (APPROVED, EDITED, REJECTED), with the text as decided. */
    public static ArchiveEntry reviewDecision(
            UUID reviewId,
            UUID postId,
            String account,
            StaffId reviewer,
            String reviewerName,
            Instant decidedAt,
            String decision,
            String note,
            String textAsDecided,
            Map<String, String> metadata) {
        Map<String, String> facts = with(metadata, "postId", postId.toString());
        if (note != null && !note.isBlank()) {
            facts = with(facts, "note", note);
        }
        return new ArchiveEntry(
                ArchiveRecordType.REVIEW_DECISION,
                reviewId.toString(),
                1,
                account,
                reviewer,
                reviewerName,
                decidedAt,
                "Review decision: " + decision,
                textAsDecided,
                facts,
                decision,
                Set.of());
    }

    /** A post as it went out: the channel's receipt (its id and address) and the exact text published. */
    public static ArchiveEntry publicationReceipt(
            UUID publicationId,
            UUID postId,
            String account,
            StaffId author,
            String authorName,
            Instant publishedAt,
            String textAsPublished,
            String channel,
            String externalId,
            String url,
            Set<String> categories,
            Map<String, String> metadata) {
        Map<String, String> facts = with(metadata, "postId", postId.toString());
        facts = with(facts, "channel", channel);
        if (externalId != null) {
            facts = with(facts, "externalId", externalId);
        }
        if (url != null) {
            facts = with(facts, "url", url);
        }
        return new ArchiveEntry(
                ArchiveRecordType.PUBLICATION_RECEIPT,
                publicationId.toString(),
                1,
                account,
                author,
                authorName,
                publishedAt,
                "Published to " + channel,
                textAsPublished,
                facts,
                "PUBLISHED",
                categories);
    }

    /** A comment, mention or message received on one of the force's accounts, from a member of the public. */
    public static ArchiveEntry inboundMessage(
            String messageId,
            String account,
            String fromHandle,
            Instant receivedAt,
            String text,
            String channel,
            Set<String> categories,
            Map<String, String> metadata) {
        return new ArchiveEntry(
                ArchiveRecordType.INBOUND_MESSAGE,
                messageId,
                1,
                account,
                null,
                fromHandle,
                receivedAt,
                "Message from " + fromHandle,
                text,
                with(metadata, "channel", channel),
                "RECEIVED",
                categories);
    }

    /** A moderation action on an inbound message (HIDDEN, DELETED, REPORTED, BLOCKED_SENDER), with the reason. */
    public static ArchiveEntry moderationAction(
            UUID actionId,
            String messageId,
            String account,
            StaffId moderator,
            String moderatorName,
            Instant at,
            String action,
            String reason,
            String messageText,
            Map<String, String> metadata) {
        return new ArchiveEntry(
                ArchiveRecordType.MODERATION_ACTION,
                actionId.toString(),
                1,
                account,
                moderator,
                moderatorName,
                at,
                "Moderation: " + action,
                messageText,
                with(with(metadata, "messageId", messageId), "reason", reason == null ? "" : reason),
                action,
                Set.of());
    }

    private static Map<String, String> with(Map<String, String> metadata, String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(metadata == null ? Map.of() : metadata);
        copy.put(key, value);
        return copy;
    }
}
