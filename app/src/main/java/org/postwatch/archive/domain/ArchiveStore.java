package org.postwatch.archive.domain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.postwatch.archive.ArchiveRecordId;
import org.postwatch.archive.ArchiveRecordType;
import org.postwatch.platform.ForceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Stores archive records and reads them back, within one force. */
@Repository
public class ArchiveStore {

    private static final TypeReference<Map<String, String>> METADATA = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ArchiveStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(StoredRecord record) {
        var entry = record.entry();
        jdbc.sql("""
                        insert into archive.record (id, force_id, record_type, record_id, version, account,
                               author_staff_id, author_name, occurred_at, title, content, metadata, outcome,
                               categories, content_hash, kept_at)
                        values (:id, :force, :type, :recordId, :version, :account, :author, :authorName, :at,
                               :title, :content, cast(:metadata as jsonb), :outcome,
                               array(select jsonb_array_elements_text(cast(:categories as jsonb))), :hash, :keptAt)
                        """)
                .param("id", record.id().value())
                .param("force", record.force().value())
                .param("type", entry.type().name())
                .param("recordId", entry.recordId())
                .param("version", entry.version())
                .param("account", entry.account())
                .param("author", entry.author() == null ? null : entry.author().value())
                .param("authorName", entry.authorName())
                .param("at", Timestamp.from(entry.occurredAt()))
                .param("title", entry.title())
                .param("content", entry.content())
                .param("metadata", json.writeValueAsString(entry.metadata()))
                .param("outcome", entry.outcome())
                .param(
                        "categories",
                        json.writeValueAsString(
                                entry.categories().stream().sorted().toList()))
                .param("hash", record.contentHash())
                .param("keptAt", Timestamp.from(record.keptAt()))
                .update();
        addFacet(record.force(), "ACCOUNT", entry.account());
        addFacet(record.force(), "OUTCOME", entry.outcome());
        entry.categories().forEach(category -> addFacet(record.force(), "CATEGORY", category));
    }

    private void addFacet(ForceId force, String kind, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        jdbc.sql("insert into archive.facet (force_id, kind, value) values (?, ?, ?) on conflict do nothing")
                .params(force.value(), kind, value)
                .update();
    }

    public Optional<StoredRecord> find(ForceId force, ArchiveRecordId id) {
        return jdbc.sql("select * from archive.record where force_id = ? and id = ?")
                .params(force.value(), id.value())
                .query(this::map)
                .optional();
    }

    public Optional<StoredRecord> findBySource(ForceId force, ArchiveRecordType type, String recordId, int version) {
        return jdbc.sql("""
                        select * from archive.record
                         where force_id = ? and record_type = ? and record_id = ? and version = ?
                        """)
                .params(force.value(), type.name(), recordId, version)
                .query(this::map)
                .optional();
    }

    public List<StoredRecord> findAll(ForceId force, List<ArchiveRecordId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from archive.record where force_id = :force and id in (:ids) order by occurred_at")
                .param("force", force.value())
                .param("ids", ids.stream().map(ArchiveRecordId::value).toList())
                .query(this::map)
                .list();
    }

    /** Saves a retain decision's review date, or a disposal (content removed, tombstone kept). */
    public void update(StoredRecord record) {
        if (record.disposed()) {
            jdbc.sql("""
                            update archive.record
                               set status = 'DISPOSED', title = null, content = null, metadata = '{}'::jsonb,
                                   author_name = null, author_staff_id = null, disposed_at = :at, disposed_by = :by,
                                   disposal_reason = :reason
                             where force_id = :force and id = :id
                            """)
                    .param("at", Timestamp.from(record.disposedAt()))
                    .param("by", record.disposedBy())
                    .param("reason", record.disposalReason())
                    .param("force", record.force().value())
                    .param("id", record.id().value())
                    .update();
        } else {
            jdbc.sql("update archive.record set next_review_on = ? where force_id = ? and id = ?")
                    .params(
                            record.nextReviewOn(),
                            record.force().value(),
                            record.id().value())
                    .update();
        }
    }

