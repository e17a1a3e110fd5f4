package org.postwatch.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.PostwatchUser;
import org.postwatch.platform.Tenancy;
import org.postwatch.support.DemoUsers;
import org.postwatch.support.PostwatchIntegrationTest;
import org.postwatch.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PostwatchIntegrationTest
class RetentionAndHoldTests {

    @Autowired
    ArchiveRecords records;

    @Autowired
    ArchiveRetention retention;

    @Autowired
    LegalHolds holds;

    @Autowired
    ArchiveSearch search;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    @Test
    void recordsPastTheirRetentionPeriodAreDueAndRecentOnesAreNot() {
        var admin = demo.user("glo.admin");
        ArchiveRecordId old = keep(ArchiveFixtures.inboundMessage(
                "@GlosPolice", "Old message " + ArchiveFixtures.uniqueWord(), Duration.ofDays(400)));
        ArchiveRecordId recent = keep(ArchiveFixtures.inboundMessage(
                "@GlosPolice", "New message " + ArchiveFixtures.uniqueWord(), Duration.ofDays(30)));

        List<ArchiveRecordId> due = SignedIn.as(admin, () -> retention.due(10_000)).stream()
                .map(DueRecord::id)
                .toList();

        assertThat(due).contains(old).doesNotContain(recent);
    }

