package org.postwatch.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.postwatch.platform.PostwatchUser;
import org.postwatch.platform.Tenancy;
import org.postwatch.support.DemoUsers;
import org.postwatch.support.PostwatchIntegrationTest;
import org.postwatch.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@PostwatchIntegrationTest
class ArchiveSearchTests {

    @Autowired
    ArchiveRecords records;

    @Autowired
    ArchiveSearch search;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    @Test
    void findsWordsWithEnglishStemmingAndMarksThemInTheSnippet() {
        var handler = demo.user("glo.handler");
        String word = ArchiveFixtures.uniqueWord();
        ArchiveRecordId id = keep(
                handler,
                ArchiveFixtures.publishedPost(
                        handler,
                        "@GlosPoliceDogs",
                        "Officers arrested two men near " + word + " after a chase",
                        Duration.ofDays(2)));

        SearchResults results =
                SignedIn.as(demo.user("glo.psd"), () -> search.search(ArchiveQuery.text(word + " arrest"), 1));

        assertThat(results.hits()).extracting(SearchHit::id).containsExactly(id);
        assertThat(results.hits().getFirst().snippet())
                .filteredOn(SearchHit.SnippetPart::matched)
                .extracting(SearchHit.SnippetPart::text)
                .contains("arrested", word);
    }

    @Test
    void filtersNarrowTheResults() {
        var handler = demo.user("glo.handler");
        var neighbourhood = demo.user("glo.neighbourhood");
        String word = ArchiveFixtures.uniqueWord();
        ArchiveRecordId dogs = keep(
                handler,
                ArchiveFixtures.publishedPost(handler, "@GlosPoliceDogs", "Dog unit " + word, Duration.ofDays(40)));
        ArchiveRecordId stroud = keep(
                neighbourhood,
                ArchiveFixtures.publishedPost(neighbourhood, "@StroudPolice", "Stroud " + word, Duration.ofDays(2)));
        ArchiveRecordId check = keep(
                neighbourhood,
                ArchiveFixtures.checkDecision(neighbourhood, "@StroudPolice", "Checked " + word, Duration.ofDays(2)));
        var psd = demo.user("glo.psd");

        assertThat(ids(psd, new ArchiveQuery(word, "@GlosPoliceDogs", null, null, null, null, null, null)))
                .containsExactly(dogs);
        assertThat(ids(psd, new ArchiveQuery(word, null, neighbourhood.staffId(), null, null, null, null, null)))
                .containsExactlyInAnyOrder(stroud, check);
        assertThat(ids(psd, new ArchiveQuery(word, null, null, LocalDate.now().minusDays(10), null, null, null, null)))
                .containsExactlyInAnyOrder(stroud, check);
        assertThat(ids(
                        psd,
                        new ArchiveQuery(word, null, null, null, LocalDate.now().minusDays(10), null, null, null)))
                .containsExactly(dogs);
        assertThat(ids(psd, new ArchiveQuery(word, null, null, null, null, "REVIEW", null, null)))
                .containsExactly(check);
        assertThat(ids(psd, new ArchiveQuery(word, null, null, null, null, null, "PERSONAL_DATA", null)))
                .containsExactly(check);
        assertThat(ids(
                        psd,
                        new ArchiveQuery(
                                word, null, null, null, null, null, null, ArchiveRecordType.PUBLICATION_RECEIPT)))
                .containsExactlyInAnyOrder(dogs, stroud);
    }

    @Test
    void aForceNeverFindsAnotherForcesRecords() {
        var handler = demo.user("glo.handler");
        String word = ArchiveFixtures.uniqueWord();
        keep(handler, ArchiveFixtures.publishedPost(handler, "@GlosPoliceDogs", word, Duration.ofDays(2)));

        assertThat(SignedIn.as(demo.user("sta.psd"), () -> search.search(ArchiveQuery.text(word), 1))
                        .hits())
                .isEmpty();
        assertThat(SignedIn.as(demo.user("sta.admin"), () -> search.search(ArchiveQuery.text(word), 1))
                        .hits())
                .isEmpty();
    }

    @Test
    void reviewersFindOnlyPublishedPostsAndContributorsCannotSearch() {
        var neighbourhood = demo.user("glo.neighbourhood");
        String word = ArchiveFixtures.uniqueWord();
        ArchiveRecordId published = keep(
                neighbourhood,
                ArchiveFixtures.publishedPost(neighbourhood, "@StroudPolice", "Published " + word, Duration.ofDays(2)));
        keep(
                neighbourhood,
                ArchiveFixtures.checkDecision(neighbourhood, "@StroudPolice", "Draft " + word, Duration.ofDays(2)));
        keep(neighbourhood, ArchiveFixtures.inboundMessage("@StroudPolice", "Message " + word, Duration.ofDays(2)));

        assertThat(ids(demo.user("glo.reviewer"), ArchiveQuery.text(word))).containsExactly(published);
        assertThat(ids(
                        demo.user("glo.reviewer"),
                        new ArchiveQuery(word, null, null, null, null, null, null, ArchiveRecordType.CHECK_DECISION)))
                .isEmpty();
        assertThat(ids(demo.user("glo.psd"), ArchiveQuery.text(word))).hasSize(3);
        assertThatThrownBy(() -> SignedIn.as(neighbourhood, () -> search.search(ArchiveQuery.text(word), 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(
                        () -> SignedIn.as(demo.user("glo.inspector"), () -> search.search(ArchiveQuery.text(word), 1)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void everySearchIsRecordedWithItsTermsAndResultCount() {
        var psd = demo.user("glo.psd");
        String word = ArchiveFixtures.uniqueWord();
        keep(
                psd,
                new ArchiveEntry(
                        ArchiveRecordType.INBOUND_MESSAGE,
                        UUID.randomUUID().toString(),
                        1,
                        "@GlosPolice",
                        null,
                        "@someone",
                        java.time.Instant.now(),
                        "Message",
                        "Hello " + word,
                        Map.of(),
                        "RECEIVED",
                        Set.of()));

        SignedIn.as(
                psd, () -> search.search(new ArchiveQuery(word, "@GlosPolice", null, null, null, null, null, null), 1));

        Map<String, Object> entry = Tenancy.asSystem(() -> jdbc.sql("select actor_id, details::text as details from"
                        + " audit.entry where action = 'archive.searched' and details->>'text' = ?")
                .param(word)
                .query()
                .singleRow());
        assertThat(entry.get("actor_id")).isEqualTo(psd.staffId().value());
        assertThat((String) entry.get("details"))
                .contains("\"account\": \"@GlosPolice\"")
                .contains("\"results\": \"1\"")
                .contains("\"scope\": \"all records\"");
    }

    private java.util.List<ArchiveRecordId> ids(PostwatchUser user, ArchiveQuery query) {
        return SignedIn.as(user, () -> search.search(query, 1)).hits().stream()
                .map(SearchHit::id)
                .toList();
    }

    private ArchiveRecordId keep(PostwatchUser user, ArchiveEntry entry) {
        return SignedIn.as(user, () -> records.keep(entry));
    }
}
