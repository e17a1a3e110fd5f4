package org.postwatch.audit;

import java.util.Collection;
import java.util.List;
import org.postwatch.audit.domain.AuditEntries;
import org.postwatch.audit.domain.Checkpoints;
import org.postwatch.audit.domain.SigningKey;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.Tenancy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an evidential export needs from the trail: the entries about its records, a signed checkpoint that covers
 * them, the public key, and a signature over the export's manifest. Callers check who may export.
 */
@Service
public class AuditEvidence {

    private final AuditEntries entries;
    private final Checkpoints checkpoints;
    private final SigningKey key;

    AuditEvidence(AuditEntries entries, Checkpoints checkpoints, SigningKey key) {
        this.entries = entries;
        this.checkpoints = checkpoints;
        this.key = key;
    }

    /** The current force's entries about these records, oldest first. */
    @Transactional(readOnly = true)
    public List<AuditRecord> entriesAbout(String recordType, Collection<String> recordIds) {
        return entries.about(Tenancy.requireForce(), recordType, recordIds);
    }

    /**
     * A signed checkpoint of the current force's chain that covers entry {@code seq}: the newest one if it does,
     * otherwise one signed now.
     */
    @Transactional
    public Checkpoint checkpointCovering(long seq) {
        ForceId force = Tenancy.requireForce();
        return checkpoints
                .latest(force)
                .filter(latest -> latest.seq() >= seq)
                .or(() -> checkpoints.signHead(force))
                .orElseThrow(() -> new IllegalStateException("The force has no audit entries to checkpoint"));
    }

    public String publicKeyPem() {
        return AuditProof.publicKeyPem(key.publicKey());
    }

    public String keyId() {
        return key.keyId();
    }

    /** Signs an evidential export's manifest with the installation's audit key (Ed25519). */
    public byte[] signManifest(byte[] manifest) {
        return key.sign(manifest);
    }
}
