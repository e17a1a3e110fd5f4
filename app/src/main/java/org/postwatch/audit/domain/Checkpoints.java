package org.postwatch.audit.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.postwatch.audit.Checkpoint;
import org.postwatch.platform.ForceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Signs and stores checkpoints of a force's chain head, and reads them back. */
@Repository
public class Checkpoints {

    private final JdbcClient jdbc;
    private final SigningKey key;
    private final Clock clock;

    Checkpoints(JdbcClient jdbc, SigningKey key, Clock clock) {
        this.jdbc = jdbc;
        this.key = key;
        this.clock = clock;
    }

    /**
     * Signs the force's current chain head unless the newest checkpoint already covers it. Call in a transaction
     * with the force in scope. Safe to race with another instance: one checkpoint per head wins.
     */
    public Optional<Checkpoint> signHead(ForceId force) {
        Optional<ChainHead> head = jdbc.sql("select seq, hash from audit.chain_head where force_id = ?")
                .param(force.value())
                .query((rs, n) -> new ChainHead(rs.getLong("seq"), rs.getBytes("hash")))
                .optional();
        if (head.isEmpty() || head.get().seq() == 0) {
            return Optional.empty();
        }
        Optional<Checkpoint> latest = latest(force);
        if (latest.isPresent() && latest.get().seq() >= head.get().seq()) {
            return latest;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Checkpoint unsigned = new Checkpoint(force, head.get().seq(), head.get().hash(), now, key.keyId(), null);
        Checkpoint signed = new Checkpoint(
                force, unsigned.seq(), unsigned.headHash(), now, key.keyId(), key.sign(unsigned.payload()));
        jdbc.sql("""
                        insert into audit.checkpoint (force_id, seq, head_hash, signed_at, key_id, signature)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (force_id, seq) do nothing
                        """)
                .params(
                        force.value(),
                        signed.seq(),
                        signed.headHash(),
                        Timestamp.from(now),
                        signed.keyId(),
                        signed.signature())
                .update();
        return at(force, signed.seq());
    }

    public Optional<Checkpoint> latest(ForceId force) {
        return jdbc.sql("select * from audit.checkpoint where force_id = ? order by seq desc limit 1")
                .param(force.value())
                .query(Checkpoints::map)
                .optional();
    }

    public Optional<Checkpoint> at(ForceId force, long seq) {
        return jdbc.sql("select * from audit.checkpoint where force_id = ? and seq = ?")
                .params(force.value(), seq)
                .query(Checkpoints::map)
                .optional();
    }

    /** The newest checkpoints first. */
    public List<Checkpoint> newest(ForceId force, int limit) {
        return jdbc.sql("select * from audit.checkpoint where force_id = ? order by seq desc limit ?")
                .params(force.value(), limit)
                .query(Checkpoints::map)
                .list();
    }

    /** Checkpoints signed at or after {@code since}, oldest first. */
    public List<Checkpoint> since(ForceId force, Instant since) {
        return jdbc.sql("select * from audit.checkpoint where force_id = ? and signed_at >= ? order by seq")
                .params(force.value(), Timestamp.from(since))
                .query(Checkpoints::map)
                .list();
    }

    public List<Checkpoint> all(ForceId force) {
        return jdbc.sql("select * from audit.checkpoint where force_id = ? order by seq")
                .param(force.value())
                .query(Checkpoints::map)
                .list();
    }

    /** Forces whose chain has grown since their newest checkpoint. System scope only. */
    public List<ForceId> forcesWithUnsignedEntries() {
        return jdbc.sql("""
                        select h.force_id from audit.chain_head h
                         where h.seq > coalesce((select max(c.seq) from audit.checkpoint c
                                                  where c.force_id = h.force_id), 0)
                        """)
                .query((rs, n) -> new ForceId(rs.getObject(1, UUID.class)))
                .list();
    }

    private static Checkpoint map(ResultSet rs, int row) throws SQLException {
        return new Checkpoint(
                new ForceId(rs.getObject("force_id", UUID.class)),
                rs.getLong("seq"),
                rs.getBytes("head_hash"),
                rs.getTimestamp("signed_at").toInstant(),
                rs.getString("key_id"),
                rs.getBytes("signature"));
    }
}
