package org.postwatch.archive;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.postwatch.platform.PostwatchUser;

/** Archive entries as tests need them, each with a word no other test uses, so searches find only their own. */
final class ArchiveFixtures {

    private ArchiveFixtures() {}

    static String uniqueWord() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    static ArchiveEntry publishedPost(PostwatchUser author, String account, String text, Duration ago) {
        return ArchiveEntry.publicationReceipt(
                UUID.randomUUID(),
                UUID.randomUUID(),
                account,
                author.staffId(),
                author.displayName(),
                Instant.now().minus(ago),
                text,
                "X",
                "190000" + System.nanoTime(),
                "https://x.com/GlosPolice/status/1",
                Set.of(),
                Map.of());
    }

    static ArchiveEntry checkDecision(PostwatchUser author, String account, String text, Duration ago) {
        return ArchiveEntry.checkDecision(
                UUID.randomUUID(),
                UUID.randomUUID(),
                account,
                author.staffId(),
                author.displayName(),
                Instant.now().minus(ago),
                text,
                "REVIEW",
                Set.of("PERSONAL_DATA"),
                Map.of("policyVersion", "test"));
    }

    static ArchiveEntry inboundMessage(String account, String text, Duration ago) {
        return ArchiveEntry.inboundMessage(
                "msg-" + UUID.randomUUID(),
                account,
                "@member_of_public",
                Instant.now().minus(ago),
                text,
                "X",
                Set.of(),
                Map.of());
    }
}
