package org.postwatch.posts;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.postwatch.accounts.AccountSummary;
import org.postwatch.archive.ArchiveEntry;
import org.postwatch.archive.ArchiveRecords;
import org.postwatch.platform.StaffId;
import org.postwatch.posts.domain.Post;
import org.postwatch.posts.domain.PostRepository;
import org.postwatch.safeguard.CheckFinding;
import org.postwatch.safeguard.SafeguardDecision;
import org.postwatch.safeguard.SafeguardReport;
import org.springframework.stereotype.Component;

/**
 * Feeds the evidential archive (docs/archive.md) with what a misconduct hearing needs about a post: each version that
 * was submitted or edited by a reviewer, each recorded safeguard check and each publication receipt. Called inside
 * the transaction that makes the change. Every entry is built only from facts fixed for that record (a version's
 * saved time, a decision's time, the platform's receipt), so keeping it again (a repeated submission of the same
 * version, a redelivered event) returns the record already kept instead of a duplicate.
 */
@Component
class PostArchive {

    /** A version the author submitted for checking (also after advice, or tried again after failing). */
    static final String SUBMITTED = "SUBMITTED";

    /** A version a reviewer wrote while approving. */
    static final String EDITED_IN_REVIEW = "EDITED_IN_REVIEW";

    private final ArchiveRecords archive;
    private final PostRepository posts;

    PostArchive(ArchiveRecords archive, PostRepository posts) {
        this.archive = archive;
        this.posts = posts;
    }

    /** The post's current version, as saved, unless it is kept already. The first account's handle files it; the metadata lists every account. */
    void version(Post post, List<AccountSummary> accounts, String status, StaffId by, String byName) {
        java.util.Optional<Instant> saved = posts.versionSavedAt(post.force(), post.id(), post.version());
        if (saved.isPresent() && !posts.markVersionArchived(post.force(), post.id(), post.version(), status)) {
            // Kept already (submitted before, or written by a reviewer): a version is one record, however often sent.
            return;
        }
        Instant savedAt = saved.orElse(post.updatedAt());
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("accounts", handles(accounts));
        metadata.put(
                "channels",
                accounts.stream().map(a -> a.channel().name()).distinct().collect(Collectors.joining(", ")));
        metadata.put(
                "objective", post.objective() == null ? "" : post.objective().name());
        metadata.put(
                "publishAt",
                post.scheduledAt() == null
                        ? "as soon as cleared"
                        : post.scheduledAt().toString());
        metadata.put("postAuthor", post.authorName());
        List<PostRepository.Image> images = posts.images(post.force(), post.id());
        for (int i = 0; i < images.size(); i++) {
            PostRepository.Image image = images.get(i);
            metadata.put(
                    "image" + (i + 1),
                    image.fileName() + " (" + image.contentType() + ", " + image.content().length
                            + " bytes); alt text: "
                            + image.altText() + "; right: " + image.right().name()
                            + (image.attribution() == null ? "" : "; credit: " + image.attribution()));
        }
        archive.keep(ArchiveEntry.postVersion(
                post.id().value(),
                post.version(),
                firstHandle(accounts),
                by,
                byName,
                savedAt,
                post.text(),
                status,
                metadata));
    }

    /** One recorded safeguard check of the post's text, for the accounts of that channel and kind. */
    void check(
            Post post,
            SafeguardDecision decision,
            String text,
            int version,
            List<AccountSummary> accounts,
            StaffId by,
            String byName) {
        SafeguardReport report = decision.report();
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("accounts", handles(accounts));
        metadata.put("channel", decision.channel().name());
        metadata.put("accountKind", decision.accountKind().name());
        metadata.put(
                "policy", report.policyName() + " #" + report.policyNumber() + " (" + report.policyVersion() + ")");
        metadata.put("textSha256", decision.fingerprint().sha256());
        metadata.put("postVersion", Integer.toString(version));
        List<CheckFinding> findings = report.findings();
        for (int i = 0; i < findings.size(); i++) {
            CheckFinding f = findings.get(i);
            metadata.put(
                    "finding" + (i + 1),
                    f.outcome() + " " + f.category() + " " + f.rule() + ": " + f.reason()
                            + (f.hasSpan() ? " [" + f.start() + "-" + f.end() + "]" : ""));
        }
        archive.keep(ArchiveEntry.checkDecision(
                decision.id().value(),
                post.id().value(),
                firstHandle(accounts),
                by,
                byName,
                decision.decidedAt(),
                text,
                report.outcome().name(),
                report.categories().stream().map(Enum::name).collect(Collectors.toSet()),
                metadata));
    }

    /** The platform's receipt: what went out, where, when, under which id and address. */
    void receipt(
            Post post,
            java.util.UUID publication,
            AccountSummary account,
            String channel,
            String textAsPublished,
            String platformPostId,
            String url,
            Instant publishedAt) {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("postVersion", Integer.toString(post.version()));
        metadata.put(
                "objective", post.objective() == null ? "" : post.objective().name());
        if (post.reviewerName() != null) {
            metadata.put("approvedBy", post.reviewerName());
        }
        archive.keep(ArchiveEntry.publicationReceipt(
                publication,
                post.id().value(),
                account == null ? null : account.handle(),
                post.author(),
                post.authorName(),
                publishedAt,
                textAsPublished,
                channel,
                platformPostId,
                url,
                post.objective() == null
                        ? java.util.Set.of()
                        : java.util.Set.of(post.objective().name()),
                metadata));
    }

    private static String firstHandle(List<AccountSummary> accounts) {
        return accounts.isEmpty() ? null : accounts.getFirst().handle();
    }

    private static String handles(List<AccountSummary> accounts) {
        return accounts.stream().map(AccountSummary::label).collect(Collectors.joining(", "));
    }
}