    /**
     * Records still kept whose review date has come: by their retain decision's date, or else by when they happened
     * plus their kind's retention period. Oldest first.
     */
    public List<StoredRecord> due(ForceId force, Map<ArchiveRecordType, Integer> months, LocalDate today, int limit) {
        Map<String, Object> params = new java.util.HashMap<>();
        String where = dueWhere(force, months, today, params);
        params.put("limit", limit);
        return jdbc.sql("select * from archive.record r where " + where
                        + " order by coalesce(r.next_review_on, r.occurred_at::date), r.occurred_at limit :limit")
                .params(params)
                .query(this::map)
                .list();
    }

    /** How many records are due, counted up to {@code limit}. */
    public long dueCount(ForceId force, Map<ArchiveRecordType, Integer> months, LocalDate today, int limit) {
        Map<String, Object> params = new java.util.HashMap<>();
        String where = dueWhere(force, months, today, params);
        params.put("limit", limit);
        return jdbc.sql("select count(*) from (select 1 from archive.record r where " + where + " limit :limit) c")
                .params(params)
                .query(Long.class)
                .single();
    }

    private static String dueWhere(
            ForceId force, Map<ArchiveRecordType, Integer> months, LocalDate today, Map<String, Object> params) {
        StringBuilder sql =
                new StringBuilder("r.force_id = :force and r.status = 'KEPT' and ((r.next_review_on is not null"
                        + " and r.next_review_on <= :today)");
        params.put("force", force.value());
        params.put("today", today);
        for (var rule : months.entrySet()) {
            String name = "cut_" + rule.getKey().name();
            sql.append(" or (r.next_review_on is null and r.record_type = '")
                    .append(rule.getKey().name())
                    .append("' and r.occurred_at < :")
                    .append(name)
                    .append(")");
            // Due once the London date it happened, plus the period, has come.
            params.put(
                    name,
                    Timestamp.from(today.minusMonths(rule.getValue())
                            .plusDays(1)
                            .atStartOfDay(org.postwatch.platform.LondonTime.ZONE)
                            .toInstant()));
        }
        return sql.append(")").toString();
    }

    public List<String> facet(ForceId force, String kind) {
        return jdbc.sql("select value from archive.facet where force_id = ? and kind = ? order by lower(value)")
                .params(force.value(), kind)
                .query(String.class)
                .list();
    }

    public long count(ForceId force) {
        return jdbc.sql("select count(*) from archive.record where force_id = ?")
                .param(force.value())
                .query(Long.class)
                .single();
    }

    StoredRecord map(ResultSet rs, int row) throws SQLException {
        Array categories = rs.getArray("categories");
        var entry = StoredRecord.entry(
                ArchiveRecordType.valueOf(rs.getString("record_type")),
                rs.getString("record_id"),
                rs.getInt("version"),
                rs.getString("account"),
                rs.getObject("author_staff_id", UUID.class),
                rs.getString("author_name"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("title"),
                rs.getString("content"),
                json.readValue(rs.getString("metadata"), METADATA),
                rs.getString("outcome"),
                new HashSet<>(Arrays.asList((String[]) categories.getArray())));
        Timestamp disposedAt = rs.getTimestamp("disposed_at");
        return new StoredRecord(
                new ArchiveRecordId(rs.getObject("id", UUID.class)),
                new ForceId(rs.getObject("force_id", UUID.class)),
                entry,
                rs.getBytes("content_hash"),
                rs.getTimestamp("kept_at").toInstant(),
                "DISPOSED".equals(rs.getString("status")),
                rs.getObject("next_review_on", LocalDate.class),
                disposedAt == null ? null : disposedAt.toInstant(),
                rs.getString("disposed_by"),
                rs.getString("disposal_reason"));
    }
}
