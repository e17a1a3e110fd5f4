package org.postwatch.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.postwatch.platform.StaffId;

/** A record that a person completed a course on a date, and how it came to be recorded. */
public record Completion(
        UUID id,
        StaffId staff,
        Course course,
        LocalDate completedOn,
        LocalDate expiresOn,
        String source,
        Instant recordedAt,
        String recordedBy) {}
