package org.postwatch.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.postwatch.audit.AuditRecord;
import org.postwatch.audit.BreakKind;
import org.postwatch.audit.ChainBreak;
import org.postwatch.audit.ChainReport;
import org.postwatch.audit.Checkpoint;
import org.postwatch.audit.domain.Chains.Chain;
import org.postwatch.audit.domain.Chains.Content;

/**
 * Tamper with random chains in each way a person with full control of the database could, and check the verifier
 * names the kind of break and the first entry it affects.
 */
class ChainVerifierProperties {

    @Property(tries = 200)
    void anUntouchedChainIsIntact(@ForAll("chains") Chain chain) {
        ChainReport report = Chains.verify(chain);

        assertThat(report.firstBreak()).isEmpty();
        assertThat(report.entriesChecked()).isEqualTo(chain.size());
        assertThat(report.lastSeq()).isEqualTo(chain.size());
    }

    enum Field {
        ACTOR_ID,
        ACTOR_NAME,
        ACTION,
        RECORD_TYPE,
        RECORD_ID,
        REASON,
        SOURCE_IP,
        DETAILS,
        OCCURRED_AT,
        PREV_HASH,
        HASH
    }

    @Property(tries = 200)
    void anEditedEntryIsFoundWhereverItIsAndWhateverChanged(
            @ForAll("chains") Chain chain, @ForAll @IntRange(max = 10_000) int pick, @ForAll Field field) {
        int index = pick % chain.size();
        List<AuditRecord> entries = new ArrayList<>(chain.entries());
        entries.set(index, edit(entries.get(index), field));

        assertBreak(chain.withEntries(entries), BreakKind.EDITED, index + 1);
    }

    @Property(tries = 200)
    void aDeletedEntryIsFoundEvenWhenLaterEntriesAreRenumbered(
            @ForAll("chains") Chain chain, @ForAll @IntRange(max = 10_000) int pick, @ForAll boolean renumber) {
        int index = pick % (chain.size() - 1);
        List<AuditRecord> entries = new ArrayList<>(chain.entries());
        entries.remove(index);
        if (renumber) {
            for (int i = index; i < entries.size(); i++) {
                entries.set(i, entries.get(i).withSeq(i + 1));
            }
        }

        assertBreak(chain.withEntries(entries), BreakKind.DELETED, index + 1);
    }

    @Property(tries = 200)
    void anInsertedEntryIsFoundWhetherOrNotItsLinkAndHashWereForged(
            @ForAll("chains") Chain chain,
            @ForAll @IntRange(max = 10_000) int pick,
            @ForAll("contents") Content forged,
            @ForAll boolean linkedProperly) {
        int position = pick % (chain.size() + 1);
        List<AuditRecord> entries = new ArrayList<>(chain.entries());
        byte[] before =
                position == 0 ? EntryHash.GENESIS : entries.get(position - 1).hash();
        AuditRecord intruder = Chains.unchained(forged, position + 1);
        intruder = linkedProperly
                ? intruder.withHashes(before, EntryHash.of(intruder, before))
                : intruder.withHashes(random(), random());
        entries.add(position, intruder);
        for (int i = position + 1; i < entries.size(); i++) {
            entries.set(i, entries.get(i).withSeq(i + 1));
        }

        assertBreak(chain.withEntries(entries), BreakKind.INSERTED, position + 1);
    }

    @Property(tries = 200)
    void swappedEntriesAreFoundAsReordered(
            @ForAll("chains") Chain chain,
            @ForAll @IntRange(max = 10_000) int first,
            @ForAll @IntRange(min = 1, max = 10_000) int distance) {
        int i = first % (chain.size() - 1);
        int j = i + 1 + distance % (chain.size() - 1 - i);
        List<AuditRecord> entries = new ArrayList<>(chain.entries());
        AuditRecord a = entries.get(i);
        AuditRecord b = entries.get(j);
        // Swapping rows means swapping their numbers: the chain is read in number order.
        entries.set(i, b.withSeq(a.seq()));
        entries.set(j, a.withSeq(b.seq()));

        assertBreak(chain.withEntries(entries), BreakKind.REORDERED, i + 1);
    }

    @Property(tries = 200)
    void aTruncatedTailIsFoundAgainstTheChainHead(
            @ForAll("chains") Chain chain, @ForAll @IntRange(max = 10_000) int pick) {
        int removed = 1 + pick % chain.size();
        List<AuditRecord> entries = new ArrayList<>(chain.entries().subList(0, chain.size() - removed));

        assertBreak(chain.withEntries(entries), BreakKind.TRUNCATED, chain.size() - removed + 1);
    }