    @Test
    void keepingARecordSetsItsNextReviewAndTakesItOffTheList() {
        var admin = demo.user("glo.admin");
        ArchiveRecordId old = keep(ArchiveFixtures.inboundMessage(
                "@GlosPolice", "Complaint " + ArchiveFixtures.uniqueWord(), Duration.ofDays(500)));
        LocalDate nextReview = LocalDate.now().plusYears(1);

        ReviewResult result = SignedIn.as(
                admin,
                () -> retention.decide(List.of(old), ReviewDecision.RETAIN, "Linked to an open complaint", nextReview));

        assertThat(result.retained()).containsExactly(old);
        assertThat(SignedIn.as(admin, () -> retention.due(10_000)))
                .extracting(DueRecord::id)
                .doesNotContain(old);
        assertThat(SignedIn.as(admin, () -> records.view(old)).reviewDue()).isEqualTo(nextReview);
        assertThat(actionsAbout(old)).contains("archive.retained");
        assertThatThrownBy(() -> SignedIn.as(
                        admin,
                        () -> retention.decide(
                                List.of(old),
                                ReviewDecision.RETAIN,
                                "No date",
                                LocalDate.now().minusDays(1))))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void disposalRemovesTheContentAndKeepsATombstoneWithTheHash() {
        var admin = demo.user("glo.admin");
        String word = ArchiveFixtures.uniqueWord();
        ArchiveRecordId old =
                keep(ArchiveFixtures.inboundMessage("@GlosPolice", "Message " + word, Duration.ofDays(500)));
        String hash = SignedIn.as(admin, () -> records.view(old)).contentSha256();

        ReviewResult result = SignedIn.as(
                admin, () -> retention.decide(List.of(old), ReviewDecision.DISPOSE, "Retention period ended", null));

        assertThat(result.disposed()).containsExactly(old);
        ArchiveRecordView tombstone = SignedIn.as(admin, () -> records.view(old));
        assertThat(tombstone.disposed()).isTrue();
        assertThat(tombstone.content()).isNull();
        assertThat(tombstone.authorName()).isNull();
        assertThat(tombstone.metadata()).isEmpty();
        assertThat(tombstone.contentSha256()).isEqualTo(hash);
        assertThat(tombstone.disposalReason()).isEqualTo("Retention period ended");
        assertThat(SignedIn.as(admin, () -> search.search(ArchiveQuery.text(word), 1))
                        .hits())
                .isEmpty();
        assertThat(actionsAbout(old)).contains("archive.disposed");
        assertThatThrownBy(() ->
                        SignedIn.as(admin, () -> retention.decide(List.of(old), ReviewDecision.DISPOSE, "Again", null)))
                .hasMessageContaining("already been disposed");
    }

    @ParameterizedTest(name = "a hold on {0} stops disposal until it is lifted")
    @EnumSource(HoldScope.class)
    void aLegalHoldStopsDisposalOfEverythingItCoversUntilItIsLifted(HoldScope scope) {
        var admin = demo.user("glo.admin");
        var psd = demo.user("glo.psd");
        var author = demo.user("glo.training");
        String word = ArchiveFixtures.uniqueWord();
        String account = "@Test" + word;
        String caseReference = "PSD-" + word;
        ArchiveEntry entry = new ArchiveEntry(
                ArchiveRecordType.CHECK_DECISION,
                UUID.randomUUID().toString(),
                1,
                account,
                author.staffId(),
                author.displayName(),
                java.time.Instant.now().minus(Duration.ofDays(900)),
                "Safeguard check: REVIEW",
                "Words to find " + word,
                Map.of("caseReference", caseReference),
                "REVIEW",
                java.util.Set.of());
        ArchiveRecordId covered = keep(entry);
        ArchiveRecordId uncovered = keep(ArchiveFixtures.checkDecision(
                demo.user("glo.handler"),
                "@GlosPolice",
                "Unrelated " + ArchiveFixtures.uniqueWord(),
                Duration.ofDays(900)));
        NewLegalHold request = switch (scope) {
            case PERSON ->
                new NewLegalHold(
                        "Hold " + word,
                        "Conduct investigation",
                        scope,
                        author.staffId().toString(),
                        null,
                        List.of());
            case ACCOUNT -> new NewLegalHold("Hold " + word, "Civil claim", scope, account, null, List.of());
            case CASE -> new NewLegalHold("Hold " + word, "Misconduct hearing", scope, caseReference, null, List.of());
            case SEARCH ->
                new NewLegalHold("Hold " + word, "Disclosure request", scope, null, ArchiveQuery.text(word), List.of());
        };
        LegalHoldId hold = SignedIn.as(psd, () -> holds.place(request));
        try {
            ReviewResult refused = SignedIn.as(
                    admin,
                    () -> retention.decide(List.of(covered, uncovered), ReviewDecision.DISPOSE, "Period ended", null));

            assertThat(refused.held()).extracting(ReviewResult.Held::id).containsExactly(covered);
            assertThat(refused.held().getFirst().holds()).containsExactly("Hold " + word);
            assertThat(refused.disposed()).containsExactly(uncovered);
            assertThat(SignedIn.as(admin, () -> records.view(covered)).disposed())
                    .isFalse();
            assertThat(SignedIn.as(admin, () -> retention.due(10_000)))
                    .filteredOn(due -> due.id().equals(covered))
                    .singleElement()
                    .satisfies(due -> assertThat(due.heldBy()).containsExactly("Hold " + word));
        } finally {
            SignedIn.as(psd, () -> holds.lift(hold, "Investigation closed"));
        }

        ReviewResult afterLifting = SignedIn.as(
                admin, () -> retention.decide(List.of(covered), ReviewDecision.DISPOSE, "Period ended", null));
        assertThat(afterLifting.disposed()).containsExactly(covered);
    }

    @Test
    void recordsAttachedToAHoldByHandAreCoveredAndPlacingAndLiftingAreRecorded() {
        var admin = demo.user("glo.admin");
        var psd = demo.user("glo.psd");
        ArchiveRecordId attached = keep(ArchiveFixtures.inboundMessage(
                "@GlosPolice", "Attach me " + ArchiveFixtures.uniqueWord(), Duration.ofDays(500)));
        LegalHoldId hold = SignedIn.as(
                psd,
                () -> holds.place(new NewLegalHold(
                        "Selected records",
                        "Claim against the force",
                        HoldScope.CASE,
                        "CLAIM-77",
                        null,
                        List.of(attached))));

        assertThat(SignedIn.as(psd, () -> holds.covering(attached))).containsExactly("Selected records");
        assertThat(SignedIn.as(psd, () -> holds.covered(hold, 1)).hits())
                .extracting(SearchHit::id)
                .contains(attached);
        SignedIn.as(psd, () -> holds.lift(hold, "Claim settled"));
        assertThat(SignedIn.as(psd, () -> holds.covering(attached))).isEmpty();
        assertThat(SignedIn.as(admin, () -> holds.get(hold)).liftReason()).isEqualTo("Claim settled");

        List<String> trail = Tenancy.asSystem(
                () -> jdbc.sql("select action || ':' || coalesce(reason, '') from audit.entry where record_type ="
                                + " 'legal-hold' and record_id = ? order by seq")
                        .param(hold.toString())
                        .query(String.class)
                        .list());
        assertThat(trail).contains("archive.hold-placed:Claim against the force", "archive.hold-lifted:Claim settled");
    }

    @Test
    void aHoldNeedsANameAReasonAndSomethingToCover() {
        var psd = demo.user("glo.psd");
        assertThatThrownBy(() -> SignedIn.as(
                        psd, () -> holds.place(new NewLegalHold("", "Reason", HoldScope.CASE, "X", null, List.of()))))
                .hasMessageContaining("name");
        assertThatThrownBy(() -> SignedIn.as(
                        psd,
                        () -> holds.place(new NewLegalHold(
                                "Name", "Reason", HoldScope.SEARCH, null, ArchiveQuery.text(" "), List.of()))))
                .hasMessageContaining("at least one search term");
        assertThatThrownBy(() -> SignedIn.as(
                        psd,
                        () -> holds.place(new NewLegalHold(
                                "Name",
                                "Reason",
                                HoldScope.PERSON,
                                demo.user("sta.handler").staffId().toString(),
                                null,
                                List.of()))))
                .hasMessageContaining("Choose the person");
    }

    @Test
    void aForceChangesARetentionPeriodAndThatIsRecorded() {
        var admin = demo.user("sta.admin");
        ArchiveRecordId message = keep(
                demo.user("sta.psd"),
                ArchiveFixtures.inboundMessage(
                        "@StaffsPolice", "Hello " + ArchiveFixtures.uniqueWord(), Duration.ofDays(100)));
        try {
            SignedIn.as(admin, () -> retention.changeRule(ArchiveRecordType.INBOUND_MESSAGE, 3, "RS 12.4 (test)"));

            assertThat(SignedIn.as(admin, () -> retention.rules()))
                    .filteredOn(rule -> rule.type() == ArchiveRecordType.INBOUND_MESSAGE)
                    .singleElement()
                    .satisfies(rule -> {
                        assertThat(rule.months()).isEqualTo(3);
                        assertThat(rule.isDefault()).isFalse();
                    });
            assertThat(SignedIn.as(admin, () -> retention.due(10_000)))
                    .extracting(DueRecord::id)
                    .contains(message);
        } finally {
            SignedIn.as(
                    admin,
                    () -> retention.changeRule(
                            ArchiveRecordType.INBOUND_MESSAGE,
                            12,
                            "Corporate communications: public contact via social media, 1 year"));
        }
        assertThatThrownBy(
                        () -> SignedIn.as(admin, () -> retention.changeRule(ArchiveRecordType.INBOUND_MESSAGE, 0, "x")))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(Tenancy.asSystem(() -> jdbc.sql("select count(*) from audit.entry where action ="
                                + " 'archive.retention-changed' and force_id = ?")
                        .param(admin.forceId().value())
                        .query(Long.class)
                        .single()))
                .isGreaterThanOrEqualTo(2);
    }

    private ArchiveRecordId keep(ArchiveEntry entry) {
        return keep(demo.user("glo.admin"), entry);
    }

    private ArchiveRecordId keep(PostwatchUser in, ArchiveEntry entry) {
        return SignedIn.as(in, () -> records.keep(entry));
    }

    private List<String> actionsAbout(ArchiveRecordId id) {
        return Tenancy.asSystem(() -> jdbc.sql("select action from audit.entry where record_type = 'archive-record'"
                        + " and record_id = ? order by seq")
                .param(id.toString())
                .query(String.class)
                .list());
    }
}
