package org.postwatch.audit.domain;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.postwatch.audit.AuditRecord;

/**
 * Look-ups the verifier needs only once it has found a broken link, to tell a deletion from an insertion or a
 * reordering. The database answers them with a query; tests answer them from a list.
 */
public interface ChainIndex {

    /** The sequence numbers of entries whose stored hash is {@code hash}. */
    List<Long> seqsWithHash(byte[] hash);

    /** The sequence numbers of entries that name {@code prevHash} as the hash before them. */
    List<Long> seqsWithPrevHash(byte[] prevHash);

    static ChainIndex of(List<AuditRecord> entries) {
        return new ChainIndex() {
            private Map<ByteBuffer, List<Long>> byHash;
            private Map<ByteBuffer, List<Long>> byPrevHash;

            @Override
            public List<Long> seqsWithHash(byte[] hash) {
                if (byHash == null) {
                    byHash = new HashMap<>();
                    entries.forEach(e -> byHash.computeIfAbsent(ByteBuffer.wrap(e.hash()), k -> new ArrayList<>())
                            .add(e.seq()));
                }
                return byHash.getOrDefault(ByteBuffer.wrap(hash), List.of());
            }

            @Override
            public List<Long> seqsWithPrevHash(byte[] prevHash) {
                if (byPrevHash == null) {
                    byPrevHash = new HashMap<>();
                    entries.forEach(e -> byPrevHash
                            .computeIfAbsent(ByteBuffer.wrap(e.prevHash()), k -> new ArrayList<>())
                            .add(e.seq()));
                }
                return byPrevHash.getOrDefault(ByteBuffer.wrap(prevHash), List.of());
            }
        };
    }
}
