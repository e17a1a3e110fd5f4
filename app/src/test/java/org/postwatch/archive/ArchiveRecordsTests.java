package org.postwatch.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.postwatch.archive.domain.ContentHash;
import org.postwatch.audit.AuditProof;
import org.postwatch.platform.RecordNotFoundException;
import org.postwatch.platform.Tenancy;
import org.postwatch.support.DemoUsers;
import org.postwatch.support.PostwatchIntegrationTest;
import org.postwatch.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@PostwatchIntegrationTest
class ArchiveRecordsTests {

    @Autowired
    ArchiveRecords records;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aKeptRecordCarriesTheHashOfItsContentAndIsRecordedInTheTrail() {
        var handler = demo.user("glo.handler");
        ArchiveEntry entry = ArchiveFixtures.publishedPost(
                handler, "@GlosPoliceDogs", "PD Nell found " + ArchiveFixtures.uniqueWord(), Duration.ofDays(3));

        ArchiveRecordId id = SignedIn.as(handler, () -> records.keep(entry));

        ArchiveRecordView view = SignedIn.as(demo.user("glo.psd"), () -> records.view(id));
        assertThat(view.contentSha256()).isEqualTo(AuditProof.sha256Hex(ContentHash.canonical(entry)));
        assertThat(view.content()).isEqualTo(entry.content());
        assertThat(entriesAbout(id)).contains("archive.kept", "archive.record-viewed");
        assertThat(sha256InTrail(id)).isEqualTo(view.contentSha256());
    }

    @Test
    void keepingTheSameRecordAgainReturnsTheFirstAndChangedContentIsRefused() {
        var handler = demo.user("glo.handler");
        ArchiveEntry entry = ArchiveFixtures.publishedPost(
                handler, "@GlosPoliceDogs", "Kept once " + ArchiveFixtures.uniqueWord(), Duration.ofDays(3));
        ArchiveRecordId first = SignedIn.as(handler, () -> records.keep(entry));

        assertThat(SignedIn.as(handler, () -> records.keep(entry))).isEqualTo(first);
        ArchiveEntry changed = new ArchiveEntry(
                entry.type(),
                entry.recordId(),
                entry.version(),
                entry.account(),
                entry.author(),
                entry.authorName(),
                entry.occurredAt(),
                entry.title(),
                entry.content() + " (edited later)",
                entry.metadata(),
                entry.outcome(),
                entry.categories());
        assertThatThrownBy(() -> SignedIn.as(handler, () -> records.keep(changed)))
                .hasMessageContaining("already kept with different content");
    }

    @Test
    void aRolledBackChangeLeavesNeitherTheRecordNorItsEntry() {
        var handler = demo.user("glo.handler");
        String word = ArchiveFixtures.uniqueWord();
        ArchiveEntry entry = ArchiveFixtures.publishedPost(handler, "@GlosPoliceDogs", word, Duration.ofDays(1));

        assertThatThrownBy(() -> SignedIn.as(
                        handler,
                        () -> transactions.executeWithoutResult(status -> {
                            records.keep(entry);
                            throw new IllegalStateException("the post could not be published");
                        })))
                .isInstanceOf(IllegalStateException.class);

        long kept = Tenancy.asSystem(() -> jdbc.sql("select count(*) from archive.record where content like ?")
                .param("%" + word + "%")
                .query(Long.class)
                .single());
        long recorded = Tenancy.asSystem(() -> jdbc.sql(
                        "select count(*) from audit.entry where action = 'archive.kept' and details->>'recordId' = ?")
                .param(entry.recordId())
                .query(Long.class)
                .single());
        assertThat(kept).isZero();
        assertThat(recorded).isZero();
    }

    @Test
    void theDatabaseRefusesToChangeArchivedContent() {
        var handler = demo.user("glo.handler");
        ArchiveRecordId id = SignedIn.as(
                handler,
                () -> records.keep(ArchiveFixtures.publishedPost(
                        handler, "@GlosPoliceDogs", "Original words", Duration.ofDays(1))));

        assertThatThrownBy(() -> Tenancy.asForce(
                        handler.forceId(),
                        () -> jdbc.sql("update archive.record set content = 'rewritten' where id = ?")
                                .param(id.value())
                                .update()))
                .rootCause()
                .hasMessageContaining("cannot change");
        assertThatThrownBy(() -> Tenancy.asForce(
                        handler.forceId(),
                        () -> jdbc.sql("delete from archive.record where id = ?")
                                .param(id.value())
                                .update()))
                .rootCause()
                .hasMessageContaining("permission denied");
    }

    @Test
    void reviewersSeeOnlyPublishedPostsAndNobodySeesAnotherForcesRecords() {
        var handler = demo.user("glo.handler");
        ArchiveRecordId check = SignedIn.as(
                handler,
                () -> records.keep(ArchiveFixtures.checkDecision(
                        handler, "@GlosPoliceDogs", "Checked words", Duration.ofDays(1))));
        ArchiveRecordId published = SignedIn.as(
                handler,
                () -> records.keep(ArchiveFixtures.publishedPost(
                        handler, "@GlosPoliceDogs", "Published words", Duration.ofDays(1))));

        var reviewer = demo.user("glo.reviewer");
        assertThat(SignedIn.as(reviewer, () -> records.view(published)).content())
                .isEqualTo("Published words");
        assertThatThrownBy(() -> SignedIn.as(reviewer, () -> records.view(check)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> SignedIn.as(demo.user("sta.psd"), () -> records.view(published)))
                .isInstanceOf(RecordNotFoundException.class);
    }

    private List<String> entriesAbout(ArchiveRecordId id) {
        return Tenancy.asSystem(
                () -> jdbc.sql("select action from audit.entry where record_type = 'archive-record' and record_id = ?"
                                + " order by seq")
                        .param(id.toString())
                        .query(String.class)
                        .list());
    }

    private String sha256InTrail(ArchiveRecordId id) {
        return Tenancy.asSystem(() -> jdbc.sql("select details->>'sha256' from audit.entry where action ="
                        + " 'archive.kept' and record_id = ?")
                .param(id.toString())
                .query(String.class)
                .single());
    }
}
