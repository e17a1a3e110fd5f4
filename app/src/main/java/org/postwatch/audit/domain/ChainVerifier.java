package org.postwatch.audit.domain;

import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.postwatch.audit.AuditProof;
import org.postwatch.audit.AuditRecord;
import org.postwatch.audit.BreakKind;
import org.postwatch.audit.ChainBreak;
import org.postwatch.audit.ChainReport;
import org.postwatch.audit.Checkpoint;
import org.postwatch.platform.ForceId;

/**
 * Walks one force's chain in sequence order and checks it against the chain head and the signed checkpoints,
 * reporting the first break. Pure: it sees only what it is given, so tests can tamper with a chain in memory.
 *
 * <p>Entries are fed one at a time ({@link #accept}) so the database can stream a long chain; the look-ups that tell
 * a deletion from an insertion or a reordering run only once a link is broken.
 */
public final class ChainVerifier {

    private static final int RECENT = 4096;

    private final ForceId force;
    private final ChainIndex index;
    private final List<Checkpoint> checkpoints;
    private final ChainHead head;
    private final Map<String, PublicKey> trustedKeys;
    private final Instant verifiedAt;
    private final Set<Long> checkpointSeqs = new HashSet<>();
    private final Map<Long, byte[]> hashesAtCheckpoints = new HashMap<>();
    private final ArrayDeque<Long> recentSeqs = new ArrayDeque<>();

    private AuditRecord previous;
    private long expectedSeq = 1;
    private long checked;
    private long firstSeq = -1;
    private ChainBreak walkBreak;

    /**
     * @param head what the chain head row says, or null when there is none to compare with
     * @param trustedKeys public keys by {@link AuditProof#keyId key id}
     */
    public ChainVerifier(
            ForceId force,
            ChainIndex index,
            List<Checkpoint> checkpoints,
            ChainHead head,
            Map<String, PublicKey> trustedKeys,
            Instant verifiedAt) {
        this.force = force;
        this.index = index;
        this.checkpoints = checkpoints.stream()
                .sorted(Comparator.comparingLong(Checkpoint::seq))
                .toList();
        this.head = head;
        this.trustedKeys = Map.copyOf(trustedKeys);
        this.verifiedAt = verifiedAt;
        this.checkpoints.forEach(checkpoint -> checkpointSeqs.add(checkpoint.seq()));
    }

    /** Verifies a whole chain held in memory, given in sequence order. */
    public static ChainReport verify(
            ForceId force,
            List<AuditRecord> entriesInOrder,
            List<Checkpoint> checkpoints,
            ChainHead head,
            Map<String, PublicKey> trustedKeys,
            Instant verifiedAt) {
        ChainVerifier verifier =
                new ChainVerifier(force, ChainIndex.of(entriesInOrder), checkpoints, head, trustedKeys, verifiedAt);
        Iterator<AuditRecord> entries = entriesInOrder.iterator();
        while (entries.hasNext() && verifier.accept(entries.next())) {
            // accept() does the work and says when to stop
        }
        return verifier.finish();
    }

