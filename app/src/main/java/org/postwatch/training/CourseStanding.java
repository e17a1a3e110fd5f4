package org.postwatch.training;

import java.time.LocalDate;

/**
 * A person's latest completion of a course, as of a date.
 *
 * @param completedOn null when never completed
 * @param expiresOn the first day the completion is no longer current; null when never completed
 */
public record CourseStanding(Course course, LocalDate completedOn, LocalDate expiresOn, Status status) {

    /** How soon a course counts as expiring soon: people are told this far ahead. */
    public static final int NOTICE_DAYS = 30;

    public enum Status {
        CURRENT("Current"),
        EXPIRING_SOON("Expires soon"),
        EXPIRED("Expired"),
        NOT_TAKEN("Not taken");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static CourseStanding of(Course course, LocalDate completedOn, LocalDate expiresOn, LocalDate today) {
        Status status;
        if (expiresOn == null) {
            status = Status.NOT_TAKEN;
        } else if (!today.isBefore(expiresOn)) {
            status = Status.EXPIRED;
        } else if (!today.plusDays(NOTICE_DAYS).isBefore(expiresOn)) {
            status = Status.EXPIRING_SOON;
        } else {
            status = Status.CURRENT;
        }
        return new CourseStanding(course, completedOn, expiresOn, status);
    }
}
