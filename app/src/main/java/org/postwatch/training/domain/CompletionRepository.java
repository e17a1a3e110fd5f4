package org.postwatch.training.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.StaffId;
import org.postwatch.training.Completion;
import org.postwatch.training.Course;
import org.postwatch.training.CourseId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Course completions. A person's standing on a course is their completion that expires last. */
@Repository
public class CompletionRepository {

    /** A completion to write. */
    public record NewCompletion(
            StaffId staff, CourseId course, LocalDate completedOn, LocalDate expiresOn, String source, UUID importId) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    CompletionRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * Writes completions in batches; returns, per completion, whether it was new (false: already recorded for that
     * person, course and date).
     */
    public boolean[] insert(ForceId force, List<NewCompletion> completions, Instant at, String by) {
        boolean[] created = new boolean[completions.size()];
        int offset = 0;
        for (int start = 0; start < completions.size(); start += 1000) {
            List<NewCompletion> chunk = completions.subList(start, Math.min(start + 1000, completions.size()));
            int[][] counts = batch.batchUpdate("""
                    insert into training.completion (id, force_id, staff_id, course_id, completed_on, expires_on, source,
                                                     import_id, recorded_at, recorded_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (staff_id, course_id, completed_on) do nothing
                    """, chunk, chunk.size(), (ps, c) -> {
                ps.setObject(1, UUID.randomUUID());
                ps.setObject(2, force.value());
                ps.setObject(3, c.staff().value());
                ps.setObject(4, c.course().value());
                ps.setObject(5, c.completedOn());
                ps.setObject(6, c.expiresOn());
                ps.setString(7, c.source());
                ps.setObject(8, c.importId());
                ps.setTimestamp(9, Timestamp.from(at));
                ps.setString(10, by);
            });
            for (int[] chunkCounts : counts) {
                for (int count : chunkCounts) {
                    created[offset++] = count != 0;
                }
            }
        }
        return created;
    }

    /** Every completion of a person's, newest first. */
    public List<Completion> of(ForceId force, StaffId staff, Map<CourseId, Course> courses) {
        return jdbc.sql("""
                        select * from training.completion where force_id = ? and staff_id = ?
                         order by completed_on desc, recorded_at desc
                        """)
                .params(force.value(), staff.value())
                .query((rs, n) -> new Completion(
                        rs.getObject("id", UUID.class),
                        staff,
                        courses.get(new CourseId(rs.getObject("course_id", UUID.class))),
                        rs.getObject("completed_on", LocalDate.class),
                        rs.getObject("expires_on", LocalDate.class),
                        rs.getString("source"),
                        rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("recorded_by")))
                .list();
    }

    /** The latest completion (by expiry) of each course for each person, counting only completions made by a date. */
    public Map<StaffId, Map<CourseId, Latest>> latest(ForceId force, Collection<StaffId> staff, LocalDate by) {
        Map<StaffId, Map<CourseId, Latest>> result = new HashMap<>();
        if (staff.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                        select distinct on (staff_id, course_id) staff_id, course_id, completed_on, expires_on
                          from training.completion
                         where force_id = :force and staff_id in (:staff) and completed_on <= :by
                         order by staff_id, course_id, expires_on desc
                        """)
                .param("force", force.value())
                .param("staff", staff.stream().map(StaffId::value).toList())
                .param("by", by)
                .query((rs, n) -> {
                    StaffId person = new StaffId(rs.getObject("staff_id", UUID.class));
                    result.computeIfAbsent(person, k -> new HashMap<>())
                            .put(
                                    new CourseId(rs.getObject("course_id", UUID.class)),
                                    new Latest(
                                            rs.getObject("completed_on", LocalDate.class),
                                            rs.getObject("expires_on", LocalDate.class)));
                    return person;
                })
                .list();
        return result;
    }

    /** People whose latest completion of a course expires between two dates (inclusive), for expiry notices. */
    public List<Expiring> expiringBetween(ForceId force, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select staff_id, course_id, expires_on from (
                            select distinct on (staff_id, course_id) staff_id, course_id, expires_on
                              from training.completion where force_id = ?
                             order by staff_id, course_id, expires_on desc) latest
                         where expires_on between ? and ?
                        """)
                .params(force.value(), from, to)
                .query((rs, n) -> new Expiring(
                        new StaffId(rs.getObject("staff_id", UUID.class)),
                        new CourseId(rs.getObject("course_id", UUID.class)),
                        rs.getObject("expires_on", LocalDate.class)))
                .list();
    }

    /** A person's latest completion of a course. */
    public record Latest(LocalDate completedOn, LocalDate expiresOn) {}

    public record Expiring(StaffId staff, CourseId course, LocalDate expiresOn) {}
}