    @Property(tries = 200)
    void aTruncatedTailWithARewoundHeadIsFoundAgainstTheNewestCheckpoint(
            @ForAll("chains") Chain chain, @ForAll @IntRange(max = 10_000) int pick) {
        int removed = 1 + pick % (chain.size() - 1);
        List<AuditRecord> kept = new ArrayList<>(chain.entries().subList(0, chain.size() - removed));
        List<Checkpoint> checkpoints = new ArrayList<>(chain.checkpoints());
        checkpoints.add(Chains.checkpoint(chain.entries().getLast(), Chains.KEYS));
        AuditRecord last = kept.getLast();
        Chain tampered = new Chain(kept, new ChainHead(last.seq(), last.hash()), checkpoints);

        assertBreak(tampered, BreakKind.TRUNCATED, kept.size() + 1);
    }

    @Property(tries = 200)
    void anEditWithEveryLaterHashRecomputedIsFoundAgainstACheckpointThatCoversIt(
            @ForAll("chains") Chain chain,
            @ForAll @IntRange(max = 10_000) int pick,
            @ForAll @IntRange(max = 10_000) int checkpointPick) {
        int index = pick % chain.size();
        int covering = index + checkpointPick % (chain.size() - index);
        List<AuditRecord> entries = new ArrayList<>(chain.entries());
        entries.set(index, edit(entries.get(index), Field.REASON));
        List<AuditRecord> rechained = Chains.link(entries);
        AuditRecord last = rechained.getLast();
        List<Checkpoint> checkpoints = new ArrayList<>(chain.checkpoints());
        checkpoints.add(Chains.checkpoint(chain.entries().get(covering), Chains.KEYS));
        Chain tampered = new Chain(rechained, new ChainHead(last.seq(), last.hash()), checkpoints);

        ChainBreak found = Chains.verify(tampered).firstBreak().orElseThrow();

        assertThat(found.kind()).isEqualTo(BreakKind.REWRITTEN);
        assertThat(found.seq()).isBetween(1L, (long) index + 1);
    }

    enum CheckpointField {
        SEQ,
        HEAD,
        SIGNED_AT,
        SIGNATURE,
        FORGED_WITH_ANOTHER_KEY
    }

    @Property(tries = 200)
    void aTamperedOrForgedCheckpointIsFound(
            @ForAll("chains") Chain chain, @ForAll @IntRange(max = 10_000) int pick, @ForAll CheckpointField field) {
        AuditRecord at = chain.entries().get(pick % chain.size());
        Checkpoint honest = Chains.checkpoint(at, Chains.KEYS);
        Checkpoint tampered = switch (field) {
            case SEQ ->
                new Checkpoint(
                        honest.force(),
                        honest.seq() == 1 ? 2 : honest.seq() - 1,
                        honest.headHash(),
                        honest.signedAt(),
                        honest.keyId(),
                        honest.signature());
            case HEAD ->
                new Checkpoint(
                        honest.force(),
                        honest.seq(),
                        flip(honest.headHash()),
                        honest.signedAt(),
                        honest.keyId(),
                        honest.signature());
            case SIGNED_AT ->
                new Checkpoint(
                        honest.force(),
                        honest.seq(),
                        honest.headHash(),
                        honest.signedAt().minusSeconds(3600),
                        honest.keyId(),
                        honest.signature());
            case SIGNATURE ->
                new Checkpoint(
                        honest.force(),
                        honest.seq(),
                        honest.headHash(),
                        honest.signedAt(),
                        honest.keyId(),
                        flip(honest.signature()));
            case FORGED_WITH_ANOTHER_KEY -> Chains.checkpoint(at, Chains.OTHER_KEYS);
        };
        List<Checkpoint> checkpoints = new ArrayList<>(chain.checkpoints());
        checkpoints.add(tampered);
        Chain withForgery = new Chain(chain.entries(), chain.head(), checkpoints);

        ChainBreak found = Chains.verify(withForgery).firstBreak().orElseThrow();

        assertThat(found.kind()).isEqualTo(BreakKind.BAD_SIGNATURE);
        assertThat(found.seq()).isEqualTo(tampered.seq());
    }

    private static void assertBreak(Chain tampered, BreakKind kind, long seq) {
        ChainReport report = Chains.verify(tampered);
        assertThat(report.firstBreak()).as("first break").hasValueSatisfying(found -> {
            assertThat(found.kind()).as(found.detail()).isEqualTo(kind);
            assertThat(found.seq()).as(found.detail()).isEqualTo(seq);
        });
    }