    /** Checks the next entry; false once the chain is broken and the rest need not be read. */
    public boolean accept(AuditRecord entry) {
        if (walkBreak != null) {
            return false;
        }
        checked++;
        if (firstSeq < 0) {
            firstSeq = entry.seq();
        }
        byte[] expectedPrev = previous == null ? EntryHash.GENESIS : previous.hash();
        if (!Arrays.equals(entry.prevHash(), expectedPrev)) {
            walkBreak = brokenLink(entry, expectedPrev);
            return false;
        }
        if (!AuditProof.hashMatches(entry)) {
            boolean intruder = index.seqsWithPrevHash(entry.prevHash()).stream().anyMatch(seq -> seq != entry.seq());
            walkBreak = intruder
                    ? new ChainBreak(
                            BreakKind.INSERTED,
                            entry.seq(),
                            "Entry #" + entry.seq() + " (" + entry.action() + ") claims the place of another entry"
                                    + " and its hash does not match its content: it was never part of the chain.")
                    : new ChainBreak(
                            BreakKind.EDITED,
                            entry.seq(),
                            "Entry #" + entry.seq() + " (" + entry.action() + ", " + entry.recordType() + " "
                                    + entry.recordId() + ") has been changed since it was recorded: its content no"
                                    + " longer matches its hash.");
            return false;
        }
        if (entry.seq() != expectedSeq) {
            walkBreak = entry.seq() > expectedSeq
                    ? new ChainBreak(
                            BreakKind.DELETED,
                            expectedSeq,
                            "Entries #" + expectedSeq + " to #" + (entry.seq() - 1) + " are missing and the chain"
                                    + " has been re-linked around them.")
                    : new ChainBreak(
                            BreakKind.INSERTED,
                            entry.seq(),
                            "Entry #" + entry.seq() + " repeats a number already used in the chain.");
            return false;
        }
        if (checkpointSeqs.contains(entry.seq())) {
            hashesAtCheckpoints.put(entry.seq(), entry.hash());
        }
        recentSeqs.addLast(entry.seq());
        if (recentSeqs.size() > RECENT) {
            recentSeqs.removeFirst();
        }
        previous = entry;
        expectedSeq++;
        return true;
    }

    private ChainBreak brokenLink(AuditRecord entry, byte[] expectedPrev) {
        long here = entry.seq();
        String before = previous == null ? "the start of the chain" : "entry #" + previous.seq();
        if (Arrays.equals(EntryHash.of(entry, expectedPrev), entry.hash())) {
            return new ChainBreak(
                    BreakKind.EDITED,
                    here,
                    "Entry #" + here + " has had its link to " + before + " changed; its content is unchanged.");
        }
        List<Long> predecessors =
                Arrays.equals(entry.prevHash(), EntryHash.GENESIS) ? List.of(0L) : index.seqsWithHash(entry.prevHash());
        Optional<Long> laterPredecessor =
                predecessors.stream().filter(seq -> seq > here).findFirst();
        if (laterPredecessor.isPresent()) {
            return new ChainBreak(
                    BreakKind.REORDERED,
                    here,
                    "Entry #" + here + " was chained after the entry now numbered #" + laterPredecessor.get()
                            + ", but comes before it.");
        }
        Optional<Long> trueSuccessor = index.seqsWithPrevHash(expectedPrev).stream()
                .filter(seq -> seq > here)
                .min(Long::compare);
        if (trueSuccessor.isPresent()) {
            return new ChainBreak(
                    BreakKind.INSERTED,
                    here,
                    "Entries #" + here + " to #" + (trueSuccessor.get() - 1) + " were never part of the chain:"
                            + " entry #" + trueSuccessor.get() + " follows " + before + " directly.");
        }
        Optional<Long> earlierPredecessor =
                predecessors.stream().filter(seq -> seq < here).max(Long::compare);
        if (earlierPredecessor.isPresent()) {
            long anchor = earlierPredecessor.get();
            return new ChainBreak(
                    BreakKind.INSERTED,
                    entryAfter(anchor),
                    "Entries after " + (anchor == 0 ? "the start of the chain" : "entry #" + anchor)
                            + " and before entry #" + here + " were never part of the chain: entry #" + here
                            + " follows " + (anchor == 0 ? "the start" : "entry #" + anchor) + " directly.");
        }
        if (head != null && here > head.seq()) {
            return new ChainBreak(
                    BreakKind.INSERTED,
                    here,
                    "Entry #" + here + " lies beyond the chain head (#" + head.seq() + ") and does not link to "
                            + before + ".");
        }
        long missing = Math.min(expectedSeq, here);
        return new ChainBreak(
                BreakKind.DELETED,
                missing,
                "Entry #" + here + " links to an entry that no longer exists: the entry after " + before
                        + " has been deleted.");
    }

