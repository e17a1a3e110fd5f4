package org.postwatch.training;

import java.time.LocalDate;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.StaffId;

/** A course completion was recorded for a person, one at a time. Imports publish {@link CompletionsImported}. */
public record CourseCompleted(
        StaffId staff, ForceId force, CourseId course, LocalDate completedOn, LocalDate expiresOn) {}
