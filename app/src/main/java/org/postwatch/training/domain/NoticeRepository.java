package org.postwatch.training.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.StaffId;
import org.postwatch.training.CourseId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Notices that a course is about to expire: one per person, course and expiry date, however often the task runs. */
@Repository
public class NoticeRepository {

    public record Notice(CourseId course, LocalDate expiresOn) {}

    private final JdbcClient jdbc;

    NoticeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a notice unless it exists; true when it was added. */
    public boolean add(ForceId force, StaffId staff, CourseId course, LocalDate expiresOn) {
        return jdbc.sql("""
                        insert into training.expiry_notice (force_id, staff_id, course_id, expires_on)
                        values (?, ?, ?, ?) on conflict (staff_id, course_id, expires_on) do nothing
                        """)
                        .params(force.value(), staff.value(), course.value(), expiresOn)
                        .update()
                == 1;
    }

    /** A person's notices that still matter: the course has not expired yet and has not been renewed since. */
    public List<Notice> open(ForceId force, StaffId staff, LocalDate today) {
        return jdbc.sql("""
                        select n.course_id, n.expires_on from training.expiry_notice n
                         where n.force_id = ? and n.staff_id = ? and n.expires_on > ?
                           and not exists (select 1 from training.completion c
                                            where c.staff_id = n.staff_id and c.course_id = n.course_id
                                              and c.expires_on > n.expires_on)
                         order by n.expires_on
                        """)
                .params(force.value(), staff.value(), today)
                .query((rs, n) -> new Notice(
                        new CourseId(rs.getObject("course_id", UUID.class)),
                        rs.getObject("expires_on", LocalDate.class)))
                .list();
    }
}
