package org.postwatch.audit.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Appends entries to a force's chain. The head row is locked, so concurrent appends from any instance queue up. */
@Repository
public class AuditChain {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    AuditChain(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    public void append(NewEntry entry) {
        jdbc.sql("insert into audit.chain_head (force_id, seq, hash) values (?, 0, ?) on conflict do nothing")
                .params(entry.force().value(), EntryHash.GENESIS)
                .update();
        Head head = jdbc.sql("select seq, hash from audit.chain_head where force_id = ? for update")
                .param(entry.force().value())
                .query((rs, n) -> new Head(rs.getLong("seq"), rs.getBytes("hash")))
                .single();
        long seq = head.seq() + 1;
        // PostgreSQL keeps microseconds: hash exactly what is stored.
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        byte[] hash = EntryHash.of(
                head.hash(),
                entry.force().value(),
                seq,
                at,
                entry.actorId(),
                entry.actorName(),
                entry.action(),
                entry.recordType(),
                entry.recordId(),
                entry.reason(),
                entry.sourceIp(),
                entry.details());
        jdbc.sql("""
                        insert into audit.entry (force_id, seq, occurred_at, actor_id, actor_name, action, record_type,
                                                 record_id, reason, source_ip, details, prev_hash, hash)
                        values (:force, :seq, :at, :actorId, :actorName, :action, :recordType, :recordId, :reason,
                                :sourceIp, cast(:details as jsonb), :prevHash, :hash)
                        """)
                .param("force", entry.force().value())
                .param("seq", seq)
                .param("at", java.sql.Timestamp.from(at))
                .param("actorId", entry.actorId())
                .param("actorName", entry.actorName())
                .param("action", entry.action())
                .param("recordType", entry.recordType())
                .param("recordId", entry.recordId())
                .param("reason", entry.reason())
                .param("sourceIp", entry.sourceIp())
                .param("details", json.writeValueAsString(Map.copyOf(entry.details())))
                .param("prevHash", head.hash())
                .param("hash", hash)
                .update();
        jdbc.sql("update audit.chain_head set seq = ?, hash = ? where force_id = ?")
                .params(seq, hash, entry.force().value())
                .update();
    }

    private record Head(long seq, byte[] hash) {}
}
