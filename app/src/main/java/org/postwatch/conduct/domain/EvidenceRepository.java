package org.postwatch.conduct.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.postwatch.audit.Actor;
import org.postwatch.platform.ForceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Evidence rows are only ever inserted and read: there is no update path here, and the database grants none. */
@Repository
public class EvidenceRepository {

    private static final String COLUMNS = """
            id, case_id, kind, file_name, media_type, size_bytes, sha256, archive_record_id, archive_content_hash, note,
            added_by_name, added_at
            """;

    private final JdbcClient jdbc;

    EvidenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insertFile(
            ForceId force,
            EvidenceId id,
            CaseId caseId,
            String fileName,
            String mediaType,
            byte[] content,
            byte[] sha256,
            String note,
            Actor by,
            java.time.Instant at) {
        jdbc.sql("""
                        insert into conduct.evidence (id, force_id, case_id, kind, file_name, media_type, size_bytes, sha256,
                                                      content, note, added_by, added_by_name, added_at)
                        values (?, ?, ?, 'FILE', ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id.value(),
                        force.value(),
                        caseId.value(),
                        fileName,
                        mediaType,
                        (long) content.length,
                        sha256,
                        content,
                        note,
                        by.staffId(),
                        by.name(),
                        Timestamp.from(at))
                .update();
    }

    public void insertArchiveLink(
            ForceId force,
            EvidenceId id,
            CaseId caseId,
            UUID archiveRecordId,
            String contentHash,
            String note,
            Actor by,
            java.time.Instant at) {
        jdbc.sql("""
                        insert into conduct.evidence (id, force_id, case_id, kind, archive_record_id, archive_content_hash,
                                                      note, added_by, added_by_name, added_at)
                        values (?, ?, ?, 'ARCHIVE_RECORD', ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id.value(),
                        force.value(),
                        caseId.value(),
                        archiveRecordId,
                        contentHash,
                        note,
                        by.staffId(),
                        by.name(),
                        Timestamp.from(at))
                .update();
    }

    public List<Evidence> of(ForceId force, CaseId caseId) {
        return jdbc.sql("select " + COLUMNS
                        + " from conduct.evidence where force_id = ? and case_id = ? order by added_at")
                .params(force.value(), caseId.value())
                .query(EvidenceRepository::map)
                .list();
    }

    /** A stored file with its bytes exactly as the database holds them now. */
    public record StoredFile(Evidence evidence, byte[] content) {}

    public Optional<StoredFile> file(ForceId force, CaseId caseId, EvidenceId id) {
        return jdbc.sql("select " + COLUMNS + ", content from conduct.evidence"
                        + " where force_id = ? and case_id = ? and id = ? and kind = 'FILE'")
                .params(force.value(), caseId.value(), id.value())
                .query((rs, n) -> new StoredFile(map(rs, n), rs.getBytes("content")))
                .optional();
    }

    private static Evidence map(ResultSet rs, int row) throws SQLException {
        Long size = rs.getObject("size_bytes", Long.class);
        return new Evidence(
                new EvidenceId(rs.getObject("id", UUID.class)),
                new CaseId(rs.getObject("case_id", UUID.class)),
                Evidence.Kind.valueOf(rs.getString("kind")),
                rs.getString("file_name"),
                rs.getString("media_type"),
                size,
                rs.getBytes("sha256"),
                rs.getObject("archive_record_id", UUID.class),
                rs.getString("archive_content_hash"),
                rs.getString("note"),
                rs.getString("added_by_name"),
                rs.getTimestamp("added_at").toInstant());
    }
}
