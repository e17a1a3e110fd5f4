package org.postwatch.audit.domain;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.postwatch.audit.AuditProof;
import org.postwatch.audit.AuditRecord;
import org.postwatch.audit.Checkpoint;
import org.postwatch.platform.ForceId;

/** Well-formed chains, checkpoints and keys for verifier tests, built in memory. */
final class Chains {

    static final ForceId FORCE = ForceId.of("6f1d2c3b-0000-4000-8000-000000000001");
    static final KeyPair KEYS = generateKeys();
    static final KeyPair OTHER_KEYS = generateKeys();
    static final Instant START = Instant.parse("2026-11-21T09:00:00Z");

    private Chains() {}

    /** What an entry says, before it is chained. */
    record Content(
            UUID actorId,
            String actorName,
            String action,
            String recordType,
            String recordId,
            String reason,
            String sourceIp,
            Map<String, String> details) {}

    /** A chain as the database would hold it: entries in sequence order, the head row and the checkpoints. */
    record Chain(List<AuditRecord> entries, ChainHead head, List<Checkpoint> checkpoints) {

        Chain withEntries(List<AuditRecord> changed) {
            return new Chain(changed, head, checkpoints);
        }

        int size() {
            return entries.size();
        }
    }

    static Chain chain(List<Content> contents, List<Integer> checkpointSeqs) {
        List<AuditRecord> entries =
                link(contents.stream().map(content -> unchained(content, 0)).toList());
        AuditRecord last = entries.getLast();
        List<Checkpoint> checkpoints = checkpointSeqs.stream()
                .distinct()
                .filter(seq -> seq >= 1 && seq <= entries.size())
                .map(seq -> checkpoint(entries.get(seq - 1), KEYS))
                .toList();
        return new Chain(entries, new ChainHead(last.seq(), last.hash()), checkpoints);
    }

    static AuditRecord unchained(Content content, long seq) {
        return new AuditRecord(
                FORCE,
                seq,
                START.plusSeconds(seq * 7),
                content.actorId(),
                content.actorName(),
                content.action(),
                content.recordType(),
                content.recordId(),
                content.reason(),
                content.sourceIp(),
                content.details(),
                EntryHash.GENESIS,
                EntryHash.GENESIS);
    }

    /** Numbers the entries from 1 and computes every link and hash, as an honest append would have. */
    static List<AuditRecord> link(List<AuditRecord> entries) {
        List<AuditRecord> linked = new ArrayList<>();
        byte[] previous = EntryHash.GENESIS;
        for (int i = 0; i < entries.size(); i++) {
            AuditRecord numbered = entries.get(i).withSeq(i + 1);
            byte[] hash = EntryHash.of(numbered, previous);
            linked.add(numbered.withHashes(previous, hash));
            previous = hash;
        }
        return linked;
    }

    static Checkpoint checkpoint(AuditRecord at, KeyPair keys) {
        Checkpoint unsigned = new Checkpoint(
                at.force(), at.seq(), at.hash(), START.plusSeconds(100_000 + at.seq()), keyId(keys), null);
        return new Checkpoint(
                unsigned.force(),
                unsigned.seq(),
                unsigned.headHash(),
                unsigned.signedAt(),
                unsigned.keyId(),
                sign(unsigned.payload(), keys));
    }

    static String keyId(KeyPair keys) {
        return AuditProof.keyId(keys.getPublic());
    }

    static Map<String, PublicKey> trusted() {
        return Map.of(keyId(KEYS), KEYS.getPublic());
    }

    static org.postwatch.audit.ChainReport verify(Chain chain) {
        return ChainVerifier.verify(
                FORCE, chain.entries(), chain.checkpoints(), chain.head(), trusted(), START.plusSeconds(999_999));
    }

    static byte[] sign(byte[] data, KeyPair keys) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(keys.getPrivate());
            signer.update(data);
            return signer.sign();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair generateKeys() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
