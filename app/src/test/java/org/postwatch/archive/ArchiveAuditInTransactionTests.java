package org.postwatch.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.postwatch.platform.PostwatchUser;
import org.postwatch.platform.Tenancy;
import org.postwatch.support.DemoUsers;
import org.postwatch.support.PostwatchIntegrationTest;
import org.postwatch.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each archive state change writes its audit entry in the caller's transaction: inside it the entry is there, and
 * when the transaction rolls back the change and its entry both disappear.
 */
@PostwatchIntegrationTest
class ArchiveAuditInTransactionTests {

    @Autowired
    ArchiveRecords records;

    @Autowired
    ArchiveRetention retention;

    @Autowired
    LegalHolds holds;

    @Autowired
    EvidenceExports exports;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    /** A change, the audit action it must record, and the user who makes it. */
    enum Change {
        KEEP("archive.kept", "glo.handler"),
        PLACE_HOLD("archive.hold-placed", "glo.psd"),
        RETAIN("archive.retained", "glo.admin"),
        DISPOSE("archive.disposed", "glo.admin"),
        CHANGE_RETENTION("archive.retention-changed", "glo.admin"),
        EXPORT("archive.exported", "glo.psd");

        final String action;
        final String username;

        Change(String action, String username) {
            this.action = action;
            this.username = username;
        }
    }

    @ParameterizedTest(name = "{0} commits or rolls back with its audit entry")
    @EnumSource(Change.class)
    void theAuditEntryIsWrittenInTheSameTransactionAsTheChange(Change change) {
        PostwatchUser user = demo.user(change.username);
        ArchiveRecordId existing = SignedIn.as(
                demo.user("glo.admin"),
                () -> records.keep(ArchiveFixtures.inboundMessage(
                        "@GlosPolice", "Old " + ArchiveFixtures.uniqueWord(), Duration.ofDays(800))));
        long before = count(change.action, user);

        Function<ArchiveRecordId, Object> work = switch (change) {
            case KEEP ->
                id -> records.keep(ArchiveFixtures.inboundMessage(
                        "@GlosPolice", "New " + ArchiveFixtures.uniqueWord(), Duration.ofDays(1)));
            case PLACE_HOLD ->
                id -> holds.place(new NewLegalHold("Rolled back", "Test", HoldScope.CASE, "RB-1", null, List.of(id)));
            case RETAIN ->
                id -> retention.decide(
                        List.of(id),
                        ReviewDecision.RETAIN,
                        "Keep",
                        LocalDate.now().plusYears(1));
            case DISPOSE -> id -> retention.decide(List.of(id), ReviewDecision.DISPOSE, "Dispose", null);
            case CHANGE_RETENTION ->
                id -> {
                    retention.changeRule(ArchiveRecordType.MODERATION_ACTION, 30, "Rolled back");
                    return null;
                };
            case EXPORT -> id -> exports.export(List.of(id), "Rolled back");
        };

        SignedIn.as(
                user,
                () -> transactions.executeWithoutResult(status -> {
                    work.apply(existing);
                    assertThat(count(change.action, user))
                            .as("inside the transaction")
                            .isEqualTo(before + 1);
                    status.setRollbackOnly();
                }));

        assertThat(count(change.action, user)).as("after rolling back").isEqualTo(before);
        ArchiveRecordView after = SignedIn.as(demo.user("glo.admin"), () -> records.view(existing));
        assertThat(after.disposed()).isFalse();
        assertThat(after.reviewDue()).isBefore(LocalDate.now().plusDays(1));
        assertThat(SignedIn.as(demo.user("glo.psd"), () -> holds.covering(existing)))
                .isEmpty();

        SignedIn.as(user, () -> transactions.executeWithoutResult(status -> work.apply(existing)));
        assertThat(count(change.action, user)).as("after committing").isEqualTo(before + 1);
        if (change == Change.CHANGE_RETENTION) {
            SignedIn.as(
                    user,
                    () -> retention.changeRule(
                            ArchiveRecordType.MODERATION_ACTION,
                            24,
                            "Corporate communications: moderation of public comments, 2 years"));
        }
        if (change == Change.PLACE_HOLD) {
            SignedIn.as(
                    user,
                    () -> holds.all().stream()
                            .filter(hold -> hold.active() && hold.name().equals("Rolled back"))
                            .forEach(hold -> holds.lift(hold.id(), "Test over")));
        }
    }

    private long count(String action, PostwatchUser user) {
        return Tenancy.asForce(
                user.forceId(),
                () -> jdbc.sql("select count(*) from audit.entry where force_id = ? and action = ? and actor_id = ?")
                        .params(user.forceId().value(), action, user.staffId().value())
                        .query(Long.class)
                        .single());
    }
}
