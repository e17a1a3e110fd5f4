package org.postwatch.publishing.outbox;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.postwatch.publishing.connector.PlatformPost;
import org.postwatch.publishing.domain.TextFingerprint;

/**
 * Finds a publication's post among an account's recent posts. A key the platform kept (Bluesky record key, Sandbox
 * idempotency key) decides on its own. Otherwise the text must match exactly after {@link TextFingerprint}'s
 * reduction, the post must be no older than the first attempt (less clock skew), and no other publication may own it;
 * of several, the oldest is taken.
 */
final class ReadBackMatch {

    private ReadBackMatch() {}

    static Optional<PlatformPost> find(
            List<PlatformPost> posts, String marker, String text, Instant since, Predicate<String> claimedByAnother) {
        if (marker != null) {
            Optional<PlatformPost> byMarker =
                    posts.stream().filter(p -> marker.equals(p.marker())).findFirst();
            if (byMarker.isPresent()) {
                return byMarker;
            }
        }
        return posts.stream()
                .filter(p -> p.marker() == null || marker == null)
                .filter(p -> p.createdAt() == null || !p.createdAt().isBefore(since))
                .filter(p -> TextFingerprint.sameText(text, p.text()))
                .filter(p -> !claimedByAnother.test(p.id()))
                .min(Comparator.comparing(p -> p.createdAt() == null ? Instant.MAX : p.createdAt()));
    }
}
