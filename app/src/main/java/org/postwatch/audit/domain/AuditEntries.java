package org.postwatch.audit.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.postwatch.audit.AuditQuery;
import org.postwatch.audit.AuditRecord;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.LondonTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads a force's audit entries: for the pages, for evidence about a record, and streamed in order for verifying. */
@Repository
public class AuditEntries {

    private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final JsonMapper json;

    AuditEntries(JdbcClient jdbc, DataSource dataSource, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        // A cursor, not the whole chain in memory: PostgreSQL streams rows in batches inside a transaction.
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(2000);
    }

    /** Every entry of the force's chain in sequence order. Close the stream; call inside a transaction. */
    public Stream<AuditRecord> inOrder(ForceId force) {
        return streaming.queryForStream(
                "select * from audit.entry where force_id = ? order by seq", mapper(), force.value());
    }

    public Optional<ChainHead> head(ForceId force) {
        return jdbc.sql("select seq, hash from audit.chain_head where force_id = ?")
                .param(force.value())
                .query((rs, n) -> new ChainHead(rs.getLong("seq"), rs.getBytes("hash")))
                .optional();
    }

    public ChainIndex index(ForceId force) {
        return new ChainIndex() {
            @Override
            public List<Long> seqsWithHash(byte[] hash) {
                return jdbc.sql("select seq from audit.entry where force_id = ? and hash = ? order by seq")
                        .params(force.value(), hash)
                        .query(Long.class)
                        .list();
            }

            @Override
            public List<Long> seqsWithPrevHash(byte[] prevHash) {
                return jdbc.sql("select seq from audit.entry where force_id = ? and prev_hash = ? order by seq")
                        .params(force.value(), prevHash)
                        .query(Long.class)
                        .list();
            }
        };
    }

    /** Forces that have a chain. System scope only. */
    public List<ForceId> forcesWithChains() {
        return jdbc.sql("select force_id from audit.chain_head order by force_id")
                .query((rs, n) -> new ForceId(rs.getObject(1, UUID.class)))
                .list();
    }

    /** A page of entries matching the filters, newest first. */
    public List<AuditRecord> search(ForceId force, AuditQuery query, int offset, int limit) {
        StringBuilder sql = new StringBuilder("select * from audit.entry where force_id = :force");
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("force", force.value());
        if (query.person() != null) {
            sql.append(" and actor_name ilike :person escape '\\'");
            params.put("person", "%" + likeEscape(query.person()) + "%");
        }
        if (query.actorId() != null) {
            sql.append(" and actor_id = :actorId");
            params.put("actorId", query.actorId());
        }
        if (query.recordType() != null) {
            sql.append(" and record_type = :recordType");
            params.put("recordType", query.recordType());
        }
        if (query.recordId() != null) {
            sql.append(" and record_id = :recordId");
            params.put("recordId", query.recordId());
        }
        if (query.action() != null) {
            sql.append(" and action = :action");
            params.put("action", query.action());
        }
        if (query.from() != null) {
            sql.append(" and occurred_at >= :from");
            params.put(
                    "from",
                    Timestamp.from(query.from().atStartOfDay(LondonTime.ZONE).toInstant()));
        }
        if (query.to() != null) {
            sql.append(" and occurred_at < :to");
            params.put(
                    "to",
                    Timestamp.from(
                            query.to().plusDays(1).atStartOfDay(LondonTime.ZONE).toInstant()));
        }
        sql.append(" order by seq desc offset :offset limit :limit");
        params.put("offset", offset);
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params).query(mapper()).list();
    }

    /** Entries about the given records, oldest first. */
    public List<AuditRecord> about(ForceId force, String recordType, Collection<String> recordIds) {
        if (recordIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select * from audit.entry
                         where force_id = :force and record_type = :type and record_id in (:ids)
                         order by seq
                        """)
                .param("force", force.value())
                .param("type", recordType)
                .param("ids", new ArrayList<>(recordIds))
                .query(mapper())
                .list();
    }

    /** The actions this force's trail holds, for the filter list. */
    public List<String> actions(ForceId force) {
        return jdbc.sql("select distinct action from audit.entry where force_id = ? order by action")
                .param(force.value())
                .query(String.class)
                .list();
    }

    private RowMapper<AuditRecord> mapper() {
        return (ResultSet rs, int row) -> map(rs);
    }

    private AuditRecord map(ResultSet rs) throws SQLException {
        return new AuditRecord(
                new ForceId(rs.getObject("force_id", UUID.class)),
                rs.getLong("seq"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getObject("actor_id", UUID.class),
                rs.getString("actor_name"),
                rs.getString("action"),
                rs.getString("record_type"),
                rs.getString("record_id"),
                rs.getString("reason"),
                rs.getString("source_ip"),
                json.readValue(rs.getString("details"), DETAILS),
                rs.getBytes("prev_hash"),
                rs.getBytes("hash"));
    }

    private static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
