package org.postwatch.training.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.postwatch.platform.ForceId;
import org.postwatch.training.Course;
import org.postwatch.training.CourseId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A force's course catalogue. */
@Repository
public class CourseRepository {

    private final JdbcClient jdbc;

    CourseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Course> all(ForceId force) {
        return jdbc.sql("select * from training.course where force_id = ? order by code like 'CH-%', title")
                .param(force.value())
                .query(CourseRepository::map)
                .list();
    }

    public Optional<Course> find(ForceId force, CourseId id) {
        return jdbc.sql("select * from training.course where force_id = ? and id = ?")
                .params(force.value(), id.value())
                .query(CourseRepository::map)
                .optional();
    }

    public boolean codeTaken(ForceId force, String code, CourseId except) {
        return jdbc.sql(
                                "select count(*) from training.course where force_id = ? and lower(code) = lower(?) and id <> ?")
                        .params(force.value(), code.trim(), except == null ? new UUID(0, 0) : except.value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    public void insert(ForceId force, Course course) {
        jdbc.sql("""
                        insert into training.course (id, force_id, code, title, description, validity_months)
                        values (?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        course.id().value(),
                        force.value(),
                        course.code(),
                        course.title(),
                        course.description(),
                        course.validityMonths())
                .update();
    }

    public void update(ForceId force, Course course) {
        jdbc.sql("""
                        update training.course set code = ?, title = ?, description = ?, validity_months = ?
                         where force_id = ? and id = ?
                        """)
                .params(
                        course.code(),
                        course.title(),
                        course.description(),
                        course.validityMonths(),
                        force.value(),
                        course.id().value())
                .update();
    }

    static Course map(ResultSet rs, int row) throws SQLException {
        return new Course(
                new CourseId(rs.getObject("id", UUID.class)),
                rs.getString("code"),
                rs.getString("title"),
                rs.getString("description"),
                rs.getInt("validity_months"));
    }
}
