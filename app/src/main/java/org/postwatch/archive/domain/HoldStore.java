package org.postwatch.archive.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.postwatch.archive.ArchiveQuery;
import org.postwatch.archive.ArchiveRecordId;
import org.postwatch.archive.HoldScope;
import org.postwatch.archive.LegalHold;
import org.postwatch.archive.LegalHoldId;
import org.postwatch.platform.ForceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Legal holds and what each covers, within one force. */
@Repository
public class HoldStore {

    private static final TypeReference<Map<String, String>> TERMS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ArchiveSearchQueries search;

    HoldStore(JdbcClient jdbc, JsonMapper json, ArchiveSearchQueries search) {
        this.jdbc = jdbc;
        this.json = json;
        this.search = search;
    }

    public void insert(ForceId force, LegalHold hold, UUID placedById) {
        jdbc.sql("""
                        insert into archive.legal_hold (id, force_id, name, reason, scope, subject, subject_label,
                               search, placed_by_id, placed_by, placed_at)
                        values (:id, :force, :name, :reason, :scope, :subject, :label, cast(:search as jsonb),
                               :byId, :by, :at)
                        """)
                .param("id", hold.id().value())
                .param("force", force.value())
                .param("name", hold.name())
                .param("reason", hold.reason())
                .param("scope", hold.scope().name())
                .param("subject", hold.subject())
                .param("label", hold.subjectLabel())
                .param(
                        "search",
                        hold.search() == null
                                ? null
                                : json.writeValueAsString(hold.search().describe()))
                .param("byId", placedById)
                .param("by", hold.placedBy())
                .param("at", Timestamp.from(hold.placedAt()))
                .update();
    }

    public void attach(ForceId force, LegalHoldId hold, List<ArchiveRecordId> records, Instant at) {
        for (ArchiveRecordId record : records) {
            jdbc.sql("""
                            insert into archive.legal_hold_record (hold_id, record_id, force_id, added_at)
                            values (?, ?, ?, ?) on conflict do nothing
                            """)
                    .params(hold.value(), record.value(), force.value(), Timestamp.from(at))
                    .update();
        }
    }

    public void lift(ForceId force, LegalHoldId hold, UUID byId, String by, String reason, Instant at) {
        jdbc.sql("""
                        update archive.legal_hold
                           set lifted_at = ?, lifted_by_id = ?, lifted_by = ?, lift_reason = ?
                         where force_id = ? and id = ? and lifted_at is null
                        """)
                .params(Timestamp.from(at), byId, by, reason, force.value(), hold.value())
                .update();
    }

    public Optional<LegalHold> find(ForceId force, LegalHoldId id) {
        return jdbc.sql("select * from archive.legal_hold where force_id = ? and id = ?")
                .params(force.value(), id.value())
                .query(this::map)
                .optional();
    }

    public List<LegalHold> all(ForceId force) {
        return jdbc.sql("""
                        select * from archive.legal_hold where force_id = ?
                         order by (lifted_at is null) desc, placed_at desc
                        """).param(force.value()).query(this::map).list();
    }

    public List<LegalHold> active(ForceId force) {
        return jdbc.sql("select * from archive.legal_hold where force_id = ? and lifted_at is null order by placed_at")
                .param(force.value())
                .query(this::map)
                .list();
    }

    public long attachedCount(ForceId force, LegalHoldId hold) {
        return jdbc.sql("select count(*) from archive.legal_hold_record where force_id = ? and hold_id = ?")
                .params(force.value(), hold.value())
                .query(Long.class)
                .single();
    }

    /** For each record, the names of the active holds that cover it; records no hold covers are left out. */
    public Map<ArchiveRecordId, List<String>> heldBy(ForceId force, List<ArchiveRecordId> records) {
        Map<ArchiveRecordId, List<String>> names = new LinkedHashMap<>();
        coveringHolds(force, records)
                .forEach((id, covering) ->
                        names.put(id, covering.stream().map(LegalHold::name).toList()));
        return names;
    }

    /** For each record, the active holds that cover it; records no hold covers are left out. */
    public Map<ArchiveRecordId, List<LegalHold>> coveringHolds(ForceId force, List<ArchiveRecordId> records) {
        Map<ArchiveRecordId, List<LegalHold>> held = new LinkedHashMap<>();
        if (records.isEmpty()) {
            return held;
        }
        for (LegalHold hold : active(force)) {
            Map<String, Object> params = new java.util.HashMap<>();
            String where = coverage(hold, "h_", params);
            for (ArchiveRecordId id : search.matching(force, records, where, params)) {
                held.computeIfAbsent(id, key -> new java.util.ArrayList<>()).add(hold);
            }
        }
        return held;
    }

    /** The SQL condition on {@code r} for what a hold covers. */
    public static String coverage(LegalHold hold, String prefix, Map<String, Object> params) {
        String scope = switch (hold.scope()) {
            case PERSON -> {
                params.put(prefix + "subject", UUID.fromString(hold.subject()));
                yield "r.author_staff_id = :" + prefix + "subject";
            }
            case ACCOUNT -> {
                params.put(prefix + "subject", hold.subject());
                yield "r.account = :" + prefix + "subject";
            }
            case CASE -> {
                params.put(prefix + "subject", hold.subject());
                yield "r.metadata->>'caseReference' = :" + prefix + "subject";
            }
            case SEARCH -> SearchPredicate.where(hold.search(), false, prefix, params);
        };
        params.put(prefix + "hold", hold.id().value());
        return "((" + scope + ") or exists (select 1 from archive.legal_hold_record h where h.hold_id = :" + prefix
                + "hold and h.record_id = r.id))";
    }

    private LegalHold map(ResultSet rs, int row) throws SQLException {
        String search = rs.getString("search");
        Timestamp lifted = rs.getTimestamp("lifted_at");
        return new LegalHold(
                new LegalHoldId(rs.getObject("id", UUID.class)),
                rs.getString("name"),
                rs.getString("reason"),
                HoldScope.valueOf(rs.getString("scope")),
                rs.getString("subject"),
                rs.getString("subject_label"),
                search == null ? null : ArchiveQuery.fromDescription(json.readValue(search, TERMS)),
                rs.getString("placed_by"),
                rs.getTimestamp("placed_at").toInstant(),
                lifted == null ? null : lifted.toInstant(),
                rs.getString("lifted_by"),
                rs.getString("lift_reason"));
    }
}
