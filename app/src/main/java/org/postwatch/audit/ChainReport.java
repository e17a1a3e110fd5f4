package org.postwatch.audit;

import java.time.Instant;
import java.util.Optional;
import org.postwatch.platform.ForceId;

/**
 * The result of walking one force's chain and checking its signed checkpoints.
 *
 * @param latestCheckpoint the newest checkpoint checked, if any
 * @param firstBreak empty when the chain is intact
 */
public record ChainReport(
        ForceId force,
        long entriesChecked,
        long lastSeq,
        int checkpointsChecked,
        Optional<Checkpoint> latestCheckpoint,
        Optional<ChainBreak> firstBreak,
        Instant verifiedAt) {

    public boolean intact() {
        return firstBreak.isEmpty();
    }

    /** Entries appended since the newest checkpoint; they are chained but not yet signed. */
    public long unsignedEntries() {
        return lastSeq - latestCheckpoint.map(Checkpoint::seq).orElse(0L);
    }
}
