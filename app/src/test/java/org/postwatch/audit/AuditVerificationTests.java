package org.postwatch.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.postwatch.audit.domain.Checkpoints;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.Tenancy;
import org.postwatch.support.DemoUsers;
import org.postwatch.support.PostwatchIntegrationTest;
import org.postwatch.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Verification against the real database: each test gets a force of its own, so tampering with its chain (as the
 * database owner would have to) cannot disturb anyone else's.
 */
@PostwatchIntegrationTest
class AuditVerificationTests {

    @Autowired
    AuditTrail audit;

    @Autowired
    AuditVerification verification;

    @Autowired
    AuditLog log;

    @Autowired
    Checkpoints checkpoints;

    @Autowired
    AuditCommand command;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Environment environment;

    @Autowired
    DemoUsers demo;

    @Autowired
    JsonMapper json;

    @Test
    void anUntouchedChainWithASignedCheckpointVerifies() {
        ForceId force = forceWithEntries(5);
        sign(force);
        append(force, 2);

        ChainReport report = verification.verify(force, List.of());

        assertThat(report.intact()).isTrue();
        assertThat(report.entriesChecked()).isEqualTo(7);
        // The scheduled task may sign the two newer entries meanwhile.
        long signed = report.latestCheckpoint().orElseThrow().seq();
        assertThat(signed).isBetween(5L, 7L);
        assertThat(report.unsignedEntries()).isEqualTo(7 - signed);
    }

    @Test
    void anEntryEditedInTheDatabaseIsReportedWithItsNumber() {
        ForceId force = forceWithEntries(6);
        DatabaseOwner.tamper(
                environment,
                sql -> sql.executeUpdate("update audit.entry set reason = 'nothing to see here' where force_id = '"
                        + force + "' and seq = 4"));

        ChainBreak found = verification.verify(force, List.of()).firstBreak().orElseThrow();

        assertThat(found.kind()).isEqualTo(BreakKind.EDITED);
        assertThat(found.seq()).isEqualTo(4);
    }

    @Test
    void anEntryDeletedInTheDatabaseIsReported() {
        ForceId force = forceWithEntries(6);
        DatabaseOwner.tamper(
                environment,
                sql -> sql.executeUpdate("delete from audit.entry where force_id = '" + force + "' and seq = 3"));

        ChainBreak found = verification.verify(force, List.of()).firstBreak().orElseThrow();

        assertThat(found.kind()).isEqualTo(BreakKind.DELETED);
        assertThat(found.seq()).isEqualTo(3);
    }

    @Test
    void entriesReorderedInTheDatabaseAreReported() {
        ForceId force = forceWithEntries(6);
        DatabaseOwner.tamper(environment, sql -> {
            sql.executeUpdate("update audit.entry set seq = -2 where force_id = '" + force + "' and seq = 2");
            sql.executeUpdate("update audit.entry set seq = 2 where force_id = '" + force + "' and seq = 5");
            sql.executeUpdate("update audit.entry set seq = 5 where force_id = '" + force + "' and seq = -2");
        });

        ChainBreak found = verification.verify(force, List.of()).firstBreak().orElseThrow();

        assertThat(found.kind()).isEqualTo(BreakKind.REORDERED);
        assertThat(found.seq()).isEqualTo(2);
    }

    @Test
    void aTruncatedTailIsReportedEvenWhenTheChainHeadIsRewoundToo() {
        ForceId force = forceWithEntries(6);
        sign(force);
        DatabaseOwner.tamper(environment, sql -> {
            sql.executeUpdate("delete from audit.entry where force_id = '" + force + "' and seq > 4");
            sql.executeUpdate("update audit.chain_head h set seq = 4, hash = e.hash from audit.entry e"
                    + " where h.force_id = '" + force + "' and e.force_id = h.force_id and e.seq = 4");
        });

        ChainBreak found = verification.verify(force, List.of()).firstBreak().orElseThrow();

        assertThat(found.kind()).isEqualTo(BreakKind.TRUNCATED);
        assertThat(found.seq()).isEqualTo(5);
    }

    @Test
    void aChainRewrittenWithCheckpointsDeletedIsCaughtByACopyKeptElsewhere() {
        ForceId force = forceWithEntries(4);
        CheckpointExport keptElsewhere = CheckpointExport.of(force, List.of(sign(force)), checkpointKey());
        DatabaseOwner.tamper(environment, sql -> {
            sql.executeUpdate("delete from audit.checkpoint where force_id = '" + force + "'");
            sql.executeUpdate("delete from audit.entry where force_id = '" + force + "' and seq = 4");
            sql.executeUpdate("update audit.chain_head h set seq = 3, hash = e.hash from audit.entry e"
                    + " where h.force_id = '" + force + "' and e.force_id = h.force_id and e.seq = 3");
        });

        assertThat(verification.verify(force, List.of()).intact())
                .as("without the copy the truncation cannot be seen")
                .isTrue();
        ChainBreak found = verification
                .verify(force, keptElsewhere.toCheckpoints())
                .firstBreak()
                .orElseThrow();
        assertThat(found.kind()).isEqualTo(BreakKind.TRUNCATED);
    }