    private long entryAfter(long seq) {
        if (seq == 0) {
            return firstSeq;
        }
        boolean found = false;
        for (long candidate : recentSeqs) {
            if (found) {
                return candidate;
            }
            found = candidate == seq;
        }
        return seq + 1;
    }

    /** Compares what was walked with the chain head and the checkpoints, and names the first break. */
    public ChainReport finish() {
        long lastSeq = previous == null ? 0 : previous.seq();
        byte[] lastHash = previous == null ? EntryHash.GENESIS : previous.hash();
        ChainBreak first = walkBreak;
        if (walkBreak == null && head != null) {
            if (lastSeq < head.seq()) {
                first = earlier(
                        first,
                        new ChainBreak(
                                BreakKind.TRUNCATED,
                                lastSeq + 1,
                                "The chain head records " + head.seq() + " entries but the chain ends at #" + lastSeq
                                        + ": the newest entries have been removed."));
            } else if (lastSeq > head.seq()) {
                first = earlier(
                        first,
                        new ChainBreak(
                                BreakKind.INSERTED,
                                head.seq() + 1,
                                "Entries #" + (head.seq() + 1) + " to #" + lastSeq + " lie beyond the chain head."));
            } else if (!Arrays.equals(lastHash, head.hash())) {
                first = earlier(
                        first,
                        new ChainBreak(
                                BreakKind.REWRITTEN,
                                lastSeq,
                                "The newest entry, #" + lastSeq + ", is not the one the chain head records."));
            }
        }
        long lastMatching = 0;
        boolean coverageSettled = false;
        for (Checkpoint checkpoint : checkpoints) {
            PublicKey key = trustedKeys.get(checkpoint.keyId());
            if (!checkpoint.force().equals(force)
                    || key == null
                    || !AuditProof.signatureValid(key, checkpoint.payload(), checkpoint.signature())) {
                first = earlier(
                        first,
                        new ChainBreak(
                                BreakKind.BAD_SIGNATURE,
                                checkpoint.seq(),
                                "The checkpoint for entry #" + checkpoint.seq() + " (signed " + checkpoint.signedAt()
                                        + ", key " + checkpoint.keyId() + ") "
                                        + (key == null
                                                ? "names a key this installation does not trust."
                                                : "has a signature that does not match its content.")));
                break;
            }
            if (coverageSettled || (walkBreak != null && checkpoint.seq() >= walkBreak.seq())) {
                continue;
            }
            if (checkpoint.seq() > lastSeq) {
                if (walkBreak == null) {
                    first = earlier(
                            first,
                            new ChainBreak(
                                    BreakKind.TRUNCATED,
                                    lastSeq + 1,
                                    "A checkpoint signed " + checkpoint.signedAt() + " shows the chain had "
                                            + checkpoint.seq() + " entries; it now ends at #" + lastSeq + "."));
                }
                coverageSettled = true;
                continue;
            }
            byte[] walked = hashesAtCheckpoints.get(checkpoint.seq());
            if (walked != null && !Arrays.equals(walked, checkpoint.headHash())) {
                first = earlier(
                        first,
                        new ChainBreak(
                                BreakKind.REWRITTEN,
                                lastMatching + 1,
                                "Entries #" + (lastMatching + 1) + " to #" + checkpoint.seq() + " no longer match"
                                        + " the checkpoint signed " + checkpoint.signedAt() + ": one or more were"
                                        + " changed, added or removed and the hashes after them recomputed."));
                coverageSettled = true;
                continue;
            }
            if (walked != null) {
                lastMatching = checkpoint.seq();
            }
        }
        Optional<Checkpoint> latest = checkpoints.isEmpty() ? Optional.empty() : Optional.of(checkpoints.getLast());
        return new ChainReport(
                force, checked, lastSeq, checkpoints.size(), latest, Optional.ofNullable(first), verifiedAt);
    }

    private static ChainBreak earlier(ChainBreak current, ChainBreak candidate) {
        return current == null || candidate.seq() < current.seq() ? candidate : current;
    }
}
