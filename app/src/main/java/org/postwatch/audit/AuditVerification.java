package org.postwatch.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.postwatch.audit.domain.AuditEntries;
import org.postwatch.audit.domain.ChainVerifier;
import org.postwatch.audit.domain.Checkpoints;
import org.postwatch.audit.domain.SigningKey;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.Tenancy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Walks a force's chain and its signed checkpoints and reports the first break. The page and API verify the signed-in
 * administrator's force; the {@code audit verify} command verifies every force.
 */
@Service
public class AuditVerification {

    private final AuditEntries entries;
    private final Checkpoints checkpoints;
    private final SigningKey key;
    private final AuditTrail audit;
    private final TransactionTemplate snapshot;
    private final TransactionTemplate writes;
    private final Clock clock;

    AuditVerification(
            AuditEntries entries,
            Checkpoints checkpoints,
            SigningKey key,
            AuditTrail audit,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.entries = entries;
        this.checkpoints = checkpoints;
        this.key = key;
        this.audit = audit;
        this.clock = clock;
        // One snapshot for entries, head and checkpoints, so appends during the walk cannot look like tampering.
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setReadOnly(true);
        this.writes = new TransactionTemplate(transactions);
    }

    /** Verifies the signed-in administrator's force, and records that it was verified and with what result. */
    @PreAuthorize("hasRole('FORCE_ADMIN')")
    public ChainReport verifyMyForce() {
        ForceId force = Tenancy.requireForce();
        ChainReport report = verify(force, List.of());
        Map<String, String> details = new LinkedHashMap<>();
        details.put("intact", Boolean.toString(report.intact()));
        details.put("entriesChecked", Long.toString(report.entriesChecked()));
        details.put("checkpointsChecked", Integer.toString(report.checkpointsChecked()));
        report.firstBreak().ifPresent(found -> {
            details.put("break", found.kind().name());
            details.put("breakAt", Long.toString(found.seq()));
        });
        writes.executeWithoutResult(status -> audit.record(Actions.VERIFIED, "audit-chain", force, null, details));
        return report;
    }

    /**
     * Verifies every force's chain, also against checkpoints kept outside the database (for example a copy of the
     * checkpoint export). For the command line and scheduled checks; records nothing.
     */
    public List<ChainReport> verifyAllForces(List<Checkpoint> keptElsewhere) {
        List<ForceId> forces = Tenancy.asSystem(() -> snapshot.execute(status -> entries.forcesWithChains()));
        List<ForceId> all = new ArrayList<>(forces);
        keptElsewhere.stream()
                .map(Checkpoint::force)
                .distinct()
                .filter(force -> !all.contains(force))
                .forEach(all::add);
        return all.stream()
                .map(force -> verify(
                        force,
                        keptElsewhere.stream()
                                .filter(c -> c.force().equals(force))
                                .toList()))
                .toList();
    }

    ChainReport verify(ForceId force, List<Checkpoint> keptElsewhere) {
        return Tenancy.asForce(
                force,
                () -> snapshot.execute(status -> {
                    List<Checkpoint> known = new ArrayList<>(checkpoints.all(force));
                    known.addAll(keptElsewhere);
                    ChainVerifier verifier = new ChainVerifier(
                            force,
                            entries.index(force),
                            known,
                            entries.head(force).orElse(null),
                            key.trustedKeys(),
                            clock.instant());
                    try (Stream<AuditRecord> chain = entries.inOrder(force)) {
                        Iterator<AuditRecord> walk = chain.iterator();
                        while (walk.hasNext() && verifier.accept(walk.next())) {
                            // accept() checks each entry and says when to stop
                        }
                    }
                    return verifier.finish();
                }));
    }

    enum Actions implements AuditAction {
        VERIFIED("audit.verified");

        private final String code;

        Actions(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }
}
