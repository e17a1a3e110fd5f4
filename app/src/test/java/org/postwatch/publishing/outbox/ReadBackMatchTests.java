package org.postwatch.publishing.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.postwatch.publishing.connector.PlatformPost;

class ReadBackMatchTests {

    static final Instant SINCE = Instant.parse("2026-11-21T10:00:00Z");
    static final String TEXT = "Missing man found safe in Stroud";

    static PlatformPost post(String id, String text, String at, String marker) {
        return new PlatformPost(id, "https://example/" + id, text, Instant.parse(at), marker);
    }

    @Test
    void findsThePostWithTheSameTextMadeAfterTheFirstAttempt() {
        var posts = List.of(
                post("1", "Something else", "2026-11-21T10:01:00Z", null),
                post("2", TEXT, "2026-11-21T10:02:00Z", null));

        assertThat(ReadBackMatch.find(posts, null, TEXT, SINCE, id -> false))
                .map(PlatformPost::id)
                .contains("2");
    }

    @Test
    void aPostFromBeforeTheFirstAttemptIsNotThisOne() {
        var posts = List.of(post("1", TEXT, "2026-11-21T09:00:00Z", null));

        assertThat(ReadBackMatch.find(posts, null, TEXT, SINCE, id -> false)).isEmpty();
    }

    @Test
    void aPostAnotherPublicationOwnsIsSkippedForTheNextOne() {
        var posts =
                List.of(post("1", TEXT, "2026-11-21T10:01:00Z", null), post("2", TEXT, "2026-11-21T10:03:00Z", null));

        assertThat(ReadBackMatch.find(posts, null, TEXT, SINCE, Set.of("1")::contains))
                .map(PlatformPost::id)
                .contains("2");
    }

    @Test
    void ofTwoLookAlikesTheOldestIsTaken() {
        var posts =
                List.of(post("2", TEXT, "2026-11-21T10:03:00Z", null), post("1", TEXT, "2026-11-21T10:01:00Z", null));

        assertThat(ReadBackMatch.find(posts, null, TEXT, SINCE, id -> false))
                .map(PlatformPost::id)
                .contains("1");
    }

    @Test
    void aKeptKeyDecidesAndAnotherKeyNeverMatchesByText() {
        var posts = List.of(
                post("1", TEXT, "2026-11-21T10:01:00Z", "other-key"),
                post("2", "edited", "2026-11-21T10:02:00Z", "our-key"));

        assertThat(ReadBackMatch.find(posts, "our-key", TEXT, SINCE, id -> false))
                .map(PlatformPost::id)
                .contains("2");
        assertThat(ReadBackMatch.find(posts.subList(0, 1), "our-key", TEXT, SINCE, id -> false))
                .isEmpty();
    }
}