    @Test
    void aForgedCheckpointIsReported() {
        ForceId force = forceWithEntries(3);
        Checkpoint honest = sign(force);
        DatabaseOwner.tamper(
                environment,
                sql -> sql.executeUpdate(
                        "update audit.checkpoint set signed_at = signed_at - interval '1 day' where force_id = '"
                                + force + "' and seq = " + honest.seq()));

        ChainBreak found = verification.verify(force, List.of()).firstBreak().orElseThrow();

        assertThat(found.kind()).isEqualTo(BreakKind.BAD_SIGNATURE);
    }

    @Test
    void concurrentAppendsFromManyRequestsKeepOneValidChain() throws Exception {
        ForceId force = new ForceId(UUID.randomUUID());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Void>> writers = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                int writer = thread;
                writers.add(() -> {
                    for (int i = 0; i < 50; i++) {
                        int n = i;
                        Tenancy.asForce(
                                force,
                                () -> transactions.executeWithoutResult(status -> audit.recordFor(
                                        force,
                                        Actor.system(),
                                        AuditAction.of("test.concurrent"),
                                        "test",
                                        writer + "-" + n,
                                        null,
                                        Map.of("writer", Integer.toString(writer)))));
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(writers)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }

        ChainReport report = verification.verify(force, List.of());

        assertThat(report.intact())
                .as(report.firstBreak().map(ChainBreak::detail).orElse(""))
                .isTrue();
        assertThat(report.entriesChecked()).isEqualTo(400);
        assertThat(report.lastSeq()).isEqualTo(400);
    }

    @Test
    void administratorVerifiesTheirForceAndTheVerificationIsRecorded() {
        var admin = demo.user("glo.admin");

        ChainReport report = SignedIn.as(admin, () -> verification.verifyMyForce());

        assertThat(report.force()).isEqualTo(admin.forceId());
        assertThat(report.intact()).isTrue();
        List<String> recorded = Tenancy.asForce(
                admin.forceId(),
                () -> jdbc.sql("select details->>'intact' from audit.entry where force_id = ? and action ="
                                + " 'audit.verified' order by seq desc limit 1")
                        .param(admin.forceId().value())
                        .query(String.class)
                        .list());
        assertThat(recorded).containsExactly("true");
    }

    @Test
    void theCommandChecksAgainstACheckpointFileAndFailsOnAForgedOne(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        ForceId force = forceWithEntries(3);
        Checkpoint honest = sign(force);
        Checkpoint forged = new Checkpoint(
                force, honest.seq(), new byte[32], honest.signedAt(), honest.keyId(), honest.signature());
        Path file = dir.resolve("checkpoints.json");
        Files.writeString(file, json.writeValueAsString(CheckpointExport.of(force, List.of(forged), checkpointKey())));

        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true));
        int exitCode;
        try {
            AuditCommand cli = new AuditCommand(verification, json);
            cli.run(new DefaultApplicationArguments("audit", "verify", "--checkpoints=" + file));
            exitCode = cli.getExitCode();
        } finally {
            System.setOut(original);
        }

        assertThat(exitCode).isEqualTo(1);
        assertThat(printed.toString())
                .contains("Force " + force + ": BROKEN")
                .contains("Bad checkpoint signature")
                .contains("Force " + demo.force("GLO") + ": intact");
    }

    @Test
    void theCommandIgnoresAnOrdinaryStart() {
        assertThat(AuditCommand.requested("--server.port=8080")).isFalse();
        assertThat(AuditCommand.requested("audit", "verify")).isTrue();
        assertThat(command.getExitCode()).isZero();
    }

    private java.security.PublicKey checkpointKey() {
        return AuditProof.readPublicKey(log.publicKeyPem());
    }

    private ForceId forceWithEntries(int count) {
        ForceId force = new ForceId(UUID.randomUUID());
        append(force, count);
        return force;
    }

    private void append(ForceId force, int count) {
        Tenancy.asForce(
                force,
                () -> transactions.executeWithoutResult(status -> {
                    for (int i = 0; i < count; i++) {
                        audit.recordFor(
                                force,
                                Actor.named(UUID.randomUUID(), "Test Officer " + i),
                                AuditAction.of("test.appended"),
                                "test",
                                "record-" + i,
                                i % 2 == 0 ? null : "because " + i,
                                Map.of("n", Integer.toString(i)));
                    }
                }));
    }

    private Checkpoint sign(ForceId force) {
        return Tenancy.asForce(force, () -> transactions.execute(status -> checkpoints.signHead(force)))
                .orElseThrow();
    }
}