    static AuditRecord edit(AuditRecord e, Field field) {
        return switch (field) {
            case ACTOR_ID ->
                with(
                        e,
                        e.actorId() == null ? UUID.randomUUID() : null,
                        e.actorName(),
                        e.action(),
                        e.reason(),
                        e.details(),
                        e.recordId());
            case ACTOR_NAME ->
                with(e, e.actorId(), e.actorName() + "x", e.action(), e.reason(), e.details(), e.recordId());
            case ACTION ->
                with(e, e.actorId(), e.actorName(), e.action() + ".x", e.reason(), e.details(), e.recordId());
            case RECORD_TYPE ->
                new AuditRecord(
                        e.force(),
                        e.seq(),
                        e.occurredAt(),
                        e.actorId(),
                        e.actorName(),
                        e.action(),
                        e.recordType() + "s",
                        e.recordId(),
                        e.reason(),
                        e.sourceIp(),
                        e.details(),
                        e.prevHash(),
                        e.hash());
            case RECORD_ID ->
                with(e, e.actorId(), e.actorName(), e.action(), e.reason(), e.details(), e.recordId() + "0");
            case REASON ->
                with(
                        e,
                        e.actorId(),
                        e.actorName(),
                        e.action(),
                        e.reason() == null ? "" : null,
                        e.details(),
                        e.recordId());
            case SOURCE_IP ->
                new AuditRecord(
                        e.force(),
                        e.seq(),
                        e.occurredAt(),
                        e.actorId(),
                        e.actorName(),
                        e.action(),
                        e.recordType(),
                        e.recordId(),
                        e.reason(),
                        e.sourceIp() == null ? "127.0.0.1" : null,
                        e.details(),
                        e.prevHash(),
                        e.hash());
            case DETAILS -> {
                Map<String, String> details = new HashMap<>(e.details());
                details.merge("edited", "yes", (old, x) -> old + "!");
                yield with(e, e.actorId(), e.actorName(), e.action(), e.reason(), details, e.recordId());
            }
            case OCCURRED_AT ->
                new AuditRecord(
                        e.force(),
                        e.seq(),
                        e.occurredAt().plus(1, ChronoUnit.MICROS),
                        e.actorId(),
                        e.actorName(),
                        e.action(),
                        e.recordType(),
                        e.recordId(),
                        e.reason(),
                        e.sourceIp(),
                        e.details(),
                        e.prevHash(),
                        e.hash());
            case PREV_HASH -> e.withHashes(flip(e.prevHash()), e.hash());
            case HASH -> e.withHashes(e.prevHash(), flip(e.hash()));
        };
    }

    private static AuditRecord with(
            AuditRecord e,
            UUID actorId,
            String actorName,
            String action,
            String reason,
            Map<String, String> details,
            String recordId) {
        return new AuditRecord(
                e.force(),
                e.seq(),
                e.occurredAt(),
                actorId,
                actorName,
                action,
                e.recordType(),
                recordId,
                reason,
                e.sourceIp(),
                details,
                e.prevHash(),
                e.hash());
    }

    private static byte[] flip(byte[] bytes) {
        byte[] copy = bytes.clone();
        copy[copy.length / 2] ^= 0x5a;
        return copy;
    }

    private static byte[] random() {
        byte[] bytes = new byte[32];
        new java.security.SecureRandom().nextBytes(bytes);
        return bytes;
    }

    @Provide
    Arbitrary<Content> contents() {
        return Combinators.combine(
                        Arbitraries.create(UUID::randomUUID).injectNull(0.3),
                        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20),
                        Arbitraries.of("staff.created", "post.submitted", "archive.kept", "review.approved"),
                        Arbitraries.of("staff", "post", "archive-record"),
                        Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(8),
                        Arbitraries.strings().ofMaxLength(30).injectNull(0.5),
                        Arbitraries.of("10.0.0.1", "192.168.1.20").injectNull(0.5),
                        Arbitraries.maps(
                                        Arbitraries.strings()
                                                .alpha()
                                                .ofMinLength(1)
                                                .ofMaxLength(5),
                                        Arbitraries.strings().ofMaxLength(10))
                                .ofMaxSize(3))
                .as(Content::new);
    }

    @Provide
    Arbitrary<Chain> chains() {
        return contents()
                .list()
                .ofMinSize(2)
                .ofMaxSize(30)
                .flatMap(list -> Arbitraries.integers()
                        .between(1, list.size())
                        .list()
                        .ofMaxSize(4)
                        .map(checkpoints -> Chains.chain(list, checkpoints)));
    }
}
